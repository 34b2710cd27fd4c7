using Microsoft.Extensions.Logging;

namespace DanVan.Cli.Service;

/// <summary>The service's own log lines (source-generated: no boxing, no reflection).</summary>
internal static partial class ServiceLog
{
    /// <summary>
    /// A bug met while answering: one line on the server's log (the exception's type and message, as the CLI reports a
    /// bug), never anything in the response.
    /// </summary>
    [LoggerMessage(EventId = 1, Level = LogLevel.Error, Message = "Unhandled error on {Method} {Path}: {Type}: {Message}")]
    public static partial void Unhandled(ILogger logger, string method, string? path, string type, string message);
}
