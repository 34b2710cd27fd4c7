using System.Text.Encodings.Web;
using System.Text.Json;

namespace DanVan.Cli.Output;

/// <summary>The tool's own JSON output (results, kinds, periods): indented, Vietnamese letters kept readable.</summary>
internal static class JsonOutput
{
    /// <summary>The writer options of every JSON value the tool prints.</summary>
    public static JsonWriterOptions Options { get; } = new()
    {
        Indented = true,
        NewLine = "\n",
        // Readable Vietnamese ("quý III", not "qu\u00FD III"); still escapes what JSON needs escaped.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
