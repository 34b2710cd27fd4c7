namespace DanVan.Reporting;

/// <summary>Tables in the HTML layout: <c>&lt;table class="data"&gt;</c> under its label.</summary>
public sealed partial class HtmlReportWriter
{
    /// <inheritdoc/>
    protected override void OnTable(ReportTable table)
    {
        CloseValues();
        WriteLabel(table.Label);
        Open("<table class=\"data\">", "</table>");
        Open("<thead>", "</thead>");
        Open("<tr>", "</tr>");
        foreach (TableColumn column in table.Columns)
        {
            LabelLine("<th>", column.Header, "</th>");
        }

        Close();
        Close();
        Open("<tbody>", "</tbody>");
        foreach (IReadOnlyList<string> row in table.Rows)
        {
            Open("<tr>", "</tr>");
            for (int i = 0; i < row.Count; i++)
            {
                EncodedLine(table.Columns[i].Alignment switch
                {
                    TableAlignment.Center => "<td class=\"center\">",
                    TableAlignment.Right => "<td class=\"right\">",
                    _ => "<td>",
                }, row[i], "</td>");
            }

            Close();
        }

        Close();
        Close();

        // The body ending goes after text, never into or under a table, nor into the paragraph before it.
        _lastBodyStart = -1;
    }
}
