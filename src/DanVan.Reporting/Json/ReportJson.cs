using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using DanVan.Reporting.Internal;

namespace DanVan.Reporting.Json;

/// <summary>
/// Entry points around the generated JSON members: writers that keep Vietnamese readable, reports to JSON text, the
/// top-level <c>"kind"</c> of an input (to choose the type to read), and a non-generic handle on a report type.
/// </summary>
public static class ReportJson
{
    private static readonly JsonWriterOptions s_indented = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonWriterOptions s_compact = new() { Indented = false, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>
    /// A writer that writes Vietnamese letters as they are ("Dân vận", not "D\u00e2n v\u1eadn") and escapes only what JSON
    /// requires (quotes, backslashes, control characters). Not for embedding in HTML script blocks.
    /// </summary>
    /// <param name="output">Where the UTF-8 goes.</param>
    /// <param name="indented">Whether to indent (two spaces, "\n" line ends).</param>
    /// <returns>The writer; dispose or flush it.</returns>
    public static Utf8JsonWriter CreateWriter(IBufferWriter<byte> output, bool indented = true) =>
        new(output, Options(indented));

    /// <summary>A writer on a stream, as <see cref="CreateWriter(IBufferWriter{byte}, bool)"/>.</summary>
    /// <param name="output">The stream.</param>
    /// <param name="indented">Whether to indent.</param>
    /// <returns>The writer; dispose or flush it.</returns>
    public static Utf8JsonWriter CreateWriter(Stream output, bool indented = true) =>
        new(output, Options(indented));

    /// <summary>The report as UTF-8 JSON (see <see cref="IJsonReport.WriteJson"/>).</summary>
    /// <param name="report">The report.</param>
    /// <param name="kind">The kind id to write first, or null.</param>
    /// <param name="indented">Whether to indent.</param>
    /// <returns>The bytes, without BOM.</returns>
    public static byte[] ToJsonUtf8(this IJsonReport report, string? kind = null, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(report);
        var buffer = new ArrayBufferWriter<byte>(4096);
        using (Utf8JsonWriter writer = CreateWriter(buffer, indented))
        {
            report.WriteJson(writer, kind);
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>The report as JSON text (see <see cref="IJsonReport.WriteJson"/>).</summary>
    /// <param name="report">The report.</param>
    /// <param name="kind">The kind id to write first, or null.</param>
    /// <param name="indented">Whether to indent.</param>
    /// <returns>The text.</returns>
    public static string ToJson(this IJsonReport report, string? kind = null, bool indented = true) =>
        System.Text.Encoding.UTF8.GetString(ToJsonUtf8(report, kind, indented));

    /// <summary>
    /// The top-level <c>"kind"</c> of a JSON report, to choose which type reads it. The input is checked as
    /// <see cref="IJsonReport{TSelf}.ReadJson"/> checks it (size, BOM, UTF-8, syntax), so an unreadable input gives the
    /// same errors here.
    /// </summary>
    /// <param name="utf8">The input.</param>
    /// <param name="options">Limits; <see cref="ReportJsonOptions.Kind"/> is ignored.</param>
    /// <returns>The kind, or errors: unreadable input, a top level that is not an object, no <c>"kind"</c>, or a kind that
    /// is not a string (code <see cref="JsonErrorCodes.Kind"/>).</returns>
    public static JsonReadResult<string> ReadKind(ReadOnlySpan<byte> utf8, ReportJsonOptions? options = null)
    {
        var json = new JsonReportReader(utf8, (options ?? ReportJsonOptions.Default) with { Kind = null });
        return json.CanRead ? json.Result(json.FindKind()) : json.Result<string>(null);
    }

    /// <summary>A non-generic handle on a report type's JSON members, for catalogs of report kinds.</summary>
    /// <typeparam name="T">The report type.</typeparam>
    /// <returns>The handle.</returns>
    public static ReportJsonType For<T>()
        where T : class, IJsonReport<T> => ReportJsonType.Create<T>();

    private static JsonWriterOptions Options(bool indented) => indented ? s_indented : s_compact;
}

/// <summary>A report type's JSON members without its type argument: read, schema. See <see cref="ReportJson.For{T}"/>.</summary>
public sealed class ReportJsonType
{
    private readonly Reader _read;
    private readonly Func<string?, string> _schema;

    private ReportJsonType(Type type, Reader read, Func<string?, string> schema)
    {
        Type = type;
        _read = read;
        _schema = schema;
    }

    private delegate JsonReadResult<IJsonReport> Reader(ReadOnlySpan<byte> utf8, ReportJsonOptions? options);

    /// <summary>The report type.</summary>
    public Type Type { get; }

    /// <summary>Reads a report of this type (see <see cref="IJsonReport{TSelf}.ReadJson"/>).</summary>
    /// <param name="utf8">The input.</param>
    /// <param name="options">Limits and the expected kind.</param>
    /// <returns>The report, or the errors.</returns>
    public JsonReadResult<IJsonReport> Read(ReadOnlySpan<byte> utf8, ReportJsonOptions? options = null) => _read(utf8, options);

    /// <summary>The type's JSON Schema (see <see cref="IJsonReport{TSelf}.GetJsonSchema"/>).</summary>
    /// <param name="kind">The kind id, or null.</param>
    /// <returns>The schema.</returns>
    public string GetJsonSchema(string? kind = null) => _schema(kind);

    internal static ReportJsonType Create<T>()
        where T : class, IJsonReport<T> =>
        new(typeof(T), static (utf8, options) => T.ReadJson(utf8, options).Cast<IJsonReport>(), static kind => T.GetJsonSchema(kind));
}
