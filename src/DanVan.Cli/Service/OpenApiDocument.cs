using System.Text.Json;
using System.Text.Json.Nodes;
using DanVan.Reporting.Catalog;
using Microsoft.AspNetCore.Http;

namespace DanVan.Cli.Service;

/// <summary>
/// GET /openapi/v1.json: the OpenAPI 3.1 document of the service, written from the catalog (not generated from the
/// handlers: the kinds' JSON Schemas are hand-made by the source generator, and OpenAPI 3.1 takes JSON Schema 2020-12
/// as it is). Each kind's schema is a component named by its id; its <c>#/$defs/…</c> references are rewritten to
/// point into the component, so any OpenAPI tool resolves them.
/// </summary>
internal static class OpenApiDocument
{
    private const string Json = "application/json";
    private const string ProblemJson = "application/problem+json";

    private static readonly Lazy<byte[]> s_document = new(Build);

    public static Task Write(HttpContext context) =>
        JsonResponses.WriteAsync(context, StatusCodes.Status200OK, "application/json; charset=utf-8", s_document.Value);

    /// <summary>The document's bytes.</summary>
    public static byte[] Build() => JsonResponses.Build(writer =>
    {
        writer.WriteStartObject();
        writer.WriteString("openapi", "3.1.0");
        writer.WriteStartObject("info");
        writer.WriteString("title", "DanVan render service (danvan serve)");
        writer.WriteString("version", "v1");
        writer.WriteString("description", "Validates JSON reports of the DanVan catalog and renders them as Vietnamese official documents (36-HD/VPTW, Nghị định 30/2020/NĐ-CP). Errors are RFC 9457 problem details; Accept-Language: en gives English messages.");
        writer.WriteEndObject();
        writer.WriteString("jsonSchemaDialect", "https://json-schema.org/draft/2020-12/schema");
        writer.WriteStartObject("paths");
        WritePaths(writer);
        writer.WriteEndObject();
        writer.WriteStartObject("components");
        writer.WriteStartObject("schemas");
        WriteServiceSchemas(writer);
        foreach (ReportKind kind in ReportCatalog.All)
        {
            writer.WritePropertyName(kind.Id);
            KindSchema(kind).WriteTo(writer);
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndObject();
    });

    private static JsonNode KindSchema(ReportKind kind)
    {
        JsonNode schema = JsonNode.Parse(kind.GetJsonSchema())!;
        Rebase(schema, "#/components/schemas/" + kind.Id + "/$defs/");
        return schema;
    }

    // "#/$defs/X" → "#/components/schemas/<kind>/$defs/X", everywhere in the tree.
    private static void Rebase(JsonNode? node, string prefix)
    {
        switch (node)
        {
            case JsonObject obj:
                if (obj["$ref"] is JsonValue reference && reference.TryGetValue(out string? target) && target.StartsWith("#/$defs/", StringComparison.Ordinal))
                {
                    obj["$ref"] = prefix + target["#/$defs/".Length..];
                }

                foreach (KeyValuePair<string, JsonNode?> member in obj.ToArray())
                {
                    Rebase(member.Value, prefix);
                }

                break;
            case JsonArray array:
                foreach (JsonNode? item in array)
                {
                    Rebase(item, prefix);
                }

                break;
        }
    }

    private static void WritePaths(Utf8JsonWriter writer)
    {
        writer.WriteStartObject("/health");
        Operation(writer, "get", "health", "Readiness: 200 \"ok\" while the service runs.", null, null,
            ("200", "ok", "text/plain", w => w.WriteString("type", "string")));
        writer.WriteEndObject();

        writer.WriteStartObject("/api/kinds");
        Operation(writer, "get", "listKinds", "The catalog's report kinds: id, title, period kind.", null, null,
            ("200", "the kinds", Json, w => { w.WriteString("type", "array"); w.WriteStartObject("items"); Ref(w, "Kind"); w.WriteEndObject(); }));
        writer.WriteEndObject();

        writer.WriteStartObject("/api/kinds/{kind}/schema");
        Operation(writer, "get", "getKindSchema", "The kind's JSON Schema (draft 2020-12).", KindParameter, null,
            ("200", "the schema", "application/schema+json", w => w.WriteString("type", "object")),
            ("404", "unknown kind", ProblemJson, w => Ref(w, "Problem")));
        writer.WriteEndObject();

        writer.WriteStartObject("/api/kinds/{kind}/example");
        Operation(writer, "get", "getKindExample", "A valid instance of the kind.", KindParameter, null,
            ("200", "the example", Json, AnyReport),
            ("404", "unknown kind", ProblemJson, w => Ref(w, "Problem")));
        writer.WriteEndObject();

        writer.WriteStartObject("/api/reports/validate");
        Operation(writer, "post", "validateReport", "Validates a JSON report (its \"kind\" chooses the schema).", null, AnyReport,
            ("200", "valid", Json, w => Ref(w, "ValidationResult")),
            ("400", "malformed JSON (line, column)", ProblemJson, w => Ref(w, "Problem")),
            ("413", "body over the limit", ProblemJson, w => Ref(w, "Problem")),
            ("415", "body is not JSON", ProblemJson, w => Ref(w, "Problem")),
            ("422", "invalid report (errors by JSON path)", ProblemJson, w => Ref(w, "Problem")),
            ("503", "busy (Retry-After) or timed out", ProblemJson, w => Ref(w, "Problem")));
        writer.WriteEndObject();

        writer.WriteStartObject("/api/reports/render");
        Operation(writer, "post", "renderReport", "Renders a valid JSON report; the format comes from ?format= or the Accept header (HTML by default).", FormatParameter, AnyReport,
            ("200", "the document (Content-Disposition names it)", null, null),
            ("400", "malformed JSON (line, column)", ProblemJson, w => Ref(w, "Problem")),
            ("406", "format not available", ProblemJson, w => Ref(w, "Problem")),
            ("413", "body over the limit", ProblemJson, w => Ref(w, "Problem")),
            ("415", "body is not JSON", ProblemJson, w => Ref(w, "Problem")),
            ("422", "invalid report (errors by JSON path)", ProblemJson, w => Ref(w, "Problem")),
            ("503", "busy (Retry-After) or timed out", ProblemJson, w => Ref(w, "Problem")));
        writer.WriteEndObject();

        writer.WriteStartObject("/openapi/v1.json");
        Operation(writer, "get", "getOpenApi", "This document.", null, null, ("200", "OpenAPI 3.1", Json, w => w.WriteString("type", "object")));
        writer.WriteEndObject();

        writer.WriteStartObject("/");
        Operation(writer, "get", "previewPage", "The preview page (HTML).", null, null, ("200", "the page", "text/html", w => w.WriteString("type", "string")));
        writer.WriteEndObject();
    }

    private static void Operation(Utf8JsonWriter writer, string method, string id, string summary, Action<Utf8JsonWriter>? parameter,
        Action<Utf8JsonWriter>? body, params (string Status, string Description, string? MediaType, Action<Utf8JsonWriter>? Schema)[] responses)
    {
        writer.WriteStartObject(method);
        writer.WriteString("operationId", id);
        writer.WriteString("summary", summary);
        writer.WriteStartArray("parameters");
        parameter?.Invoke(writer);
        writer.WriteStartObject();
        writer.WriteString("name", "Accept-Language");
        writer.WriteString("in", "header");
        writer.WriteString("description", "vi (default) or en: the language of error messages.");
        writer.WriteStartObject("schema");
        writer.WriteString("type", "string");
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndArray();
        if (body is not null)
        {
            writer.WriteStartObject("requestBody");
            writer.WriteBoolean("required", true);
            writer.WriteStartObject("content");
            writer.WriteStartObject(Json);
            writer.WriteStartObject("schema");
            body(writer);
            writer.WriteEndObject();
            writer.WriteEndObject();
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        writer.WriteStartObject("responses");
        foreach ((string status, string description, string? mediaType, Action<Utf8JsonWriter>? schema) in responses)
        {
            writer.WriteStartObject(status);
            writer.WriteString("description", description);
            if (mediaType is not null && schema is not null)
            {
                writer.WriteStartObject("content");
                writer.WriteStartObject(mediaType);
                writer.WriteStartObject("schema");
                schema(writer);
                writer.WriteEndObject();
                writer.WriteEndObject();
                writer.WriteEndObject();
            }
            else if (mediaType is null)
            {
                writer.WriteStartObject("content");
                foreach (string format in FormatNegotiation.Available)
                {
                    writer.WriteStartObject(FormatNegotiation.MediaTypeOf(format).Split(';')[0]);
                    writer.WriteStartObject("schema");
                    writer.WriteString("type", "string");
                    writer.WriteString(format is "docx" or "pdf" ? "contentEncoding" : "contentMediaType", format is "docx" or "pdf" ? "binary" : FormatNegotiation.MediaTypeOf(format).Split(';')[0]);
                    writer.WriteEndObject();
                    writer.WriteEndObject();
                }

                writer.WriteEndObject();
            }

            writer.WriteEndObject();
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void KindParameter(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString("name", "kind");
        writer.WriteString("in", "path");
        writer.WriteBoolean("required", true);
        writer.WriteStartObject("schema");
        writer.WriteString("type", "string");
        writer.WriteStartArray("enum");
        foreach (ReportKind kind in ReportCatalog.All)
        {
            writer.WriteStringValue(kind.Id);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void FormatParameter(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString("name", "format");
        writer.WriteString("in", "query");
        writer.WriteBoolean("required", false);
        writer.WriteString("description", "The document format; without it, the Accept header chooses (HTML when it does not).");
        writer.WriteStartObject("schema");
        writer.WriteString("type", "string");
        writer.WriteStartArray("enum");
        foreach (string format in FormatNegotiation.Available)
        {
            writer.WriteStringValue(format);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void AnyReport(Utf8JsonWriter writer)
    {
        writer.WriteStartArray("oneOf");
        foreach (ReportKind kind in ReportCatalog.All)
        {
            writer.WriteStartObject();
            Ref(writer, kind.Id);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void Ref(Utf8JsonWriter writer, string component) => writer.WriteString("$ref", "#/components/schemas/" + component);

    private static void WriteServiceSchemas(Utf8JsonWriter writer)
    {
        writer.WriteStartObject("Kind");
        writer.WriteString("type", "object");
        Required(writer, "id", "title", "periodKind");
        writer.WriteStartObject("properties");
        StringProperty(writer, "id");
        StringProperty(writer, "title");
        writer.WriteStartObject("periodKind");
        writer.WriteString("type", "string");
        writer.WriteStartArray("enum");
        foreach (string name in (string[])["Month", "Quarter", "FirstHalf", "SecondHalf", "NineMonths", "Year", "Term"])
        {
            writer.WriteStringValue(name);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndObject();

        writer.WriteStartObject("Error");
        writer.WriteString("type", "object");
        Required(writer, "path", "code", "message");
        writer.WriteStartObject("properties");
        StringProperty(writer, "path");
        StringProperty(writer, "code");
        StringProperty(writer, "message");
        writer.WriteEndObject();
        writer.WriteEndObject();

        writer.WriteStartObject("ValidationResult");
        writer.WriteString("type", "object");
        Required(writer, "valid", "errors");
        writer.WriteStartObject("properties");
        writer.WriteStartObject("valid");
        writer.WriteString("type", "boolean");
        writer.WriteEndObject();
        ErrorsProperty(writer);
        writer.WriteEndObject();
        writer.WriteEndObject();

        writer.WriteStartObject("Problem");
        writer.WriteString("description", "RFC 9457 problem details.");
        writer.WriteString("type", "object");
        Required(writer, "type", "title", "status");
        writer.WriteStartObject("properties");
        StringProperty(writer, "type");
        StringProperty(writer, "title");
        writer.WriteStartObject("status");
        writer.WriteString("type", "integer");
        writer.WriteEndObject();
        StringProperty(writer, "detail");
        StringProperty(writer, "instance");
        StringProperty(writer, "code");
        foreach (string number in (string[])["line", "column", "retryAfter"])
        {
            writer.WriteStartObject(number);
            writer.WriteString("type", "integer");
            writer.WriteEndObject();
        }

        writer.WriteStartObject("formats");
        writer.WriteString("type", "array");
        writer.WriteStartObject("items");
        writer.WriteString("type", "string");
        writer.WriteEndObject();
        writer.WriteEndObject();
        ErrorsProperty(writer);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void Required(Utf8JsonWriter writer, params string[] names)
    {
        writer.WriteStartArray("required");
        foreach (string name in names)
        {
            writer.WriteStringValue(name);
        }

        writer.WriteEndArray();
    }

    private static void StringProperty(Utf8JsonWriter writer, string name)
    {
        writer.WriteStartObject(name);
        writer.WriteString("type", "string");
        writer.WriteEndObject();
    }

    private static void ErrorsProperty(Utf8JsonWriter writer)
    {
        writer.WriteStartObject("errors");
        writer.WriteString("type", "array");
        writer.WriteStartObject("items");
        Ref(writer, "Error");
        writer.WriteEndObject();
        writer.WriteEndObject();
    }
}
