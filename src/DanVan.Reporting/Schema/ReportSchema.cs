namespace DanVan.Reporting.Schema;

/// <summary>
/// A report type described as data, generated at compile time without reflection: for a CLI that fills a report from
/// JSON, a JSON-Schema export or a form builder.
/// </summary>
/// <param name="Name">The report type's name.</param>
/// <param name="Title">The [Report] title.</param>
/// <param name="Period">The kind of period the report covers.</param>
/// <param name="Fields">The report's fields in declaration order (its <c>Period</c> is not listed).</param>
/// <param name="Groups">The nested record types its fields use.</param>
public sealed record ReportSchema(string Name, string Title, PeriodKind Period, IReadOnlyList<FieldSchema> Fields, IReadOnlyList<GroupSchema> Groups);
