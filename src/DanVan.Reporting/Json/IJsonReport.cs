using System.Text.Json;

namespace DanVan.Reporting.Json;

/// <summary>A report that writes itself as JSON. The generator implements it on every [Report] type it can read back.</summary>
public interface IJsonReport : IReport
{
    /// <summary>
    /// Writes the report as one JSON object: <c>"kind"</c> first when <paramref name="kind"/> is given, then
    /// <c>"period"</c> in code form (<c>"2024-Q2"</c>), <c>"document"</c> when the report has one, then its members in
    /// declaration order with camelCase names. Dates are ISO (<c>"2024-06-28"</c>); nulls are written as null.
    /// </summary>
    /// <param name="writer">The writer (<see cref="ReportJson.CreateWriter(System.Buffers.IBufferWriter{byte}, bool)"/> gives one that keeps Vietnamese readable).</param>
    /// <param name="kind">The kind id to write first, or null for none.</param>
    void WriteJson(Utf8JsonWriter writer, string? kind = null);
}

/// <summary>
/// A report type that reads itself from JSON and describes its JSON as a JSON Schema (draft 2020-12). Implemented by the
/// generator on every [Report] type whose members can all be set (init or set accessors, a parameterless constructor).
/// </summary>
/// <typeparam name="TSelf">The report type.</typeparam>
/// <example>
/// <code>
/// JsonReadResult&lt;SoKetDanVan&gt; read = SoKetDanVan.ReadJson(File.ReadAllBytes("so-ket.json"));
/// if (read.IsSuccess) { ReportValidationResult result = read.Value.Validate(); }
/// else { foreach (JsonReadError error in read.Errors) Console.Error.WriteLine(error); }
/// </code>
/// </example>
public interface IJsonReport<TSelf> : IJsonReport
    where TSelf : IJsonReport<TSelf>
{
    /// <summary>
    /// Reads a report from UTF-8 JSON (a BOM is accepted; NFD text is composed to NFC). Unknown and duplicate properties,
    /// wrong types, numbers out of range and missing required members are errors naming the JSON path and line:column.
    /// A top-level <c>"kind"</c> is checked against <see cref="ReportJsonOptions.Kind"/> when that is set and is
    /// otherwise ignored. Never throws for bad input.
    /// </summary>
    /// <param name="utf8">The input.</param>
    /// <param name="options">Limits and the expected kind; <see cref="ReportJsonOptions.Default"/> when null.</param>
    /// <returns>The report, or the errors.</returns>
    static abstract JsonReadResult<TSelf> ReadJson(ReadOnlySpan<byte> utf8, ReportJsonOptions? options = null);

    /// <summary>
    /// The JSON Schema (draft 2020-12) of the report's JSON: members, types, required members, ranges, lengths, patterns,
    /// list counts, the period's form and kind, labels as descriptions. What a schema cannot express is listed in
    /// docs/json.md; <c>Validate()</c> checks it.
    /// </summary>
    /// <param name="kind">The kind id that <c>"kind"</c> must be (then required); null lets <c>"kind"</c> be any text or absent.</param>
    /// <returns>The schema, indented JSON.</returns>
    static abstract string GetJsonSchema(string? kind = null);
}
