namespace DanVan.Reporting.Tests.Rendering;

/// <summary>The writers' own white-space and line-break checks agree with .NET's on every UTF-16 code unit.</summary>
public class ReportTextWhiteSpaceTests
{
    [Fact]
    public void IsWhiteSpace_EveryCharacter_SameAsCharIsWhiteSpace()
    {
        for (int c = 0; c <= char.MaxValue; c++)
        {
            Assert.True(char.IsWhiteSpace((char)c) == ReportText.IsWhiteSpace((char)c), $"U+{c:X4}");
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("a")]
    [InlineData(" \t a b \u00A0")]
    [InlineData("\u3000Đảng\u2029")]
    [InlineData("ộ ")]
    [InlineData("   ")]
    public void TrimStartAndEnd_SameAsString(string text)
    {
        Assert.Equal(text.TrimStart(), ReportText.TrimStart(text).ToString());
        Assert.Equal(text.TrimEnd(), ReportText.TrimEnd(text).ToString());
        Assert.Equal(text.Trim() == text, ReportText.IsTrimmed(text));
    }

    [Fact]
    public void IndexOfLineBreak_ShortAndLong_SameAsIndexOfAny()
    {
        string[] breaks = ["\r", "\n", "\u0085", "\u2028", "\u2029"];
        for (int length = 0; length < 40; length++)
        {
            for (int at = 0; at < length; at++)
            {
                foreach (string lineBreak in breaks)
                {
                    string text = new string('ư', at) + lineBreak + new string('x', length - at - 1);
                    Assert.Equal(at, ReportText.IndexOfLineBreak(text));
                }
            }

            Assert.Equal(-1, ReportText.IndexOfLineBreak(new string('\u2027', length)));
        }
    }
}
