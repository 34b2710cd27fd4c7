using DanVan.Reporting.Pdf.Fonts;

namespace DanVan.Reporting.Pdf.Layout;

/// <summary>
/// Column widths from content, as HTML's automatic table layout does: each column's narrowest width (its longest word)
/// and widest (its longest text on one line). When every text fits on one line the spare width is shared in proportion
/// to the widest; otherwise each column gets its narrowest plus a share of the rest in proportion to how much more it
/// wants. The table fills the text width.
/// </summary>
internal static class TableColumns
{
    /// <summary>No column narrower than this, in points (about 1 cm), nor a word counted wider than a third of the width.</summary>
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

            min[c] = Math.Max(Narrowest, min[c] + padding);
            max[c] = Math.Max(min[c], Math.Min(10 * available, max[c] + padding));
        }

        double sumMin = min.Sum();
        double sumMax = max.Sum();
        var widths = new double[count];
        for (int c = 0; c < count; c++)
        {
            widths[c] = sumMax <= available ? max[c] * available / sumMax
                : sumMin <= available ? min[c] + ((max[c] - min[c]) * (available - sumMin) / (sumMax - sumMin))
                : min[c] * available / sumMin;
        }

        return widths;
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
