using DanVan.Reporting.Calendar;

namespace DanVan.Reporting.Tests.Calendar;

/// <summary>Calendars built by users: a province's schedule, a swapped Saturday, the 24/11 opt-in.</summary>
public class WorkingCalendarBuildingTests
{
    [Fact]
    public void WithWorkingDay_SwappedSaturday_IsWorkedAndItsWeekdayIsOff()
    {
        // A hoán đổi as agencies often do: Friday 02/05/2025 off, Saturday 26/04/2025 worked instead.
        WorkingCalendar calendar = WorkingCalendar.Default
            .WithHoliday(new LocalDate(2025, 5, 2), "Nghỉ hoán đổi dịp 30/4 - 01/5")
            .WithWorkingDay(new LocalDate(2025, 4, 26), "Làm bù cho thứ Sáu 02/5/2025");

        Assert.True(calendar.IsWorkingDay(new LocalDate(2025, 4, 26)));
        Assert.False(calendar.IsWorkingDay(new LocalDate(2025, 5, 2)));
        Assert.Equal(new LocalDate(2025, 5, 5), calendar.NextWorkingDayOnOrAfter(new LocalDate(2025, 4, 30)));
        Assert.Equal(new LocalDate(2025, 4, 26), calendar.AddWorkingDays(new LocalDate(2025, 4, 25), 1));
        Assert.Equal("Làm bù cho thứ Sáu 02/5/2025", calendar.ScheduleFor(2025).WorkingDays.Single().Reason);
        Assert.False(calendar.ScheduleFor(2025).IsDefaultRule);
        // The original calendar is unchanged (immutable).
        Assert.False(WorkingCalendar.Default.IsWorkingDay(new LocalDate(2025, 4, 26)));
        Assert.True(WorkingCalendar.Default.IsWorkingDay(new LocalDate(2025, 5, 2)));
    }

    [Fact]
    public void WithSchedule_ProvinceSchedule_ReplacesTheYear()
    {
        HolidaySchedule province = HolidaySchedule.For(2024)
            .WithDayOff(new LocalDate(2024, 3, 15), "Ngày giải phóng tỉnh")
            .WithDayOff(new LocalDate(2024, 9, 4), "Nghỉ thêm dịp Quốc khánh", HolidayKind.Additional)
            .WithWorkingDay(new LocalDate(2024, 9, 14), "Làm bù cho thứ Tư 04/9/2024");

        WorkingCalendar calendar = WorkingCalendar.Default.WithSchedule(province);

        Assert.Same(province, calendar.ScheduleFor(2024));
        Assert.False(calendar.IsWorkingDay(new LocalDate(2024, 3, 15)));
        Assert.False(calendar.IsWorkingDay(new LocalDate(2024, 9, 4)));
        Assert.True(calendar.IsWorkingDay(new LocalDate(2024, 9, 14)));
        Assert.Equal(HolidayKind.Additional, calendar.HolidayOn(new LocalDate(2024, 9, 4))!.Kind);
        Assert.Equal(11, calendar.HolidaysIn(2024).Count(h => h.Kind == HolidayKind.Statutory));
        Assert.Equal(WorkingCalendar.Default.HolidaysIn(2025), calendar.HolidaysIn(2025)); // other years untouched
    }

    [Fact]
    public void WithSchedule_EmptySchedule_OnlyWeekendsOff()
    {
        HolidaySchedule schedule = HolidaySchedule.Empty(2027, "Lịch riêng của đơn vị")
            .WithDayOff(new LocalDate(2027, 2, 8), "Tết Nguyên đán", HolidayKind.Statutory);
        WorkingCalendar calendar = WorkingCalendar.Default.WithSchedule(schedule);

        Assert.Single(calendar.HolidaysIn(2027));
        Assert.True(calendar.IsWorkingDay(new LocalDate(2027, 1, 1)));
        Assert.Equal("2027: Lịch riêng của đơn vị", schedule.ToString());
    }

