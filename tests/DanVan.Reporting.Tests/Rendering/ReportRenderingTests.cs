using System.Globalization;

namespace DanVan.Reporting.Tests.Rendering;

public class ReportRenderingTests
{
    private static readonly SoKetDanVanFixture s_report = new();

    [Fact]
    public void Render_NullReport_Throws()
    {
        IReport report = null!;
        using var output = new StringWriter(CultureInfo.InvariantCulture);

        Assert.Equal("report", Assert.Throws<ArgumentNullException>(() => report.RenderText()).ParamName);
        Assert.Equal("report", Assert.Throws<ArgumentNullException>(() => report.RenderMarkdown()).ParamName);
        Assert.Equal("report", Assert.Throws<ArgumentNullException>(() => report.RenderHtml()).ParamName);
        Assert.Equal("report", Assert.Throws<ArgumentNullException>(() => report.RenderHtml(output)).ParamName);
        Assert.Equal("output", Assert.Throws<ArgumentNullException>(() => s_report.RenderText((TextWriter)null!)).ParamName);
        Assert.Equal("options", Assert.Throws<ArgumentNullException>(() => s_report.RenderHtml((HtmlReportWriterOptions)null!)).ParamName);
    }

    [Fact]
    public void Render_ToTextWriterWithCrLf_StillWritesLineFeeds()
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\r\n" };
        using var markdown = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\r\n" };
        using var html = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\r\n" };

        s_report.RenderText(text);
        s_report.RenderMarkdown(markdown);
        s_report.RenderHtml(html);

        Assert.Equal(s_report.RenderText(), text.ToString());
        Assert.Equal(s_report.RenderMarkdown(), markdown.ToString());
        Assert.Equal(s_report.RenderHtml(), html.ToString());
    }

    [Fact]
    public void RenderHtml_Fragment_IsTheArticleOfTheDocument()
    {
        string document = s_report.RenderHtml();
        string fragment = s_report.RenderHtml(new HtmlReportWriterOptions { FullDocument = false });

        Assert.StartsWith("<article class=\"report\">\n", fragment, StringComparison.Ordinal);
        Assert.EndsWith("</article>\n", fragment, StringComparison.Ordinal);
        Assert.Contains("\n" + fragment + "</body>\n", document, StringComparison.Ordinal);
        Assert.True(HtmlReportWriterOptions.Default.FullDocument);
    }

    [Fact]
    public void RenderHtml_Document_HasTheRequiredHead()
    {
        string html = s_report.RenderHtml();

        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n", html, StringComparison.Ordinal);
        Assert.Contains("<title>Sơ kết công tác dân vận 6 tháng đầu năm 2024</title>", html, StringComparison.Ordinal);
        Assert.Contains("@page { size: A4; margin: 20mm 15mm 20mm 30mm; }", html, StringComparison.Ordinal);
        Assert.Contains("Times New Roman", html, StringComparison.Ordinal);
    }

    [Fact]
    public void TextNumbers_RestartInEachSection_AndSkipEmptyLabels()
    {
        string text = ScriptedReport.Wrapped(w =>
        {
            w.WriteText("Trước mục", "a");
            w.BeginSection("I", "MỘT");
            w.WriteText("Thứ nhất", "b");
            w.WriteText(string.Empty, "không số");
            w.WriteText("Thứ hai", "c");
            w.EndSection();
            w.BeginSection("II", "HAI");
            w.WriteText("Lại thứ nhất", "d");
            w.EndSection();
        }).RenderText();

        Assert.Equal(
            "BÁO CÁO\nGiao ban công tác dân vận quý II năm 2024\n\n1. Trước mục\na\n\nI. MỘT\n1. Thứ nhất\nb\nkhông số\n2. Thứ hai\nc\n\nII. HAI\n1. Lại thứ nhất\nd\n",
            text);
    }

    [Fact]
    public void Text_KeepsParagraphsAndFlattensValues()
    {
        string text = ScriptedReport.Wrapped(w =>
        {
            w.WriteText("Đoạn", "  một  \r\ndòng hai\r\rba\u2028bốn\n\n\n");
            w.WriteValue("Nhãn\nhai dòng", "giá\r\ntrị");
        }).RenderText();

        Assert.EndsWith("\n1. Đoạn\nmột\ndòng hai\nba\nbốn\n- Nhãn hai dòng: giá trị\n", text, StringComparison.Ordinal);
    }
}
