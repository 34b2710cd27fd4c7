using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Playwright;

namespace DanVan.Cli.Browser.Tests;

/// <summary>The preview page in headless Chromium, against the real `danvan serve`, used as a person would use it.</summary>
[Collection(PreviewGroup.Name)]
public sealed class PreviewPageTests(PreviewFixture fixture)
{
    // Text a report may legitimately carry, but which would run if the page or the preview treated data as markup.
    private const string Hostile = "<script>window.__pwned=1</script>\"><img src=x onerror=\"window.__pwned=2;alert(2)\"><svg onload=\"window.__pwned=3\">";

    // The same for a member limited to 50 characters (a unit of measure).
    private const string ShortHostile = "\"><img src=x onerror=alert(7)>";

    // Members whose value has a fixed form (the validator refuses any other text): they stay as the example has them.
    private static readonly HashSet<string> s_formatted = ["kind", "period", "date", "number", "prefix"];

    // Members too short for the long hostile text: they get the short one.
    private static readonly HashSet<string> s_short = ["donViTinh"];

    private static readonly JsonSerializerOptions s_indented = new()
    {
        WriteIndented = true,
        // The editor shows the text as a person would type it: '<' and quotes as they are, not as \u003C.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    [Fact]
    public async Task Opens_WithTheKindsAndTheFirstExample_Rendered()
    {
        await using PreviewPage preview = await PreviewPage.OpenAsync(fixture);
        Assert.Equal("vi", await preview.Page.Locator("html").GetAttributeAsync("lang"));
        await preview.WaitForValidAsync();

        JsonElement[] kinds = await KindsAsync();
        Assert.NotEmpty(kinds);
        IReadOnlyList<string> values = await preview.Kind.Locator("option").EvaluateAllAsync<string[]>("options => options.map(o => o.value)");
        Assert.Equal(kinds.Select(k => k.GetProperty("id").GetString()), values);
        string first = kinds[0].GetProperty("id").GetString()!;
        await Assertions.Expect(preview.Kind).ToHaveValueAsync(first);
        await Assertions.Expect(preview.Kind.Locator("option").First).ToContainTextAsync(kinds[0].GetProperty("title").GetString()!);

        // The editor holds the kind's example, exactly as the service gives it.
        Assert.Equal(await ExampleAsync(first), await preview.Editor.InputValueAsync());
        // The preview is the rendered report: its heading and the example's signer.
        string signer = JsonNode.Parse(await ExampleAsync(first))!["document"]!["signature"]!["signerName"]!.GetValue<string>();
        await Assertions.Expect(preview.PreviewBody.Locator("h1")).ToHaveTextAsync("BÁO CÁO");
        await Assertions.Expect(preview.PreviewBody).ToContainTextAsync(signer);
        await Assertions.Expect(preview.Errors).ToHaveCountAsync(0);
        await preview.AssertCleanAsync();
    }

    [Fact]
    public async Task ChoosingAKind_LoadsItsExample_AndRendersIt()
    {
        await using PreviewPage preview = await PreviewPage.OpenAsync(fixture);
        await preview.WaitForValidAsync();
        await preview.Kind.SelectOptionAsync("giao-ban-quy");

        await Assertions.Expect(preview.Editor).ToHaveValueAsync(await ExampleAsync("giao-ban-quy"));
        await Assertions.Expect(preview.PreviewBody).ToContainTextAsync("quý II năm 2024");
        await preview.WaitForValidAsync();
        await preview.AssertCleanAsync();
    }

    [Fact]
    public async Task EditingAValue_UpdatesThePreview()
    {
        await using PreviewPage preview = await PreviewPage.OpenAsync(fixture);
        await preview.WaitForValidAsync();
        JsonNode report = JsonNode.Parse(await preview.Editor.InputValueAsync())!;
        string before = report["document"]!["signature"]!["signerName"]!.GetValue<string>();
        report["document"]!["signature"]!["signerName"] = "Trần Thị Thử Nghiệm";

        await preview.TypeJsonAsync(report.ToJsonString(s_indented));

        await Assertions.Expect(preview.PreviewBody).ToContainTextAsync("Trần Thị Thử Nghiệm");
        await Assertions.Expect(preview.PreviewBody).Not.ToContainTextAsync(before);
        await preview.WaitForValidAsync();
        await Assertions.Expect(preview.Errors).ToHaveCountAsync(0);
        await preview.AssertCleanAsync();
    }

    [Fact]
    public async Task AnInvalidValue_ShowsItsErrorByPath_AndClearsWhenFixed()
    {
        await using PreviewPage preview = await PreviewPage.OpenAsync(fixture);
        await preview.WaitForValidAsync();
        string example = await preview.Editor.InputValueAsync();
        JsonNode report = JsonNode.Parse(example)!;
        report["period"] = "2024-13";

        await preview.TypeJsonAsync(report.ToJsonString(s_indented));

        ILocator error = preview.Errors.Filter(new LocatorFilterOptions { HasText = "$.period" });
        await Assertions.Expect(error).ToHaveCountAsync(1);
        await Assertions.Expect(error).ToContainTextAsync("2024-13");
        await Assertions.Expect(preview.Editor).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(preview.Page.Locator("#error-count")).ToHaveTextAsync("(1)");
        // The path is a button that finds the member in the editor.
        await error.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Đến $.period trong ô JSON" }).ClickAsync();
        string typed = await preview.Editor.InputValueAsync();
        Assert.Equal(typed.IndexOf("\"period\"", StringComparison.Ordinal), await preview.Editor.EvaluateAsync<int>("e => e.selectionStart"));

        // Put right again, the error goes and the preview is current.
        await preview.TypeJsonAsync(example);
        await preview.WaitForValidAsync();
        await Assertions.Expect(preview.Errors).ToHaveCountAsync(0);
        await Assertions.Expect(preview.Editor).ToHaveAttributeAsync("aria-invalid", "false");
        await preview.AssertCleanAsync();
    }

    [Fact]
    public async Task MalformedJson_ShowsLineAndColumn_AndTheButtonMovesTheCaretThere()
    {
        await using PreviewPage preview = await PreviewPage.OpenAsync(fixture);
        await preview.WaitForValidAsync();

        await preview.TypeJsonAsync("{\n  \"kind\": \"giao-ban-quy\",\n  \"period\" \"2024-Q2\"\n}");

        ILocator where = preview.Errors.First.GetByRole(AriaRole.Button);
        await Assertions.Expect(where).ToHaveTextAsync("dòng 3, cột 12");
        await where.ClickAsync();
        int caret = await preview.Editor.EvaluateAsync<int>("e => e.selectionStart");
        // Line 3, column 12: after the two lines above (2 + 27 characters with their line feeds) and 11 characters.
        Assert.Equal("{\n  \"kind\": \"giao-ban-quy\",\n".Length + 11, caret);
        await Assertions.Expect(preview.Editor).ToHaveAttributeAsync("aria-invalid", "true");
        await preview.AssertCleanAsync();
    }

    [Fact]
    public async Task HostileTextInEveryField_ShowsAsText_AndNeverRuns()
    {
        await using PreviewPage preview = await OpenOnKindAsync("giao-ban-quy");
        JsonNode report = JsonNode.Parse(await preview.Editor.InputValueAsync())!;
        int poisoned = Poison(report, skip: s_formatted);
        Assert.True(poisoned >= 8, "only " + poisoned + " fields were given hostile text");

        await preview.TypeJsonAsync(report.ToJsonString(s_indented));

        // The preview shows the text itself, as text: no element came of it.
        await Assertions.Expect(preview.PreviewBody).ToContainTextAsync("<script>window.__pwned=1</script>");
        await Assertions.Expect(preview.PreviewBody).ToContainTextAsync("<img src=x onerror=");
        await Assertions.Expect(preview.PreviewBody).ToContainTextAsync(ShortHostile);
        await preview.WaitForValidAsync();
        await Assertions.Expect(preview.Page.FrameLocator("#preview").Locator("script, img, svg, iframe, object, embed")).ToHaveCountAsync(0);
        await Assertions.Expect(preview.Page.Locator("img, svg")).ToHaveCountAsync(0);
        Assert.Equal("undefined,undefined", await preview.PwnedMarkersAsync());
        // The frame is sandboxed without scripts.
        Assert.Equal("allow-same-origin", await preview.Page.Locator("#preview").GetAttributeAsync("sandbox"));
        await preview.AssertCleanAsync();
    }

    [Fact]
    public async Task HostileTextInTheErrors_ShowsAsText_AndNeverRuns()
    {
        await using PreviewPage preview = await OpenOnKindAsync("giao-ban-quy");
        JsonNode report = JsonNode.Parse(await preview.Editor.InputValueAsync())!;
        // Every field, the formatted ones too: the validator's messages quote the refused values.
        Poison(report, skip: new HashSet<string> { "kind" });

        await preview.TypeJsonAsync(report.ToJsonString(s_indented));

        ILocator numberError = preview.Errors.Filter(new LocatorFilterOptions { HasText = "$.document.number" });
        await Assertions.Expect(numberError).ToContainTextAsync("<script>window.__pwned=1</script>");
        await Assertions.Expect(numberError).ToContainTextAsync("<img src=x onerror=");
        await Assertions.Expect(preview.Page.Locator("#errors script, #errors img, #errors svg")).ToHaveCountAsync(0);
        Assert.Equal("undefined,undefined", await preview.PwnedMarkersAsync());

        // Malformed JSON whose broken token is markup: the reader's message is shown as text too.
        await preview.TypeJsonAsync("{\"kind\": <img src=x onerror=\"window.__pwned=4\">}");
        await Assertions.Expect(preview.Errors.First.GetByRole(AriaRole.Button)).ToContainTextAsync("dòng 1");
        await Assertions.Expect(preview.Page.Locator("img")).ToHaveCountAsync(0);
        Assert.Equal("undefined,undefined", await preview.PwnedMarkersAsync());
        await preview.AssertCleanAsync();
    }

    [Theory]
    [InlineData("pdf", "%PDF-")]
    [InlineData("docx", "PK")]
    [InlineData("html", "<!DOCTYPE html>")]
    [InlineData("md", "")]
    [InlineData("txt", "")]
    public async Task DownloadButton_GivesWhatTheServiceRenders(string format, string start)
    {
        await using PreviewPage preview = await PreviewPage.OpenAsync(fixture);
        await preview.WaitForValidAsync();
        string json = await preview.Editor.InputValueAsync();
        // What the service itself answers for this body and format.
        using var client = new HttpClient();
        using var content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");
        using HttpResponseMessage direct = await client.PostAsync(new Uri(fixture.Origin, "/api/reports/render?format=" + format), content);
        ILocator button = preview.Page.Locator("button[data-format='" + format + "']");

        if (direct.StatusCode == System.Net.HttpStatusCode.NotAcceptable)
        {
            // A format this build cannot produce (PDF before its writer is in the tool): the page says so, by the
            // service's own words, and the preview stays current.
            using JsonDocument problem = JsonDocument.Parse(await direct.Content.ReadAsStringAsync());
            await button.ClickAsync();
            await Assertions.Expect(preview.Errors).ToHaveCountAsync(1);
            await Assertions.Expect(preview.Errors.First).ToContainTextAsync(problem.RootElement.GetProperty("detail").GetString()!);
            await Assertions.Expect(preview.Status).ToContainTextAsync("Không tải về được " + format.ToUpperInvariant());
            await Assertions.Expect(preview.Page.Locator("#preview")).Not.ToHaveClassAsync("stale");
            await preview.AssertCleanAsync();
            return;
        }

        Assert.True(direct.IsSuccessStatusCode, direct.StatusCode + "\n" + fixture.ServiceOutput);
        byte[] expected = await direct.Content.ReadAsByteArrayAsync();
        IDownload download = await preview.Page.RunAndWaitForDownloadAsync(() => button.ClickAsync());

        Assert.EndsWith("." + format, download.SuggestedFilename, StringComparison.Ordinal);
        string path = Path.Combine(Path.GetTempPath(), "danvan-preview-" + Guid.NewGuid().ToString("N") + "." + format);
        try
        {
            await download.SaveAsAsync(path);
            byte[] bytes = await File.ReadAllBytesAsync(path);
            Assert.True(bytes.Length > 100, format + ": " + bytes.Length + " bytes");
            Assert.StartsWith(start, System.Text.Encoding.UTF8.GetString(bytes, 0, Math.Min(bytes.Length, 64)), StringComparison.Ordinal);
            if (format is "html" or "md" or "txt")
            {
                Assert.Equal(System.Text.Encoding.UTF8.GetString(expected), System.Text.Encoding.UTF8.GetString(bytes));
            }
            else
            {
                // Zip and PDF bytes may carry a time or an id; their size is the same.
                Assert.Equal(expected.Length, bytes.Length);
            }
        }
        finally
        {
            File.Delete(path);
        }

        await Assertions.Expect(preview.Status).ToContainTextAsync("Đã tải về");
        await preview.AssertCleanAsync();
    }

    [Fact]
    public async Task ServedPolicy_AllowsNoInlineScript_AndThePageKeepsToIt()
    {
        using var client = new HttpClient();
        using HttpResponseMessage response = await client.GetAsync(fixture.Origin);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        string policy = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'self'", policy, StringComparison.Ordinal);
        string scripts = policy.Split(';').Select(d => d.Trim()).FirstOrDefault(d => d.StartsWith("script-src", StringComparison.Ordinal)) ?? "";
        Assert.DoesNotContain("unsafe-inline", scripts, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", scripts, StringComparison.Ordinal);

        string page = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain(" style=", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<style", page, StringComparison.Ordinal);
        Assert.Matches("<script src=\"app.js\"[^>]*></script>", page);
    }

    [Fact]
    public async Task StrictestPolicy_NoInlineStyleEither_ThePreviewIsStillStyled()
    {
        // The policy index.html asks for: even the rendered report's style sheet needs no 'unsafe-inline'.
        const string Strict = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; " +
            "frame-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
        await using PreviewPage preview = await PreviewPage.OpenAsync(fixture, Strict);
        await preview.WaitForValidAsync();

        // The report's own style sheet applies: its heading is 16pt Times-like bold, not the browser's default.
        string size = await preview.PreviewBody.Locator("h1").EvaluateAsync<string>("h => getComputedStyle(h).fontSize");
        Assert.Equal("21.3333px", size);
        string header = await preview.PreviewBody.Locator("table.document-header").EvaluateAsync<string>("t => getComputedStyle(t).width");
        Assert.NotEqual("auto", header);
        await preview.AssertCleanAsync();
    }

    [Fact]
    public async Task Screenshot_At1280x800()
    {
        // DANVAN_PREVIEW_SCREENSHOT=<path> writes the README's picture (scripts/preview-screenshot.sh); otherwise a
        // temporary file, to prove the page draws.
        string? target = Environment.GetEnvironmentVariable("DANVAN_PREVIEW_SCREENSHOT");
        string path = string.IsNullOrWhiteSpace(target) ? Path.Combine(Path.GetTempPath(), "danvan-preview-" + Guid.NewGuid().ToString("N") + ".png") : target;
        await using PreviewPage preview = await OpenOnKindAsync("giao-ban-quy");
        try
        {
            byte[] png = await preview.Page.ScreenshotAsync(new PageScreenshotOptions { Path = path });
            // A PNG of the viewport: width and height from the IHDR chunk.
            Assert.Equal(0x89, png[0]);
            Assert.Equal(1280, System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)));
            Assert.Equal(800, System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4)));
        }
        finally
        {
            if (string.IsNullOrWhiteSpace(target))
            {
                File.Delete(path);
            }
        }

