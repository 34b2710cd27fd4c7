using DanVan.Reporting.Calendar;

namespace DanVan.Reporting.Tests.Calendar;

/// <summary>Vectors E1–E3, E9, E11, E12 of docs/domain/vectors.md and the issuer rules.</summary>
public class DeadlineTests
{
    private static readonly WorkingCalendar s_default = WorkingCalendar.Default;

    public static TheoryData<ReportPeriod, LocalDate, IsoDayOfWeek> Decree09Vectors => new()
    {
        { ReportPeriod.Quarter(2024, 2), new LocalDate(2024, 6, 25), IsoDayOfWeek.Tuesday }, // E1
        { ReportPeriod.Year(2024), new LocalDate(2024, 12, 25), IsoDayOfWeek.Wednesday }, // E2
        { ReportPeriod.FirstHalf(2025), new LocalDate(2025, 6, 25), IsoDayOfWeek.Wednesday }, // E3
    };

    [Theory]
    [MemberData(nameof(Decree09Vectors))]
    public void Decree09Deadline_Vectors_TwentyFifthOfLastMonth(ReportPeriod period, LocalDate expected, IsoDayOfWeek weekday)
    {
        Assert.Equal(expected, ReportDeadlines.Decree09Deadline(period));
        Assert.Equal(expected, DeadlineRule.Decree09.DeadlineOf(period, CutOffRule.Decree09, s_default));
        Assert.Equal(weekday, expected.DayOfWeek);
        Assert.True(s_default.IsWorkingDay(expected)); // E2: 25/12 is not a holiday
        Assert.True(ReportDeadlines.CheckDeadline(expected, period, CutOffRule.Decree09).IsValid);
    }

    [Fact] // E9: cut-off ends Friday 14/06/2024 → earliest valid deadline Monday 17/06/2024
    public void EarliestDeadline_CutOffEndsFriday_NextMonday()
    {
        ReportPeriod period = ReportPeriod.Quarter(2024, 2);

        Assert.Equal(new LocalDate(2024, 6, 14), period.DataWindow(CutOffRule.Decree09).End);
        Assert.Equal(new LocalDate(2024, 6, 17), ReportDeadlines.EarliestDeadline(period, CutOffRule.Decree09));
        Assert.Equal(new LocalDate(2024, 6, 17), ReportDeadlines.EarliestDeadline(period, CutOffRule.Decree09, s_default));
    }

    [Theory] // E9 as a check
    [InlineData(14, false)]
    [InlineData(15, false)]
    [InlineData(16, false)]
    [InlineData(17, true)]
    [InlineData(18, true)]
    public void CheckDeadline_AroundE9_ValidFromMonday(int day, bool valid)
    {
        DeadlineCheck check = ReportDeadlines.CheckDeadline(new LocalDate(2024, 6, day), ReportPeriod.Quarter(2024, 2), CutOffRule.Decree09);

        Assert.Equal(valid, check.IsValid);
        Assert.Equal(new LocalDate(2024, 6, 17), check.EarliestValidDeadline);
        Assert.Equal(new LocalDate(2024, 6, 14), check.CutOffEnd);
        Assert.Contains("14/06/2024", check.Message, StringComparison.Ordinal);
        Assert.Contains("17/06/2024", check.Message, StringComparison.Ordinal);
        Assert.Contains("09/2019/NĐ-CP", check.Message, StringComparison.Ordinal);
        Assert.Equal(check.Message, check.ToString());
    }

    [Fact]
    public void CheckDeadline_CalendarWindowEndsAfterDecree09Date_InvalidWithMessage()
    {
        DeadlineCheck check = ReportDeadlines.CheckDeadline(new LocalDate(2024, 6, 25), ReportPeriod.FirstHalf(2024), CutOffRule.Calendar);

        Assert.False(check.IsValid);
        Assert.Equal(new LocalDate(2024, 7, 1), check.EarliestValidDeadline);
        if (MessageSettings.Current == MessageLanguage.Vietnamese)
        {
            Assert.Equal(
                "Thời hạn gửi báo cáo 6 tháng đầu năm 2024 là 25/06/2024, chưa bảo đảm không ít hơn 01 ngày làm việc sau ngày kết thúc lấy số liệu 30/06/2024 (Theo tháng dương lịch) theo Nghị định số 09/2019/NĐ-CP, Điều 8 khoản 5 điểm b; thời hạn sớm nhất hợp lệ là 01/07/2024.",
                check.Message);
        }
    }

