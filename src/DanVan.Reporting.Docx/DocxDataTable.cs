using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DanVan.Reporting.Docx;

/// <summary>
/// A report's table of figures ("biểu số liệu") as a Word table: full text width, thin single borders, a bold centred
/// header row repeated on every page, rows that do not split across pages, cells aligned as their columns say.
/// </summary>
internal static class DocxDataTable
{
    /// <summary>The left and right padding of a cell, in twips (0.19 cm, Word's default, set explicitly).</summary>
    private const int CellMargin = 108;

    public static Table Build(ReportTable table, TextStyle body, int totalWidth)
    {
        int[] widths = ColumnWidths(table, body, totalWidth);
        var properties = new TableProperties
        {
            TableWidth = new TableWidth { Width = DocxElements.Invariant(totalWidth), Type = TableWidthUnitValues.Dxa },
            // Word (in the compatibility mode of a document without compatibility settings) and LibreOffice place a
            // table's first text, not its border, at the indent: indenting by the cell margin puts the borders on the
            // body's margins, as in the HTML and the PDF.
            TableIndentation = new TableIndentation { Width = CellMargin, Type = TableWidthUnitValues.Dxa },
            TableBorders = new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" },
                new LeftBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" },
                new BottomBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" },
                new RightBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" },
                new InsideVerticalBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" }),
            TableLayout = new TableLayout { Type = TableLayoutValues.Fixed },
            TableCellMarginDefault = new TableCellMarginDefault(
                new TableCellLeftMargin { Width = CellMargin, Type = TableWidthValues.Dxa },
                new TableCellRightMargin { Width = CellMargin, Type = TableWidthValues.Dxa }),
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
    /// The widths of <see cref="TableWidths"/> (content-sized, the rule the PDF and HTML tables follow) in twips; the last
    /// column takes up the rounding, so the columns fill the width.
    /// </summary>
    private static int[] ColumnWidths(ReportTable table, TextStyle body, int totalWidth)
    {
        double[] points = TableWidths.For(table, body, totalWidth / 20.0, 2 * CellMargin / 20.0);
        int[] widths = new int[points.Length];
        int assigned = 0;
        for (int i = 0; i < widths.Length - 1; i++)
        {
            widths[i] = (int)Math.Round(points[i] * 20);
            assigned += widths[i];
        }

        widths[^1] = totalWidth - assigned;
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