        await preview.AssertCleanAsync();
    }

    // Appends the hostile text to every string in the report but the members named; returns how many it changed.
    private static int Poison(JsonNode? node, IReadOnlySet<string> skip)
    {
        int count = 0;
        if (node is JsonObject obj)
        {
            foreach ((string name, JsonNode? value) in obj.ToArray())
            {
                if (value is JsonValue leaf && leaf.TryGetValue(out string? text))
                {
                    if (!skip.Contains(name))
                    {
                        obj[name] = s_short.Contains(name) ? ShortHostile : text + " " + Hostile;
                        count++;
                    }
                }
                else
                {
                    count += Poison(value, skip);
                }
            }
        }
        else if (node is JsonArray array)
        {
            for (int i = 0; i < array.Count; i++)
            {
                if (array[i] is JsonValue leaf && leaf.TryGetValue(out string? text))
                {
                    array[i] = text + " " + Hostile;
                    count++;
                }
                else
                {
                    count += Poison(array[i], skip);
                }
            }
        }

        return count;
    }

    // The page on a kind's example, rendered. The editor is awaited first: until the example has arrived, the status
    // may still speak of the previous kind's preview.
    private async Task<PreviewPage> OpenOnKindAsync(string kind)
    {
        PreviewPage preview = await PreviewPage.OpenAsync(fixture);
        await preview.WaitForValidAsync();
        await preview.Kind.SelectOptionAsync(kind);
        await Assertions.Expect(preview.Editor).ToHaveValueAsync(await ExampleAsync(kind));
        await preview.WaitForValidAsync();
        return preview;
    }

    private async Task<JsonElement[]> KindsAsync()
    {
        using var client = new HttpClient();
        using JsonDocument kinds = JsonDocument.Parse(await client.GetStringAsync(new Uri(fixture.Origin, "/api/kinds")));
        return kinds.RootElement.EnumerateArray().Select(k => k.Clone()).ToArray();
    }

    private async Task<string> ExampleAsync(string kind)
    {
        using var client = new HttpClient();
        return await client.GetStringAsync(new Uri(fixture.Origin, "/api/kinds/" + kind + "/example"));
    }
}
