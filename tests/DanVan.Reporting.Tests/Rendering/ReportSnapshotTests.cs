using DanVan.Reporting.Testing;

namespace DanVan.Reporting.Tests.Rendering;

/// <summary>The fixture report in every format, checked against the committed verified files next to this file.</summary>
public class ReportSnapshotTests
{
    private static readonly SoKetDanVanFixture s_report = new();

    [Fact]
    public void RenderText_Fixture() => Snapshot.Verify(s_report.RenderText(), "txt");

    [Fact]
    public void RenderMarkdown_Fixture() => Snapshot.Verify(s_report.RenderMarkdown(), "md");

    [Fact]
    public void RenderHtml_Fixture() => Snapshot.Verify(s_report.RenderHtml(), "html");

    [Fact]
    public void RenderHtml_Fragment() => Snapshot.Verify(s_report.RenderHtml(new HtmlReportWriterOptions { FullDocument = false }), "html");
}
