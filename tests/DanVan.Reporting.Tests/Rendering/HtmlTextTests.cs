namespace DanVan.Reporting.Tests.Rendering;

public class HtmlTextTests
{
    [Theory]
    [InlineData("Đảng Cộng sản Việt Nam")]
    [InlineData("Ban Chấp hành Trung ương Đảng; Nhân dân; Thủ đô Hà Nội")]
    [InlineData("ỷ ỹ ự ữ ơ ư đ Đ — “ngoặc kép” … 36,24%")]
    [InlineData("😀 emoji kept as a pair")]
    public void Encode_TextWithoutMarkup_IsUnchanged(string text)
    {
        Assert.Same(text, HtmlText.Encode(text));
    }

    [Theory]
    [InlineData("<", "&lt;")]
    [InlineData(">", "&gt;")]
    [InlineData("&", "&amp;")]
    [InlineData("\"", "&quot;")]
    [InlineData("'", "&#39;")]
    [InlineData("Đảng <b>&</b>", "Đảng &lt;b&gt;&amp;&lt;/b&gt;")]
    [InlineData("&lt;", "&amp;lt;")]
    public void Encode_MarkupCharacters_AreEscaped(string text, string expected)
    {
        Assert.Equal(expected, HtmlText.Encode(text));
    }

    [Theory]
    [InlineData("ngày      tháng", "ngày \u00A0\u00A0\u00A0\u00A0\u00A0tháng")]
    [InlineData("a  <b>", "a \u00A0&lt;b&gt;")]
    [InlineData("<a>  b", "&lt;a&gt; \u00A0b")]
    [InlineData("  ", " \u00A0")]
    [InlineData("a b c", "a b c")]
    public void Encode_RunsOfSpaces_KeepTheirWidth(string text, string expected)
    {
        Assert.Equal(expected, HtmlText.Encode(text));
    }

    [Fact]
    public void Encode_UnpairedSurrogate_BecomesReplacementCharacter()
    {
        // Built in code: xUnit's theory data would mangle lone surrogates on the way to the test.
        (string Text, string Expected)[] cases =
        [
            ("a\uD800b", "a\uFFFDb"),
            ("a\uDC00", "a\uFFFD"),
            ("\uD83D", "\uFFFD"),
            ("\uDE00\uD83D", "\uFFFD\uFFFD"),
            ("<\uD83D", "&lt;\uFFFD"),
            ("\uD83D\uDE00\uD83D", "\uD83D\uDE00\uFFFD"),
        ];

        Assert.All(cases, c => Assert.Equal(c.Expected, HtmlText.Encode(c.Text)));
    }

    [Fact]
    public void RenderHtml_KeepsVietnameseVerbatimAndEscapesMarkup()
    {
        string html = ScriptedReport.Wrapped(w => w.WriteValue("Tên", "Đảng Cộng sản Việt Nam <1930>")).RenderHtml();

        Assert.Contains("<dd>Đảng Cộng sản Việt Nam &lt;1930&gt;</dd>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("&#x", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_MegabyteOfEscapes_TakesLinearTime()
    {
        // One escape per character: searching the whole rest of the text for a run of spaces at every escape made this
        // quadratic (about half a minute for 1 MB); linear, it takes milliseconds.
        string text = new string('&', 1024 * 1024) + "  x";
        using var output = new PooledStringWriter();
        var watch = System.Diagnostics.Stopwatch.StartNew();
        HtmlText.Write(output, text);
        watch.Stop();

        Assert.Equal(HtmlText.Encode(text), output.ToString());
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), "took " + watch.Elapsed);
    }
}
