using DanVan.Reporting;

namespace DanVan.Reporting.Tests.Dates;

/// <summary>Vectors A1–A14 and J8–J16 of docs/domain/vectors.md.</summary>
public class VietnameseDatesTests
{
    [Theory]
    [InlineData("Hà Nội", 2020, 1, 5, "Hà Nội, ngày 05 tháng 01 năm 2020")]                               // A1
    [InlineData("Thành phố Hồ Chí Minh", 2019, 6, 29, "Thành phố Hồ Chí Minh, ngày 29 tháng 6 năm 2019")] // A2
    [InlineData("Hạ Long", 2018, 2, 20, "Hạ Long, ngày 20 tháng 02 năm 2018")]                            // A3
    [InlineData("Hà Nội", 2018, 4, 3, "Hà Nội, ngày 03 tháng 4 năm 2018")]                                // A4
    [InlineData("Hà Nội", 2026, 1, 9, "Hà Nội, ngày 09 tháng 01 năm 2026")]                               // A5
    [InlineData("Hà Nội", 2026, 1, 5, "Hà Nội, ngày 05 tháng 01 năm 2026")]                               // A6
    [InlineData("Hà Nội", 2024, 3, 9, "Hà Nội, ngày 09 tháng 3 năm 2024")]                                // A7
    [InlineData("Hà Nội", 2024, 10, 15, "Hà Nội, ngày 15 tháng 10 năm 2024")]                             // A8
    [InlineData("Hà Nội", 2024, 2, 29, "Hà Nội, ngày 29 tháng 02 năm 2024")]                              // A9
    [InlineData("Hà Nội", 2025, 12, 1, "Hà Nội, ngày 01 tháng 12 năm 2025")]                              // A10
    [InlineData("Hà Nội", 2025, 11, 30, "Hà Nội, ngày 30 tháng 11 năm 2025")]                             // A11
    [InlineData("Kon Tum", 2024, 7, 2, "Kon Tum, ngày 02 tháng 7 năm 2024")]                              // contract
    public void FormatDateLine_Vectors(string place, int year, int month, int day, string expected) =>
        Assert.Equal(expected, VietnameseDates.FormatDateLine(place, new LocalDate(year, month, day)));

    [Fact]
    public void FormatBlankDateLine_A12_LeavesRoomForDayAndMonth() =>
        Assert.Equal("Hà Nội, ngày      tháng      năm 2026", VietnameseDates.FormatBlankDateLine("Hà Nội", 2026));

