namespace DanVan.Reporting.Docx.Tests;

public class DocxTextTests
{
    [Fact]
    public void Clean_CleanText_SameInstance()
    {
        string text = "Kon Tum, ngày 02 tháng 7 năm 2024\t😀\r\n";
        Assert.Same(text, DocxText.Clean(text));
    }

    [Fact]
    public void Clean_RemovesWhatXml10Forbids()
    {
        // Not [InlineData]: xUnit's serialisation of theory data would turn lone surrogates into U+FFFD.
        (string Text, string Expected)[] cases =
        [
            ("a\u0000b", "ab"),
            ("a\u001Fb\u000Bc\u000Cd", "abcd"),
            ("a\uD83Db", "ab"),
            ("a\uDE00b", "ab"),
            ("\uDE00\uD83D", ""),
            ("a\uFFFEb\uFFFFc", "abc"),
            ("a\uD83D\uDE00b\uD83D", "a\uD83D\uDE00b"),
            ("\u0085\u2028ok", "\u0085\u2028ok"),
        ];
        foreach ((string text, string expected) in cases)
        {
            Assert.Equal(expected, DocxText.Clean(text));
        }
    }

    [Fact]
    public void Paragraphs_Cleaned_TrimmedAgain_BlankDropped()
    {
        // The base class split and trimmed the text; cleaning may leave white space at an end or nothing at all.
        Assert.Equal(["Một", "Hai"], DocxText.Paragraphs(["Một", "Hai \u0001", "\u0001\u0002"]));
    }

    [Fact]
    public void OneLine_CleanedAndTrimmed() => Assert.Equal("Một Hai", DocxText.OneLine("\u0001 Một Hai \u0002"));
}
