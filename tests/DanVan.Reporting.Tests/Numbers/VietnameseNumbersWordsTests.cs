namespace DanVan.Reporting.Tests.Numbers;

public sealed class VietnameseNumbersWordsTests
{
    private static readonly NumberWordsOptions s_linh = new() { ZeroTensWord = ZeroTensWord.Linh };

    [Theory]
    [InlineData(0L, "không")] // I9
    [InlineData(15L, "mười lăm")] // I10
    [InlineData(21L, "hai mươi mốt")] // I11
    [InlineData(101L, "một trăm lẻ một")] // I12
    [InlineData(205L, "hai trăm lẻ năm")] // I13
    [InlineData(1001L, "một nghìn không trăm lẻ một")] // I14
    [InlineData(1234L, "một nghìn hai trăm ba mươi bốn")] // I15
    [InlineData(10000L, "mười nghìn")] // I16
    [InlineData(1250000L, "một triệu hai trăm năm mươi nghìn")] // I17
    [InlineData(19990000L, "mười chín triệu chín trăm chín mươi nghìn")] // I18
    [InlineData(1000000000L, "một tỷ")] // I19
    [InlineData(2500000000L, "hai tỷ năm trăm triệu")] // I20
    [InlineData(1000000000000L, "một nghìn tỷ")] // I21
    [InlineData(25L, "hai mươi lăm")] // I23
    [InlineData(24L, "hai mươi bốn")] // I23 (default "bốn")
    [InlineData(105L, "một trăm lẻ năm")] // I23 (default "lẻ")
    public void ToWords_VectorsOfSectionI_MatchDefaults(long value, string expected) =>
        Assert.Equal(expected, VietnameseNumbers.ToWords(value));

    [Theory]
    [InlineData(1L, "một")]
    [InlineData(4L, "bốn")]
    [InlineData(5L, "năm")]
    [InlineData(10L, "mười")]
    [InlineData(11L, "mười một")]
    [InlineData(14L, "mười bốn")]
    [InlineData(20L, "hai mươi")]
    [InlineData(31L, "ba mươi mốt")]
    [InlineData(44L, "bốn mươi bốn")]
    [InlineData(45L, "bốn mươi lăm")]
    [InlineData(55L, "năm mươi lăm")]
    [InlineData(99L, "chín mươi chín")]
    [InlineData(100L, "một trăm")]
    [InlineData(110L, "một trăm mười")]
    [InlineData(111L, "một trăm mười một")]
    [InlineData(115L, "một trăm mười lăm")]
    [InlineData(121L, "một trăm hai mươi mốt")]
    [InlineData(212L, "hai trăm mười hai")]
    [InlineData(1000L, "một nghìn")]
    [InlineData(1005L, "một nghìn không trăm lẻ năm")]
    [InlineData(1010L, "một nghìn không trăm mười")]
    [InlineData(1015L, "một nghìn không trăm mười lăm")]
    [InlineData(1100L, "một nghìn một trăm")]
    [InlineData(10005L, "mười nghìn không trăm lẻ năm")]
    [InlineData(100000L, "một trăm nghìn")]
    [InlineData(1_000_005L, "một triệu không trăm lẻ năm")]
    [InlineData(1_000_010L, "một triệu không trăm mười")]
    [InlineData(1_001_000L, "một triệu không trăm lẻ một nghìn")]
    [InlineData(20_005_000L, "hai mươi triệu không trăm lẻ năm nghìn")]
    [InlineData(55_533_570L, "năm mươi lăm triệu năm trăm ba mươi ba nghìn năm trăm bảy mươi")]
    [InlineData(212_000_000L, "hai trăm mười hai triệu")]
    [InlineData(1_000_000_005L, "một tỷ không trăm lẻ năm")]
    [InlineData(1_005_000_000_000L, "một nghìn không trăm lẻ năm tỷ")]
    [InlineData(1_000_000_000_000_000L, "một triệu tỷ")]
    [InlineData(1_000_000_000_000_000_000L, "một tỷ tỷ")]
    [InlineData(-7L, "âm bảy")]
    [InlineData(-1250L, "âm một nghìn hai trăm năm mươi")]
    public void ToWords_Defaults_ReadsLeNghinTyBonAndKhongTram(long value, string expected) =>
        Assert.Equal(expected, VietnameseNumbers.ToWords(value));

    [Fact]
    public void ToWords_LongExtremes_ReadsWholeMagnitude()
    {
        Assert.Equal(
            "chín tỷ hai trăm hai mươi ba triệu ba trăm bảy mươi hai nghìn không trăm ba mươi sáu tỷ tám trăm năm mươi bốn triệu bảy trăm bảy mươi lăm nghìn tám trăm lẻ bảy",
            VietnameseNumbers.ToWords(long.MaxValue));
        Assert.Equal(
            "âm chín tỷ hai trăm hai mươi ba triệu ba trăm bảy mươi hai nghìn không trăm ba mươi sáu tỷ tám trăm năm mươi bốn triệu bảy trăm bảy mươi lăm nghìn tám trăm lẻ tám",
            VietnameseNumbers.ToWords(long.MinValue));
    }

