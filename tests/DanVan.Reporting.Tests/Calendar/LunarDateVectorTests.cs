using DanVan.Reporting.Calendar;

namespace DanVan.Reporting.Tests.Calendar;

/// <summary>Vectors G1, G4, G5 of docs/domain/vectors.md and the examples of the issue.</summary>
public class LunarDateVectorTests
{
    // Lunar year, Tết (Vietnam), weekday, leap month in Vietnam (0 = none). docs/domain/vectors.md G1.
    public static TheoryData<int, string, string, int> TetVectors => new()
    {
        { 1968, "1968-01-29", "Thứ Hai", 7 },
        { 1969, "1969-02-16", "Chủ nhật", 0 },
        { 1970, "1970-02-06", "Thứ Sáu", 0 },
        { 1984, "1984-02-02", "Thứ Năm", 0 },
        { 1985, "1985-01-21", "Thứ Hai", 2 },
        { 1986, "1986-02-09", "Chủ nhật", 0 },
        { 1987, "1987-01-29", "Thứ Năm", 7 },
        { 2000, "2000-02-05", "Thứ Bảy", 0 },
        { 2001, "2001-01-24", "Thứ Tư", 4 },
        { 2002, "2002-02-12", "Thứ Ba", 0 },
        { 2003, "2003-02-01", "Thứ Bảy", 0 },
        { 2004, "2004-01-22", "Thứ Năm", 2 },
        { 2005, "2005-02-09", "Thứ Tư", 0 },
        { 2006, "2006-01-29", "Chủ nhật", 7 },
        { 2007, "2007-02-17", "Thứ Bảy", 0 },
        { 2008, "2008-02-07", "Thứ Năm", 0 },
        { 2009, "2009-01-26", "Thứ Hai", 5 },
        { 2010, "2010-02-14", "Chủ nhật", 0 },
        { 2011, "2011-02-03", "Thứ Năm", 0 },
        { 2012, "2012-01-23", "Thứ Hai", 4 },
        { 2013, "2013-02-10", "Chủ nhật", 0 },
        { 2014, "2014-01-31", "Thứ Sáu", 9 },
        { 2015, "2015-02-19", "Thứ Năm", 0 },
        { 2016, "2016-02-08", "Thứ Hai", 0 },
        { 2017, "2017-01-28", "Thứ Bảy", 6 },
        { 2018, "2018-02-16", "Thứ Sáu", 0 },
        { 2019, "2019-02-05", "Thứ Ba", 0 },
        { 2020, "2020-01-25", "Thứ Bảy", 4 },
        { 2021, "2021-02-12", "Thứ Sáu", 0 },
        { 2022, "2022-02-01", "Thứ Ba", 0 },
        { 2023, "2023-01-22", "Chủ nhật", 2 },
        { 2024, "2024-02-10", "Thứ Bảy", 0 },
        { 2025, "2025-01-29", "Thứ Tư", 6 },
        { 2026, "2026-02-17", "Thứ Ba", 0 },
        { 2027, "2027-02-06", "Thứ Bảy", 0 },
        { 2028, "2028-01-26", "Thứ Tư", 5 },
        { 2029, "2029-02-13", "Thứ Ba", 0 },
        { 2030, "2030-02-02", "Thứ Bảy", 0 },
        { 2031, "2031-01-23", "Thứ Năm", 3 },
        { 2032, "2032-02-11", "Thứ Tư", 0 },
        { 2033, "2033-01-31", "Thứ Hai", 11 },
        { 2034, "2034-02-19", "Chủ nhật", 0 },
        { 2035, "2035-02-08", "Thứ Năm", 0 },
        { 2036, "2036-01-28", "Thứ Hai", 6 },
        { 2037, "2037-02-15", "Chủ nhật", 0 },
        { 2038, "2038-02-04", "Thứ Năm", 0 },
        { 2039, "2039-01-24", "Thứ Hai", 5 },
        { 2040, "2040-02-12", "Chủ nhật", 0 },
        { 2053, "2053-02-18", "Thứ Ba", 0 },
    };

    [Theory]
    [MemberData(nameof(TetVectors))]
    public void Tet_G1_VietnameseDateWeekdayAndLeapMonth(int year, string tet, string weekday, int leapMonth)
    {
        LocalDate expected = NodaTime.Text.LocalDatePattern.Iso.Parse(tet).Value;

        Assert.Equal(expected, LunarDate.Tet(year));
        Assert.Equal(weekday, VietnameseDates.WeekdayName(expected.DayOfWeek));
        Assert.Equal(leapMonth == 0 ? null : leapMonth, LunarDate.LeapMonthOf(year));
        Assert.Equal(new LunarDate(year, 1, 1), LunarDate.FromSolar(expected));
    }

