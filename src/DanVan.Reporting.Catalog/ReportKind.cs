using DanVan.Reporting.Json;
using DanVan.Reporting.Schema;

namespace DanVan.Reporting.Catalog;

/// <summary>
/// One kind of report in the catalog: its stable id (what JSON's <c>"kind"</c> and the <c>danvan</c> tool name), its
/// title, the kind of period it covers, its fields and a valid example.
/// </summary>
/// <remarks>Ids never change once published: other teams' files and scripts name them.</remarks>
public sealed class ReportKind
{
    private readonly ReportJsonType _json;

    private ReportKind(string id, string title, ReportSchema schema, IJsonReport example, ReportJsonType json)
    {
        Id = id;
        Title = title;
        Schema = schema;
        Example = example;
        _json = json;
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
    public IJsonReport Example { get; }

    /// <summary>The report type behind the kind.</summary>
    public Type ReportType => _json.Type;

    /// <summary>
    /// Reads a report of this kind from UTF-8 JSON: a <c>"kind"</c> property, when present, must be this kind's id.
    /// Errors name the JSON path and line:column; never throws for bad input.
    /// </summary>
    /// <param name="utf8">The JSON.</param>
    /// <param name="options">Size and depth limits; <see cref="ReportJsonOptions.Default"/> when null.</param>
    /// <returns>The report, or the errors.</returns>
    public JsonReadResult<IJsonReport> Read(ReadOnlySpan<byte> utf8, ReportJsonOptions? options = null) =>
        _json.Read(utf8, (options ?? ReportJsonOptions.Default) with { Kind = Id });

    /// <summary>The JSON Schema (draft 2020-12) of this kind's JSON, with <c>"kind"</c> required to be <see cref="Id"/>.</summary>
    /// <returns>The schema, indented.</returns>
    public string GetJsonSchema() => _json.GetJsonSchema(Id);

    /// <summary>The example as JSON, <c>"kind"</c> first: what <c>danvan example</c> prints.</summary>
    /// <returns>The JSON, indented.</returns>
    public string ExampleJson() => Example.ToJson(Id);

    internal static ReportKind Create<T>(string id, string title, ReportSchema schema, T example)
        where T : class, IJsonReport<T> => new(id, title, schema, example, ReportJson.For<T>());

    /// <inheritdoc/>
    public override string ToString() => Id;
}
