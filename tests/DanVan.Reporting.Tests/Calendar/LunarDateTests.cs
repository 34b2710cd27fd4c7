using DanVan.Reporting.Calendar;

namespace DanVan.Reporting.Tests.Calendar;

public class LunarDateTests
{
    [Fact]
    public void Constructor_Day30OfA29DayMonth_SaysTheMonthHas29Days()
    {
        // Tháng Chạp Ất Tỵ (2025) has 29 days: Tết Bính Ngọ is 17/02/2026.
        Assert.Equal(29, new LunarDate(2025, 12, 1).DaysInMonth);

        ArgumentOutOfRangeException error = Assert.Throws<ArgumentOutOfRangeException>(() => new LunarDate(2025, 12, 30));

        Assert.Equal("day", error.ParamName);
        Assert.Contains("có 29 ngày", error.Message, StringComparison.Ordinal);
        Assert.Contains("[1-29]", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_LeapFlagOnAMonthThatIsNotLeap_SaysWhichMonthIs()
    {
        ArgumentOutOfRangeException error = Assert.Throws<ArgumentOutOfRangeException>(() => new LunarDate(2025, 5, 1, isLeapMonth: true));

        Assert.Equal("isLeapMonth", error.ParamName);
        Assert.Contains("không có tháng 5 nhuận", error.Message, StringComparison.Ordinal);
        Assert.Contains("nhuận tháng 6", error.Message, StringComparison.Ordinal);

        ArgumentOutOfRangeException none = Assert.Throws<ArgumentOutOfRangeException>(() => new LunarDate(2024, 5, 1, isLeapMonth: true));
        Assert.Contains("không có tháng nhuận", none.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(13)]
    [InlineData(0)]
    public void Constructor_MonthOutOfRange_NamesTheRange(int month)
    {
        ArgumentOutOfRangeException error = Assert.Throws<ArgumentOutOfRangeException>(() => new LunarDate(2024, month, 1));

        Assert.Equal("month", error.ParamName);
        Assert.Contains("[1-12]", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1899, 12, 31)]
    [InlineData(2200, 1, 1)]
    public void FromSolar_OutsideTheRange_SaysTheRange(int year, int month, int day)
    {
        ArgumentOutOfRangeException error = Assert.Throws<ArgumentOutOfRangeException>(() => LunarDate.FromSolar(new LocalDate(year, month, day)));

        Assert.Contains("[01/01/1900-31/12/2199]", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_LunarDateWhoseSolarDayIsOutsideTheRange_SaysTheRange()
    {
        ArgumentOutOfRangeException error = Assert.Throws<ArgumentOutOfRangeException>(() => new LunarDate(1899, 6, 1));

        Assert.Contains("[01/01/1900-31/12/2199]", error.Message, StringComparison.Ordinal);

        // The first supported day is in tháng Chạp of lunar 1899, and can be built back from its lunar parts.
        LunarDate first = LunarDate.FromSolar(new LocalDate(1900, 1, 1));
        Assert.Equal((1899, 12), (first.Year, first.Month));
        Assert.Equal(new LocalDate(1900, 1, 1), new LunarDate(1899, 12, first.Day).ToSolar());
    }

    [Fact]
    public void Messages_InEnglish_WhenAsked()
    {
        using (MessageSettings.Use(MessageLanguage.English))
        {
            ArgumentOutOfRangeException error = Assert.Throws<ArgumentOutOfRangeException>(() => new LunarDate(2025, 12, 30));
            Assert.Contains("has 29 days; day 30 does not exist", error.Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(1, "mùng 1")]
    [InlineData(10, "mùng 10")]
    [InlineData(11, "ngày 11")]
    [InlineData(15, "rằm")]
    [InlineData(29, "ngày 29")]
    public void DayText_AsSaid(int day, string expected) =>
        Assert.Equal(expected, new LunarDate(2024, 8, day).DayText);

    [Theory]
    [InlineData(1, "tháng Giêng")]
    [InlineData(4, "tháng Tư")]
    [InlineData(10, "tháng Mười")]
    [InlineData(11, "tháng Mười một")]
    [InlineData(12, "tháng Chạp")]
    public void MonthText_AsSaid(int month, string expected) =>
        Assert.Equal(expected, new LunarDate(2024, month, 1).MonthText);
}
