using DanVan.Cli.Output;
using DanVan.Cli.Processing;
using DanVan.Reporting;
using DanVan.Reporting.Catalog;
using DanVan.Reporting.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace DanVan.Cli.Service;

/// <summary>
/// POST /api/reports/validate and /api/reports/render: the same pipeline as <c>danvan validate</c> and
/// <c>danvan render</c> (the catalog's reader, the report's rules, the CLI's format table), answering over HTTP.
/// </summary>
internal sealed class ReportEndpoints(ServiceOptions options)
{
    private readonly ReportJsonOptions _jsonOptions = new() { MaxBytes = options.MaxBodyBytes };

    /// <summary>200 <c>{"valid":true,"errors":[]}</c>, or the 4xx problem.</summary>
    public async Task Validate(HttpContext context)
    {
        (IJsonReport? report, ServiceProblem? problem) = await ReadAsync(context).ConfigureAwait(false);
        if (report is null)
        {
            await ProblemWriter.WriteAsync(context, problem!).ConfigureAwait(false);
            return;
        }

        await JsonResponses.WriteAsync(context, StatusCodes.Status200OK, "application/json; charset=utf-8", ValidBody).ConfigureAwait(false);
    }

    /// <summary>200 the document in the negotiated format, or the 4xx problem.</summary>
    public async Task Render(HttpContext context)
    {
        // Cheap refusals first: a request for a format that cannot be made is not worth reading.
        if (RequestBody.CheckMediaType(context.Request) is ServiceProblem mediaProblem)
        {
            await ProblemWriter.WriteAsync(context, mediaProblem).ConfigureAwait(false);
            return;
        }

        (OutputFormat? format, ServiceProblem? formatProblem) = FormatNegotiation.Choose(context.Request);
        if (format is null)
        {
            await ProblemWriter.WriteAsync(context, formatProblem!).ConfigureAwait(false);
            return;
        }

        (IJsonReport? report, ServiceProblem? problem) = await ReadAsync(context).ConfigureAwait(false);
        if (report is null)
        {
            await ProblemWriter.WriteAsync(context, problem!).ConfigureAwait(false);
            return;
        }

        // Writers are synchronous (DOCX and PDF write to a Stream): render into memory on this pool thread, then send
        // it asynchronously, so no request thread ever blocks on a slow client's socket.
        context.RequestAborted.ThrowIfCancellationRequested();
        using var document = new MemoryStream(64 * 1024);
        format.Write!(report, document);
        context.RequestAborted.ThrowIfCancellationRequested();

        HttpResponse response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = FormatNegotiation.MediaTypeOf(format.Name);
        response.ContentLength = document.Length;
        response.Headers.ContentDisposition = DownloadNames.ContentDisposition(report, format.Name);
        response.Headers.Vary = "Accept, Accept-Language";
        if (format.Name == "html")
        {
            // The rendered page carries the caller's text: it may style itself, never run anything or load anything.
            response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; sandbox";
        }

        document.Position = 0;
        await document.CopyToAsync(response.Body, context.RequestAborted).ConfigureAwait(false);
    }

    private static readonly byte[] ValidBody = "{\"valid\":true,\"errors\":[]}"u8.ToArray();

    // Content type, size, JSON, kind, rules: the first failure becomes the problem (415, 413, 400, 422).
    private async Task<(IJsonReport? Report, ServiceProblem? Problem)> ReadAsync(HttpContext context)
    {
        if (RequestBody.CheckMediaType(context.Request) is ServiceProblem mediaProblem)
        {
            return (null, mediaProblem);
        }

        (byte[]? body, ServiceProblem? bodyProblem) = await RequestBody.ReadAsync(context, options.MaxBodyBytes).ConfigureAwait(false);
        if (body is null)
        {
            return (null, bodyProblem);
        }

        JsonReadResult<IJsonReport> read = ReportCatalog.Read(body, _jsonOptions);
        if (!read.IsSuccess)
        {
            if (read.Errors.Any(error => error.Code == JsonErrorCodes.TooLarge))
            {
                return (null, Problems.TooLarge(body.Length, options.MaxBodyBytes));
            }

            return read.IsUnreadable
                ? (null, Problems.Malformed(read.Errors.Where(error => error.IsUnreadable).ToArray()))
                : (null, Problems.Invalid(Problems.ToProblems(read.Errors)));
        }

        ReportValidationResult validation = read.Value.Validate();
        if (!validation.IsValid)
        {
            Problem[] errors = validation.Errors.Select(error =>
            {
                string path = JsonPaths.FromMemberPath(error.Path);
                return new Problem(path, path, error.Code, error.Message);
            }).ToArray();
            return (null, Problems.Invalid(errors));
        }

        return (read.Value, null);
    }
}