    [Theory]
    [InlineData("2007-02-17", 2007, 1, 1)] // China: 2006, month index 13, day 30
    [InlineData("1985-01-21", 1985, 1, 1)] // China: 1984, month index 13, day 1
    [InlineData("2030-02-02", 2030, 1, 1)] // China: 2029, month 12, day 30
    [InlineData("2024-02-10", 2024, 1, 1)] // same in both
    public void FromSolar_G4_WhereChinaDiffers(string solar, int year, int month, int day)
    {
        LunarDate lunar = LunarDate.FromSolar(NodaTime.Text.LocalDatePattern.Iso.Parse(solar).Value);

        Assert.Equal((year, month, day, false), (lunar.Year, lunar.Month, lunar.Day, lunar.IsLeapMonth));
    }

    [Theory]
    [InlineData(1968, "Mậu Thân")]
    [InlineData(1969, "Kỷ Dậu")]
    [InlineData(1985, "Ất Sửu")]
    [InlineData(2007, "Đinh Hợi")]
    [InlineData(2023, "Quý Mão")]
    [InlineData(2024, "Giáp Thìn")]
    [InlineData(2025, "Ất Tỵ")]
    [InlineData(2026, "Bính Ngọ")]
    [InlineData(2027, "Đinh Mùi")]
    [InlineData(2030, "Canh Tuất")]
    public void YearName_G5_CanChi(int year, string name)
    {
        Assert.Equal(name, LunarDate.YearNameOf(year));
        Assert.Equal(name, LunarDate.FromSolar(LunarDate.Tet(year)).YearName);
    }

    [Fact]
    public void FromSolar_G5_DateBeforeTetBelongsToThePreviousYear()
    {
        LunarDate lunar = LunarDate.FromSolar(new LocalDate(2025, 1, 28));

        Assert.Equal("Giáp Thìn", lunar.YearName);
        Assert.Equal(2024, lunar.Year);
        Assert.Equal(12, lunar.Month);
    }

    [Fact]
    public void ToString_Tet2025_MungMotThangGieng() =>
        Assert.Equal("mùng 1 tháng Giêng năm Ất Tỵ", LunarDate.FromSolar(new LocalDate(2025, 1, 29)).ToString());

    [Fact]
    public void ToString_F5_TetHolidayEndpoints()
    {
        // Tết 2025 days off 27/01–31/01/2025: 28 tháng Chạp Giáp Thìn – mùng 3 tháng Giêng Ất Tỵ.
        Assert.Equal("ngày 28 tháng Chạp năm Giáp Thìn", LunarDate.FromSolar(new LocalDate(2025, 1, 27)).ToString());
        Assert.Equal("mùng 3 tháng Giêng năm Ất Tỵ", LunarDate.FromSolar(new LocalDate(2025, 1, 31)).ToString());

        // Tết 2026 14/02–22/02/2026: 27 tháng Chạp Ất Tỵ – mùng 6 tháng Giêng Bính Ngọ; 16/02/2026 = 29 tháng Chạp.
        Assert.Equal("ngày 27 tháng Chạp năm Ất Tỵ", LunarDate.FromSolar(new LocalDate(2026, 2, 14)).ToString());
        Assert.Equal("mùng 6 tháng Giêng năm Bính Ngọ", LunarDate.FromSolar(new LocalDate(2026, 2, 22)).ToString());
        Assert.Equal(29, LunarDate.FromSolar(new LocalDate(2026, 2, 16)).Day);
    }

    [Theory]
    [InlineData(2024, "2024-04-18", "Thứ Năm")] // computed
    [InlineData(2025, "2025-04-07", "Thứ Hai")] // published
    [InlineData(2026, "2026-04-26", "Chủ nhật")] // computed
    public void GioToHungVuong_F10(int year, string solar, string weekday)
    {
        LocalDate day = LunarDate.GioToHungVuong(year);

        Assert.Equal(NodaTime.Text.LocalDatePattern.Iso.Parse(solar).Value, day);
        Assert.Equal(weekday, VietnameseDates.WeekdayName(day.DayOfWeek));
    }

    [Fact]
    public void TrungThu_IsRamThangTam()
    {
        LunarDate midAutumn = LunarDate.FromSolar(LunarDate.TrungThu(2024));

        Assert.Equal("rằm tháng Tám năm Giáp Thìn", midAutumn.ToString());
        Assert.Equal(new LocalDate(2024, 9, 17), midAutumn.ToSolar());
    }

    [Fact]
    public void ToString_LeapMonth_SaysNhuan()
    {
        LunarDate leap = new(2025, 6, 3, isLeapMonth: true);

        Assert.Equal("mùng 3 tháng Sáu nhuận năm Ất Tỵ", leap.ToString());
        Assert.Equal("3/6 nhuận", leap.ToNumericString());
        Assert.Equal(leap, LunarDate.FromSolar(leap.ToSolar()));
        Assert.True(leap > new LunarDate(2025, 6, 29));
    }
}
