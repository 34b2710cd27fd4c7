using DanVan.Reporting.Calendar;

namespace DanVan.Reporting.Tests.Calendar;

/// <summary>Vectors E13 and F1–F10 of docs/domain/vectors.md, and the published schedules of 2025 and 2026.</summary>
public class WorkingCalendarVectorTests
{
    private static readonly WorkingCalendar s_default = WorkingCalendar.Default;

    [Theory] // E13: QĐ 188/1999/QĐ-TTg, in a week with no holiday (10–16/06/2024)
    [InlineData(10, true)]
    [InlineData(11, true)]
    [InlineData(12, true)]
    [InlineData(13, true)]
    [InlineData(14, true)]
    [InlineData(15, false)]
    [InlineData(16, false)]
    public void IsWorkingDay_OrdinaryWeek_MondayToFridayOnly(int day, bool expected)
    {
        Assert.Equal(expected, s_default.IsWorkingDay(new LocalDate(2024, 6, day)));
    }

    [Theory] // F1: fixed solar holidays under the default rule (2024: no published schedule built in)
    [InlineData(2024, 1, 1, "Tết Dương lịch")]
    [InlineData(2024, 4, 30, "Ngày Chiến thắng")]
    [InlineData(2024, 5, 1, "Ngày Quốc tế Lao động")]
    [InlineData(2024, 9, 2, "Quốc khánh")]
    public void HolidayOn_FixedSolarHoliday_IsStatutory(int year, int month, int day, string name)
    {
        Holiday? holiday = s_default.HolidayOn(new LocalDate(year, month, day));

        Assert.NotNull(holiday);
        Assert.Equal(name, holiday.Name);
        Assert.Equal(HolidayKind.Statutory, holiday.Kind);
    }

    [Fact] // F1: Quốc khánh is 2/9 plus exactly one adjacent day, every year
    public void DefaultRule_NationalDay_TwoDaysIncludingSecondSeptemberAndAnAdjacentDay()
    {
        for (int year = 1900; year <= 2199; year++)
        {
            List<LocalDate> days = [.. HolidaySchedule.DefaultRule(year).DaysOff
                .Where(h => h.Kind == HolidayKind.Statutory && h.Name == "Quốc khánh").Select(h => h.Date)];

            Assert.Equal(2, days.Count);
            Assert.Contains(new LocalDate(year, 9, 2), days);
            Assert.True(days.Contains(new LocalDate(year, 9, 1)) || days.Contains(new LocalDate(year, 9, 3)));
        }
    }

    [Fact] // F2: Tết 5 days around mùng 1 and Giỗ Tổ on 10/3 âm lịch, under the default rule
    public void DefaultRule_LunarHolidays_FiveDaysOfTetAndGioTo()
    {
        for (int year = 1900; year <= 2199; year++)
        {
            HolidaySchedule schedule = HolidaySchedule.DefaultRule(year);
            LocalDate tet = LunarDate.Tet(year);
            List<LocalDate> tetDays = [.. schedule.DaysOff.Where(h => h.Kind == HolidayKind.Statutory && h.Name == "Tết Nguyên đán").Select(h => h.Date)];

            Assert.Equal([tet.PlusDays(-1), tet, tet.PlusDays(1), tet.PlusDays(2), tet.PlusDays(3)], tetDays);
            Assert.Equal(12, LunarDate.FromSolar(tetDays[0]).Month); // the last day of the lunar year, tháng Chạp
            Assert.Single(schedule.DaysOff, h => h.Kind == HolidayKind.Statutory && h.Name == "Giỗ Tổ Hùng Vương" && h.Date == LunarDate.GioToHungVuong(year));
        }
    }

    [Fact] // F3: 11 paid holiday days a year (Điều 112 khoản 1), every year of the default rule and in each published schedule
    public void HolidaysIn_EveryYear_ElevenStatutoryDays()
    {
        var collisions = new List<int>();
        for (int year = 1900; year <= 2199; year++)
        {
            HolidaySchedule schedule = HolidaySchedule.DefaultRule(year);
            LocalDate gioTo = LunarDate.GioToHungVuong(year);
            bool collision = gioTo == new LocalDate(year, 4, 30) || gioTo == new LocalDate(year, 5, 1);
            if (collision)
            {
                collisions.Add(year);
            }

            // Each of the 11 days is one paid weekday off: on its date, or as a nghỉ bù.
            Assert.Equal(11, schedule.DaysOff.Count(h => !IsWeekend(h.Date)));
            // 11 statutory dates, except when Giỗ Tổ shares its date with 30/4 or 1/5 (then 10 dates and one more nghỉ bù).
            Assert.Equal(collision ? 10 : 11, schedule.DaysOff.Count(h => h.Kind == HolidayKind.Statutory));
            if (year is not (2025 or 2026))
            {
                Assert.Equal(schedule.DaysOff, s_default.HolidaysIn(year));
            }
        }

        Assert.Equal([1947], collisions); // Giỗ Tổ on 30/4/1947 under the UTC+7 rules
        Assert.Equal(11, s_default.HolidaysIn(2025).Count(h => h.Kind == HolidayKind.Statutory));
        Assert.Equal(11, s_default.HolidaysIn(2026).Count(h => h.Kind == HolidayKind.Statutory));
    }

