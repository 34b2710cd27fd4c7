using System.Text;
using DanVan.Reporting;
using DanVan.Reporting.Docx;
using DanVan.Reporting.Pdf;

namespace DanVan.Cli.Output;

/// <summary>
/// The formats <c>render</c> writes: the one table to change when a writer is added. A format listed with a null writer
/// is refused as "not available" (exit 2) before any work, so a build without a writer still names it.
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
        new("pdf", static (report, output) => report.RenderPdf(output)),
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
