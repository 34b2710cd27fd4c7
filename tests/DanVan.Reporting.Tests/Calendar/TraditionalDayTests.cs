using DanVan.Reporting.Calendar;

namespace DanVan.Reporting.Tests.Calendar;

public class TraditionalDayTests
{
    [Fact]
    public void All_NineBuiltInDays_HaveReferenceNamesAndDates()
    {
        (string Name, LocalDate Date)[] expected =
        [
            ("Ngày thành lập Đảng Cộng sản Việt Nam", new LocalDate(1930, 2, 3)),
            ("Ngày truyền thống ngành Tuyên giáo", new LocalDate(1930, 8, 1)),
            ("Ngày truyền thống công tác Dân vận của Đảng", new LocalDate(1930, 10, 15)),
            ("Ngày thành lập Hội Nông dân Việt Nam", new LocalDate(1930, 10, 14)),
            ("Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam", new LocalDate(1930, 10, 20)),
            ("Ngày truyền thống Mặt trận Tổ quốc Việt Nam", new LocalDate(1930, 11, 18)),
            ("Ngày thành lập Đoàn Thanh niên Cộng sản Hồ Chí Minh", new LocalDate(1931, 3, 26)),
            ("Ngày thành lập Công đoàn Việt Nam", new LocalDate(1929, 7, 28)),
            ("Ngày thành lập Hội Cựu chiến binh Việt Nam", new LocalDate(1989, 12, 6)),
        ];
        Assert.Equal(expected, TraditionalDay.All.Select(d => (d.Name, d.FoundingDate)));
        Assert.Same(TraditionalDay.MassMobilization, TraditionalDay.All[2]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t\n")]
    public void Constructor_BlankName_ThrowsArgumentException(string name)
    {
        var ex = Assert.Throws<ArgumentException>(() => new TraditionalDay(name, new LocalDate(2000, 1, 1)));
        Assert.Equal("name", ex.ParamName);
    }

    [Fact]
    public void Constructor_NullName_ThrowsArgumentNullException()
    {
        Assert.Equal("name", Assert.Throws<ArgumentNullException>(() => new TraditionalDay(null!, new LocalDate(2000, 1, 1))).ParamName);
    }

    [Fact]
    public void Constructor_Year9999_ThrowsBecauseNoAnniversaryFits()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new TraditionalDay("X", new LocalDate(9999, 1, 1)));
        Assert.Equal("foundingDate", ex.ParamName);
    }

    [Fact]
    public void Constructor_UserDefinedDay_TrimsNameAndKeepsDate()
    {
        var day = new TraditionalDay("  Ngày thành lập Hội Khuyến học Việt Nam ", new LocalDate(1996, 2, 17));
        Assert.Equal("Ngày thành lập Hội Khuyến học Việt Nam", day.Name);
        Assert.Equal(new LocalDate(1996, 2, 17), day.FoundingDate);
        Assert.Equal("Ngày thành lập Hội Khuyến học Việt Nam (17/02/1996)", day.ToString());
    }

    [Fact]
    public void Equals_SameNameAndDate_AreEqual()
    {
        var copy = new TraditionalDay("Ngày thành lập Công đoàn Việt Nam", new LocalDate(1929, 7, 28));
        Assert.Equal(TraditionalDay.TradeUnion, copy);
        Assert.True(TraditionalDay.TradeUnion == copy);
        Assert.Equal(TraditionalDay.TradeUnion.GetHashCode(), copy.GetHashCode());
        Assert.True(TraditionalDay.TradeUnion != TraditionalDay.YouthUnion);
        Assert.False(TraditionalDay.TradeUnion.Equals(null));
    }
}
