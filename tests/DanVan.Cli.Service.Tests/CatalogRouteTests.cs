using System.Net;
using System.Text.Json;
using DanVan.Reporting.Catalog;

namespace DanVan.Cli.Service.Tests;

/// <summary>GET /health, /api/kinds, schema, example, the OpenAPI document, the page, and unknown routes/methods.</summary>
public sealed class CatalogRouteTests
{
    [Fact]
    public async Task Health_200_Ok()
    {
        await using var service = await TestService.StartAsync();
        HttpResponseMessage response = await service.GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("ok", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Kinds_EveryCatalogKind_IdTitlePeriodKind()
    {
        await using var service = await TestService.StartAsync();
        HttpResponseMessage response = await service.GetAsync("/api/kinds");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using JsonDocument json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        JsonElement[] kinds = json.RootElement.EnumerateArray().ToArray();
        Assert.Equal(ReportCatalog.All.Select(k => k.Id), kinds.Select(k => k.GetProperty("id").GetString()));
        Assert.Equal(ReportCatalog.All.Select(k => k.Title), kinds.Select(k => k.GetProperty("title").GetString()));
        Assert.Equal("Quarter", kinds.Single(k => k.GetProperty("id").GetString() == "giao-ban-quy").GetProperty("periodKind").GetString());
        Assert.Equal("Term", kinds.Single(k => k.GetProperty("id").GetString() == "tong-ket-nhiem-ky").GetProperty("periodKind").GetString());
    }

    [Fact]
    public async Task Schema_EveryKind_TheGeneratedSchema()
    {
        await using var service = await TestService.StartAsync();
        foreach (ReportKind kind in ReportCatalog.All)
        {
            HttpResponseMessage response = await service.GetAsync($"/api/kinds/{kind.Id}/schema");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("application/schema+json", response.Content.Headers.ContentType?.MediaType);
            string schema = await response.Content.ReadAsStringAsync();
            Assert.Equal(kind.GetJsonSchema(), schema);
            using JsonDocument json = JsonDocument.Parse(schema);
            Assert.Equal("https://json-schema.org/draft/2020-12/schema", json.RootElement.GetProperty("$schema").GetString());
        }
    }

    [Fact]
    public async Task Example_EveryKind_IsValidThroughTheService()
    {
        await using var service = await TestService.StartAsync();
        foreach (ReportKind kind in ReportCatalog.All)
        {
            HttpResponseMessage response = await service.GetAsync($"/api/kinds/{kind.Id}/example");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            string example = await response.Content.ReadAsStringAsync();
            Assert.Equal(kind.ExampleJson(), example);
            HttpResponseMessage validation = await service.PostJsonAsync("/api/reports/validate", example);
            Assert.Equal(HttpStatusCode.OK, validation.StatusCode);
            Assert.Equal("{\"valid\":true,\"errors\":[]}", await validation.Content.ReadAsStringAsync());
        }
    }

    [Theory]
    [InlineData("/api/kinds/bao-cao-tuan/schema")]
    [InlineData("/api/kinds/bao-cao-tuan/example")]
    [InlineData("/api/kinds/GIAO-BAN-QUY/schema")]
    public async Task UnknownKind_404_NamesTheKinds(string route)
    {
        await using var service = await TestService.StartAsync();
        JsonElement problem = await TestService.AssertProblemAsync(await service.GetAsync(route), 404, "unknown-kind");
        Assert.StartsWith("không có loại báo cáo \"", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains("giao-ban-quy", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(route, problem.GetProperty("instance").GetString());

        JsonElement english = await TestService.AssertProblemAsync(await service.GetAsync(route, "en-US,en;q=0.9"), 404, "unknown-kind");
        Assert.Equal("Unknown report kind", english.GetProperty("title").GetString());
        Assert.StartsWith("there is no report kind \"", english.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AcceptLanguage_PreferredOfViAndEn_Wins()
    {
        await using var service = await TestService.StartAsync();
        HttpResponseMessage vietnamese = await service.GetAsync("/api/kinds/x/schema", "fr, vi;q=0.8, en;q=0.5");
        Assert.Equal("vi", vietnamese.Content.Headers.ContentLanguage.Single());
        HttpResponseMessage english = await service.GetAsync("/api/kinds/x/schema", "en-GB");
        Assert.Equal("en", english.Content.Headers.ContentLanguage.Single());
        HttpResponseMessage neither = await service.GetAsync("/api/kinds/x/schema", "fr");
        Assert.Equal("vi", neither.Content.Headers.ContentLanguage.Single());
    }

    [Fact]
    public async Task UnknownRoute_404Problem()
    {
        await using var service = await TestService.StartAsync();
        await TestService.AssertProblemAsync(await service.GetAsync("/api/nothing/here"), 404, "not-found");
        await TestService.AssertProblemAsync(await service.GetAsync("/nothing.css"), 404, "not-found");
        await TestService.AssertProblemAsync(await service.GetAsync("/preview/nothing.js"), 404, "not-found");
    }

    [Fact]
    public async Task WrongMethod_405Problem()
    {
        await using var service = await TestService.StartAsync();
        HttpResponseMessage post = await service.PostJsonAsync("/api/kinds", "{}");
        JsonElement problem = await TestService.AssertProblemAsync(post, 405, "method-not-allowed");
        Assert.Contains("POST", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        HttpResponseMessage get = await service.GetAsync("/api/reports/validate");
        await TestService.AssertProblemAsync(get, 405, "method-not-allowed");
    }

    [Fact]
    public async Task PreviewPage_ServedFromTheBinary_WithAStrictPolicy()
    {
        await using var service = await TestService.StartAsync();
        HttpResponseMessage response = await service.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        string page = await response.Content.ReadAsStringAsync();
        Assert.Contains("<html lang=\"vi\"", page, StringComparison.Ordinal);
        string policy = string.Join(' ', response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("script-src 'self';", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("script-src 'self' 'unsafe-inline'", policy, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());

        // The same file under /preview/, and 304 when the client's copy is current.
        HttpResponseMessage again = await service.GetAsync("/preview/index.html");
        Assert.Equal(page, await again.Content.ReadAsStringAsync());
        var conditional = new HttpRequestMessage(HttpMethod.Get, "/");
        conditional.Headers.TryAddWithoutValidation("If-None-Match", response.Headers.ETag!.ToString());
        Assert.Equal(HttpStatusCode.NotModified, (await service.Client.SendAsync(conditional)).StatusCode);
    }
}
