namespace DanVan.Reporting;

/// <summary>
/// How wide a line prints in the serif face both layout profiles name (Times New Roman, and the metric-compatible
/// Liberation Serif the PDF package embeds), for the layout decisions every format shares: how wide the header and
/// signature columns must be so that a line does not wrap, where a long title breaks, and how long a line drawn under a
/// text is. The widths come from a table of the face's advance widths (regular, bold, italic, bold italic) for Basic
/// Latin, Latin-1, the Vietnamese letters and the usual punctuation; no font file is read at run time, so the answer is
/// the same everywhere and in every format.
/// </summary>
public static partial class TextMetrics
{
    /// <summary>
    /// The printed width of <paramref name="text"/> in points, upper-cased first when the style says so: the sum of the
    /// face's advance widths at the style's size (no kerning, as Word and the PDF writer set text). Combining marks add
    /// nothing; a character outside the table counts as a capital (0.72 em) or a lower-case letter (0.5 em).
    /// </summary>
    /// <param name="text">One line of text.</param>
    /// <param name="style">Its size and style.</param>
    /// <returns>The width, in points.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static double EstimateWidthPt(string text, TextStyle style)
    {
        ArgumentNullException.ThrowIfNull(text);
        ushort[] widths = style.Bold ? (style.Italic ? s_boldItalic : s_bold) : style.Italic ? s_italic : s_regular;
        double thousandths = 0;
        foreach (char c in style.ApplyCase(text))
        {
            int width = Width(widths, c);
            thousandths += width > 0 ? width
                : char.IsLowSurrogate(c) || System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.Format ? 0
                : char.IsUpper(c) ? 720
                : 500;
        }

        return thousandths * style.Size / 1000;
    }

    /// <summary>The table's width of <paramref name="c"/> in thousandths of an em, or 0 when the table has none.</summary>
    private static int Width(ushort[] widths, char c)
    {
        int index = 0;
        foreach ((char first, char last) in s_ranges)
        {
            if (c < first)
            {
                return 0;
            }

            if (c <= last)
            {
                return widths[index + (c - first)];
            }

            index += last - first + 1;
        }

        return 0;
    }
}
