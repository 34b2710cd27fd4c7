using DanVan.Reporting.Calendar;

namespace DanVan.Reporting.Tests.Calendar;

public class HolidayNamesTests
{
    [Fact]
    public void Names_J12_AreTheDecreeRunningTextForms()
    {
        Assert.Equal("ngày Quốc khánh 2-9", HolidayNames.NationalDay);
        Assert.Equal("ngày Quốc tế Lao động 1-5", HolidayNames.InternationalLabourDay);
        Assert.Equal("ngày Phụ nữ Việt Nam 20-10", HolidayNames.VietnameseWomensDay);
        Assert.Equal("tết Nguyên đán", HolidayNames.LunarNewYear);
        Assert.Equal("Tết", HolidayNames.Tet);
    }

    [Fact]
    public void Names_OtherTetNamesOfTheDecree()
    {
        Assert.Equal("tết Đoan ngọ", HolidayNames.DoubleFifthFestival);
        Assert.Equal("tết Trung thu", HolidayNames.MidAutumnFestival);
    }

    [Fact]
    public void Names_UnverifiedFormsFollowThePattern()
    {
        Assert.Equal("tết Dương lịch", HolidayNames.NewYear);
        Assert.Equal("ngày Giỗ Tổ Hùng Vương 10-3 âm lịch", HolidayNames.HungKingsCommemoration);
        Assert.Equal("ngày Chiến thắng 30-4", HolidayNames.VictoryDay);
    }

    [Theory] // J12: the day and month joined by a hyphen, no leading zero
    [InlineData("Quốc khánh", 9, 2, "ngày Quốc khánh 2-9")]
    [InlineData("Quốc tế Lao động", 5, 1, "ngày Quốc tế Lao động 1-5")]
    [InlineData(" Phụ nữ Việt Nam ", 10, 20, "ngày Phụ nữ Việt Nam 20-10")]
    [InlineData("Văn hóa Việt Nam", 11, 24, "ngày Văn hóa Việt Nam 24-11")]
    public void DayInText_WritesDayHyphenMonthUnpadded(string name, int month, int day, string expected) =>
        Assert.Equal(expected, HolidayNames.DayInText(name, new AnnualDate(month, day)));

    [Fact]
    public void DayInText_BlankName_Throws()
    {
        Assert.Equal("name", Assert.Throws<ArgumentException>(() => HolidayNames.DayInText(" ", new AnnualDate(9, 2))).ParamName);
        Assert.Throws<ArgumentNullException>(() => HolidayNames.DayInText(null!, new AnnualDate(9, 2)));
    }

    [Fact]
    public void InText_StatutoryHolidaysOfTheCalendar_HaveRunningTextNames()
    {
        string[] names = [.. WorkingCalendar.Default.HolidaysIn(2025).Where(h => h.Kind == HolidayKind.Statutory).Select(h => HolidayNames.InText(h)!).Distinct()];

        Assert.Equal<string>(
            ["tết Dương lịch", "tết Nguyên đán", "ngày Giỗ Tổ Hùng Vương 10-3 âm lịch", "ngày Chiến thắng 30-4", "ngày Quốc tế Lao động 1-5", "ngày Quốc khánh 2-9"],
            names);
        Assert.Equal("ngày Quốc khánh 2-9", HolidayNames.InText(WorkingCalendar.Default.HolidayOn(new LocalDate(2030, 9, 2))!));
    }

    [Fact]
    public void InText_OtherDays_IsNull()
    {
        Assert.Null(HolidayNames.InText(new Holiday(new LocalDate(2026, 4, 27), "Nghỉ bù Giỗ Tổ Hùng Vương", HolidayKind.Compensatory)));
        Assert.Null(HolidayNames.InText(new Holiday(new LocalDate(2026, 11, 24), "Ngày Văn hóa Việt Nam", HolidayKind.Custom)));
        Assert.Null(HolidayNames.InText(new Holiday(new LocalDate(2026, 3, 1), "Ngày hội", HolidayKind.Statutory)));
        Assert.Throws<ArgumentNullException>(() => HolidayNames.InText(null!));
    }
}