    [Fact] // F3 with nghỉ bù: every statutory day on a weekend is given back on a weekday off
    public void DefaultRule_HolidayOnWeekend_GivesNghiBuOnAWeekday()
    {
        for (int year = 1900; year <= 2199; year++)
        {
            HolidaySchedule schedule = HolidaySchedule.DefaultRule(year);
            int onWeekend = schedule.DaysOff.Count(h => h.Kind == HolidayKind.Statutory && IsWeekend(h.Date))
                + (11 - schedule.DaysOff.Count(h => h.Kind == HolidayKind.Statutory)); // a shared date is given back too
            List<Holiday> compensatory = [.. schedule.DaysOff.Where(h => h.Kind == HolidayKind.Compensatory)];

            Assert.Equal(onWeekend, compensatory.Count);
            Assert.All(compensatory, h => Assert.False(IsWeekend(h.Date)));
            Assert.All(compensatory, h => Assert.StartsWith("Nghỉ bù ", h.Name, StringComparison.Ordinal));
        }
    }

    [Fact] // Default rule, nghỉ bù placement: 2023 (Giỗ Tổ Sat 29/4, 30/4 Sun) gives 29/4–3/5 off, as decided that year
    public void DefaultRule_2023_GioToAndVictoryDayOnWeekend_BreakRunsToThirdMay()
    {
        HolidaySchedule schedule = HolidaySchedule.DefaultRule(2023);

        Assert.Equal(new LocalDate(2023, 4, 29), LunarDate.GioToHungVuong(2023));
        for (int day = 29; day <= 30; day++)
        {
            Assert.False(s_default.IsWorkingDay(new LocalDate(2023, 4, day)));
        }

        for (int day = 1; day <= 3; day++)
        {
            Assert.False(s_default.IsWorkingDay(new LocalDate(2023, 5, day)));
        }

        Assert.True(s_default.IsWorkingDay(new LocalDate(2023, 5, 4)));
        Assert.Equal(["Nghỉ bù Giỗ Tổ Hùng Vương", "Nghỉ bù Ngày Chiến thắng"],
            schedule.DaysOff.Where(h => h.Kind == HolidayKind.Compensatory && h.Date.Month == 5).Select(h => h.Name));
    }

    [Theory] // Default rule, adjacent day of Quốc khánh (UNVERIFIED policy): 3/9 when 2/9 is a Monday or Thursday, else 1/9
    [InlineData(2021, 3)] // Thursday
    [InlineData(2022, 1)] // Friday
    [InlineData(2023, 1)] // Saturday (and 2/9 gets a nghỉ bù on Monday 4/9)
    [InlineData(2024, 3)] // Monday
    [InlineData(2025, 1)] // Tuesday (the published 2025 schedule also has 1/9)
    [InlineData(2026, 1)] // Wednesday
    public void DefaultRule_NationalDay_AdjacentDayFollowsTheWeekday(int year, int expectedDay)
    {
        HolidaySchedule schedule = HolidaySchedule.DefaultRule(year);

        Assert.Equal("Quốc khánh", schedule.DaysOff.Single(h => h.Date == new LocalDate(year, 9, expectedDay)).Name);
        Assert.Equal(HolidayKind.Statutory, schedule.DaysOff.Single(h => h.Date == new LocalDate(year, 9, expectedDay)).Kind);
    }

    [Fact]
    public void DefaultRule_2023_NationalDayOnSaturday_NghiBuOnMonday()
    {
        Holiday holiday = HolidaySchedule.DefaultRule(2023).DaysOff.Single(h => h.Kind == HolidayKind.Compensatory && h.Date.Month == 9);

        Assert.Equal(new LocalDate(2023, 9, 4), holiday.Date);
        Assert.Equal("Nghỉ bù Quốc khánh", holiday.Name);
    }

