using DanVan.Cli.Processing;

namespace DanVan.Cli.Service;

/// <summary>
/// One RFC 9457 problem the service answers with (<c>application/problem+json</c>): the status, a stable type, a short
/// title and a detail naming the value and the rule, in the request's language; never a stack trace or internal state.
/// </summary>
/// <param name="Status">The HTTP status code.</param>
/// <param name="Code">The stable problem code; the type is <c>urn:danvan:problem:&lt;code&gt;</c>.</param>
/// <param name="Title">The short, fixed summary of the problem type.</param>
/// <param name="Detail">What went wrong with this request; null when nothing can be said safely (500).</param>
internal sealed record ServiceProblem(int Status, string Code, string Title, string? Detail)
{
    /// <summary>The errors of the input (path, code, message), as the CLI's <c>--json</c> gives them; empty when none apply.</summary>
    public IReadOnlyList<Problem> Errors { get; init; } = [];

    /// <summary>Where a malformed body broke (1-based line and column), when known.</summary>
    public (int Line, int Column)? Position { get; init; }

    /// <summary>The formats the service can produce (on 406).</summary>
    public IReadOnlyList<string>? Formats { get; init; }

    /// <summary>Seconds until a retry may succeed (503): sent as the Retry-After header and in the body.</summary>
    public int? RetryAfterSeconds { get; init; }

    /// <summary>The problem's type URI.</summary>
    public string Type => "urn:danvan:problem:" + Code;
}