    [Fact]
    public void CheckDateText_A13_UnpaddedDayIsAProblem()
    {
        DateTextCheck check = VietnameseDates.CheckDateText("ngày 5 tháng 02 năm 2026");

        Assert.False(check.IsCompliant);
        Assert.Equal(new LocalDate(2026, 2, 5), check.Date);
        string problem = Assert.Single(check.Problems);
        Assert.Contains("\"5\"", problem, StringComparison.Ordinal);
        Assert.Contains("\"05\"", problem, StringComparison.Ordinal);
        Assert.Contains("Nghị định 30/2020/NĐ-CP", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckDateText_A14_PaddedMarchIsAProblem()
    {
        DateTextCheck check = VietnameseDates.CheckDateText("ngày 15 tháng 03 năm 2026");

        Assert.False(check.IsCompliant);
        string problem = Assert.Single(check.Problems);
        Assert.Contains("\"03\"", problem, StringComparison.Ordinal);
        Assert.Contains("\"3\"", problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Hà Nội, ngày 05 tháng 01 năm 2020")]
    [InlineData("Thành phố Hồ Chí Minh, ngày 29 tháng 6 năm 2019")]
    [InlineData("NGÀY 20 THÁNG 02 NĂM 2018")]
    public void CheckDateText_CompliantLines_HaveNoProblems(string text) =>
        Assert.True(VietnameseDates.CheckDateText(text).IsCompliant);

    [Theory]
    [InlineData("ngày 31 tháng 02 năm 2024")]
    [InlineData("không có ngày")]
    [InlineData("")]
    public void CheckDateText_NoValidDate_SaysSo(string text)
    {
        DateTextCheck check = VietnameseDates.CheckDateText(text);

        Assert.Null(check.Date);
        Assert.NotEmpty(check.Problems);
    }

    [Fact]
    public void CheckDateText_EveryFormattedDate_IsCompliant()
    {
        for (LocalDate day = new(2023, 12, 25); day <= new LocalDate(2025, 1, 5); day = day.PlusDays(1))
        {
            DateTextCheck check = VietnameseDates.CheckDateText(VietnameseDates.FormatDateLine("Kon Tum", day));
            Assert.True(check.IsCompliant, string.Join(" ", check.Problems));
            Assert.Equal(day, check.Date);
        }
    }

    [Fact]
    public void FormatNumeric_SeedDate_PadsDayAndMonth() =>
        Assert.Equal("19/07/2024", VietnameseDates.FormatNumeric(new LocalDate(2024, 7, 19)));

    [Theory]
    [InlineData(2024, 12, 22, "ngày 22/12/2024")]
    [InlineData(2025, 1, 24, "ngày 24/01/2025")]
    [InlineData(2025, 7, 4, "ngày 04/7/2025")]
    public void FormatCitation_PartyCitations(int year, int month, int day, string expected) =>
        Assert.Equal(expected, VietnameseDates.FormatCitation(new LocalDate(year, month, day)));

    [Fact]
    public void WeekdayInText_J8_Lowercase()
    {
        LocalDate day = new(2024, 10, 15);

        Assert.Equal("thứ Ba", VietnameseDates.WeekdayInText(day.DayOfWeek));
        Assert.Equal("Thứ Ba", VietnameseDates.WeekdayName(day.DayOfWeek));
    }

    [Fact]
    public void WeekdayName_J9_SundayIsChuNhat()
    {
        IsoDayOfWeek sunday = new LocalDate(2026, 2, 22).DayOfWeek;

        Assert.Equal("Chủ nhật", VietnameseDates.WeekdayName(sunday));
        Assert.Equal("Chủ nhật", VietnameseDates.WeekdayInText(sunday));
    }

    [Fact]
    public void WeekdayName_AllDays()
    {
        string[] expected = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"];
        for (int i = 0; i < 7; i++)
        {
            Assert.Equal(expected[i], VietnameseDates.WeekdayName((IsoDayOfWeek)(i + 1)));
        }

        ArgumentOutOfRangeException error = Assert.Throws<ArgumentOutOfRangeException>(() => VietnameseDates.WeekdayName(IsoDayOfWeek.None));
        Assert.Contains("[1-7]", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2025, 1, 27, "thứ Hai, ngày 27/01/2025")] // J10
    [InlineData(2025, 1, 31, "thứ Sáu, ngày 31/01/2025")] // J10
    public void FormatCitationWithWeekday_J10(int year, int month, int day, string expected) =>
        Assert.Equal(expected, VietnameseDates.FormatCitationWithWeekday(new LocalDate(year, month, day)));

    [Theory]
    [InlineData(5, "tháng Năm")]
    [InlineData(8, "tháng Tám")]
    [InlineData(1, "tháng Một")]
    [InlineData(11, "tháng Mười một")]
    public void MonthInWords_J11(int month, string expected) =>
        Assert.Equal(expected, VietnameseDates.MonthInWords(month));

    [Fact]
    public void FormatDate_J13_IsNotDotNetsVietnameseLongDate()
    {
        string ours = VietnameseDates.FormatDate(new LocalDate(2024, 10, 15));

        Assert.Equal("ngày 15 tháng 10 năm 2024", ours);
        Assert.NotEqual("Thứ Ba, 15 tháng 10, 2024", ours);
    }

    [Fact]
    public void FormatDayPartDate_J14_MorningAtSentenceStart() =>
        Assert.Equal("Sáng 28/6/2024", VietnameseDates.FormatDayPartDate(new LocalDateTime(2024, 6, 28, 9, 0), atSentenceStart: true));

    [Fact]
    public void FormatDayPartDate_J15_AfternoonWithDayWord() =>
        Assert.Equal("chiều ngày 15/7/2024", VietnameseDates.FormatDayPartDate(new LocalDateTime(2024, 7, 15, 14, 30), withDayWord: true));

    [Theory]
    [InlineData(6, 0, "sáng")]
    [InlineData(11, 0, "trưa")]
    [InlineData(13, 0, "chiều")]
    [InlineData(18, 0, "tối")]
    [InlineData(22, 30, "đêm")]
    public void TimeOfDayWords_DefaultBoundaries(int hour, int minute, string expected) =>
        Assert.Equal(expected, TimeOfDayWords.Default.NameOf(new LocalTime(hour, minute)));

    [Fact]
    public void TimeOfDayWords_OutOfOrder_Throws() =>
        Assert.Throws<ArgumentException>(() => new TimeOfDayWords(new LocalTime(13, 0), new LocalTime(11, 0), new LocalTime(18, 0), new LocalTime(22, 0)));

    [Fact]
    public void FormatTimeAndDate_J16_ClosingLineOfMinutes() =>
        Assert.Equal("16 giờ 30, ngày 15 tháng 7 năm 2024", VietnameseDates.FormatTimeAndDate(new LocalDateTime(2024, 7, 15, 16, 30)));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void FormatDateLine_BlankPlace_NamesTheArgument(string place)
    {
        ArgumentException error = Assert.Throws<ArgumentException>(() => VietnameseDates.FormatDateLine(place, new LocalDate(2024, 7, 2)));

        Assert.Equal("place", error.ParamName);
        Assert.Contains("địa danh", error.Message, StringComparison.Ordinal);
    }
}
