using Microsoft.AspNetCore.Http;

namespace DanVan.Cli.Service;

/// <summary>
/// The request time-out of validate and render, waiting in the queue included: past it, <c>RequestAborted</c> is
/// cancelled (so the queue wait and the body read stop) and the client gets 503 + Retry-After. Written here rather
/// than with ASP.NET Core's request-timeouts middleware so that a wait cancelled inside the rate limiter (which ends
/// the request without a response) is answered too.
/// </summary>
internal static class Deadline
{
    /// <summary>The endpoint metadata that puts a route under the deadline.</summary>
    public static object Marker { get; } = new DeadlineMetadata();

    public static async Task Run(HttpContext context, Func<Task> next, ServiceOptions options)
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<DeadlineMetadata>() is null)
        {
            await next().ConfigureAwait(false);
            return;
        }

        CancellationToken original = context.RequestAborted;
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(original);
        deadline.CancelAfter(options.RequestTimeout);
        context.RequestAborted = deadline.Token;
        try
        {
            await next().ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested && !original.IsCancellationRequested)
        {
            // Answered below.
        }
        finally
        {
            context.RequestAborted = original;
        }

        if (deadline.IsCancellationRequested && !original.IsCancellationRequested && !context.Response.HasStarted
            && (context.Response.ContentType is null || context.Response.StatusCode == StatusCodes.Status200OK))
        {
            context.Response.Clear();
            await ProblemWriter.WriteAsync(context, Problems.Timeout(options.RequestTimeout, options.RetryAfterSeconds)).ConfigureAwait(false);
        }
    }

    private sealed class DeadlineMetadata;
}
