using System.Globalization;
using System.Text.Json;
using DanVan.Cli.Processing;
using Microsoft.AspNetCore.Http;

namespace DanVan.Cli.Service;

/// <summary>Writes a <see cref="ServiceProblem"/> as <c>application/problem+json</c> (hand-written JSON: no reflection).</summary>
internal static class ProblemWriter
{
    /// <summary>The media type of every error response.</summary>
    public const string MediaType = "application/problem+json; charset=utf-8";

    /// <summary>Replaces whatever the response held with the problem (headers the service sets on every response stay).</summary>
    public static async Task WriteAsync(HttpContext context, ServiceProblem problem)
    {
        HttpResponse response = context.Response;
        if (response.HasStarted)
        {
            // Nothing honest can be said any more: cut the connection rather than send a truncated document.
            context.Abort();
            return;
        }

        response.StatusCode = problem.Status;
        response.ContentType = MediaType;
        response.ContentLength = null;
        response.Headers.Remove("Content-Disposition");
        if (problem.RetryAfterSeconds is int seconds)
        {
            response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        }

        byte[] body = ToJson(problem, context.Request.Path.Value);
        response.ContentLength = body.Length;
        await response.Body.WriteAsync(body, context.RequestAborted).ConfigureAwait(false);
    }

    /// <summary>The problem's JSON: type, title, status, detail, instance, then the extensions that apply.</summary>
    public static byte[] ToJson(ServiceProblem problem, string? instance)
    {
        return JsonResponses.Build(writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("type", problem.Type);
            writer.WriteString("title", problem.Title);
            writer.WriteNumber("status", problem.Status);
            if (problem.Detail is not null)
            {
                writer.WriteString("detail", problem.Detail);
            }

            if (!string.IsNullOrEmpty(instance))
            {
                writer.WriteString("instance", instance);
            }

            writer.WriteString("code", problem.Code);
            if (problem.Position is (int line, int column))
            {
                writer.WriteNumber("line", line);
                writer.WriteNumber("column", column);
            }

            if (problem.Formats is { } formats)
            {
                writer.WriteStartArray("formats");
                foreach (string format in formats)
                {
                    writer.WriteStringValue(format);
                }

                writer.WriteEndArray();
            }

            if (problem.RetryAfterSeconds is int seconds)
            {
                writer.WriteNumber("retryAfter", seconds);
            }

            ResultJson.WriteErrors(writer, problem.Errors);
            writer.WriteEndObject();
        });
    }
}
