using System.Collections.ObjectModel;
using DanVan.Reporting.Internal;
using NodaTime;

namespace DanVan.Reporting.Calendar;

/// <summary>
/// Which days are working days ("ngày làm việc") for Vietnamese state bodies, Party and mass organisations, and
/// arithmetic over them: the n-th working day after a date, the next working day, the end of a legal period.
/// </summary>
/// <remarks>
/// <para>
/// A working day is a day on which offices work: Monday to Friday (40 hours in 5 days, Saturday and Sunday off — Quyết
/// định 188/1999/QĐ-TTg Điều 1), minus the days off of the year's <see cref="HolidaySchedule"/> — the public holidays of
/// Bộ luật Lao động 2019 Điều 112, the compensatory days off ("nghỉ bù") given when a holiday falls on a weekend, and
/// weekdays off swapped ("hoán đổi") for a worked Saturday — plus the Saturdays worked in exchange.
/// </para>
/// <para>
/// <see cref="Default"/> uses the Government's published schedules (2025, 2026; see
/// <see cref="HolidaySchedule.PublishedYears"/>) and, for every other year 1900–2199, the documented
/// <see cref="HolidaySchedule.DefaultRule(int)"/>. Build your own calendar from it: <see cref="WithHoliday"/> (a local
/// day off), <see cref="WithWorkingDay"/> (a swapped Saturday), <see cref="WithSchedule"/> (a province's schedule, or a
/// newly published year) and <see cref="WithCultureDay"/> (24/11 "Ngày Văn hóa Việt Nam", chosen by Nghị quyết
/// 80-NQ/TW but not yet in Điều 112 as of 02/2026: off only when opted in). Foreign employees' two extra days (Điều 112
/// khoản 2: their national day and their Tết) depend on the person and are out of scope; add them with
/// <see cref="WithHoliday"/> when a calendar is for one such employee.
/// </para>
/// <para>
/// Supported dates: 01/01/1900 to 31/12/2199 (those of <see cref="LunarDate"/>); others throw
/// <see cref="ArgumentOutOfRangeException"/> naming the date and the range. Instances are immutable and thread-safe:
/// <c>With…</c> methods return a new calendar. Each year's table of days is built on first use, once per calendar
/// (lock-free), so lookups are array reads.
/// </para>
/// </remarks>
public sealed partial class WorkingCalendar
{
    private const string CultureDayName = "Ngày Văn hóa Việt Nam";

    private readonly Dictionary<int, HolidaySchedule> _schedules;
    private readonly bool _weekdaysOnly;
    private readonly YearTable?[] _tables = new YearTable?[CalendarRange.MaxYear - CalendarRange.MinYear + 1];

    private WorkingCalendar(Dictionary<int, HolidaySchedule> schedules, bool weekdaysOnly, bool includesCultureDay)
    {
        _schedules = schedules;
        _weekdaysOnly = weekdaysOnly;
        IncludesCultureDay = includesCultureDay;
    }

    /// <summary>
    /// Monday to Friday, the holidays of Bộ luật Lao động 2019 Điều 112, the Government's published schedules (2025,
    /// 2026) and the SDK's default rule for other years.
    /// </summary>
    public static WorkingCalendar Default { get; } = new([], weekdaysOnly: false, includesCultureDay: false);

    /// <summary>Monday to Friday with no holidays at all: a base for a calendar built only from your own schedules.</summary>
    public static WorkingCalendar WeekdaysOnly { get; } = new([], weekdaysOnly: true, includesCultureDay: false);

    /// <summary>Whether 24/11 "Ngày Văn hóa Việt Nam" is a day off (see <see cref="WithCultureDay"/>).</summary>
    public bool IncludesCultureDay { get; }

    #region Lookups