    [Fact] // E11: "10 ngày kể từ ngày 15/10/2024" → 16/10 … 25/10/2024 (Friday)
    public void EndOfPeriodInDays_E11_EndsFriday25October()
    {
        LocalDate end = s_default.EndOfPeriodInDays(new LocalDate(2024, 10, 15), 10);

        Assert.Equal(new LocalDate(2024, 10, 25), end);
        Assert.Equal(IsoDayOfWeek.Friday, end.DayOfWeek);
    }

    [Fact] // E12: "01 tháng kể từ ngày 31/01/2024" → no 31/02 → 29/02/2024 (Thursday)
    public void EndOfPeriodInMonths_E12_EndsLastDayOfFebruary()
    {
        LocalDate end = s_default.EndOfPeriodInMonths(new LocalDate(2024, 1, 31), 1);

        Assert.Equal(new LocalDate(2024, 2, 29), end);
        Assert.Equal(IsoDayOfWeek.Thursday, end.DayOfWeek);
    }

    [Theory] // BLDS Điều 148: a period ending on a day off ends on the next working day
    [InlineData(2024, 10, 15, 11, 2024, 10, 28)] // ends Saturday 26/10 → Monday 28/10
    [InlineData(2025, 1, 20, 7, 2025, 2, 3)] // ends Monday 27/01/2025, in Tết → Monday 03/02/2025
    [InlineData(2026, 8, 28, 4, 2026, 9, 3)] // ends Tuesday 01/09/2026 (Quốc khánh) → Thursday 03/09/2026
    public void EndOfPeriodInDays_EndsOnDayOff_MovesToNextWorkingDay(int y, int m, int d, int days, int ey, int em, int ed)
    {
        Assert.Equal(new LocalDate(ey, em, ed), s_default.EndOfPeriodInDays(new LocalDate(y, m, d), days));
    }

    [Fact]
    public void EndOfPeriodInMonths_EndsOnNewYearHoliday_MovesOn()
    {
        // "01 tháng kể từ ngày 01/12/2025" would end Thursday 01/01/2026; 01–04/01/2026 are off.
        Assert.Equal(new LocalDate(2026, 1, 5), s_default.EndOfPeriodInMonths(new LocalDate(2025, 12, 1), 1));
    }

    [Fact] // Khánh Hòa QĐ 01/2023: "02 ngày làm việc kể từ ngày chốt số liệu"
    public void WorkingDaysAfterCutOff_TwoDays_CountsFromTheDayAfterCutOff()
    {
        DeadlineRule rule = DeadlineRule.WorkingDaysAfterCutOff(2);

        Assert.Equal("02 ngày làm việc kể từ ngày chốt số liệu", rule.Name);
        // Quý II/2024: window ends Friday 14/06/2024 → Monday 17, Tuesday 18.
        Assert.Equal(new LocalDate(2024, 6, 18), rule.DeadlineOf(ReportPeriod.Quarter(2024, 2), CutOffRule.Decree09, s_default));
        // 9 tháng 2024 (local window to 14/09/2024, Saturday) → Monday 16, Tuesday 17.
        Assert.Equal(new LocalDate(2024, 9, 17), rule.DeadlineOf(ReportPeriod.NineMonths(2024), CutOffRule.Decree09, s_default));
        // Tháng 01/2026: window ends Wednesday 14/01/2026 → Thursday 15, Friday 16.
        Assert.Equal(new LocalDate(2026, 1, 16), rule.DeadlineOf(ReportPeriod.Month(2026, 1), CutOffRule.Decree09, s_default));
    }

