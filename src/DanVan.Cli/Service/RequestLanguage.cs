using DanVan.Reporting;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace DanVan.Cli.Service;

/// <summary>
/// The language of a request's messages from Accept-Language: English when <c>en</c> (any region) is preferred over
/// <c>vi</c>, Vietnamese when <c>vi</c> is; otherwise the service's default (Vietnamese unless <c>--lang en</c>).
/// </summary>
internal static class RequestLanguage
{
    public static MessageLanguage Of(HttpRequest request, MessageLanguage fallback)
    {
        IList<StringWithQualityHeaderValue> languages = request.GetTypedHeaders().AcceptLanguage;
        MessageLanguage? best = null;
        double bestQuality = 0;
        foreach (StringWithQualityHeaderValue entry in languages)
        {
            double quality = entry.Quality ?? 1;
            MessageLanguage? language = PrimaryTag(entry.Value.Value) switch
            {
                "en" => MessageLanguage.English,
                "vi" => MessageLanguage.Vietnamese,
                _ => null,
            };
            if (language is not null && quality > bestQuality)
            {
                (best, bestQuality) = (language, quality);
            }
        }

        return best ?? fallback;
    }

    private static string PrimaryTag(string? tag)
    {
        if (string.IsNullOrEmpty(tag))
        {
            return "";
        }

        int dash = tag.IndexOf('-', StringComparison.Ordinal);
        return (dash < 0 ? tag : tag[..dash]).ToLowerInvariant();
    }
}
