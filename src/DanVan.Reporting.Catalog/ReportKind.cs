using DanVan.Reporting.Schema;

namespace DanVan.Reporting.Catalog;

/// <summary>
/// One kind of report in the catalog: its stable id (what JSON's <c>"kind"</c> and the <c>danvan</c> tool name), its
/// title, the kind of period it covers, its fields and a valid example.
/// </summary>
/// <remarks>Ids never change once published: other teams' files and scripts name them.</remarks>
public sealed class ReportKind
{
    internal ReportKind(string id, string title, ReportSchema schema, IReport example)
    {
        Id = id;
        Title = title;
        Schema = schema;
        Example = example;
    }

    /// <summary>The stable kind id, e.g. <c>giao-ban-quy</c>.</summary>
    public string Id { get; }

    /// <summary>What the report is called, e.g. "Báo cáo giao ban công tác dân vận quý".</summary>
    public string Title { get; }

    /// <summary>The kind of period the report covers.</summary>
    public PeriodKind PeriodKind => Schema.Period;

    /// <summary>The report type's fields, labels and rules, generated at compile time.</summary>
    public ReportSchema Schema { get; }

    /// <summary>A valid, realistic instance (the one <c>danvan example</c> prints).</summary>
    public IReport Example { get; }

    /// <inheritdoc/>
    public override string ToString() => Id;
}
