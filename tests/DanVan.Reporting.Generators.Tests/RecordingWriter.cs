namespace DanVan.Reporting.Generators.Tests;

/// <summary>An <see cref="IReportWriter"/> that records each call as text, to assert what WriteTo streams.</summary>
internal sealed class RecordingWriter : IReportWriter
{
    public List<string> Calls { get; } = [];

    public void BeginReport(ReportHeading heading) => Calls.Add($"BeginReport({heading.Subject})");

    public void BeginSection(string number, string title) => Calls.Add($"BeginSection({number}, {title})");

    public void WriteText(string label, string text) => Calls.Add($"WriteText({label}, {text})");

    public void WriteValue(string label, string value) => Calls.Add($"WriteValue({label}, {value})");

    public void BeginList(string label) => Calls.Add($"BeginList({label})");

    public void WriteListItem(string text) => Calls.Add($"WriteListItem({text})");

    public void EndList() => Calls.Add("EndList()");

    public void BeginGroup(string label) => Calls.Add($"BeginGroup({label})");

    public void EndGroup() => Calls.Add("EndGroup()");

    public void BeginTable(string label, IReadOnlyList<TableColumn> columns) =>
        Calls.Add($"BeginTable({label}, {string.Join(" | ", columns.Select(c => c.Header + ":" + c.Alignment))})");

    public void BeginTableRow() => Calls.Add("BeginTableRow()");

    public void WriteCell(string text) => Calls.Add($"WriteCell({text})");

    public void EndTableRow() => Calls.Add("EndTableRow()");

    public void EndTable() => Calls.Add("EndTable()");

    public void EndSection() => Calls.Add("EndSection()");

    public void EndReport() => Calls.Add("EndReport()");
}
