using System.Threading.RateLimiting;
using DanVan.Reporting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DanVan.Cli.Service;

/// <summary>
/// Builds the render service: a slim ASP.NET Core host (NativeAOT-safe: request delegates, hand-written JSON, no
/// reflection), Kestrel's limits for slow clients, a concurrency limit with a queue (503 + Retry-After beyond it),
/// request time-outs, RFC 9457 problems for every error and the contract's routes.
/// </summary>
internal static class ServiceHost
{
    /// <summary>The policy name of the report routes (validate, render): limited and timed.</summary>
    internal const string ReportsPolicy = "reports";

    /// <summary>Puts a route under the concurrency limit (and its queue) and the request time-out, as validate and render.</summary>
    public static TBuilder WithReportLimits<TBuilder>(this TBuilder endpoint)
        where TBuilder : IEndpointConventionBuilder =>
        endpoint.RequireRateLimiting(ReportsPolicy).WithMetadata(Deadline.Marker);

    /// <summary>
    /// The page's policy: its own script and styles only, nothing inline and nothing from outside. The rendered preview
    /// needs no exception: the page moves the report into a sandboxed frame and applies its style sheet through the CSS
    /// object model, which style-src does not govern (docs/preview.md).
    /// </summary>
    public const string PageSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; " +
        "frame-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>
    /// The service, ready to run. <paramref name="configureBuilder"/> lets tests swap the server (TestServer);
    /// <paramref name="configureApp"/> lets them add routes that run through the same pipeline.
    /// </summary>
    public static WebApplication Build(ServiceOptions options, Action<WebApplicationBuilder>? configureBuilder = null, Action<WebApplication>? configureApp = null)
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = "danvan",
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.WebHost.UseUrls(options.Urls);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            // The body limit on the wire (one byte over, so the service itself words the 413).
            kestrel.Limits.MaxRequestBodySize = options.MaxBodyBytes + 1L;
            // Slowloris bounds: headers within a deadline, a body at a minimum rate after a grace period.
            kestrel.Limits.RequestHeadersTimeout = options.HeadersTimeout;
            kestrel.Limits.MinRequestBodyDataRate = new MinDataRate(options.MinBodyBytesPerSecond, TimeSpan.FromSeconds(5));
            kestrel.Limits.KeepAliveTimeout = TimeSpan.FromSeconds(30);
        });
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        // A failed start (a port in use) is reported by serve as one line; the host's own log would add a stack trace.
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting", LogLevel.None);

        builder.Services.AddRateLimiter(limiter =>
        {
            limiter.AddConcurrencyLimiter(ReportsPolicy, concurrency =>
            {
                concurrency.PermitLimit = options.MaxConcurrency;
                concurrency.QueueLimit = options.QueueLimit;
                concurrency.QueueProcessingOrder = QueueProcessingOrder.OldestFirst;
            });
            limiter.RejectionStatusCode = StatusCodes.Status503ServiceUnavailable;
            // The limiter's lease carries no Retry-After: the service says when to come back.
            limiter.OnRejected = (rejected, _) => new ValueTask(ProblemWriter.WriteAsync(rejected.HttpContext, Problems.Busy(options.RetryAfterSeconds)));
        });
        configureBuilder?.Invoke(builder);

        WebApplication app = builder.Build();
        MessageLanguage defaultLanguage = MessageSettings.Language;
        ILogger logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("DanVan.Cli.Service");
        app.Use((context, next) => Guard(context, next, defaultLanguage, logger));
        app.UseRouting();
        app.Use((context, next) => Deadline.Run(context, next, options));
        app.UseRateLimiter();
        configureApp?.Invoke(app);
        MapRoutes(app, options);
        return app;
    }

    private static void MapRoutes(WebApplication app, ServiceOptions options)
    {
        var reports = new ReportEndpoints(options);
        app.MapGet("/health", static context => JsonResponses.WriteAsync(context, StatusCodes.Status200OK, "text/plain; charset=utf-8", "ok"u8.ToArray()));
        app.MapGet("/api/kinds", CatalogEndpoints.Kinds);
        app.MapGet("/api/kinds/{kind}/schema", CatalogEndpoints.Schema);
        app.MapGet("/api/kinds/{kind}/example", CatalogEndpoints.Example);
        app.MapPost("/api/reports/validate", reports.Validate).WithReportLimits();
        app.MapPost("/api/reports/render", reports.Render).WithReportLimits();
        app.MapGet("/openapi/v1.json", OpenApiDocument.Write);
        app.MapMethods("/", [HttpMethods.Get, HttpMethods.Head], Asset);
        app.MapMethods("/{file}", [HttpMethods.Get, HttpMethods.Head], Asset);
        app.MapMethods("/preview/{**file}", [HttpMethods.Get, HttpMethods.Head], Asset);
    }

    private static Task Asset(HttpContext context) => PreviewAssets.Find(context.Request.Path.Value) is { } asset
        ? PreviewAssets.WriteAsync(context, asset)
        : ProblemWriter.WriteAsync(context, Problems.NoRoute(context.Request.Method, context.Request.Path.Value ?? "/"));

    // Around every request: its language, the security headers, a problem for bare 404/405s, and a 500 problem (with
    // nothing internal in it) for a bug — logged here, on the server, where it belongs.
    private static async Task Guard(HttpContext context, Func<Task> next, MessageLanguage defaultLanguage, ILogger logger)
    {
        MessageLanguage language = RequestLanguage.Of(context.Request, defaultLanguage);
        using IDisposable scope = MessageSettings.Use(language);
        IHeaderDictionary headers = context.Response.Headers;
        headers.ContentLanguage = language == MessageLanguage.English ? "en" : "vi";
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        headers.ContentSecurityPolicy = PageSecurityPolicy;
        try
        {
            await next().ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client left: nobody to answer.
            return;
        }
        catch (Exception error) when (error is not OutOfMemoryException)
        {
            ServiceLog.Unhandled(logger, context.Request.Method, context.Request.Path.Value, error.GetType().Name, error.Message);
            await ProblemWriter.WriteAsync(context, Problems.Internal()).ConfigureAwait(false);
            return;
        }

        if (!context.Response.HasStarted && context.Response.ContentType is null)
        {
            string path = context.Request.Path.Value ?? "/";
            if (context.Response.StatusCode == StatusCodes.Status404NotFound)
            {
                await ProblemWriter.WriteAsync(context, Problems.NoRoute(context.Request.Method, path)).ConfigureAwait(false);
            }
            else if (context.Response.StatusCode == StatusCodes.Status405MethodNotAllowed)
            {
                await ProblemWriter.WriteAsync(context, Problems.MethodNotAllowed(context.Request.Method, path)).ConfigureAwait(false);
            }
        }
    }
}