    [Theory]
    [InlineData(105L, "một trăm linh năm")]
    [InlineData(101L, "một trăm linh một")]
    [InlineData(104L, "một trăm linh bốn")]
    [InlineData(1001L, "một nghìn không trăm linh một")]
    [InlineData(1_000_005L, "một triệu không trăm linh năm")]
    public void ToWords_Linh_ReadsLinhForZeroTens(long value, string expected) =>
        Assert.Equal(expected, VietnameseNumbers.ToWords(value, s_linh));

    [Theory]
    [InlineData(1000L, "một ngàn")]
    [InlineData(10000L, "mười ngàn")]
    [InlineData(1250000L, "một triệu hai trăm năm mươi ngàn")]
    [InlineData(1000000000000L, "một ngàn tỷ")]
    public void ToWords_UseNgan_ReadsNgan(long value, string expected) =>
        Assert.Equal(expected, VietnameseNumbers.ToWords(value, new NumberWordsOptions { UseNgan = true }));

    [Theory]
    [InlineData(1000000000L, "một tỉ")]
    [InlineData(2500000000L, "hai tỉ năm trăm triệu")]
    [InlineData(1000000000000L, "một nghìn tỉ")]
    [InlineData(1_000_000_000_000_000_000L, "một tỉ tỉ")]
    public void ToWords_UseTi_SpellsTi(long value, string expected) =>
        Assert.Equal(expected, VietnameseNumbers.ToWords(value, new NumberWordsOptions { UseTi = true }));

    [Theory]
    [InlineData(24L, "hai mươi tư")]
    [InlineData(44L, "bốn mươi tư")]
    [InlineData(14L, "mười bốn")]
    [InlineData(104L, "một trăm lẻ bốn")]
    [InlineData(4L, "bốn")]
    [InlineData(4_024L, "bốn nghìn không trăm hai mươi tư")]
    public void ToWords_UseTuAfterMuoi_ReadsTuOnlyAfterMuoi(long value, string expected) =>
        Assert.Equal(expected, VietnameseNumbers.ToWords(value, new NumberWordsOptions { UseTuAfterMuoi = true }));

    [Theory]
    [InlineData(1001L, "một nghìn lẻ một")]
    [InlineData(1010L, "một nghìn mười")]
    [InlineData(1_000_005L, "một triệu lẻ năm")]
    [InlineData(1_001_000L, "một triệu một nghìn")] // a scaled group without hundreds is read bare, as in Humanizer
    [InlineData(1_009_000L, "một triệu chín nghìn")]
    [InlineData(1_105_000L, "một triệu một trăm lẻ năm nghìn")]
    [InlineData(20_005_000L, "hai mươi triệu năm nghìn")]
    [InlineData(1_000_000_005L, "một tỷ lẻ năm")]
    [InlineData(1100L, "một nghìn một trăm")]
    [InlineData(5L, "năm")]
    public void ToWords_NoKhongTram_OmitsKhongTram(long value, string expected) =>
        Assert.Equal(expected, VietnameseNumbers.ToWords(value, new NumberWordsOptions { SayKhongTram = false }));

    [Fact]
    public void Default_Properties_AreTheDocumentedChoices()
    {
        NumberWordsOptions options = NumberWordsOptions.Default;
        Assert.Equal(ZeroTensWord.Le, options.ZeroTensWord);
        Assert.False(options.UseNgan);
        Assert.False(options.UseTi);
        Assert.False(options.UseTuAfterMuoi);
        Assert.True(options.SayKhongTram);
        Assert.Same(options, NumberWordsOptions.Default);
    }

    [Fact]
    public void ToWords_NullOptions_ThrowsArgumentNull()
    {
        var ex = Assert.Throws<ArgumentNullException>(() => VietnameseNumbers.ToWords(1, null!));
        Assert.Equal("options", ex.ParamName);
        Assert.Throws<ArgumentNullException>(() => VietnameseNumbers.FormatAmountInWords(1, null!));
    }

    [Fact]
    public void ToWords_UndefinedZeroTensWord_ThrowsWithValueAndRange()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() =>
            VietnameseNumbers.ToWords(105, new NumberWordsOptions { ZeroTensWord = (ZeroTensWord)7 }));
        Assert.Contains("7", ex.Message, StringComparison.Ordinal);
        Assert.Contains("[0-1]", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1250000L, "Bằng chữ: Một triệu hai trăm năm mươi nghìn đồng.")] // I22
    [InlineData(212000000L, "Bằng chữ: Hai trăm mười hai triệu đồng.")]
    [InlineData(1001L, "Bằng chữ: Một nghìn không trăm lẻ một đồng.")]
    [InlineData(0L, "Bằng chữ: Không đồng.")]
    [InlineData(-7L, "Bằng chữ: Âm bảy đồng.")]
    public void FormatAmountInWords_Amount_CapitalisesAndEndsWithDong(long dong, string expected) =>
        Assert.Equal(expected, VietnameseNumbers.FormatAmountInWords(dong));

    [Fact]
    public void FormatAmountInWords_Options_AreHonoured() =>
        Assert.Equal(
            "Bằng chữ: Một ngàn linh năm tỉ hai mươi tư ngàn đồng.",
            VietnameseNumbers.FormatAmountInWords(
                1_005_000_024_000L,
                new NumberWordsOptions { ZeroTensWord = ZeroTensWord.Linh, UseNgan = true, UseTi = true, UseTuAfterMuoi = true, SayKhongTram = false }));
}
