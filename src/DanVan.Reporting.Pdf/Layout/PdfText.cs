using System.Globalization;
using System.Text;
using DanVan.Reporting.Pdf.Fonts;
using DanVan.Reporting.Pdf.Internal;

namespace DanVan.Reporting.Pdf.Layout;

/// <summary>
/// Makes user text printable in the font set: control characters are removed as the DOCX writer removes them (a tab
/// becomes a space), capitals are applied where the style says "in hoa", and each character the face lacks (emoji, CJK…)
/// is replaced by a visible "?" and reported once per character in a warning, never silently dropped. Zero-width
/// characters (U+200B–U+200D, U+2060, U+FEFF) the face lacks are left out: they show nothing either way.
/// </summary>
internal sealed class PdfText(FontBook fonts, string fontName)
{
    /// <summary>What replaces a character the font lacks.</summary>
    public const char Replacement = '?';

    private readonly HashSet<int> _reported = [];
    private readonly List<string> _warnings = [];

    public IReadOnlyList<string> Warnings => _warnings;

    /// <summary>One line: line breaks become spaces, trimmed (as the other writers show labels and headers).</summary>
    public static string OneLine(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            builder.Append(c is '\r' or '\n' or '\u0085' or '\u2028' or '\u2029' ? ' ' : c);
        }

        return builder.ToString().Trim();
    }

    public StyledText Styled(string text, TextStyle style) => new(Prepare(text, style), style);

    public string Prepare(string text, TextStyle style)
    {
        text = style.ApplyCase(text); // the runtime's culture-free capitals: the same PDF with ICU and invariant globalization

        TrueTypeFace face = fonts.Face(style);
        StringBuilder? builder = null;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            int codePoint = c;
            int length = 1;
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                codePoint = char.ConvertToUtf32(c, text[i + 1]);
                length = 2;
            }

            string? replacement = null;
            if (c == '\t')
            {
                replacement = " ";
            }
            else if (char.IsControl(c) || c is '\uFFFE' or '\uFFFF' || char.IsSurrogate(c) && length == 1)
            {
                replacement = ""; // removed, as in DOCX (XML 1.0 forbids them)
            }
            else if (IsIgnorable(codePoint) && !face.Has(codePoint))
            {
                // Invisible, so nothing is lost; kept, they would be drawn as the font's glyph 0 (.notdef), which PDF/A forbids.
                replacement = "";
            }
            else if (codePoint != ' ' && !face.Has(codePoint))
            {
                replacement = Replacement.ToString();
                Report(codePoint, text, i);
            }

            if (replacement is not null)
            {
                builder ??= new StringBuilder(text.Length).Append(text, 0, i);
                builder.Append(replacement);
            }
            else
            {
                builder?.Append(text, i, length);
            }

            i += length - 1;
        }

        return builder?.ToString() ?? text;
    }

    /// <summary>Zero-width characters that need no glyph: left out when the face has none.</summary>
    private static bool IsIgnorable(int codePoint) => codePoint is 0x200B or 0x200C or 0x200D or 0x2060 or 0xFEFF;

    private void Report(int codePoint, string text, int index)
    {
        if (!_reported.Add(codePoint))
        {
            return;
        }

        string character = char.ConvertFromUtf32(codePoint);
        string code = "U+" + codePoint.ToString("X4", CultureInfo.InvariantCulture);
        int start = Math.Max(0, index - 20);
        string context = text.Substring(start, Math.Min(40, text.Length - start));
        _warnings.Add(PdfMessages.Format(
            "Phông {0} không có ký tự {1} ({2}) trong {3}: đã thay bằng \"{4}\" trong PDF.",
            "Font {0} has no glyph for {1} ({2}) in {3}: replaced by \"{4}\" in the PDF.",
            fontName,
            character,
            code,
            PdfMessages.Quote(context, 40),
            Replacement));
    }
}