    /// <summary>Whether a date is a working day ("ngày làm việc").</summary>
    /// <param name="date">The date, 01/01/1900 to 31/12/2199.</param>
    /// <returns>True on a working day; false on a weekend day not worked, a holiday, a nghỉ bù or a swapped day off.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The date is outside the supported range.</exception>
    public bool IsWorkingDay(LocalDate date)
    {
        CalendarRange.CheckDate(date, nameof(date));
        return TableOf(date.Year).IsWorking(date.DayOfYear);
    }

    /// <summary>
    /// Whether a date is a day off of the year's schedule (a holiday, a nghỉ bù, a swapped or custom day off) — not a
    /// plain weekend day.
    /// </summary>
    /// <param name="date">The date, 01/01/1900 to 31/12/2199.</param>
    /// <returns>True when <see cref="HolidayOn"/> is not null.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The date is outside the supported range.</exception>
    public bool IsHoliday(LocalDate date) => HolidayOn(date) is not null;

    /// <summary>The day off that falls on a date, with its name and kind, or null.</summary>
    /// <param name="date">The date, 01/01/1900 to 31/12/2199.</param>
    /// <returns>The holiday, or null when the date is no day off of the schedule (it may still be a weekend day).</returns>
    /// <exception cref="ArgumentOutOfRangeException">The date is outside the supported range.</exception>
    public Holiday? HolidayOn(LocalDate date)
    {
        CalendarRange.CheckDate(date, nameof(date));
        return TableOf(date.Year).HolidayOn(date.DayOfYear);
    }

    /// <summary>Every day off of a year (holidays, nghỉ bù, swapped and custom days off), in date order.</summary>
    /// <param name="year">The year, 1900 to 2199.</param>
    /// <returns>The days off.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside [1900-2199].</exception>
    public ReadOnlyCollection<Holiday> HolidaysIn(int year) => TableOf(CalendarRange.CheckYear(year, nameof(year))).Holidays;

    /// <summary>
    /// The schedule this calendar uses for a year: one given to <see cref="WithSchedule"/> (or built by
    /// <see cref="WithHoliday"/>/<see cref="WithWorkingDay"/>), else the published one, else the default rule. The 24/11
    /// opt-in is not part of it (see <see cref="WithCultureDay"/>).
    /// </summary>
    /// <param name="year">The year, 1900 to 2199.</param>
    /// <returns>The schedule.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside [1900-2199].</exception>
    public HolidaySchedule ScheduleFor(int year)
    {
        CalendarRange.CheckYear(year, nameof(year));
        if (_schedules.TryGetValue(year, out HolidaySchedule? schedule))
        {
            return schedule;
        }

        return _weekdaysOnly ? HolidaySchedule.Empty(year, "Chỉ thứ Hai - thứ Sáu, không có ngày nghỉ lễ") : HolidaySchedule.For(year);
    }

    #endregion

    #region Building

    /// <summary>This calendar with one more day off (a local holiday, a foreign employee's national day …).</summary>
    /// <remarks>
    /// Changes the year's <see cref="ScheduleFor"/> and replaces any entry on that date, so the last change wins. No nghỉ
    /// bù is added when the day falls on a weekend.
    /// </remarks>
    /// <param name="date">The date, 01/01/1900 to 31/12/2199.</param>
    /// <param name="name">Its name, in Vietnamese.</param>
    /// <returns>The new calendar (kind <see cref="HolidayKind.Custom"/>).</returns>
    /// <exception cref="ArgumentOutOfRangeException">The date is outside the supported range.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is null, empty or white space.</exception>
    public WorkingCalendar WithHoliday(LocalDate date, string name)
    {
        CalendarRange.CheckDate(date, nameof(date));
        return WithSchedule(ScheduleFor(date.Year).WithDayOff(date, name));
    }