    [Fact]
    public void WorkingDaysAfterCutOff_OverTet_SkipsTheBreak()
    {
        // Tháng 02/2026 under a rule cutting off on the 13th: window ends Friday 13/02/2026, then Tết 14–22/02.
        CutOffRule rule13 = CutOffRule.EndingOnDay(13, "Quy định của đơn vị");
        Assert.Equal(new LocalDate(2026, 2, 24), DeadlineRule.WorkingDaysAfterCutOff(2).DeadlineOf(ReportPeriod.Month(2026, 2), rule13, s_default));
    }

    [Fact]
    public void DayOfLastMonth_ShortMonth_LastDay()
    {
        DeadlineRule rule = DeadlineRule.DayOfLastMonth(31);

        Assert.Equal(new LocalDate(2024, 2, 29), rule.DeadlineOf(ReportPeriod.Month(2024, 2), CutOffRule.Calendar, s_default));
        Assert.Equal(new LocalDate(2024, 6, 30), rule.DeadlineOf(ReportPeriod.FirstHalf(2024), CutOffRule.Calendar, s_default));
        Assert.Equal("Chậm nhất ngày 31 của tháng cuối kỳ báo cáo", rule.ToString());
    }

    [Fact]
    public void ExtendedToWorkingDay_DeadlineOnSunday_MovesToMonday()
    {
        // 25/05/2025 is a Sunday.
        DeadlineRule rule = DeadlineRule.Decree09.ExtendedToWorkingDay();

        Assert.Equal(new LocalDate(2025, 5, 25), DeadlineRule.Decree09.DeadlineOf(ReportPeriod.Month(2025, 5), CutOffRule.Decree09, s_default));
        Assert.Equal(new LocalDate(2025, 5, 26), rule.DeadlineOf(ReportPeriod.Month(2025, 5), CutOffRule.Decree09, s_default));
        Assert.True(rule.IsExtendedToWorkingDay);
        Assert.False(DeadlineRule.Decree09.IsExtendedToWorkingDay);
        Assert.Same(rule, rule.ExtendedToWorkingDay());
        Assert.StartsWith("Nghị định số 09/2019/NĐ-CP, Điều 13", rule.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void DeadlineRules_BadArguments_ThrowNamingValueAndRange()
    {
        ArgumentOutOfRangeException zero = Assert.Throws<ArgumentOutOfRangeException>(() => DeadlineRule.WorkingDaysAfterCutOff(0));
        Assert.Equal("days", zero.ParamName);
        Assert.Contains("[1-60]", zero.Message, StringComparison.Ordinal);

        ArgumentOutOfRangeException day = Assert.Throws<ArgumentOutOfRangeException>(() => DeadlineRule.DayOfLastMonth(32));
        Assert.Equal("day", day.ParamName);
        Assert.Contains("32", day.Message, StringComparison.Ordinal);
        Assert.Contains("[1-31]", day.Message, StringComparison.Ordinal);

        Assert.Throws<ArgumentNullException>(() => DeadlineRule.Decree09.DeadlineOf(ReportPeriod.Year(2024), null!, s_default));
        Assert.Throws<ArgumentNullException>(() => DeadlineRule.Decree09.DeadlineOf(ReportPeriod.Year(2024), CutOffRule.Decree09, null!));
        Assert.Throws<ArgumentNullException>(() => ReportDeadlines.EarliestDeadline(ReportPeriod.Year(2024), null!));
    }

    [Fact]
    public void EarliestDeadline_Year2200_OutOfCalendarRange()
    {
        ArgumentOutOfRangeException error = Assert.Throws<ArgumentOutOfRangeException>(
            () => ReportDeadlines.EarliestDeadline(ReportPeriod.Year(2200), CutOffRule.Calendar));

        Assert.Contains("31/12/2200", error.Message, StringComparison.Ordinal);
        Assert.Contains("[01/01/1900-31/12/2199]", error.Message, StringComparison.Ordinal);
    }
}
