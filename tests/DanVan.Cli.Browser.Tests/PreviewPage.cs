using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace DanVan.Cli.Browser.Tests;

/// <summary>
/// The preview page open in a fresh browser context at 1280×800, with everything a test must be able to prove watched
/// from the start: every request the page or its frames make (none may leave the origin), the console (no Content
/// Security Policy violation), script errors and dialogs (an alert from hostile input would be one).
/// </summary>
internal sealed class PreviewPage : IAsyncDisposable
{
    // Runs before the page's own script in the main world (injected by the browser, so the page's CSP does not apply):
    // records every CSP violation the document reports.
    private const string ViolationRecorder =
        "window.__cspViolations = []; document.addEventListener('securitypolicyviolation', e => " +
        "window.__cspViolations.push(e.effectiveDirective + ' ' + e.blockedURI));";

    private readonly IBrowserContext _context;
    private readonly string _origin;

    private PreviewPage(IBrowserContext context, IPage page, string origin)
    {
        _context = context;
        Page = page;
        _origin = origin;
    }

    public IPage Page { get; }

    /// <summary>Requests to anywhere but the service's origin.</summary>
    public ConcurrentQueue<string> ForeignRequests { get; } = new();

    /// <summary>Console messages of the page and its frames.</summary>
    public ConcurrentQueue<string> Console { get; } = new();

    /// <summary>Uncaught script errors.</summary>
    public ConcurrentQueue<string> ScriptErrors { get; } = new();

    /// <summary>Dialogs opened (alert, confirm, prompt): none may ever open.</summary>
    public ConcurrentQueue<string> Dialogs { get; } = new();

    public ILocator Kind => Page.GetByLabel("Loại báo cáo", new PageGetByLabelOptions { Exact = true });

    public ILocator Editor => Page.Locator("#json");

    public ILocator Errors => Page.Locator("#errors > li");

    public ILocator Status => Page.Locator("#status");

    /// <summary>The rendered report's body inside the sandboxed frame.</summary>
    public ILocator PreviewBody => Page.FrameLocator("#preview").Locator("body");

    /// <summary>Opens the page; <paramref name="policy"/> replaces the Content-Security-Policy the service sends, when set.</summary>
    public static async Task<PreviewPage> OpenAsync(PreviewFixture fixture, string? policy = null)
    {
        IBrowserContext context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1280, Height = 800 },
            Locale = "vi-VN",
            AcceptDownloads = true,
        });
        IPage page = await context.NewPageAsync();
        string origin = fixture.Origin.GetLeftPart(UriPartial.Authority);
        var preview = new PreviewPage(context, page, origin);
        context.Request += (_, request) => preview.OnRequest(request.Url);
        page.Console += (_, message) => preview.Console.Enqueue(message.Type + ": " + message.Text);
        page.PageError += (_, error) => preview.ScriptErrors.Enqueue(error);
        page.Dialog += (_, dialog) =>
        {
            preview.Dialogs.Enqueue(dialog.Type + ": " + dialog.Message);
            _ = dialog.DismissAsync();
        };
        await page.AddInitScriptAsync(ViolationRecorder);
        if (policy is not null)
        {
            await page.RouteAsync(origin + "/", async route =>
            {
                IAPIResponse response = await route.FetchAsync();
                var headers = new Dictionary<string, string>(response.Headers, StringComparer.OrdinalIgnoreCase)
                {
                    ["content-security-policy"] = policy,
                };
                await route.FulfillAsync(new RouteFulfillOptions { Response = response, Headers = headers });
            });
        }

        await page.GotoAsync(origin + "/");
        return preview;
    }

    /// <summary>Waits until the page shows a valid report's preview (the status says so).</summary>
    public Task WaitForValidAsync() => Assertions.Expect(Status).ToHaveTextAsync("Hợp lệ: bản xem trước đã cập nhật.");

    /// <summary>Replaces the editor's text as typing would (an input event), which schedules a refresh.</summary>
    public Task TypeJsonAsync(string json) => Editor.FillAsync(json);

    /// <summary>typeof window.__pwned in the page and in the preview frame: both must stay "undefined".</summary>
    public async Task<string> PwnedMarkersAsync() => await Page.EvaluateAsync<string>(
        "() => typeof window.__pwned + ',' + typeof document.getElementById('preview').contentWindow.__pwned");

    /// <summary>The violations the page's document reported through securitypolicyviolation.</summary>
    public async Task<string[]> ViolationsAsync() => await Page.EvaluateAsync<string[]>("() => window.__cspViolations");

    /// <summary>Nothing left the origin, nothing broke the CSP, no script error, no dialog.</summary>
    public async Task AssertCleanAsync()
    {
        Assert.Empty(ForeignRequests);
        Assert.Empty(await ViolationsAsync());
        Assert.DoesNotContain(Console, m => m.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(Console, m => m.Contains("Refused to", StringComparison.OrdinalIgnoreCase));
        Assert.Empty(ScriptErrors);
        Assert.Empty(Dialogs);
    }

    public async ValueTask DisposeAsync() => await _context.CloseAsync();

    private void OnRequest(string url)
    {
        bool own = url.StartsWith(_origin + "/", StringComparison.Ordinal)
            || url.StartsWith("blob:" + _origin + "/", StringComparison.Ordinal)
            || url == "about:srcdoc"
            || url == "about:blank";
        if (!own)
        {
            ForeignRequests.Enqueue(url);
        }
    }
}
