namespace DanVan.Reporting.Tests.Numbers;

public sealed class RomanNumeralsTests
{
    [Theory]
    [InlineData(1, "I")]
    [InlineData(4, "IV")]
    [InlineData(9, "IX")]
    [InlineData(13, "XIII")]
    [InlineData(14, "XIV")]
    [InlineData(40, "XL")]
    [InlineData(90, "XC")]
    [InlineData(400, "CD")]
    [InlineData(1990, "MCMXC")]
    [InlineData(2024, "MMXXIV")]
    [InlineData(3888, "MMMDCCCLXXXVIII")]
    [InlineData(3999, "MMMCMXCIX")]
    public void ToRoman_Value_WritesCanonicalNumeral(int value, string expected)
    {
        Assert.Equal(expected, RomanNumerals.ToRoman(value));
        Assert.Equal(expected, VietnameseNumbers.ToRoman(value));
    }

    [Fact]
    public void ToRoman_Quarters_WritesQuyIToIV() // J2
    {
        string[] expected = ["quý I", "quý II", "quý III", "quý IV"];
        for (int quarter = 1; quarter <= 4; quarter++)
        {
            Assert.Equal(expected[quarter - 1], "quý " + VietnameseNumbers.ToRoman(quarter));
        }
    }

    [Fact]
    public void ToRoman_CongressTerms_WritesKhoaXIIIAndXIV() // J3
    {
        Assert.Equal("khóa XIII", "khóa " + VietnameseNumbers.ToRoman(13));
        Assert.Equal("khóa XIV", "khóa " + VietnameseNumbers.ToRoman(14));
    }

    [Fact]
    public void ToRoman_EveryValue_EqualsHumanizer()
    {
        // Humanizer is the tests' oracle only: the runtime writes numerals itself and does not depend on it.
        for (int n = 1; n <= 3999; n++)
        {
            Assert.Equal(Humanizer.RomanNumeralExtensions.ToRoman(n), RomanNumerals.ToRoman(n));
        }
    }

    [Fact]
    public void FromRoman_EveryNumeralFrom1To3999_RoundTrips()
    {
        for (int n = 1; n <= 3999; n++)
        {
            string roman = RomanNumerals.ToRoman(n);
            Assert.Equal(n, RomanNumerals.FromRoman(roman));
            Assert.Equal(n, RomanNumerals.FromRoman(roman.ToLowerInvariant()));
            Assert.True(RomanNumerals.TryFromRoman(roman, out int parsed));
            Assert.Equal(n, parsed);
        }
    }

    [Theory]
    [InlineData("XIV", 14)]
    [InlineData("xiv", 14)]
    [InlineData("mcmxc", 1990)]
    [InlineData("MmXxIv", 2024)]
    public void FromRoman_UpperOrLowerCase_Reads(string text, int expected) =>
        Assert.Equal(expected, RomanNumerals.FromRoman(text));

    [Theory]
    [InlineData("IIII")]
    [InlineData("")]
    [InlineData("VV")]
    [InlineData("IIX")]
    [InlineData("IC")]
    [InlineData("XM")]
    [InlineData("VX")]
    [InlineData("IVI")]
    [InlineData("MMMM")]
    [InlineData(" XIV")]
    [InlineData("XIV ")]
    [InlineData("X IV")]
    [InlineData("ıv")] // Turkish dotless i: not an ASCII letter
    [InlineData("Ⅳ")] // U+2163, the Roman numeral character
    [InlineData("14")]
    [InlineData("MMMDCCCLXXXVIIII")]
    public void FromRoman_NonCanonical_ThrowsFormatExceptionQuotingInputAndRange(string text)
    {
        var ex = Assert.Throws<FormatException>(() => RomanNumerals.FromRoman(text));
        Assert.Contains("\"" + text + "\"", ex.Message, StringComparison.Ordinal);
        Assert.Contains("[1-3999]", ex.Message, StringComparison.Ordinal);
        Assert.False(RomanNumerals.TryFromRoman(text, out int value));
        Assert.Equal(0, value);
    }

    [Fact]
    public void FromRoman_Null_ThrowsArgumentNull()
    {
        Assert.Throws<ArgumentNullException>(() => RomanNumerals.FromRoman(null!));
        Assert.False(RomanNumerals.TryFromRoman(null, out _));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(4000)]
    [InlineData(-1)]
    [InlineData(int.MaxValue)]
    public void ToRoman_OutOfRange_ThrowsWithValueAndRange(int value)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => RomanNumerals.ToRoman(value));
        Assert.Equal("value", ex.ParamName);
        Assert.Contains(value.ToString(System.Globalization.CultureInfo.InvariantCulture), ex.Message, StringComparison.Ordinal);
        Assert.Contains("[1-3999]", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => VietnameseNumbers.ToRoman(value));
    }
}
