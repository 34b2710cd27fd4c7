using System.Globalization;

namespace DanVan.Reporting.Tests.Numbers;

public sealed class VietnameseNumbersFormatTests
{
    [Theory]
    [InlineData("1250000", 0, "1.250.000")] // I1
    [InlineData("1250000.5", 2, "1.250.000,50")] // I2
    [InlineData("36.24", 2, "36,24")] // I4
    [InlineData("999", 0, "999")] // I5
    [InlineData("1000", 0, "1.000")] // I5
    [InlineData("3.14", 2, "3,14")] // I6
    [InlineData("3000", 0, "3.000")]
    [InlineData("0", 0, "0")]
    [InlineData("0", 2, "0,00")]
    [InlineData("-1250", 0, "-1.250")]
    [InlineData("-1250000.5", 2, "-1.250.000,50")]
    [InlineData("100000", 0, "100.000")]
    [InlineData("12", 3, "12,000")]
    [InlineData("1234567.891", 2, "1.234.567,89")]
    [InlineData("0.1234567890123", 10, "0,1234567890")]
    public void Format_Value_WritesDotGroupsAndDecimalComma(string value, int decimals, string expected) =>
        Assert.Equal(expected, VietnameseNumbers.Format(decimal.Parse(value, CultureInfo.InvariantCulture), decimals));

    [Theory]
    [InlineData("2.5", 0, "3")]
    [InlineData("-2.5", 0, "-3")]
    [InlineData("3.14", 0, "3")]
    [InlineData("0.005", 2, "0,01")]
    [InlineData("-0.005", 2, "-0,01")]
    [InlineData("1.245", 2, "1,25")]
    [InlineData("999.5", 0, "1.000")]
    public void Format_Midpoint_RoundsAwayFromZero(string value, int decimals, string expected) =>
        Assert.Equal(expected, VietnameseNumbers.Format(decimal.Parse(value, CultureInfo.InvariantCulture), decimals));

    [Fact]
    public void Format_NegativeRoundingToZero_WritesNoMinusSign() =>
        Assert.Equal("0,00", VietnameseNumbers.Format(-0.001m, 2));

    [Fact]
    public void Format_DecimalMaxValue_GroupsAllDigits()
    {
        Assert.Equal("79.228.162.514.264.337.593.543.950.335", VietnameseNumbers.Format(decimal.MaxValue));
        Assert.Equal("-79.228.162.514.264.337.593.543.950.335", VietnameseNumbers.Format(decimal.MinValue));
    }

    [Fact]
    public void FormatPercent_Percentage_WritesPercentSignWithoutSpace() // I3 (percent form)
    {
        Assert.Equal("36,24%", VietnameseNumbers.FormatPercent(36.24m));
        Assert.Equal("36,2%", VietnameseNumbers.FormatPercent(36.24m, 1));
        Assert.Equal("100%", VietnameseNumbers.FormatPercent(100m, 0));
        Assert.Equal("-5,00%", VietnameseNumbers.FormatPercent(-5m));
        Assert.Equal("1.250,50%", VietnameseNumbers.FormatPercent(1250.5m));
    }

    [Fact]
    public void FormatRatioAsPercent_Ratio_MultipliesByHundred() // I3
    {
        Assert.Equal("36,24%", VietnameseNumbers.FormatRatioAsPercent(0.3624m));
        Assert.Equal("12,5%", VietnameseNumbers.FormatRatioAsPercent(0.125m, 1));
        Assert.Equal("100,00%", VietnameseNumbers.FormatRatioAsPercent(1m));
        Assert.Equal("0%", VietnameseNumbers.FormatRatioAsPercent(0.004m, 0));
        Assert.Equal("1%", VietnameseNumbers.FormatRatioAsPercent(0.005m, 0));
    }

    [Fact]
    public void FormatRatioAsPercent_RatioTooLargeToMultiply_ThrowsWithValueAndRange()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => VietnameseNumbers.FormatRatioAsPercent(decimal.MaxValue));
        Assert.Equal("ratio", ex.ParamName);
        Assert.Contains(decimal.MaxValue.ToString(CultureInfo.InvariantCulture), ex.Message, StringComparison.Ordinal);
        Assert.Contains("[-792.281.625.142.643.375.935.439.503,35-792.281.625.142.643.375.935.439.503,35]", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1250000", "1.250.000 đồng")] // I8; I7's "1.250.000 ₫" is .NET's vi-VN currency format, not the document style
    [InlineData("212000000", "212.000.000 đồng")]
    [InlineData("0", "0 đồng")]
    [InlineData("-1250000", "-1.250.000 đồng")]
    [InlineData("1250000.5", "1.250.000,5 đồng")]
    [InlineData("1250000.50", "1.250.000,5 đồng")]
    [InlineData("1250000.00", "1.250.000 đồng")]
    [InlineData("0.125", "0,125 đồng")]
    [InlineData("1000.0000000001", "1.000,0000000001 đồng")]
    public void FormatMoney_Amount_WritesDongWithoutRounding(string dong, string expected) =>
        Assert.Equal(expected, VietnameseNumbers.FormatMoney(decimal.Parse(dong, CultureInfo.InvariantCulture)));

    [Fact]
    public void FormatMoney_DotNetCurrencyVector_DoesNotUseDongSign() // I7
    {
        string text = VietnameseNumbers.FormatMoney(1250000m);
        Assert.Equal("1.250.000 đồng", text);
        Assert.DoesNotContain("₫", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(11)]
    [InlineData(int.MinValue)]
    public void Format_DecimalsOutOfRange_ThrowsWithValueAndRange(int decimals)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => VietnameseNumbers.Format(1m, decimals));
        Assert.Equal("decimals", ex.ParamName);
        Assert.Contains(decimals.ToString(CultureInfo.InvariantCulture), ex.Message, StringComparison.Ordinal);
        Assert.Contains("[0-10]", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FormatPercent_DecimalsOutOfRange_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => VietnameseNumbers.FormatPercent(1m, -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => VietnameseNumbers.FormatRatioAsPercent(1m, 11));
    }

    [Theory]
    [InlineData("ar-SA")]
    [InlineData("fr-FR")]
    [InlineData("de-CH")]
    [InlineData("vi-VN")]
    [InlineData("")]
    public void AllFormats_AnyCurrentCulture_SameOutput(string cultureName)
    {
        CultureInfo saved = CultureInfo.CurrentCulture;
        CultureInfo savedUi = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo(cultureName);
            CultureInfo.CurrentUICulture = new CultureInfo(cultureName);
            Assert.Equal("1.250.000,50", VietnameseNumbers.Format(1250000.5m, 2));
            Assert.Equal("-1.250", VietnameseNumbers.Format(-1250m));
            Assert.Equal("36,24%", VietnameseNumbers.FormatRatioAsPercent(0.3624m));
            Assert.Equal("1.250.000,5 đồng", VietnameseNumbers.FormatMoney(1250000.5m));
            Assert.Equal("âm một nghìn không trăm lẻ một", VietnameseNumbers.ToWords(-1001));
            Assert.Equal("Bằng chữ: Âm bảy đồng.", VietnameseNumbers.FormatAmountInWords(-7));
            Assert.Equal("XIV", RomanNumerals.ToRoman(14));
            Assert.Equal(14, RomanNumerals.FromRoman("xiv"));
            Assert.Equal("12.", HeadingNumbering.Arabic(12, HeadingSeparator.Dot));
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
            CultureInfo.CurrentUICulture = savedUi;
        }
    }
}
