using System.Globalization;

namespace DanVan.Reporting;

/// <summary>Tables in the text layout: a pipe table sized from its content.</summary>
public sealed partial class TextReportWriter
{
    /// <inheritdoc/>
    protected override void OnTable(ReportTable table)
    {
        if (table.Label.Length > 0)
        {
            Line(_lines.Level, table.Label + ":");
        }

        int[] widths = new int[table.Columns.Count];
        for (int c = 0; c < widths.Length; c++)
        {
            widths[c] = TextWidth(table.Columns[c].Header);
            foreach (IReadOnlyList<string> row in table.Rows)
            {
                widths[c] = Math.Max(widths[c], TextWidth(row[c]));
            }
        }

        var headers = new string[widths.Length];
        var rule = new string[widths.Length];
        for (int c = 0; c < widths.Length; c++)
        {
            headers[c] = table.Columns[c].Header;
            rule[c] = new string('-', widths[c]);
        }

        Line(_lines.Level, TableLine(headers, widths, table.Columns, header: true));
        Line(_lines.Level, "|-" + string.Join("-|-", rule) + "-|");
        foreach (IReadOnlyList<string> row in table.Rows)
        {
            Line(_lines.Level, TableLine(row, widths, table.Columns, header: false));
        }
    }

    // "| 1   | Dân vận khéo | 120 hộ |": headers are centred, cells aligned as their column says.
    private static string TableLine(IReadOnlyList<string> cells, int[] widths, IReadOnlyList<TableColumn> columns, bool header)
    {
        var line = new System.Text.StringBuilder("|");
        for (int c = 0; c < cells.Count; c++)
        {
            int space = widths[c] - TextWidth(cells[c]);
            TableAlignment alignment = header ? TableAlignment.Center : columns[c].Alignment;
            int before = alignment switch
            {
                TableAlignment.Right => space,
                TableAlignment.Center => space / 2,
                _ => 0,
            };
            line.Append(' ', before + 1).Append(cells[c]).Append(' ', space - before + 1).Append('|');
        }

        return line.ToString();
    }

    // Characters as a monospace terminal shows them: a combining mark (text typed in NFD) takes no column.
    private static int TextWidth(string text)
    {
        int width = 0;
        foreach (char c in text)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) is not (UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark)
                && !char.IsLowSurrogate(c))
            {
                width++;
            }
        }

        return width;
    }
}
