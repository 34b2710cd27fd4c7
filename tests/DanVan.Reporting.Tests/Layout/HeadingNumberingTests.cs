using System.Globalization;

namespace DanVan.Reporting.Tests.Layout;

public sealed class HeadingNumberingTests
{
    [Fact]
    public void StateLevels_Dot_WritesPhanMucKhoanDiem() // J4
    {
        Assert.Equal("Phần I", HeadingNumbering.Part(1));
        Assert.Equal("I.", HeadingNumbering.Roman(1, HeadingSeparator.Dot));
        Assert.Equal("1.", HeadingNumbering.Arabic(1, HeadingSeparator.Dot));
        Assert.Equal("a)", HeadingNumbering.Point(1));
    }

    [Fact]
    public void PartyLevels_Hyphen_WritesRomanAndArabicWithHyphen() // J5
    {
        Assert.Equal("I-", HeadingNumbering.Roman(1, HeadingSeparator.Hyphen));
        Assert.Equal("II-", HeadingNumbering.Roman(2, HeadingSeparator.Hyphen));
        Assert.Equal("1-", HeadingNumbering.Arabic(1, HeadingSeparator.Hyphen));
        Assert.Equal("12-", HeadingNumbering.Arabic(12, HeadingSeparator.Hyphen));
    }

    [Fact]
    public void Part_Numbers_WritesRomanNumerals()
    {
        Assert.Equal("Phần II", HeadingNumbering.Part(2));
        Assert.Equal("Phần IV", HeadingNumbering.Part(4));
        Assert.Equal("IX.", HeadingNumbering.Roman(9, HeadingSeparator.Dot));
    }

    [Fact]
    public void Point_OneTo23_FollowsVietnameseAlphabet() // J7
    {
        string[] expected =
            ["a)", "b)", "c)", "d)", "đ)", "e)", "g)", "h)", "i)", "k)", "l)", "m)", "n)", "o)", "p)", "q)", "r)", "s)", "t)", "u)", "v)", "x)", "y)"];
        for (int n = 1; n <= 23; n++)
        {
            Assert.Equal(expected[n - 1], HeadingNumbering.Point(n));
        }
    }

    [Theory]
    [InlineData(24)]
    [InlineData(0)]
    [InlineData(-5)]
    public void Point_OutOfRange_ThrowsWithValueAndRange(int n)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => HeadingNumbering.Point(n));
        Assert.Equal("n", ex.ParamName);
        Assert.Contains(n.ToString(CultureInfo.InvariantCulture), ex.Message, StringComparison.Ordinal);
        Assert.Contains("[1-23]", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RomanAndPart_OutOfRange_ThrowsNamingN()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => HeadingNumbering.Part(0));
        Assert.Equal("n", ex.ParamName);
        Assert.Contains("[1-3999]", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => HeadingNumbering.Roman(4000, HeadingSeparator.Dot));
        Assert.Throws<ArgumentOutOfRangeException>(() => HeadingNumbering.Arabic(0, HeadingSeparator.Dot));
    }

    [Fact]
    public void Separator_Undefined_Throws()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => HeadingNumbering.Roman(1, (HeadingSeparator)2));
        Assert.Equal("separator", ex.ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => HeadingNumbering.Arabic(1, (HeadingSeparator)(-1)));
    }
}
