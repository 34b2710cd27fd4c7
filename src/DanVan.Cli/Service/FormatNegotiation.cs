using DanVan.Cli.Output;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace DanVan.Cli.Service;

/// <summary>
/// Chooses render's format: <c>?format=</c> when given, else the Accept header (by q-value, ties in the order of
/// <see cref="Preference"/>), else HTML. The formats themselves are the CLI's table, <see cref="OutputFormats"/>.
/// </summary>
internal static class FormatNegotiation
{
    /// <summary>Which format a wildcard (<c>*/*</c>, <c>text/*</c>) gets first: HTML, what a browser shows.</summary>
    private static readonly string[] Preference = ["html", "pdf", "docx", "md", "txt"];

    /// <summary>The Content-Type of a format's document.</summary>
    public static string MediaTypeOf(string format) => format switch
    {
        "txt" => "text/plain; charset=utf-8",
        "md" => "text/markdown; charset=utf-8",
        "html" => "text/html; charset=utf-8",
        "docx" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "pdf" => "application/pdf",
        _ => "application/octet-stream",
    };

    /// <summary>The names of the formats this build can produce.</summary>
    public static IReadOnlyList<string> Available { get; } = OutputFormats.All.Where(f => f.IsAvailable).Select(f => f.Name).ToArray();

    /// <summary>The chosen format, or the 406 problem.</summary>
    public static (OutputFormat? Format, ServiceProblem? Problem) Choose(HttpRequest request)
    {
        StringValues asked = request.Query["format"];
        if (!StringValues.IsNullOrEmpty(asked))
        {
            string name = asked.ToString();
            return OutputFormats.Find(name) is { IsAvailable: true } format
                ? (format, null)
                : (null, Problems.NotAcceptable(name, Available));
        }

        IList<MediaTypeHeaderValue> accept = request.GetTypedHeaders().Accept;
        if (accept.Count == 0)
        {
            return (OutputFormats.Find("html"), null);
        }

        OutputFormat? best = null;
        double bestQuality = 0;
        foreach (string name in Preference)
        {
            if (OutputFormats.Find(name) is not { IsAvailable: true } format)
            {
                continue;
            }

            double quality = QualityOf(MediaTypeOf(name), accept);
            if (quality > bestQuality)
            {
                (best, bestQuality) = (format, quality);
            }
        }

        return best is not null ? (best, null) : (null, Problems.NotAcceptable(request.Headers.Accept.ToString(), Available));
    }

    // The q of the most specific Accept entry that covers the type (RFC 9110 §12.5.1); 0 when none does.
    private static double QualityOf(string mediaType, IList<MediaTypeHeaderValue> accept)
    {
        var type = MediaTypeHeaderValue.Parse(mediaType);
        int specificity = -1;
        double quality = 0;
        foreach (MediaTypeHeaderValue entry in accept)
        {
            int level = entry.MatchesAllTypes ? 0
                : entry.MatchesAllSubTypes ? (entry.Type.Equals(type.Type, StringComparison.OrdinalIgnoreCase) ? 1 : -1)
                : entry.MediaType.Equals(type.MediaType, StringComparison.OrdinalIgnoreCase) ? 2 : -1;
            if (level > specificity)
            {
                specificity = level;
                quality = entry.Quality ?? 1;
            }
        }

        return quality;
    }
}
