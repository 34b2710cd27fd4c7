namespace DanVan.Cli.Processing;

/// <summary>One error of one input, as the tool prints it.</summary>
/// <param name="Path">The JSON path (<c>$.nhiemVu[2]</c>), <c>$</c> for the whole input.</param>
/// <param name="Where">What the error line shows: line:column when known, else the path.</param>
/// <param name="Code">The stable code (JSON codes, validation codes, or the tool's file codes).</param>
/// <param name="Message">The message, naming the value and the rule.</param>
internal sealed record Problem(string Path, string Where, string Code, string Message);
