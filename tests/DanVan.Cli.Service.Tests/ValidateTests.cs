using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using DanVan.Cli.Service;

namespace DanVan.Cli.Service.Tests;

/// <summary>POST /api/reports/validate: 200, 400 (line, column), 413, 415 and 422 with the CLI's errors.</summary>
public sealed class ValidateTests
{
    private const string Route = "/api/reports/validate";

    public static TheoryData<string> InvalidSamples() =>
        new(Directory.GetFiles(Path.Combine(TestService.SampleData, "invalid"), "*.json").Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    /// <summary>
    /// samples/data/invalid holds what `danvan validate` prints for each bad file: over HTTP the same file gives 400 where
    /// the CLI exits 2 and 422 where it exits 1, with the same codes and messages in errors.
    /// </summary>
    [Theory]
    [MemberData(nameof(InvalidSamples))]
    public async Task InvalidSample_SameErrorsAsTheCli(string file)
    {
        string[] expected = File.ReadAllLines(Path.Combine(TestService.SampleData, "invalid", Path.ChangeExtension(file, ".errors.txt")));
        byte[] body = File.ReadAllBytes(Path.Combine(TestService.SampleData, "invalid", file));
        await using var service = await TestService.StartAsync();
        HttpResponseMessage response = await service.PostAsync(Route, body, "application/json");

        bool unreadable = expected[0] == "exit 2";
        string[] lines = expected.Skip(1).Where(line => line.Length > 0).ToArray();
        JsonElement problem = await TestService.AssertProblemAsync(response, unreadable ? 400 : 422,
            unreadable ? lines[0].Split(": ")[2] : "invalid-report");
        JsonElement[] errors = problem.GetProperty("errors").EnumerateArray().ToArray();
        Assert.Equal(lines.Length, errors.Length);
        for (int i = 0; i < lines.Length; i++)
        {
            // <file>: <where>: <code>: <message>
            string[] parts = lines[i].Split(": ", 4);
            Assert.Equal(parts[2], errors[i].GetProperty("code").GetString());
            Assert.Equal(parts[3], errors[i].GetProperty("message").GetString());
            Assert.StartsWith("$", errors[i].GetProperty("path").GetString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Malformed_400_WithLineAndColumn()
    {
        await using var service = await TestService.StartAsync();
        HttpResponseMessage response = await service.PostJsonAsync(Route, "{\n  \"kind\": \"giao-ban-quy\",\n  \"period\" \"2024-Q2\"\n}");
        JsonElement problem = await TestService.AssertProblemAsync(response, 400, "json-syntax");
        Assert.Equal(3, problem.GetProperty("line").GetInt32());
        Assert.True(problem.GetProperty("column").GetInt32() > 0);
        Assert.StartsWith("JSON không đọc được ở dòng 3, cột ", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);

        HttpResponseMessage english = await service.PostJsonAsync(Route, "{\n  \"kind\": \"giao-ban-quy\",\n  \"period\" \"2024-Q2\"\n}", language: "en");
        JsonElement englishProblem = await TestService.AssertProblemAsync(english, 400, "json-syntax");
        Assert.StartsWith("the JSON cannot be read at line 3, column ", englishProblem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("Malformed JSON", englishProblem.GetProperty("title").GetString());
    }

    [Fact]
    public async Task EmptyOrNotUtf8_400()
    {
        await using var service = await TestService.StartAsync();
        await TestService.AssertProblemAsync(await service.PostAsync(Route, [], "application/json"), 400, "json-empty");
        byte[] latin1 = [.. "{\"kind\":\"giao-ban-quy\",\"period\":\"qu"u8, 0xFD, .. "\"}"u8];
        await TestService.AssertProblemAsync(await service.PostAsync(Route, latin1, "application/json"), 400, "json-encoding");
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/xml")]
    [InlineData("multipart/form-data; boundary=x")]
    [InlineData("application/json; charset=iso-8859-1")]
    [InlineData(null)]
    public async Task NotJson_415(string? contentType)
    {
        await using var service = await TestService.StartAsync();
        HttpResponseMessage response = await service.PostAsync(Route, Encoding.UTF8.GetBytes(TestService.Sample("giao-ban-quy.json")), contentType);
        JsonElement problem = await TestService.AssertProblemAsync(response, 415, "unsupported-media-type");
        Assert.Contains("application/json", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("application/json; charset=utf-8")]
    [InlineData("application/merge-patch+json")]
    [InlineData("APPLICATION/JSON")]
    public async Task JsonMediaTypes_Accepted(string contentType)
    {
        await using var service = await TestService.StartAsync();
        HttpResponseMessage response = await service.PostAsync(Route, Encoding.UTF8.GetBytes(TestService.Sample("giao-ban-quy.json")), contentType);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task OverTheLimit_413_NamesSizeAndLimit()
    {
        await using var service = await TestService.StartAsync();
        byte[] body = new byte[ServiceOptions.DefaultMaxBodyBytes + 1];
        Array.Fill(body, (byte)' ');
        JsonElement problem = await TestService.AssertProblemAsync(await service.PostAsync(Route, body, "application/json"), 413, "json-too-large");
        Assert.Equal("nội dung dài 1.048.577 byte, quá giới hạn 1.048.576 byte (danvan serve --max-body đổi giới hạn).", problem.GetProperty("detail").GetString());

        // At the limit exactly, the body is read (and found blank: 400).
        await TestService.AssertProblemAsync(await service.PostAsync(Route, body[..^1], "application/json"), 400, "json-empty");
    }

    [Fact]
    public async Task OverAConfiguredLimit_413_EvenWithoutContentLength()
    {
        await using var service = await TestService.StartAsync(new ServiceOptions { MaxBodyBytes = 1000 });
        string example = TestService.Sample("giao-ban-quy.json");
        Assert.True(Encoding.UTF8.GetByteCount(example) > 1000);
        // A streamed (chunked) body announces no length: the service stops reading one chunk past the limit.
        var request = new HttpRequestMessage(HttpMethod.Post, Route) { Content = new StreamContent(new UnknownLengthStream(Encoding.UTF8.GetBytes(example))) };
        request.Content.Headers.ContentType = new("application/json");
        JsonElement problem = await TestService.AssertProblemAsync(await service.Client.SendAsync(request), 413, "json-too-large");
        Assert.Equal("nội dung dài hơn giới hạn 1.000 byte (danvan serve --max-body đổi giới hạn).", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task InvalidReport_422_ErrorsByPath_InTheRequestedLanguage()
    {
        JsonNode report = JsonNode.Parse(TestService.Sample("giao-ban-quy.json"))!;
        report["period"] = "2024-13";
        report["extra"] = 1;
        await using var service = await TestService.StartAsync();
        JsonElement problem = await TestService.AssertProblemAsync(await service.PostJsonAsync(Route, report.ToJsonString()), 422, "invalid-report");
        JsonElement[] errors = problem.GetProperty("errors").EnumerateArray().ToArray();
        Assert.Contains(errors, e => e.GetProperty("path").GetString() == "$.extra" && e.GetProperty("code").GetString() == "json-unknown-property");
        Assert.Contains(errors, e => e.GetProperty("path").GetString() == "$.period");
        Assert.All(errors, e => Assert.Equal(["path", "code", "message"], e.EnumerateObject().Select(p => p.Name)));
        Assert.Equal("Báo cáo không hợp lệ", problem.GetProperty("title").GetString());

        JsonElement english = await TestService.AssertProblemAsync(await service.PostJsonAsync(Route, report.ToJsonString(), language: "en"), 422, "invalid-report");
        string unknown = english.GetProperty("errors").EnumerateArray().Single(e => e.GetProperty("path").GetString() == "$.extra").GetProperty("message").GetString()!;
        Assert.StartsWith("There is no property \"extra\"", unknown, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task TenThousandListItems_RefusedWithinLimits_ServiceStaysUp()
    {
        JsonNode report = JsonNode.Parse(TestService.Sample("giao-ban-quy.json"))!;
        (string name, JsonArray list) = report.AsObject().Where(p => p.Value is JsonArray { Count: > 0 }).Select(p => (p.Key, p.Value!.AsArray())).First();
        JsonNode item = list[0]!;
        list.Clear();
        for (int i = 0; i < 10_000; i++)
        {
            list.Add(item.DeepClone());
        }

        string body = report.ToJsonString();
        await using var service = await TestService.StartAsync(new ServiceOptions { MaxBodyBytes = 64 * 1024 * 1024 });
        var clock = System.Diagnostics.Stopwatch.StartNew();
        JsonElement problem = await TestService.AssertProblemAsync(await service.PostJsonAsync(Route, body), 422, "invalid-report");
        Assert.Contains(problem.GetProperty("errors").EnumerateArray(), e => e.GetProperty("path").GetString()!.StartsWith("$." + name, StringComparison.Ordinal));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), "took " + clock.Elapsed);

        // With the default 1 MB limit it is refused before it is parsed, or answered 422: never a crash.
        await using var defaults = await TestService.StartAsync();
        HttpResponseMessage response = await defaults.PostJsonAsync("/api/reports/render?format=docx", body);
        Assert.Contains((int)response.StatusCode, new[] { 413, 422 });
        Assert.Equal(HttpStatusCode.OK, (await defaults.GetAsync("/health")).StatusCode);
    }

    /// <summary>A stream that cannot tell its length, so the body goes without Content-Length.</summary>
    private sealed class UnknownLengthStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
