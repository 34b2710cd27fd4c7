using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using DanVan.Reporting.Catalog;

namespace DanVan.Cli.Service.Tests;

/// <summary>GET /openapi/v1.json: an OpenAPI 3.1 document naming every route and carrying every kind's JSON Schema.</summary>
public sealed class OpenApiTests
{
    private static async Task<JsonNode> DocumentAsync()
    {
        await using var service = await TestService.StartAsync();
        HttpResponseMessage response = await service.GetAsync("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    [Fact]
    public async Task Document_IsOpenApi31_WithEveryRoute()
    {
        JsonNode document = await DocumentAsync();
        Assert.Equal("3.1.0", document["openapi"]!.GetValue<string>());
        JsonObject paths = document["paths"]!.AsObject();
        Assert.NotNull(paths["/health"]!["get"]);
        Assert.NotNull(paths["/api/kinds"]!["get"]);
        Assert.NotNull(paths["/api/kinds/{kind}/schema"]!["get"]);
        Assert.NotNull(paths["/api/kinds/{kind}/example"]!["get"]);
        Assert.NotNull(paths["/openapi/v1.json"]!["get"]);
        Assert.NotNull(paths["/"]!["get"]);
        JsonObject render = paths["/api/reports/render"]!["post"]!["responses"]!.AsObject();
        Assert.Equal(["200", "400", "406", "413", "415", "422", "503"], render.Select(r => r.Key));
        JsonObject validate = paths["/api/reports/validate"]!["post"]!["responses"]!.AsObject();
        Assert.Equal(["200", "400", "413", "415", "422", "503"], validate.Select(r => r.Key));
        string[] operationIds = paths.SelectMany(p => p.Value!.AsObject().Select(o => o.Value!["operationId"]!.GetValue<string>())).ToArray();
        Assert.Equal(operationIds.Length, operationIds.Distinct().Count());
    }

    [Fact]
    public async Task Document_CarriesEveryKindsSchema()
    {
        JsonNode document = await DocumentAsync();
        JsonObject schemas = document["components"]!["schemas"]!.AsObject();
        foreach (ReportKind kind in ReportCatalog.All)
        {
            // The component is the kind's own schema, its internal references pointed into the component.
            string expected = kind.GetJsonSchema().Replace("\"#/$defs/", "\"#/components/schemas/" + kind.Id + "/$defs/", StringComparison.Ordinal);
            Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), schemas[kind.Id]), kind.Id);
            Assert.Equal(kind.Id, schemas[kind.Id]!["properties"]!["kind"]!["const"]!.GetValue<string>());
        }

        JsonArray requestKinds = document["paths"]!["/api/reports/validate"]!["post"]!["requestBody"]!["content"]!["application/json"]!["schema"]!["oneOf"]!.AsArray();
        Assert.Equal(ReportCatalog.All.Select(k => "#/components/schemas/" + k.Id), requestKinds.Select(r => r!["$ref"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Document_EveryReferenceResolves()
    {
        JsonNode document = await DocumentAsync();
        var references = new List<string>();
        Collect(document, references);
        Assert.NotEmpty(references);
        foreach (string reference in references.Distinct())
        {
            Assert.StartsWith("#/", reference, StringComparison.Ordinal);
            JsonNode? target = document;
            foreach (string token in reference[2..].Split('/'))
            {
                target = target?[token.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal)];
            }

            Assert.True(target is JsonObject, "unresolved " + reference);
        }
    }

    private static void Collect(JsonNode? node, List<string> references)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (KeyValuePair<string, JsonNode?> member in obj)
                {
                    if (member.Key == "$ref")
                    {
                        references.Add(member.Value!.GetValue<string>());
                    }
                    else
                    {
                        Collect(member.Value, references);
                    }
                }

                break;
            case JsonArray array:
                foreach (JsonNode? item in array)
                {
                    Collect(item, references);
                }

                break;
        }
    }
}
