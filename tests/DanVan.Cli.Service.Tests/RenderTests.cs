using System.Net;
using System.Text.Json;
using DanVan.Cli.Output;
using DanVan.Reporting;
using DanVan.Reporting.Catalog;
using DanVan.Reporting.Json;
using DocumentFormat.OpenXml.Packaging;

namespace DanVan.Cli.Service.Tests;

/// <summary>POST /api/reports/render: every format (by ?format= or Accept), its headers and bytes; 406, 415, 422.</summary>
public sealed class RenderTests
{
    private const string Route = "/api/reports/render";

    private static string Example => TestService.Sample("giao-ban-quy.json");

    /// <summary>What `danvan render` writes for the same report: the service must send exactly these bytes.</summary>
    private static byte[] Expected(string format)
    {
        IReport report = ReportCatalog.Read(System.Text.Encoding.UTF8.GetBytes(Example)).Value!;
        using var output = new MemoryStream();
        OutputFormats.Find(format)!.Write!(report, output);
        return output.ToArray();
    }

    [Theory]
    [InlineData("txt", "text/plain", "inline")]
    [InlineData("md", "text/markdown", "inline")]
    [InlineData("html", "text/html", "inline")]
    [InlineData("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "attachment")]
    public async Task Format_FromQuery_SameBytesAsTheCli(string format, string mediaType, string disposition)
    {
        await using var service = await TestService.StartAsync();
        HttpResponseMessage response = await service.PostJsonAsync(Route + "?format=" + format, Example);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        byte[] body = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(Expected(format), body);
        Assert.Equal(body.Length, response.Content.Headers.ContentLength);

        // An ASCII-only name for old clients, the Vietnamese title in filename* (RFC 8187, UTF-8).
        var header = response.Content.Headers.ContentDisposition!;
        Assert.Equal(disposition, header.DispositionType);
        Assert.Equal("giao-ban-quy-2024-Q2." + format, header.FileName);
        Assert.Equal("Báo cáo giao ban công tác dân vận quý 2024-Q2." + format, header.FileNameStar);
        string raw = string.Join(",", response.Content.Headers.GetValues("Content-Disposition"));
        Assert.True(raw.All(char.IsAscii), raw);
        Assert.Contains("filename*=UTF-8''B%C3%A1o%20c%C3%A1o", raw, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Docx_IsAWordDocumentWithTheReport()
    {
        await using var service = await TestService.StartAsync();
        HttpResponseMessage response = await service.PostJsonAsync(Route + "?format=docx", Example);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        using WordprocessingDocument document = WordprocessingDocument.Open(stream, false);
        Assert.Contains("GIAO BAN", document.MainDocumentPart!.Document!.InnerText, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData(null, "html")]
    [InlineData("*/*", "html")]
    [InlineData("text/*", "html")]
    [InlineData("text/markdown", "md")]
    [InlineData("text/plain", "txt")]
    [InlineData("text/html;q=0.5, text/plain", "txt")]
    [InlineData("text/*;q=0.9, text/markdown;q=0.1", "html")]
    [InlineData("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx")]
    [InlineData("image/png, text/markdown;q=0.2", "md")]
    public async Task Format_FromAccept(string? accept, string format)
    {
        await using var service = await TestService.StartAsync();
        HttpResponseMessage response = await service.PostJsonAsync(Route, Example, accept: accept);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Expected(format), await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task QueryWinsOverAccept()
    {
        await using var service = await TestService.StartAsync();
        HttpResponseMessage response = await service.PostJsonAsync(Route + "?format=TXT", Example, accept: "text/html");
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("?format=xlsx", null)]
    [InlineData("?format=", "image/png")]
    [InlineData("", "image/png")]
    [InlineData("", "application/json")]
    [InlineData("", "text/html;q=0")]
    public async Task FormatNotAvailable_406_ListsTheFormats(string query, string? accept)
    {
        await using var service = await TestService.StartAsync();
        HttpResponseMessage response = await service.PostJsonAsync(Route + query, Example, accept: accept);
        JsonElement problem = await TestService.AssertProblemAsync(response, 406, "format-unavailable");
        string[] formats = problem.GetProperty("formats").EnumerateArray().Select(f => f.GetString()!).ToArray();
        Assert.Contains("html", formats);
        Assert.Contains("docx", formats);
    }

    [Fact]
    public async Task Pdf_RenderedWhenTheBuildHasIt_Else406()
    {
        await using var service = await TestService.StartAsync();
        HttpResponseMessage response = await service.PostJsonAsync(Route + "?format=pdf", Example);
        if (OutputFormats.Find("pdf")!.IsAvailable)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
            Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString((await response.Content.ReadAsByteArrayAsync())[..5]), StringComparison.Ordinal);
            Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        }
        else
        {
            await TestService.AssertProblemAsync(response, 406, "format-unavailable");
        }
    }

    [Fact]
    public async Task RenderedHtml_MayNotRunAnything()
    {
        await using var service = await TestService.StartAsync();
        HttpResponseMessage response = await service.PostJsonAsync(Route + "?format=html", Example);
        string policy = string.Join(' ', response.Headers.GetValues("Content-Security-Policy"));
        Assert.StartsWith("default-src 'none';", policy, StringComparison.Ordinal);
        Assert.Contains("sandbox", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("script-src", policy, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvalidReport_422_NothingRendered()
    {
        await using var service = await TestService.StartAsync();
        HttpResponseMessage response = await service.PostJsonAsync(Route + "?format=docx", TestService.Sample("invalid/out-of-range.json"));
        JsonElement problem = await TestService.AssertProblemAsync(response, 422, "invalid-report");
        Assert.Equal("$.theoLinhVuc[0].soDangKy", problem.GetProperty("errors")[0].GetProperty("path").GetString());
        Assert.False(response.Content.Headers.Contains("Content-Disposition"));
    }

    [Fact]
    public async Task Malformed_400_NotJson_415_TooLarge_413()
    {
        await using var service = await TestService.StartAsync(new Service.ServiceOptions { MaxBodyBytes = 100 });
        await TestService.AssertProblemAsync(await service.PostJsonAsync(Route, "{\"kind\":"), 400, "json-syntax");
        await TestService.AssertProblemAsync(await service.PostAsync(Route, "{}"u8.ToArray(), "text/plain"), 415, "unsupported-media-type");
        await TestService.AssertProblemAsync(await service.PostJsonAsync(Route, Example), 413, JsonErrorCodes.TooLarge);
    }
}
