using System.Text;
using DanVan.Reporting;
using DanVan.Reporting.Docx;

namespace DanVan.Cli.Output;

/// <summary>
/// The formats <c>render</c> writes: the one table to change when a writer is added. PDF is listed without a writer
/// until DanVan.Reporting.Pdf lands; then its line becomes <c>new("pdf", static (report, output) => report.RenderPdf(output))</c>.
/// </summary>
internal static class OutputFormats
{
    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Every format, in the order help lists them.</summary>
    public static IReadOnlyList<OutputFormat> All { get; } =
    [
        new("txt", static (report, output) => WriteText(output, report.RenderText)),
        new("md", static (report, output) => WriteText(output, report.RenderMarkdown)),
        new("html", static (report, output) => WriteText(output, report.RenderHtml)),
        new("docx", static (report, output) => report.RenderDocx(output)),
        new("pdf", null),
    ];

    /// <summary>The format named <paramref name="name"/> (case-insensitive), or null.</summary>
    public static OutputFormat? Find(string name)
    {
        foreach (OutputFormat format in All)
        {
            if (string.Equals(format.Name, name.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return format;
            }
        }

        return null;
    }

    private static void WriteText(Stream output, Action<TextWriter> render)
    {
        using var writer = new StreamWriter(output, s_utf8, 64 * 1024, leaveOpen: true);
        render(writer);
    }
}