    [Fact] // F4: foreign employees' two extra days are out of scope of Default; a calendar for one employee adds them
    public void WithHoliday_ForeignEmployeeDays_AreCustomDaysOff()
    {
        WorkingCalendar calendar = s_default
            .WithHoliday(new LocalDate(2024, 7, 4), "Quốc khánh Hoa Kỳ (người lao động nước ngoài)")
            .WithHoliday(new LocalDate(2024, 10, 1), "Tết cổ truyền của người lao động nước ngoài");

        Assert.True(s_default.IsWorkingDay(new LocalDate(2024, 7, 4)));
        Assert.False(calendar.IsWorkingDay(new LocalDate(2024, 7, 4)));
        Assert.Equal(HolidayKind.Custom, calendar.HolidayOn(new LocalDate(2024, 7, 4))!.Kind);
        Assert.Equal(13, calendar.HolidaysIn(2024).Count(h => h.Kind is HolidayKind.Statutory or HolidayKind.Custom));
    }

    [Fact] // F5: Tết 2025 — days off 27/01–31/01 (28 Chạp Giáp Thìn – mùng 3 Ất Tỵ), whole break 25/01–02/02
    public void Published2025_Tet_NineDayBreak()
    {
        AssertBreak(new LocalDate(2025, 1, 25), new LocalDate(2025, 2, 2));
        List<Holiday> tet = [.. s_default.HolidaysIn(2025).Where(h => h.Name == "Tết Nguyên đán")];
        Assert.Equal(Enumerable.Range(27, 5).Select(d => new LocalDate(2025, 1, d)), tet.Select(h => h.Date));
        Assert.All(tet, h => Assert.Equal(HolidayKind.Statutory, h.Kind));
        Assert.Equal(new LunarDate(2024, 12, 28), LunarDate.FromSolar(tet[0].Date));
        Assert.Equal(new LunarDate(2025, 1, 3), LunarDate.FromSolar(tet[^1].Date));
    }

    [Fact] // F6: Tết 2026 — 14/02–22/02 (27 Chạp Ất Tỵ – mùng 6 Bính Ngọ)
    public void Published2026_Tet_NineDayBreak()
    {
        AssertBreak(new LocalDate(2026, 2, 14), new LocalDate(2026, 2, 22));
        Assert.Equal(new LunarDate(2025, 12, 27), LunarDate.FromSolar(new LocalDate(2026, 2, 14)));
        Assert.Equal(new LunarDate(2026, 1, 6), LunarDate.FromSolar(new LocalDate(2026, 2, 22)));
        Assert.Equal(5, s_default.HolidaysIn(2026).Count(h => h.Name == "Tết Nguyên đán"));
    }

    [Fact] // F7: Tết Dương lịch 2026 — 01/01–04/01
    public void Published2026_NewYear_FourDayBreak()
    {
        AssertBreak(new LocalDate(2026, 1, 1), new LocalDate(2026, 1, 4));
        Assert.Equal(HolidayKind.Additional, s_default.HolidayOn(new LocalDate(2026, 1, 2))!.Kind);
    }

    // F8 says "31/08–03/09/2025"; that is the 2024 break (Saturday 31/08 to Tuesday 03/09/2024, two holidays and a
    // weekend), which its source S-46 reports among other years. In 2025, 31/08 is a Sunday: the two Quốc khánh days
    // are Monday 01/09 and Tuesday 02/09, the break Saturday 30/08 to Tuesday 02/09 (see PublishedHolidaySchedules).
    [Fact]
    public void Published2025_NationalDay_30AugustTo2September()
    {
        AssertBreak(new LocalDate(2025, 8, 30), new LocalDate(2025, 9, 2));
        Assert.Equal(2, s_default.HolidaysIn(2025).Count(h => h.Name == "Quốc khánh"));
        Assert.True(s_default.IsWorkingDay(new LocalDate(2025, 9, 3)));
    }

    [Fact] // The break F8's source describes: 2024, Saturday 31/08 to Tuesday 03/09, by the default rule
    public void Default2024_NationalDay_31AugustTo3September()
    {
        AssertBreak(new LocalDate(2024, 8, 31), new LocalDate(2024, 9, 3));
        Assert.Equal(2, s_default.HolidaysIn(2024).Count(h => h.Name == "Quốc khánh"));
    }

