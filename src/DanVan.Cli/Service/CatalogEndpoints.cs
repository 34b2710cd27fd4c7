using System.Text;
using DanVan.Cli.Commands;
using DanVan.Reporting.Catalog;
using Microsoft.AspNetCore.Http;

namespace DanVan.Cli.Service;

/// <summary>
/// GET /api/kinds, /api/kinds/{kind}/schema and /api/kinds/{kind}/example: what <c>danvan kinds --json</c>,
/// <c>danvan schema</c> and <c>danvan example</c> print, built once (the catalog never changes while serving).
/// </summary>
internal static class CatalogEndpoints
{
    private static readonly Lazy<byte[]> s_kinds = new(() => JsonResponses.Build(KindsCommand.WriteJson));

    private static readonly Dictionary<string, Lazy<byte[]>> s_schemas = ReportCatalog.All.ToDictionary(
        kind => kind.Id, kind => new Lazy<byte[]>(() => Encoding.UTF8.GetBytes(kind.GetJsonSchema())), StringComparer.Ordinal);

    private static readonly Dictionary<string, Lazy<byte[]>> s_examples = ReportCatalog.All.ToDictionary(
        kind => kind.Id, kind => new Lazy<byte[]>(() => Encoding.UTF8.GetBytes(kind.ExampleJson())), StringComparer.Ordinal);

    public static Task Kinds(HttpContext context) =>
        JsonResponses.WriteAsync(context, StatusCodes.Status200OK, "application/json; charset=utf-8", s_kinds.Value);

    public static Task Schema(HttpContext context) =>
        Lookup(context, s_schemas, "application/schema+json; charset=utf-8");

    public static Task Example(HttpContext context) =>
        Lookup(context, s_examples, "application/json; charset=utf-8");

    private static Task Lookup(HttpContext context, Dictionary<string, Lazy<byte[]>> documents, string contentType)
    {
        string id = context.Request.RouteValues["kind"] as string ?? "";
        return documents.TryGetValue(id, out Lazy<byte[]>? document)
            ? JsonResponses.WriteAsync(context, StatusCodes.Status200OK, contentType, document.Value)
            : ProblemWriter.WriteAsync(context, Problems.UnknownKind(id));
    }
}
