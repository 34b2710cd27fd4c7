using DanVan.Reporting.Internal;

namespace DanVan.Reporting;

/// <summary>
/// The column widths of a table of figures sized from its content, one rule for the formats that set widths themselves
/// (DOCX; HTML's automatic table layout and the PDF writer apply the same rule with their own measures): each column's
/// narrowest width is its longest word, its widest its longest text on one line, both with the cells' padding. When
/// every text fits on one line the spare width is shared in proportion to the widest; otherwise each column gets its
/// narrowest and a share of the rest in proportion to how much more it wants. The table fills the text width, so that
/// its borders line up with the body's margins.
/// </summary>
public static class TableWidths
{
    /// <summary>No column narrower than this, in points (about 1 cm).</summary>
    private const double Narrowest = 28;

    /// <summary>The widths of the table's columns, in points, measured with <see cref="TextMetrics"/>.</summary>
    /// <param name="table">The table.</param>
    /// <param name="body">The cells' style (the header row is printed in bold).</param>
    /// <param name="availablePt">The width to fill, in points.</param>
    /// <param name="cellPaddingPt">The padding of a cell, left and right together, in points.</param>
    /// <returns>One width per column; they add up to <paramref name="availablePt"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> is null.</exception>
    public static double[] For(ReportTable table, TextStyle body, double availablePt, double cellPaddingPt)
    {
        ArgumentNullException.ThrowIfNull(table);
        int count = table.Columns.Count;
        double longestWord = Math.Max(Narrowest, availablePt / 3);
        var min = new double[count];
        var max = new double[count];
        TextStyle header = body with { Bold = true, Italic = false, Uppercase = false, Underline = false };
        TextStyle cell = body with { Bold = false, Italic = false, Uppercase = false, Underline = false };
        for (int c = 0; c < count; c++)
        {
            Measure(table.Columns[c].Header, header, ref min[c], ref max[c], longestWord);
            foreach (IReadOnlyList<string> row in table.Rows)
            {
                Measure(row[c], cell, ref min[c], ref max[c], longestWord);
            }

        }

        return Share(min, max, availablePt, cellPaddingPt);
    }

    /// <summary>
    /// The rule's second half, for a writer that measures with its own fonts (the PDF writer, with the fonts it
    /// embeds): from each column's longest word and longest text, both measured without padding, the widths that fill
    /// <paramref name="availablePt"/>.
    /// </summary>
    /// <param name="longestWord">Per column, the width of its longest word, in points; overwritten with the column's narrowest width.</param>
    /// <param name="longestText">Per column, the width of its longest text on one line, in points; overwritten with the column's widest width.</param>
    /// <param name="availablePt">The width to fill, in points.</param>
    /// <param name="cellPaddingPt">The padding of a cell, left and right together, in points.</param>
    /// <returns>One width per column; they add up to <paramref name="availablePt"/>.</returns>
    /// <exception cref="ArgumentNullException">An array is null.</exception>
    /// <exception cref="ArgumentException">The arrays differ in length.</exception>
    public static double[] Share(double[] longestWord, double[] longestText, double availablePt, double cellPaddingPt)
    {
        ArgumentNullException.ThrowIfNull(longestWord);
        ArgumentNullException.ThrowIfNull(longestText);
        if (longestWord.Length != longestText.Length)
        {
            throw new ArgumentException(Messages.Pick(
                "Hai mảng độ rộng phải có cùng số cột.",
                "The two width arrays must have one entry per column each."), nameof(longestText));
        }

        double[] min = longestWord;
        double[] max = longestText;
        int count = min.Length;
        for (int c = 0; c < count; c++)
        {
            min[c] = Math.Max(Narrowest, min[c] + cellPaddingPt);
            max[c] = Math.Max(min[c], Math.Min(10 * availablePt, max[c] + cellPaddingPt));
        }

        double sumMin = min.Sum();
        double sumMax = max.Sum();
        var widths = new double[count];
        for (int c = 0; c < count; c++)
        {
            widths[c] = sumMax <= availablePt ? max[c] * availablePt / sumMax
                : sumMin <= availablePt ? min[c] + ((max[c] - min[c]) * (availablePt - sumMin) / (sumMax - sumMin))
                : min[c] * availablePt / sumMin;
        }

        return widths;
    }

    private static void Measure(string text, TextStyle style, ref double min, ref double max, double longestWord)
    {
        if (text.Length == 0)
        {
            return;
        }

        // A bounded prefix is measured word by word: a megabyte cell wants the full width whatever its words.
        int end = Math.Min(text.Length, 4096);
        max = Math.Max(max, text.Length > end ? 1e6 : TextMetrics.EstimateWidthPt(text, style));
        int start = 0;
        for (int i = 0; i <= end; i++)
        {
            if (i == end || text[i] == ' ')
            {
                if (i > start)
                {
                    min = Math.Max(min, Math.Min(longestWord, TextMetrics.EstimateWidthPt(text.Substring(start, i - start), style)));
                }

                start = i + 1;
            }
        }
    }
}
