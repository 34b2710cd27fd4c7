using System.Text;

namespace DanVan.Reporting;

/// <summary>
/// Makes a <see cref="LayoutProfile"/>'s own texts safe for every writer. Applications store profiles per organisation,
/// so each profile string is untrusted: writers take them through here, and <see cref="LayoutProfile.Check"/> reports
/// what would be changed. Each writer still escapes for its format (HTML, Markdown, XML) after this.
/// </summary>
public static class ProfileText
{
    /// <summary>The font used in place of an unusable <see cref="LayoutProfile.FontFamily"/>.</summary>
    public const string FallbackFont = "Times New Roman";

    /// <summary>The longest font family name Word accepts (a longer one makes an invalid DOCX).</summary>
    public const int MaxFontFamilyLength = 31;

    /// <summary>
    /// The font family when it is a plain font name: letters, digits, spaces, '-', '_' and '.', 1 to 31 characters;
    /// otherwise <see cref="FallbackFont"/>. Quotes, semicolons, '&lt;' or a NUL could break out of CSS or XML.
    /// </summary>
    public static string FontFamily(string? family) => IsPlainFontName(family) ? family!.Trim() : FallbackFont;

    /// <summary>Whether <paramref name="family"/> is a font name usable as is (see <see cref="FontFamily"/>).</summary>
    public static bool IsPlainFontName(string? family)
    {
        string trimmed = family?.Trim() ?? "";
        if (trimmed.Length == 0 || trimmed.Length > MaxFontFamilyLength)
        {
            return false;
        }

        foreach (char c in trimmed)
        {
            if (!(char.IsLetterOrDigit(c) || c is ' ' or '-' or '_' or '.'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A text written inside a CSS comment of an HTML <c>&lt;style&gt;</c> element (the profile's Name and Source): on
    /// one line, without control characters, '&lt;', '&gt;', '*' or '\', so it can neither end the comment nor the element.
    /// </summary>
    public static string CssComment(string? text)
    {
        string line = Line(text);
        var safe = new StringBuilder(line.Length);
        foreach (char c in line)
        {
            safe.Append(c is '<' or '>' or '*' or '\\' ? ' ' : c);
        }

        return safe.ToString();
    }

    /// <summary>A text on one line without control characters (C0, C1, DEL): line breaks become spaces, the rest goes.</summary>
    public static string Line(string? text)
    {
        string line = ReportText.OneLine(text ?? "");
        if (!HasControl(line))
        {
            return line;
        }

        var clean = new StringBuilder(line.Length);
        foreach (char c in line)
        {
            if (!char.IsControl(c))
            {
                clean.Append(c);
            }
        }

        return clean.ToString().Trim();
    }

    /// <summary>Whether a text holds a control character or a line break (see <see cref="Line"/>).</summary>
    public static bool HasControl(string? text)
    {
        foreach (char c in text ?? "")
        {
            if (char.IsControl(c) || c is '\u2028' or '\u2029')
            {
                return true;
            }
        }

        return false;
    }
}
