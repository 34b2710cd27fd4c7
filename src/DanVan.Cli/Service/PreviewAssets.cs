using System.Collections.Frozen;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;

namespace DanVan.Cli.Service;

/// <summary>
/// The preview page's files (Service/Preview/**), embedded in the binary as <c>preview/&lt;file&gt;</c>: served at
/// <c>/</c> (index.html), at <c>/preview/&lt;file&gt;</c> and at <c>/&lt;file&gt;</c>, so the page's relative links work
/// either way. Nothing is read from disk and nothing from outside.
/// </summary>
internal static class PreviewAssets
{
    private static readonly FrozenDictionary<string, Asset> s_assets = Load();

    /// <summary>The asset at a request path, or null.</summary>
    public static Asset? Find(string? path)
    {
        string name = (path ?? "/").TrimStart('/');
        if (name.Length == 0)
        {
            name = "index.html";
        }
        else if (name.StartsWith("preview/", StringComparison.Ordinal))
        {
            name = name["preview/".Length..];
        }

        return s_assets.GetValueOrDefault(name);
    }

    /// <summary>Sends the asset (304 when the client's copy is current).</summary>
    public static Task WriteAsync(HttpContext context, Asset asset)
    {
        HttpResponse response = context.Response;
        // Always revalidated (no-cache), cheaply: a new binary may carry a new page.
        response.Headers.CacheControl = "no-cache";
        response.Headers.ETag = asset.ETag;
        if (context.Request.Headers.IfNoneMatch.ToString() == asset.ETag)
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return Task.CompletedTask;
        }

        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = asset.ContentType;
        response.ContentLength = asset.Bytes.Length;
        return HttpMethods.IsHead(context.Request.Method)
            ? Task.CompletedTask
            : response.Body.WriteAsync(asset.Bytes, context.RequestAborted).AsTask();
    }

    private static FrozenDictionary<string, Asset> Load()
    {
        var assembly = typeof(PreviewAssets).Assembly;
        var assets = new Dictionary<string, Asset>(StringComparer.Ordinal);
        foreach (string resource in assembly.GetManifestResourceNames())
        {
            if (!resource.StartsWith("preview/", StringComparison.Ordinal))
            {
                continue;
            }

            using Stream stream = assembly.GetManifestResourceStream(resource)!;
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            byte[] bytes = copy.ToArray();
            string name = resource["preview/".Length..].Replace('\\', '/');
            assets[name] = new Asset(bytes, ContentTypeOf(name), "\"" + Convert.ToHexStringLower(SHA256.HashData(bytes).AsSpan(0, 8)) + "\"");
        }

        return assets.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static string ContentTypeOf(string name) => Path.GetExtension(name).ToLowerInvariant() switch
    {
        ".html" => "text/html; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".js" or ".mjs" => "text/javascript; charset=utf-8",
        ".json" => "application/json; charset=utf-8",
        ".svg" => "image/svg+xml",
        ".png" => "image/png",
        ".ico" => "image/x-icon",
        ".woff2" => "font/woff2",
        _ => "application/octet-stream",
    };

    /// <summary>One embedded file.</summary>
    internal sealed record Asset(byte[] Bytes, string ContentType, string ETag);
}
