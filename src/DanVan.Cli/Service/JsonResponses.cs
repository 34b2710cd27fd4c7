using System.Buffers;
using System.Text.Json;
using DanVan.Cli.Output;
using Microsoft.AspNetCore.Http;

namespace DanVan.Cli.Service;

/// <summary>JSON responses written by hand with <see cref="Utf8JsonWriter"/>: no serializer, no reflection, AOT-safe.</summary>
internal static class JsonResponses
{
    /// <summary>The JSON <paramref name="write"/> produces, as bytes (indented like the CLI's <c>--json</c>).</summary>
    public static byte[] Build(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        using (var writer = new Utf8JsonWriter(buffer, JsonOutput.Options))
        {
            write(writer);
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Sends ready-made bytes with their status and content type.</summary>
    public static Task WriteAsync(HttpContext context, int status, string contentType, byte[] body)
    {
        HttpResponse response = context.Response;
        response.StatusCode = status;
        response.ContentType = contentType;
        response.ContentLength = body.Length;
        return response.Body.WriteAsync(body, context.RequestAborted).AsTask();
    }
}
