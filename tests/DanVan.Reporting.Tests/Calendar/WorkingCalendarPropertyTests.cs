using CsCheck;
using DanVan.Reporting.Calendar;

namespace DanVan.Reporting.Tests.Calendar;

/// <summary>Invariants of working-day arithmetic over 1905–2194 (years of margin at each end of the range).</summary>
public class WorkingCalendarPropertyTests
{
    private static readonly LocalDate s_first = new(1905, 1, 1);

    private static readonly Gen<LocalDate> s_date =
        Gen.Int[0, Period.DaysBetween(s_first, new LocalDate(2194, 12, 31))].Select(offset => s_first.PlusDays(offset));

    private static readonly WorkingCalendar[] s_calendars =
    [
        WorkingCalendar.Default,
        WorkingCalendar.Default.WithCultureDay(),
        WorkingCalendar.WeekdaysOnly,
        WorkingCalendar.Default
            .WithHoliday(new LocalDate(2025, 5, 2), "Nghỉ hoán đổi")
            .WithWorkingDay(new LocalDate(2025, 4, 26), "Làm bù"),
    ];

    private static readonly Gen<WorkingCalendar> s_calendar = Gen.Int[0, s_calendars.Length - 1].Select(i => s_calendars[i]);

    [Fact]
    public void NextWorkingDayOnOrAfter_IsTheFirstWorkingDayFromTheDate() =>
        Gen.Select(s_calendar, s_date).Sample((calendar, date) =>
        {
            LocalDate next = calendar.NextWorkingDayOnOrAfter(date);

            Assert.True(next >= date);
            Assert.True(calendar.IsWorkingDay(next));
            for (LocalDate day = date; day < next; day = day.PlusDays(1))
            {
                Assert.False(calendar.IsWorkingDay(day));
            }
        }, iter: 5_000);

    [Fact]
    public void PreviousWorkingDayOnOrBefore_IsTheLastWorkingDayUpToTheDate() =>
        Gen.Select(s_calendar, s_date).Sample((calendar, date) =>
        {
            LocalDate previous = calendar.PreviousWorkingDayOnOrBefore(date);

            Assert.True(previous <= date);
            Assert.True(calendar.IsWorkingDay(previous));
            Assert.Equal(0, previous == date ? 0 : calendar.CountWorkingDays(new DateInterval(previous.PlusDays(1), date)));
        }, iter: 5_000);

    [Fact]
    public void AddWorkingDays_Positive_ExactlyNWorkingDaysInOpenClosedInterval() =>
        Gen.Select(s_calendar, s_date, Gen.Int[1, 400]).Sample((calendar, date, n) =>
        {
            LocalDate result = calendar.AddWorkingDays(date, n);

            Assert.True(calendar.IsWorkingDay(result));
            Assert.Equal(n, calendar.CountWorkingDays(new DateInterval(date.PlusDays(1), result)));
        }, iter: 5_000);

    [Fact]
    public void AddWorkingDays_Negative_ExactlyNWorkingDaysInClosedOpenInterval() =>
        Gen.Select(s_calendar, s_date, Gen.Int[1, 400]).Sample((calendar, date, n) =>
        {
            LocalDate result = calendar.AddWorkingDays(date, -n);

            Assert.True(calendar.IsWorkingDay(result));
            Assert.Equal(n, calendar.CountWorkingDays(new DateInterval(result, date.PlusDays(-1))));
        }, iter: 5_000);

    [Fact]
    public void AddWorkingDays_Composes() =>
        Gen.Select(s_calendar, s_date, Gen.Int[0, 200], Gen.Int[0, 200], Gen.Bool).Sample((calendar, date, a, b, backwards) =>
        {
            int sign = backwards ? -1 : 1;
            Assert.Equal(
                calendar.AddWorkingDays(date, sign * (a + b)),
                calendar.AddWorkingDays(calendar.AddWorkingDays(date, sign * a), sign * b));
        }, iter: 5_000);

    [Fact]
    public void AddWorkingDays_Zero_ReturnsStart() =>
        Gen.Select(s_calendar, s_date).Sample((calendar, date) => calendar.AddWorkingDays(date, 0) == date);

    [Fact]
    public void EndOfPeriod_IsNeverADayOff() =>
        Gen.Select(s_calendar, s_date, Gen.Int[1, 1_000], Gen.Int[1, 24]).Sample((calendar, date, days, months) =>
        {
            LocalDate inDays = calendar.EndOfPeriodInDays(date, days);
            LocalDate inMonths = calendar.EndOfPeriodInMonths(date, months);

            Assert.True(calendar.IsWorkingDay(inDays));
            Assert.True(calendar.IsWorkingDay(inMonths));
            Assert.Equal(calendar.NextWorkingDayOnOrAfter(date.PlusDays(days)), inDays);
            Assert.Equal(calendar.NextWorkingDayOnOrAfter(date.PlusMonths(months)), inMonths);
        }, iter: 5_000);

    [Fact]
    public void IsWorkingDay_AgreesWithHolidaysAndWeekends() =>
        Gen.Select(s_calendar, s_date).Sample((calendar, date) =>
        {
            bool weekend = date.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday;
            bool swapped = calendar.ScheduleFor(date.Year).WorkingDays.Any(w => w.Date == date);
            Assert.Equal(!calendar.IsHoliday(date) && (!weekend || swapped), calendar.IsWorkingDay(date));
        }, iter: 5_000);

    [Fact]
    public void WorkingCalendar_ConcurrentFirstUse_SameAnswers()
    {
        WorkingCalendar calendar = WorkingCalendar.Default.WithCultureDay().WithHoliday(new LocalDate(2100, 1, 2), "Thử");
        int[] counts = new int[8];
        Parallel.For(0, counts.Length, i =>
        {
            int count = 0;
            for (int year = 2090; year <= 2110; year++)
            {
                count += calendar.CountWorkingDays(new DateInterval(new LocalDate(year, 1, 1), new LocalDate(year, 12, 31)));
            }

            counts[i] = count;
        });

        Assert.All(counts, c => Assert.Equal(counts[0], c));
    }
}
