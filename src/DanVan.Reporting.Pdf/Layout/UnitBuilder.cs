using DanVan.Reporting.Pdf.Fonts;

namespace DanVan.Reporting.Pdf.Layout;

/// <summary>
/// Turns blocks into units for pagination and decides where a page may end: never after a heading or label (keep with
/// next), never just before the signature block (keep with previous), never leaving one line of a paragraph alone at
/// the foot or the top of a page (widow and orphan control), never between a table's header row and its first row.
/// </summary>
internal sealed class UnitBuilder(FontBook fonts, double width, double pageHeight)
{
    /// <summary>Left and right padding inside a table cell (Word's default 0.19 cm).</summary>
    public const double CellPadding = 5.4;

    /// <summary>Top and bottom padding inside a table cell.</summary>
    public const double CellPaddingVertical = 2;

    /// <summary>The height a rule takes: the line is drawn 4 pt under the text above it, as the DOCX's bordered paragraph puts it.</summary>
    public const double RuleHeight = 6;

    public List<Unit> Build(IReadOnlyList<Block> blocks)
    {
        var units = new List<Unit>();
        bool keepPrevious = false;
        foreach (Block block in blocks)
        {
            int first = units.Count;
            Add(block, units, width);
            if (units.Count == first)
            {
                continue;
            }

            units[first].SpaceBefore += block.SpaceBefore;
            units[^1].SpaceAfter += block.SpaceAfter;
            if (keepPrevious || block.KeepWithPrevious)
            {
                units[first].CanBreakBefore = false;
            }

            keepPrevious = block.KeepWithNext;
        }

        return units;
    }

    private void Add(Block block, List<Unit> units, double available)
    {
        switch (block)
        {
            case ParagraphBlock paragraph:
                AddParagraph(paragraph, units, available);
                break;
            case RuleBlock rule:
                units.Add(new RuleUnit(rule.Width, available) { Height = RuleHeight });
                break;
            case BoxBlock box:
                units.Add(Box(box, available));
                break;
            case ColumnsBlock columns:
                units.Add(Columns(columns, available));
                break;
            case TableBlock table:
                AddTable(table, units, available);
                break;
            default:
                break;
        }
    }

    private void AddParagraph(ParagraphBlock paragraph, List<Unit> units, double available)
    {
        List<TextLine> lines = LineBreaker.Break(paragraph, available, fonts);
        int count = lines.Count;
        for (int i = 0; i < count; i++)
        {
            // Orphan and widow control: at least two lines of a paragraph on each side of a page break.
            bool canBreak = i == 0 || (!paragraph.KeepTogether && i >= 2 && count - i >= 2);
            units.Add(new LineUnit(lines[i]) { Height = lines[i].Height, CanBreakBefore = canBreak });
        }
    }

    private BoxUnit Box(BoxBlock box, double available)
    {
        const double padding = 6;
        TextStyle style = box.Text.Style;
        double textWidth = fonts.Width(box.Text.Text, style);
        double boxWidth = Math.Min(available, textWidth + (2 * padding));
        double lineHeight = fonts.LineHeight(style);
        var piece = new LinePiece(box.Text.Text, style, 0, textWidth);
        return new BoxUnit(piece, 2 + fonts.Ascent(style), boxWidth, available, Math.Max(0, (boxWidth - textWidth) / 2)) { Height = lineHeight + 4 };
    }

    private StackUnit Columns(ColumnsBlock columns, double available)
    {
        var parts = new List<(Unit, double, double)>();
        double x = 0;
        double height = 0;
        for (int c = 0; c < columns.Columns.Count; c++)
        {
            double columnWidth = available * columns.Fractions[c];
            var inner = new UnitBuilder(fonts, columnWidth, pageHeight);
            List<Unit> units = inner.Build(columns.Columns[c]);
            double y = 0;
            for (int i = 0; i < units.Count; i++)
            {
                y += (i > 0 ? units[i - 1].SpaceAfter : 0) + units[i].SpaceBefore;
                parts.Add((units[i], x, y));
                y += units[i].Height;
            }

            height = Math.Max(height, y);
            x += columnWidth;
        }

        return new StackUnit(parts) { Height = height };
    }

    private void AddTable(TableBlock table, List<Unit> units, double available)
    {
        double[] widths = TableColumns.Widths(table, available, fonts);
        var columnX = new double[widths.Length];
        for (int c = 1; c < widths.Length; c++)
        {
            columnX[c] = columnX[c - 1] + widths[c - 1];
        }

        double tableWidth = columnX[^1] + widths[^1];
        List<List<TextLine>> headerCells = Cells(table.Header, widths, c => Alignment.Center);
        double headerHeight = RowHeight(headerCells, 0, int.MaxValue, opens: true, closes: true);
        var header = new RowUnit(headerCells, columnX, tableWidth, 0, int.MaxValue, CellPaddingVertical) { Height = headerHeight };
        units.Add(header);
        bool firstRow = true;
        foreach (IReadOnlyList<StyledText> row in table.Rows)
        {
            List<List<TextLine>> cells = Cells(row, widths, c => table.Alignments[c]);
            int longest = 0;
            foreach (List<TextLine> cell in cells)
            {
                longest = Math.Max(longest, cell.Count);
            }

            double height = RowHeight(cells, 0, longest, opens: true, closes: true);
            if (height <= pageHeight - headerHeight)
            {
                units.Add(new RowUnit(cells, columnX, tableWidth, 0, longest, CellPaddingVertical) { Height = height, CanBreakBefore = !firstRow, RepeatedHeader = header });
            }
            else
            {
                // A row taller than a page is split between lines, never losing text; the header still repeats.
                for (int line = 0; line < longest; line++)
                {
                    double band = RowHeight(cells, line, line + 1, opens: line == 0, closes: line == longest - 1);
                    bool canBreak = line == 0 ? !firstRow : (line >= 2 && longest - line >= 2);
                    units.Add(new RowUnit(cells, columnX, tableWidth, line, line + 1, CellPaddingVertical) { Height = band, CanBreakBefore = canBreak, RepeatedHeader = header });
                }
            }

            firstRow = false;
        }
    }

    private List<List<TextLine>> Cells(IReadOnlyList<StyledText> row, double[] widths, Func<int, Alignment> alignment)
    {
        var cells = new List<List<TextLine>>(widths.Length);
        for (int c = 0; c < widths.Length; c++)
        {
            StyledText text = c < row.Count ? row[c] : new StyledText("", default);
            var paragraph = new ParagraphBlock(text.Text.Length == 0 ? [] : [text], alignment(c))
            {
                LeftIndent = CellPadding,
                RightIndent = CellPadding,
                EmptySize = text.Style.Size == 0 ? 12 : text.Style.Size,
            };
            cells.Add(LineBreaker.Break(paragraph, widths[c], fonts));
        }

        return cells;
    }

    private static double RowHeight(List<List<TextLine>> cells, int from, int to, bool opens, bool closes)
    {
        double height = 0;
        foreach (List<TextLine> cell in cells)
        {
            double h = 0;
            for (int i = from; i < Math.Min(to, cell.Count); i++)
            {
                h += cell[i].Height;
            }

            height = Math.Max(height, h);
        }

        return height + (opens ? CellPaddingVertical : 0) + (closes ? CellPaddingVertical : 0);
    }
}
