using DanVan.Reporting;

namespace DanVan.Reporting.Tests.DocumentNumbers;

public class DocumentNumberFactoryTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(int.MinValue)]
    [InlineData(DocumentNumber.MaxNumber + 1)]
    public void Party_NumberOutOfRange_ThrowsNamingArgumentAndRange(int number)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => DocumentNumber.Party(number, "BC", "BDVTU"));
        Assert.Equal("number", ex.ParamName);
        Assert.Contains("[1-999999]", ex.Message, StringComparison.Ordinal);
        Assert.Contains(number.ToString(System.Globalization.CultureInfo.InvariantCulture), ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-15)]
    public void State_NumberOutOfRange_ThrowsNamingArgumentAndRange(int number)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => DocumentNumber.State(number, "QĐ", "BNV"));
        Assert.Equal("number", ex.ParamName);
        Assert.Contains("[1-999999]", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(999)]
    [InlineData(10000)]
    public void State_YearOutOfRange_ThrowsNamingYear(int year)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => DocumentNumber.State(9, "NĐ", "CP", year));
        Assert.Equal("year", ex.ParamName);
        Assert.Contains("[1000-9999]", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("B C")]
    [InlineData("BC-X")]
    [InlineData("BC/")]
    public void Party_BadKindCode_ThrowsArgumentException(string kindCode)
    {
        var ex = Assert.Throws<ArgumentException>(() => DocumentNumber.Party(1, kindCode, "TU"));
        Assert.Equal("kindCode", ex.ParamName);
    }

    [Theory]
    [InlineData("")]
    [InlineData("-TU")]
    [InlineData("TU-")]
    [InlineData("B--VP")]
    [InlineData("BNV VP")]
    [InlineData("TW/VP")]
    public void Party_BadIssuerCode_ThrowsArgumentException(string issuerCode)
    {
        var ex = Assert.Throws<ArgumentException>(() => DocumentNumber.Party(1, "BC", issuerCode));
        Assert.Equal("issuerCode", ex.ParamName);
    }

    [Fact]
    public void Party_NullCodes_ThrowArgumentNullException()
    {
        Assert.Equal("kindCode", Assert.Throws<ArgumentNullException>(() => DocumentNumber.Party(1, null!, "TU")).ParamName);
        Assert.Equal("issuerCode", Assert.Throws<ArgumentNullException>(() => DocumentNumber.Party(1, "BC", null!)).ParamName);
    }

    [Fact]
    public void State_KindNotInPhuLucIIIWithoutYear_ThrowsBecauseItWouldReadAsCongVan()
    {
        var ex = Assert.Throws<ArgumentException>(() => DocumentNumber.State(5, "XYZ", "BNV"));
        Assert.Equal("kindCode", ex.ParamName);
        Assert.Contains("XYZ-BNV", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void State_CongVanIssuerStartingWithKindCode_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => DocumentNumber.State(5, null, "BC-UBND"));
        Assert.Equal("issuerCode", ex.ParamName);
    }

    [Fact]
    public void State_YearWithoutKindAndHyphenatedIssuer_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => DocumentNumber.State(9, null, "NĐ-CP", 2019));
        Assert.Equal("issuerCode", ex.ParamName);
    }

    [Fact]
    public void State_UnknownKindWithYear_IsAllowed()
    {
        Assert.Equal("Số: 01/2020/TT-BNV", DocumentNumber.State(1, "TT", "BNV", 2020).ToString());
    }
}