    [Fact]
    public void WeekdaysOnly_NoHolidays()
    {
        Assert.True(WorkingCalendar.WeekdaysOnly.IsWorkingDay(new LocalDate(2025, 1, 1)));
        Assert.Empty(WorkingCalendar.WeekdaysOnly.HolidaysIn(2025));
        Assert.False(WorkingCalendar.WeekdaysOnly.IsWorkingDay(new LocalDate(2025, 1, 4)));
        Assert.True(WorkingCalendar.WeekdaysOnly.WithHoliday(new LocalDate(2025, 1, 1), "Tết Dương lịch").IsHoliday(new LocalDate(2025, 1, 1)));
    }

    [Fact]
    public void WithHoliday_ThenWithWorkingDay_LastChangeWins()
    {
        var day = new LocalDate(2024, 12, 31);
        WorkingCalendar off = WorkingCalendar.Default.WithHoliday(day, "Nghỉ cuối năm");
        WorkingCalendar on = off.WithWorkingDay(day, "Vẫn làm việc");

        Assert.False(off.IsWorkingDay(day));
        Assert.True(on.IsWorkingDay(day));
        Assert.Null(on.HolidayOn(day));
        Assert.False(on.WithHoliday(day, "Nghỉ").IsWorkingDay(day));
        // A statutory holiday can be worked by a schedule.
        Assert.True(WorkingCalendar.Default.WithWorkingDay(new LocalDate(2024, 9, 2), "Trực").IsWorkingDay(new LocalDate(2024, 9, 2)));
    }

    [Fact] // 24/11 "Ngày Văn hóa Việt Nam": opt-in; 24/11/2026 is a Tuesday
    public void WithCultureDay_2026_TuesdayOff()
    {
        WorkingCalendar calendar = WorkingCalendar.Default.WithCultureDay();
        var day = new LocalDate(2026, 11, 24);

        Assert.True(calendar.IncludesCultureDay);
        Assert.Same(calendar, calendar.WithCultureDay());
        Assert.False(calendar.IsWorkingDay(day));
        Assert.Equal("Ngày Văn hóa Việt Nam", calendar.HolidayOn(day)!.Name);
        Assert.Equal(HolidayKind.Custom, calendar.HolidayOn(day)!.Kind);
        Assert.True(WorkingCalendar.Default.IsWorkingDay(day));
        Assert.Equal(new LocalDate(2026, 11, 25), calendar.AddWorkingDays(new LocalDate(2026, 11, 23), 1));
    }

    [Fact]
    public void WithCultureDay_OnSaturday_NghiBuOnMonday()
    {
        // 24/11/2029 is a Saturday.
        WorkingCalendar calendar = WorkingCalendar.Default.WithCultureDay();

        Assert.Equal(IsoDayOfWeek.Saturday, new LocalDate(2029, 11, 24).DayOfWeek);
        Assert.Equal("Nghỉ bù Ngày Văn hóa Việt Nam", calendar.HolidayOn(new LocalDate(2029, 11, 26))!.Name);
        Assert.False(calendar.IsWorkingDay(new LocalDate(2029, 11, 26)));
    }

    [Fact]
    public void WithCultureDay_KeptAcrossLaterChanges_AndScheduleEntryWins()
    {
        WorkingCalendar calendar = WorkingCalendar.Default.WithCultureDay()
            .WithHoliday(new LocalDate(2026, 3, 2), "Ngày riêng")
            .WithWorkingDay(new LocalDate(2027, 11, 24), "Làm việc");

        Assert.True(calendar.IncludesCultureDay);
        Assert.False(calendar.IsWorkingDay(new LocalDate(2026, 11, 24)));
        Assert.True(calendar.IsWorkingDay(new LocalDate(2027, 11, 24)));
    }

    [Fact]
    public void Holiday_ValueSemanticsAndText()
    {
        var a = new Holiday(new LocalDate(2025, 9, 2), "Quốc khánh", HolidayKind.Statutory);
        var b = new Holiday(new LocalDate(2025, 9, 2), "Quốc khánh", HolidayKind.Statutory);

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, new Holiday(a.Date, a.Name, HolidayKind.Custom));
        Assert.Equal("02/09/2025: Quốc khánh", a.ToString());
        Assert.Equal("26/04/2025: Làm bù", new SwappedWorkingDay(new LocalDate(2025, 4, 26), "Làm bù").ToString());
        Assert.Equal(new SwappedWorkingDay(new LocalDate(2025, 4, 26), "Làm bù"), new SwappedWorkingDay(new LocalDate(2025, 4, 26), "Làm bù"));
    }
}
