using DanVan.Reporting.Calendar;

namespace DanVan.Reporting.Tests.Calendar;

/// <summary>Bad input: a clear exception naming the argument, the value and the valid range.</summary>
public class WorkingCalendarBadInputTests
{
    private static readonly WorkingCalendar s_default = WorkingCalendar.Default;

    public static TheoryData<Action, string, string, string> DateOutOfRange => new()
    {
        { () => s_default.IsWorkingDay(new LocalDate(1899, 12, 31)), "date", "31/12/1899", "[01/01/1900-31/12/2199]" },
        { () => s_default.IsWorkingDay(new LocalDate(2200, 1, 1)), "date", "01/01/2200", "[01/01/1900-31/12/2199]" },
        { () => s_default.HolidayOn(new LocalDate(2200, 1, 1)), "date", "01/01/2200", "[01/01/1900-31/12/2199]" },
        { () => s_default.NextWorkingDayOnOrAfter(new LocalDate(1, 1, 1)), "date", "01/01/0001", "[01/01/1900-31/12/2199]" },
        { () => s_default.AddWorkingDays(new LocalDate(2200, 1, 1), 1), "start", "01/01/2200", "[01/01/1900-31/12/2199]" },
        { () => s_default.EndOfPeriodInDays(new LocalDate(1800, 1, 1), 1), "from", "01/01/1800", "[01/01/1900-31/12/2199]" },
        { () => s_default.WithHoliday(new LocalDate(2200, 1, 1), "x"), "date", "01/01/2200", "[01/01/1900-31/12/2199]" },
        { () => s_default.HolidaysIn(2200), "year", "2200", "[1900-2199]" },
        { () => s_default.HolidaysIn(1899), "year", "1899", "[1900-2199]" },
        { () => s_default.ScheduleFor(-1), "year", "-1", "[1900-2199]" },
        { () => HolidaySchedule.DefaultRule(2200), "year", "2200", "[1900-2199]" },
        { () => HolidaySchedule.Published(1000), "year", "1000", "[1900-2199]" },
        { () => HolidaySchedule.Empty(3000, "x"), "year", "3000", "[1900-2199]" },
        { () => s_default.AddWorkingDays(new LocalDate(2024, 1, 1), 100_001), "days", "100001", "[-100000-100000]" },
        { () => s_default.EndOfPeriodInDays(new LocalDate(2024, 1, 1), 0), "days", "0", "[1-100000]" },
        { () => s_default.EndOfPeriodInMonths(new LocalDate(2024, 1, 1), -1), "months", "-1", "[1-1200]" },
        { () => HolidaySchedule.For(2026).WithDayOff(new LocalDate(2027, 1, 1), "x"), "holiday", "01/01/2027", "[01/01/2026-31/12/2026]" },
        { () => HolidaySchedule.For(2026).WithWorkingDay(new LocalDate(2025, 12, 27), "x"), "date", "27/12/2025", "[01/01/2026-31/12/2026]" },
    };

    [Theory]
    [MemberData(nameof(DateOutOfRange))]
    public void Members_OutOfRange_ThrowNamingArgumentValueAndRange(Action action, string paramName, string value, string range)
    {
        ArgumentOutOfRangeException error = Assert.Throws<ArgumentOutOfRangeException>(action);

        Assert.Equal(paramName, error.ParamName);
        Assert.Contains(value, error.Message, StringComparison.Ordinal);
        Assert.Contains(range, error.Message, StringComparison.Ordinal);
        Assert.Contains("'" + paramName + "'", error.Message, StringComparison.Ordinal);
        Assert.Equal(value, error.ActualValue); // invariant text, never a culture-formatted value
    }

    [Fact]
    public void AddWorkingDays_ResultPastRange_ThrowsNamingDaysAndRange()
    {
        ArgumentOutOfRangeException forward = Assert.Throws<ArgumentOutOfRangeException>(() => s_default.AddWorkingDays(new LocalDate(2199, 12, 20), 10));
        ArgumentOutOfRangeException backward = Assert.Throws<ArgumentOutOfRangeException>(() => s_default.AddWorkingDays(new LocalDate(1900, 1, 5), -10));
        ArgumentOutOfRangeException months = Assert.Throws<ArgumentOutOfRangeException>(() => s_default.EndOfPeriodInMonths(new LocalDate(2199, 6, 1), 12));

        Assert.Equal("days", forward.ParamName);
        Assert.Equal("days", backward.ParamName);
        Assert.Equal("months", months.ParamName);
        Assert.Contains("[01/01/1900-31/12/2199]", forward.Message, StringComparison.Ordinal);
        Assert.Contains("[01/01/1900-31/12/2199]", months.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Builders_BlankOrNull_Throw()
    {
        Assert.Equal("name", Assert.Throws<ArgumentException>(() => s_default.WithHoliday(new LocalDate(2024, 1, 2), " ")).ParamName);
        Assert.Equal("reason", Assert.Throws<ArgumentException>(() => s_default.WithWorkingDay(new LocalDate(2024, 1, 6), "")).ParamName);
        Assert.Equal("schedule", Assert.Throws<ArgumentNullException>(() => s_default.WithSchedule(null!)).ParamName);
        Assert.Equal("source", Assert.Throws<ArgumentException>(() => HolidaySchedule.Empty(2024, "")).ParamName);
        Assert.Equal("holiday", Assert.Throws<ArgumentNullException>(() => HolidaySchedule.Empty(2024, "x").WithDayOff(null!)).ParamName);
        Assert.Equal("interval", Assert.Throws<ArgumentNullException>(() => s_default.CountWorkingDays(null!)).ParamName);
        Assert.Equal("kind", Assert.Throws<ArgumentOutOfRangeException>(() => new Holiday(new LocalDate(2024, 1, 1), "x", (HolidayKind)9)).ParamName);
    }

    [Fact]
    public void OutOfRange_English_SaysTheSame()
    {
        using (MessageSettings.Use(MessageLanguage.English))
        {
            ArgumentOutOfRangeException error = Assert.Throws<ArgumentOutOfRangeException>(() => s_default.IsWorkingDay(new LocalDate(2200, 1, 1)));
            Assert.StartsWith("The date 01/01/2200 of argument 'date' is outside the range the working calendar supports [01/01/1900-31/12/2199].", error.Message, StringComparison.Ordinal);
        }
    }
}
