using DanVan.Reporting.Pdf.Fonts;

namespace DanVan.Reporting.Pdf.Layout;

/// <summary>
/// Column widths from content by the runtime's rule (<see cref="TableWidths"/>), measured with the fonts the PDF
/// embeds, which may be the user's own rather than the metrics the runtime knows.
/// </summary>
internal static class TableColumns
{
    /// <summary>No word counted wider than a third of the width, nor than this (the rule's narrowest column), in points.</summary>
    private const double Narrowest = 28;

    public static double[] Widths(TableBlock table, double available, FontBook fonts)
    {
        int count = table.Header.Count;
        double padding = 2 * UnitBuilder.CellPadding;
        double longestWord = Math.Max(Narrowest, available / 3);
        var min = new double[count];
        var max = new double[count];
        for (int c = 0; c < count; c++)
        {
            Measure(table.Header[c], ref min[c], ref max[c], fonts, longestWord);
            foreach (IReadOnlyList<StyledText> row in table.Rows)
            {
                if (c < row.Count)
                {
                    Measure(row[c], ref min[c], ref max[c], fonts, longestWord);
                }
            }

        }

        return TableWidths.Share(min, max, available, padding);
    }

    private static void Measure(StyledText text, ref double min, ref double max, FontBook fonts, double longestWord)
    {
        string s = text.Text;
        if (s.Length == 0)
        {
            return;
        }

        // Only a bounded prefix is measured word by word: a megabyte cell wants the full width whatever its words.
        int end = Math.Min(s.Length, 4096);
        max = Math.Max(max, s.Length > end ? 1e6 : fonts.Width(s, text.Style));
        int start = 0;
        for (int i = 0; i <= end; i++)
        {
            if (i == end || s[i] == ' ')
            {
                if (i > start)
                {
                    min = Math.Max(min, Math.Min(longestWord, fonts.Width(s.AsSpan(start, i - start), text.Style)));
                }

                start = i + 1;
            }
        }
    }
}
