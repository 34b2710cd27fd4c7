namespace DanVan.Reporting;

/// <summary>Tables in the HTML layout: <c>&lt;table class="data"&gt;</c> under its label.</summary>
public sealed partial class HtmlReportWriter
{
    /// <inheritdoc/>
    protected override void OnTable(ReportTable table)
    {
        CloseValues();
        WriteLabel(table.Label);
        Open(Tags.DataTable, Tags.TableEnd);
        Open(Tags.THead, Tags.THeadEnd);
        Open(Tags.Tr, Tags.TrEnd);
        foreach (TableColumn column in table.Columns)
        {
            LabelLine(Tags.Th, column.Header, Tags.ThEnd);
        }

        Close();
        Close();
        Open(Tags.TBody, Tags.TBodyEnd);
        foreach (IReadOnlyList<string> row in table.Rows)
        {
            Open(Tags.Tr, Tags.TrEnd);
            for (int i = 0; i < row.Count; i++)
            {
                EncodedLine(table.Columns[i].Alignment switch
                {
                    TableAlignment.Center => Tags.TdCenter,
                    TableAlignment.Right => Tags.TdRight,
                    _ => Tags.Td,
                }, row[i], Tags.TdEnd);
            }

            Close();
        }

        Close();
        Close();

        // The body ending goes after text, never into or under a table, nor into the paragraph before it.
        _lastBodyStart = -1;
    }
}
