using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Net.Http.Headers;

namespace DanVan.Cli.Service;

/// <summary>
/// The JSON body of validate and render: its media type checked (415), its size bounded before and while it is read
/// (413: never more than the limit plus one byte is held), then handed over as bytes for the catalog's reader.
/// </summary>
internal static class RequestBody
{
    /// <summary>Null when the Content-Type announces JSON (application/json, any +json, UTF-8 or no charset), else the 415.</summary>
    public static ServiceProblem? CheckMediaType(HttpRequest request)
    {
        string? contentType = request.ContentType;
        if (contentType is null || !MediaTypeHeaderValue.TryParse(contentType, out MediaTypeHeaderValue? media))
        {
            return Problems.UnsupportedMediaType(contentType);
        }

        bool json = media.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || (media.Type.Equals("application", StringComparison.OrdinalIgnoreCase) && media.Suffix.Equals("json", StringComparison.OrdinalIgnoreCase));
        // The reader takes UTF-8 only (RFC 8259 §8.1): another charset would be misread, so it is refused up front.
        bool utf8 = !media.Charset.HasValue || media.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase);
        return json && utf8 ? null : Problems.UnsupportedMediaType(contentType);
    }

    /// <summary>The body (at most <paramref name="maxBytes"/>), or null and the 413/400 problem.</summary>
    public static async Task<(byte[]? Body, ServiceProblem? Problem)> ReadAsync(HttpContext context, int maxBytes)
    {
        HttpRequest request = context.Request;
        if (request.ContentLength is long announced && announced > maxBytes)
        {
            return (null, Problems.TooLarge(announced, maxBytes));
        }

        // Kestrel enforces the same bound on the wire, so a chunked body cannot stream past it either.
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } sizeFeature)
        {
            sizeFeature.MaxRequestBodySize = maxBytes + 1L;
        }

        try
        {
            using var buffer = new MemoryStream(request.ContentLength is long length ? (int)length : 16 * 1024);
            byte[] chunk = new byte[16 * 1024];
            while (true)
            {
                int read = await request.Body.ReadAsync(chunk, context.RequestAborted).ConfigureAwait(false);
                if (read == 0)
                {
                    return (buffer.ToArray(), null);
                }

                if (buffer.Length + read > maxBytes)
                {
                    return (null, Problems.TooLarge(null, maxBytes));
                }

                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException error) when (error.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, Problems.TooLarge(null, maxBytes));
        }
        catch (BadHttpRequestException error)
        {
            // A body Kestrel itself refused (too slow: 408, cut off: 400); the connection is being closed.
            return (null, Problems.UnreadableBody(error.StatusCode));
        }
    }
}
