namespace DanVan.Reporting.Tests.Rendering;

public class MarkdownTextTests
{
    [Theory]
    [InlineData("Đảng Cộng sản Việt Nam", "Đảng Cộng sản Việt Nam")]
    [InlineData("*bold*", "\\*bold\\*")]
    [InlineData("__x__", "\\_\\_x\\_\\_")]
    [InlineData("[a](b)", "\\[a\\](b)")]
    [InlineData("`code`", "\\`code\\`")]
    [InlineData("<script>", "\\<script\\>")]
    [InlineData("&lt;", "\\&lt;")]
    [InlineData("C# #", "C\\# \\#")]
    [InlineData("a\\*b", "a\\\\\\*b")]
    [InlineData("~~x~~", "\\~\\~x\\~\\~")]
    [InlineData("- a", "- a")]
    [InlineData("1. a", "1. a")]
    [InlineData("ngày   tháng", "ngày \u00A0\u00A0tháng")]
    [InlineData("*a*  b", "\\*a\\* \u00A0b")]
    public void Escape_InsideALine(string text, string expected)
    {
        Assert.Equal(expected, MarkdownText.Escape(text));
    }

    [Theory]
    [InlineData("# not a heading", "\\# not a heading")]
    [InlineData("- not a list", "\\- not a list")]
    [InlineData("+ not a list", "\\+ not a list")]
    [InlineData("---", "\\---")]
    [InlineData("===", "\\===")]
    [InlineData("-", "\\-")]
    [InlineData("2024. not ordered", "2024\\. not ordered")]
    [InlineData("1) not ordered", "1\\) not ordered")]
    [InlineData("2024.", "2024\\.")]
    [InlineData("212.000.000 đồng", "212.000.000 đồng")]
    [InlineData("-5%", "-5%")]
    [InlineData("1234567890. ten digits is no list", "1234567890. ten digits is no list")]
    [InlineData("> not a quote", "\\> not a quote")]
    public void EscapeLineStart_BlockMarkers(string text, string expected)
    {
        Assert.Equal(expected, MarkdownText.EscapeLineStart(text));
    }

    [Fact]
    public void RenderMarkdown_HostileText_StaysText()
    {
        string markdown = new SoKetDanVanFixture().RenderMarkdown();

        Assert.Contains("\\<script\\>alert('x')\\</script\\> chạy \\& giữ \\*bold\\*", markdown, StringComparison.Ordinal);
        Assert.Contains("\n\\# not a heading\n", markdown, StringComparison.Ordinal);
        Assert.Contains("- Tổng trị giá: 212.000.000 đồng\n", markdown, StringComparison.Ordinal); // labels plain (LayoutProfile.LabelStyle)
    }
}
