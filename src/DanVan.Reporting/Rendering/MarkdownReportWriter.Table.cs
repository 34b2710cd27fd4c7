namespace DanVan.Reporting;

/// <summary>Tables in the Markdown layout: GitHub Flavored Markdown pipe tables.</summary>
public sealed partial class MarkdownReportWriter
{
    /// <inheritdoc/>
    protected override void OnTable(ReportTable table)
    {
        // A pipe table under its label; inside a group it is the content of the label's item.
        int level = _lines.Level;
        if (table.Label.Length > 0)
        {
            if (_lines.Level == 0)
            {
                Block(Label(table.Label));
            }
            else
            {
                Item(_lines.Level, Label(table.Label));
                level++;
            }
        }

        _lines.BlankPending = _lines.WroteAnything;
        var header = new List<string>(table.Columns.Count);
        var alignments = new List<string>(table.Columns.Count);
        foreach (TableColumn column in table.Columns)
        {
            header.Add(Cell(column.Header));
            alignments.Add(column.Alignment switch
            {
                TableAlignment.Center => ":-:",
                TableAlignment.Right => "--:",
                _ => "---",
            });
        }

        Line(level, "| " + string.Join(" | ", header) + " |");
        Line(level, "| " + string.Join(" | ", alignments) + " |");
        foreach (IReadOnlyList<string> row in table.Rows)
        {
            var cells = new string[row.Count];
            for (int i = 0; i < row.Count; i++)
            {
                cells[i] = Cell(row[i]);
            }

            Line(level, "| " + string.Join(" | ", cells) + " |");
        }

        _lines.BlankPending = true;
    }

    // A cell's text: escaped, with "|" escaped too since it would end the cell.
    private static string Cell(string text) => MarkdownText.Escape(ReportText.OneLine(text)).Replace("|", "\\|", StringComparison.Ordinal);
}
