using DanVan.Reporting.Rendering;

namespace DanVan.Reporting.Tests.Rendering;

/// <summary>
/// What the render paths keep from one render to the next (a bare report's opening, its section headings, a generated
/// section title) never leaks into another report: interleaved, repeated and concurrent renders give what a first
/// render gives.
/// </summary>
public class RenderCacheTests
{
    private static readonly HtmlReportWriterOptions s_fragment = new() { FullDocument = false };

    // Two reports with the same title and period (so the same bare frame) but other headings and texts.
    private static ScriptedReport Report(string number, string title) => ScriptedReport.Wrapped(writer =>
    {
        writer.BeginSection(number, title);
        writer.WriteText("Nội dung", "Đoạn của mục " + title + ".");
        writer.EndSection();
        writer.BeginSection("II", title + " TIẾP");
        writer.EndSection();
    });

    [Fact]
    public void SameFrame_OtherHeadings_EachRenderHasItsOwn()
    {
        IReport a = Report("I", "KẾT QUẢ");
        IReport b = Report("I", "HẠN CHẾ");
        IReport c = Report("1", "KẾT QUẢ");
        string htmlA = a.RenderHtml();
        string htmlB = b.RenderHtml();
        string htmlC = c.RenderHtml();

        Assert.Contains("<h2>I. KẾT QUẢ</h2>", htmlA, StringComparison.Ordinal);
        Assert.Contains("<h2>II. KẾT QUẢ TIẾP</h2>", htmlA, StringComparison.Ordinal);
        Assert.Contains("<h2>I. HẠN CHẾ</h2>", htmlB, StringComparison.Ordinal);
        Assert.Contains("<h2>1. KẾT QUẢ</h2>", htmlC, StringComparison.Ordinal);
        for (int i = 0; i < 3; i++)
        {
            Assert.Equal(htmlA, a.RenderHtml());
            Assert.Equal(htmlB, b.RenderHtml());
            Assert.Equal(htmlC, c.RenderHtml());
            Assert.Contains("## I. HẠN CHẾ\n", b.RenderMarkdown(), StringComparison.Ordinal);
            Assert.Contains("I. KẾT QUẢ\n", a.RenderText(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void FullDocumentAndFragment_Interleaved_SameAsFirstRenders()
    {
        var report = new SoKetDanVanFixture();
        string full = report.RenderHtml();
        string fragment = report.RenderHtml(s_fragment);
        Assert.StartsWith("<!DOCTYPE html>", full, StringComparison.Ordinal);
        Assert.StartsWith("<article class=\"report\">", fragment, StringComparison.Ordinal);
        for (int i = 0; i < 3; i++)
        {
            Assert.Equal(fragment, report.RenderHtml(s_fragment));
            Assert.Equal(full, report.RenderHtml());
            using var stream = new MemoryStream();
            report.RenderHtml(stream);
            Assert.Equal(System.Text.Encoding.UTF8.GetBytes(full), stream.ToArray());
        }
    }

    [Fact]
    public void ConcurrentRenders_OfTwoReportsSharingAFrame_AllRight()
    {
        IReport a = Report("I", "KẾT QUẢ");
        IReport b = Report("I", "HẠN CHẾ");
        string htmlA = a.RenderHtml();
        string htmlB = b.RenderHtml();
        string[] results = new string[400];
        Parallel.For(0, results.Length, i => results[i] = (i % 2 == 0 ? a : b).RenderHtml());
        for (int i = 0; i < results.Length; i++)
        {
            Assert.Equal(i % 2 == 0 ? htmlA : htmlB, results[i]);
        }
    }

    [Fact]
    public void SectionTitle_SamePeriod_SameInstance_OtherPeriod_ItsOwnText()
    {
        int made = 0;
        var title = new SectionTitle(period =>
        {
            made++;
            return "KẾT QUẢ " + FieldFormatting.Period(period, true);
        });
        ReportPeriod first = ReportPeriod.FirstHalf(2024);
        ReportPeriod second = ReportPeriod.Quarter(2024, 2);

        string once = title.For(first);
        Assert.Equal("KẾT QUẢ 6 THÁNG ĐẦU NĂM 2024", once);
        Assert.Same(once, title.For(first));
        Assert.Equal(1, made);
        Assert.Equal("KẾT QUẢ QUÝ II NĂM 2024", title.For(second));
        Assert.Equal("KẾT QUẢ 6 THÁNG ĐẦU NĂM 2024", title.For(first));
        Assert.Equal(3, made);
        Assert.Throws<ArgumentNullException>(() => new SectionTitle(null!));
    }
}
