using Microsoft.Playwright;

namespace DanVan.Cli.Browser.Tests;

/// <summary>One `danvan serve` and one headless Chromium for all the browser tests (each test opens its own context).</summary>
public sealed class PreviewFixture : IAsyncLifetime
{
    private ServiceProcess? _service;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>The service's origin.</summary>
    public Uri Origin => _service?.Origin ?? throw new InvalidOperationException("The service is not running.");

    /// <summary>What the service printed (for failure messages).</summary>
    public string ServiceOutput => _service?.Output ?? "";

    /// <summary>The browser.</summary>
    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser is not running.");

    public async Task InitializeAsync()
    {
        // Chromium first: without it nothing here can pass, and the message says how to install it.
        string chromium = Chromium.ExecutablePath();
        // The browser tests wait on a busy, shared machine: a generous time for each expectation.
        Assertions.SetDefaultExpectTimeout(30_000);
        _service = await ServiceProcess.StartAsync();
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ["--disable-gpu", "--disable-dev-shm-usage"],
        });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (_service is not null)
        {
            await _service.DisposeAsync();
        }
    }
}

/// <summary>The tests that share <see cref="PreviewFixture"/>.</summary>
[CollectionDefinition(Name)]
public sealed class PreviewGroup : ICollectionFixture<PreviewFixture>
{
    public const string Name = "preview page";
}
