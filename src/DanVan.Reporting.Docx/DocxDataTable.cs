using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DanVan.Reporting.Docx;

/// <summary>
/// A report's table of figures ("biểu số liệu") as a Word table: full text width, thin single borders, a bold centred
/// header row repeated on every page, rows that do not split across pages, cells aligned as their columns say.
/// </summary>
internal static class DocxDataTable
{
    private const int RowNumberWidth = 794; // 1.4 cm: "STT" and up to four digits
    private const int MinimumWidth = 1134; // 2 cm

    public static Table Build(ReportTable table, TextStyle body, int totalWidth)
    {
        int[] widths = ColumnWidths(table, totalWidth);
        var properties = new TableProperties
        {
            TableWidth = new TableWidth { Width = DocxElements.Invariant(totalWidth), Type = TableWidthUnitValues.Dxa },
            TableBorders = new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" },
                new LeftBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" },
                new BottomBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" },
                new RightBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" },
                new InsideVerticalBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" }),
            TableLayout = new TableLayout { Type = TableLayoutValues.Fixed },
        };

        var grid = new TableGrid();
        foreach (int width in widths)
        {
            grid.Append(new GridColumn { Width = DocxElements.Invariant(width) });
        }

        var result = new Table(properties, grid);
        var header = new TableRow(new TableRowProperties(new CantSplit(), new TableHeader()));
        for (int i = 0; i < widths.Length; i++)
        {
            header.Append(Cell(table.Columns[i].Header, widths[i], JustificationValues.Center, body with { Bold = true }));
        }

        result.Append(header);
        foreach (IReadOnlyList<string> row in table.Rows)
        {
            var tableRow = new TableRow(new TableRowProperties(new CantSplit()));
            for (int i = 0; i < widths.Length; i++)
            {
                JustificationValues alignment = table.Columns[i].Alignment switch
                {
                    TableAlignment.Center => JustificationValues.Center,
                    TableAlignment.Right => JustificationValues.Right,
                    _ => JustificationValues.Left,
                };
                tableRow.Append(Cell(DocxText.OneLine(row[i]), widths[i], alignment, body with { Bold = false, Italic = false, Uppercase = false }));
            }

            result.Append(tableRow);
        }

        return result;
    }

    /// <summary>
    /// Narrow row-number columns; the rest of the width shared in proportion to the longest text of each column (header
    /// or cell, capped so one long text cannot starve the others), never under 2 cm.
    /// </summary>
    private static int[] ColumnWidths(ReportTable table, int totalWidth)
    {
        int count = table.Columns.Count;
        int[] widths = new int[count];
        double[] weights = new double[count];
        int remaining = totalWidth;
        double totalWeight = 0;
        for (int i = 0; i < count; i++)
        {
            if (table.Columns[i].Alignment == TableAlignment.Center && table.Columns[i].Header.Length <= 4)
            {
                widths[i] = RowNumberWidth;
                remaining -= RowNumberWidth;
                continue;
            }

            int longest = table.Columns[i].Header.Length;
            foreach (IReadOnlyList<string> row in table.Rows)
            {
                longest = Math.Max(longest, row[i].Length);
            }

            weights[i] = Math.Clamp(longest, 6, 60);
            totalWeight += weights[i];
        }

        int flexible = 0;
        for (int i = 0; i < count; i++)
        {
            if (weights[i] > 0)
            {
                flexible++;
            }
        }

        int assigned = 0;
        int last = -1;
        for (int i = 0; i < count; i++)
        {
            if (weights[i] == 0)
            {
                continue;
            }

            widths[i] = Math.Max(MinimumWidth, (int)(remaining * weights[i] / totalWeight));
            assigned += widths[i];
            last = i;
        }

        // Rounding and minimums: the last flexible column takes up the difference, so the columns fill the width.
        if (last >= 0 && flexible > 0)
        {
            widths[last] = Math.Max(MinimumWidth, widths[last] + remaining - assigned);
        }

        return widths;
    }

    private static TableCell Cell(string text, int width, JustificationValues alignment, TextStyle style)
    {
        var properties = new ParagraphProperties
        {
            SpacingBetweenLines = new SpacingBetweenLines { Before = "40", After = "40", Line = "240", LineRule = LineSpacingRuleValues.Auto },
            Justification = new Justification { Val = alignment },
        };
        var paragraph = new Paragraph(properties);
        if (text.Length > 0)
        {
            paragraph.Append(DocxElements.TextRun(text, style));
        }

        return new TableCell(
            new TableCellProperties
            {
                TableCellWidth = new TableCellWidth { Width = DocxElements.Invariant(width), Type = TableWidthUnitValues.Dxa },
                TableCellVerticalAlignment = new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center },
            },
            paragraph);
    }
}
