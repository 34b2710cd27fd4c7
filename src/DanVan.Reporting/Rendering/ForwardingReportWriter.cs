namespace DanVan.Reporting;

/// <summary>
/// Passes every call to another writer; a subclass overrides only the calls it adds to. It is not a
/// <see cref="ReportWriterBase"/>, so values reach the inner writer as text.
/// </summary>
internal abstract class ForwardingReportWriter(IReportWriter inner) : IReportWriter
{
    /// <summary>The writer every call goes to.</summary>
    protected IReportWriter Inner { get; } = inner;

    public virtual void BeginReport(ReportHeading heading) => Inner.BeginReport(heading);

    public virtual void BeginSection(string number, string title) => Inner.BeginSection(number, title);

    public virtual void WriteText(string label, string text) => Inner.WriteText(label, text);

    public virtual void WriteValue(string label, string value) => Inner.WriteValue(label, value);

    public virtual void BeginList(string label) => Inner.BeginList(label);

    public virtual void WriteListItem(string text) => Inner.WriteListItem(text);

    public virtual void EndList() => Inner.EndList();

    public virtual void BeginGroup(string label) => Inner.BeginGroup(label);

    public virtual void EndGroup() => Inner.EndGroup();

    public virtual void BeginTable(string label, IReadOnlyList<TableColumn> columns) => Inner.BeginTable(label, columns);

    public virtual void BeginTableRow() => Inner.BeginTableRow();

    public virtual void WriteCell(string text) => Inner.WriteCell(text);

    public virtual void EndTableRow() => Inner.EndTableRow();

    public virtual void EndTable() => Inner.EndTable();

    public virtual void EndSection() => Inner.EndSection();

    public virtual void EndReport() => Inner.EndReport();
}