    [Fact] // 2025: the other holidays on their weekdays, no nghỉ bù and no worked Saturday (none in the source)
    public void Published2025_OtherHolidays_OnWeekdays()
    {
        Assert.Equal("Tết Dương lịch", s_default.HolidayOn(new LocalDate(2025, 1, 1))!.Name);
        Assert.Equal("Giỗ Tổ Hùng Vương", s_default.HolidayOn(new LocalDate(2025, 4, 7))!.Name);
        Assert.Equal("Ngày Chiến thắng", s_default.HolidayOn(new LocalDate(2025, 4, 30))!.Name);
        Assert.Equal("Ngày Quốc tế Lao động", s_default.HolidayOn(new LocalDate(2025, 5, 1))!.Name);
        Assert.True(s_default.IsWorkingDay(new LocalDate(2025, 5, 2)));
        Assert.DoesNotContain(s_default.HolidaysIn(2025), h => h.Kind == HolidayKind.Compensatory);
        Assert.Empty(s_default.ScheduleFor(2025).WorkingDays);
        Assert.False(s_default.ScheduleFor(2025).IsDefaultRule);
    }

    [Fact] // 2026 plan totals (UNVERIFIED dates): Giỗ Tổ 25–27/04, 30/4–03/05, Quốc khánh 29/08–02/09
    public void Published2026_PlanTotals_DerivedBreaks()
    {
        AssertBreak(new LocalDate(2026, 4, 25), new LocalDate(2026, 4, 27));
        AssertBreak(new LocalDate(2026, 4, 30), new LocalDate(2026, 5, 3));
        AssertBreak(new LocalDate(2026, 8, 29), new LocalDate(2026, 9, 2));
        Assert.Equal("Nghỉ bù Giỗ Tổ Hùng Vương", s_default.HolidayOn(new LocalDate(2026, 4, 27))!.Name);
        Assert.Contains("UNVERIFIED", s_default.ScheduleFor(2026).Source, StringComparison.Ordinal);
    }

    [Fact] // F9: 24/11 is not a holiday by default; 24/11/2026 is a Tuesday
    public void Default_CultureDay_IsAWorkingDay()
    {
        var day = new LocalDate(2026, 11, 24);

        Assert.Equal(IsoDayOfWeek.Tuesday, day.DayOfWeek);
        Assert.True(s_default.IsWorkingDay(day));
        Assert.Null(s_default.HolidayOn(day));
        Assert.False(s_default.IncludesCultureDay);
    }

    [Theory] // F10: Giỗ Tổ 2024 / 2025 / 2026
    [InlineData(2024, 4, 18, IsoDayOfWeek.Thursday)]
    [InlineData(2025, 4, 7, IsoDayOfWeek.Monday)]
    [InlineData(2026, 4, 26, IsoDayOfWeek.Sunday)]
    public void HolidayOn_GioTo_IsOnTenthOfThirdLunarMonth(int year, int month, int day, IsoDayOfWeek weekday)
    {
        var date = new LocalDate(year, month, day);

        Assert.Equal(weekday, date.DayOfWeek);
        Assert.Equal("Giỗ Tổ Hùng Vương", s_default.HolidayOn(date)!.Name);
        Assert.False(s_default.IsWorkingDay(date));
    }

    [Fact]
    public void PublishedYears_Are2025And2026()
    {
        Assert.Equal([2025, 2026], HolidaySchedule.PublishedYears);
        Assert.Null(HolidaySchedule.Published(2024));
        Assert.True(HolidaySchedule.For(2024).IsDefaultRule);
        Assert.Contains("UNVERIFIED", HolidaySchedule.For(2027).Source, StringComparison.Ordinal);
    }

    [Fact]
    public void HolidaysIn_PublishedYear_SortedAndOnePerDate()
    {
        foreach (int year in new[] { 2024, 2025, 2026, 2027 })
        {
            var holidays = s_default.HolidaysIn(year);
            Assert.Equal(holidays.OrderBy(h => h.Date).Select(h => h.Date), holidays.Select(h => h.Date));
            Assert.Equal(holidays.Count, holidays.Select(h => h.Date).Distinct().Count());
            Assert.All(holidays, h => Assert.Equal(year, h.Date.Year));
        }
    }

    private static void AssertBreak(LocalDate first, LocalDate last, bool workingDayBefore = true)
    {
        Assert.True(s_default.IsWorkingDay(last.PlusDays(1)), $"{last.PlusDays(1)} should be the working day after the break");
        for (LocalDate day = first; day <= last; day = day.PlusDays(1))
        {
            Assert.False(s_default.IsWorkingDay(day), $"{day} should be off");
        }

        Assert.Equal(workingDayBefore, s_default.IsWorkingDay(first.PlusDays(-1)));
    }

    private static bool IsWeekend(LocalDate date) => date.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday;
}
