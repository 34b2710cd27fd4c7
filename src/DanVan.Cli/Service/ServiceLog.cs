using Microsoft.Extensions.Logging;

namespace DanVan.Cli.Service;

/// <summary>The service's own log lines (source-generated: no boxing, no reflection).</summary>
internal static partial class ServiceLog
{
    /// <summary>A bug met while answering: the details stay in the server's log, never in the response.</summary>
    [LoggerMessage(EventId = 1, Level = LogLevel.Error, Message = "Unhandled error on {Method} {Path}")]
    public static partial void Unhandled(ILogger logger, Exception error, string method, string? path);
}