    /// <summary>This calendar with one more working day: a Saturday worked in exchange ("làm bù"), or a date no longer off.</summary>
    /// <remarks>Changes the year's <see cref="ScheduleFor"/> and replaces any entry on that date (the last change wins).</remarks>
    /// <param name="date">The date, 01/01/1900 to 31/12/2199.</param>
    /// <param name="reason">Why it is worked, in Vietnamese, e.g. "Làm bù cho thứ Sáu 02/5/2025".</param>
    /// <returns>The new calendar.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The date is outside the supported range.</exception>
    /// <exception cref="ArgumentException"><paramref name="reason"/> is null, empty or white space.</exception>
    public WorkingCalendar WithWorkingDay(LocalDate date, string reason)
    {
        CalendarRange.CheckDate(date, nameof(date));
        return WithSchedule(ScheduleFor(date.Year).WithWorkingDay(date, reason));
    }

    /// <summary>
    /// This calendar with a whole year's schedule replaced — a province's own schedule, or the Government's schedule of a
    /// year the SDK does not have yet.
    /// </summary>
    /// <param name="schedule">The schedule; it replaces this calendar's schedule of its <see cref="HolidaySchedule.Year"/>.</param>
    /// <returns>The new calendar.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="schedule"/> is null.</exception>
    public WorkingCalendar WithSchedule(HolidaySchedule schedule)
    {
        Preconditions.CheckNotNull(schedule, nameof(schedule));
        var schedules = new Dictionary<int, HolidaySchedule>(_schedules)
        {
            [schedule.Year] = schedule,
        };
        return new WorkingCalendar(schedules, _weekdaysOnly, IncludesCultureDay);
    }

    /// <summary>
    /// This calendar with 24/11 "Ngày Văn hóa Việt Nam" off every year (opt-in: decided in principle by Nghị quyết
    /// 80-NQ/TW, pending an amendment of Bộ luật Lao động Điều 112 as of 02/2026).
    /// </summary>
    /// <remarks>
    /// The day is added as <see cref="HolidayKind.Custom"/> unless the year's schedule already has an entry on 24/11 (a
    /// schedule's own entry wins, including a working day). When 24/11 is a Saturday or Sunday a nghỉ bù is added on the
    /// next working day, as Điều 111 khoản 3 would give once the day is in Điều 112.
    /// </remarks>
    /// <returns>The new calendar.</returns>
    public WorkingCalendar WithCultureDay() =>
        IncludesCultureDay ? this : new WorkingCalendar(new Dictionary<int, HolidaySchedule>(_schedules), _weekdaysOnly, includesCultureDay: true);

    #endregion

    private YearTable TableOf(int year)
    {
        ref YearTable? slot = ref _tables[year - CalendarRange.MinYear];
        YearTable? table = Volatile.Read(ref slot);
        if (table is null)
        {
            table = BuildTable(year);
            table = Interlocked.CompareExchange(ref slot, table, null) ?? table;
        }

        return table;
    }

    private YearTable BuildTable(int year)
    {
        HolidaySchedule schedule = ScheduleFor(year);
        int length = CalendarSystem.Iso.GetDaysInYear(year);
        var holidays = new Holiday?[length + 1];
        var worked = new bool[length + 1];
        foreach (Holiday holiday in schedule.DaysOff)
        {
            holidays[holiday.Date.DayOfYear] = holiday;
        }

        foreach (SwappedWorkingDay day in schedule.WorkingDays)
        {
            worked[day.Date.DayOfYear] = true;
        }

        var cultureDay = new LocalDate(year, 11, 24);
        if (IncludesCultureDay && holidays[cultureDay.DayOfYear] is null && !worked[cultureDay.DayOfYear])
        {
            holidays[cultureDay.DayOfYear] = new Holiday(cultureDay, CultureDayName, HolidayKind.Custom);
            if (CalendarRange.IsWeekend(cultureDay))
            {
                LocalDate day = cultureDay.PlusDays(1);
                while (holidays[day.DayOfYear] is not null || (CalendarRange.IsWeekend(day) && !worked[day.DayOfYear]))
                {
                    day = day.PlusDays(1);
                }

                holidays[day.DayOfYear] = new Holiday(day, DefaultHolidayRule.CompensatoryPrefix + CultureDayName, HolidayKind.Compensatory);
            }
        }

        return new YearTable(new LocalDate(year, 1, 1), holidays, worked);
    }
}
