using System.Globalization;

namespace DanVan.Reporting.Tests.Rendering;

internal static class Writers
{
    public static TheoryData<WriterKind> All => new() { WriterKind.Text, WriterKind.Markdown, WriterKind.Html };

    public static IReportWriter Create(WriterKind kind, TextWriter output) => kind switch
    {
        WriterKind.Text => new TextReportWriter(output),
        WriterKind.Markdown => new MarkdownReportWriter(output),
        _ => new HtmlReportWriter(output),
    };

    public static IReportWriter Create(WriterKind kind) => Create(kind, new StringWriter(CultureInfo.InvariantCulture));

    public static string Render(WriterKind kind, IReport report) => kind switch
    {
        WriterKind.Text => report.RenderText(),
        WriterKind.Markdown => report.RenderMarkdown(),
        _ => report.RenderHtml(),
    };

    public static ReportHeading Heading => new("sơ kết công tác dân vận", ReportPeriod.FirstHalf(2024));
}
