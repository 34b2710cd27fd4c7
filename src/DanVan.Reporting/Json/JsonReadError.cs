namespace DanVan.Reporting.Json;

/// <summary>One problem found while reading a report from JSON: where, which rule, and a message for people.</summary>
/// <param name="Path">The JSON path of the value, e.g. <c>$.document.signature.signerName</c> or <c>$.nhiemVu[2]</c>;
/// <c>$</c> for the whole document.</param>
/// <param name="Line">The line of the value or token in the input, from 1; 0 when the problem has no position (e.g. a
/// missing member, reported at the object that lacks it).</param>
/// <param name="Column">The column, from 1, counted in Unicode characters (not bytes); 0 when there is no position.</param>
/// <param name="Code">The stable code, one of <see cref="JsonErrorCodes"/>.</param>
/// <param name="Message">The message, naming the member, the value and the rule, in the language of
/// <see cref="MessageSettings.Current"/> when the input was read.</param>
public sealed record JsonReadError(string Path, int Line, int Column, string Code, string Message)
{
    /// <summary>Whether the error means the input is not JSON at all (see <see cref="JsonErrorCodes.IsUnreadable"/>).</summary>
    public bool IsUnreadable => JsonErrorCodes.IsUnreadable(Code);

    /// <summary>The position as "line:column", or the path when there is none.</summary>
    public string Location => Line > 0 ? Line.ToString(System.Globalization.CultureInfo.InvariantCulture) + ":" + Column.ToString(System.Globalization.CultureInfo.InvariantCulture) : Path;

    /// <summary>The error as "path (line:column): code: message".</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        Path + (Line > 0 ? " (" + Location + ")" : "") + ": " + Code + ": " + Message;
}
