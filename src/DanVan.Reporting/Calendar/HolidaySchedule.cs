using System.Collections.ObjectModel;
using DanVan.Reporting.Internal;
using NodaTime;

namespace DanVan.Reporting.Calendar;

/// <summary>
/// The days off and swapped working days of one year: the Government's published schedule ("lịch nghỉ lễ, tết" decided
/// each year by the Thủ tướng), a province's or organisation's own schedule, or the SDK's default rule for a year with
/// no published schedule.
/// </summary>
/// <remarks>
/// <para>
/// Bộ luật Lao động 2019 Điều 112 fixes 11 paid holidays a year but leaves the exact days of Tết Nguyên đán and of the
/// day next to Quốc khánh to the Thủ tướng, who also grants a compensatory day ("nghỉ bù") when a holiday falls on the
/// weekly rest day and may swap ("hoán đổi") a weekday off with a worked Saturday to make a longer break. A schedule
/// records the outcome as data: <see cref="DaysOff"/> (each a <see cref="Holiday"/> with its <see cref="HolidayKind"/>)
/// and <see cref="WorkingDays"/> (days worked that would otherwise be off).
/// </para>
/// <para>
/// Built in: <see cref="Published(int)"/> returns the schedules of 2025 and 2026; <see cref="DefaultRule(int)"/> derives
/// a schedule for any year 1900–2199; <see cref="For(int)"/> gives the published one when there is one. Build your own
/// with <see cref="Empty(int, string)"/> (or start from <see cref="For(int)"/>) and <see cref="WithDayOff(Holiday)"/> /
/// <see cref="WithWorkingDay(LocalDate, string)"/>, then pass it to <see cref="WorkingCalendar.WithSchedule"/>.
/// </para>
/// <para>
/// A schedule holds dates of its <see cref="Year"/> only, and at most one entry per date: adding a day off replaces a day
/// off or working day on the same date, and adding a working day replaces a day off on the same date (the last change
/// wins). Instances are immutable and thread-safe.
/// </para>
/// </remarks>
public sealed class HolidaySchedule
{
    private readonly Holiday[] _daysOff;
    private readonly SwappedWorkingDay[] _workingDays;

    private HolidaySchedule(int year, string source, bool isDefaultRule, Holiday[] daysOff, SwappedWorkingDay[] workingDays)
    {
        Year = year;
        Source = source;
        IsDefaultRule = isDefaultRule;
        _daysOff = daysOff;
        _workingDays = workingDays;
        DaysOff = Array.AsReadOnly(daysOff);
        WorkingDays = Array.AsReadOnly(workingDays);
    }

    /// <summary>The year the schedule covers.</summary>
    public int Year { get; }

    /// <summary>
    /// Where the schedule comes from, in Vietnamese: the decision or notice that publishes it, or a statement that it is
    /// the SDK's default rule.
    /// </summary>
    public string Source { get; }

    /// <summary>
    /// Whether the schedule is the SDK's <see cref="DefaultRule(int)"/> (derived, UNVERIFIED) rather than a published
    /// or user-supplied one.
    /// </summary>
    public bool IsDefaultRule { get; }

    /// <summary>The days off, in date order.</summary>
    public ReadOnlyCollection<Holiday> DaysOff { get; }

    /// <summary>The swapped working days (days worked that would otherwise be off), in date order.</summary>
    public ReadOnlyCollection<SwappedWorkingDay> WorkingDays { get; }

    /// <summary>The years that have a built-in published schedule: 2025 and 2026.</summary>
    public static IReadOnlyList<int> PublishedYears => PublishedHolidaySchedules.Years;

    /// <summary>A schedule with no days off and no swapped working days, to fill with the <c>With…</c> methods.</summary>
    /// <param name="year">The year, 1900 to 2199.</param>
    /// <param name="source">Where the schedule comes from, e.g. "Quyết định số …/QĐ-UBND của UBND tỉnh …".</param>
    /// <returns>The empty schedule.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside [1900-2199].</exception>
    /// <exception cref="ArgumentException"><paramref name="source"/> is null, empty or white space.</exception>
    public static HolidaySchedule Empty(int year, string source)
    {
        CalendarRange.CheckYear(year, nameof(year));
        Preconditions.CheckNotBlank(source, nameof(source), "nguồn lịch nghỉ", "schedule source");
        return new HolidaySchedule(year, source, isDefaultRule: false, [], []);
    }

    /// <summary>The Government's published schedule of a year, or null when none is built in (see <see cref="PublishedYears"/>).</summary>
    /// <param name="year">The year, 1900 to 2199.</param>
    /// <returns>The schedule, or null.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside [1900-2199].</exception>
    public static HolidaySchedule? Published(int year) => PublishedHolidaySchedules.Get(CalendarRange.CheckYear(year, nameof(year)));

    /// <summary>
    /// The SDK's default rule for a year with no published schedule (UNVERIFIED: a convention drawn from Điều 111–112
    /// and recent yearly decisions, not a legal text).
    /// </summary>
    /// <remarks>
    /// <para>The 11 days of Điều 112 khoản 1, as <see cref="HolidayKind.Statutory"/>:</para>
    /// <list type="bullet">
    /// <item>Tết Dương lịch: 01/01.</item>
    /// <item>Tết Nguyên đán: 5 days, from the last day of the lunar year (29 or 30 tháng Chạp, the day before mùng 1)
    /// to mùng 4 tháng Giêng.</item>
    /// <item>Giỗ Tổ Hùng Vương: 10 tháng 3 âm lịch.</item>
    /// <item>Ngày Chiến thắng: 30/4; Ngày Quốc tế Lao động: 01/5.</item>
    /// <item>Quốc khánh: 02/9 and the adjacent day 03/9 when 02/9 is a Monday or a Thursday (the break then joins a
    /// weekend), 01/9 otherwise. A convention of the SDK (UNVERIFIED); for 2025 it gives 01/9, as the published
    /// schedule does.</item>
    /// </list>
    /// <para>
    /// Then, for each of these days in date order that falls on a Saturday or Sunday (or, in a year where two of them
    /// coincide, on another holiday — only 1947, when Giỗ Tổ fell on 30/4), a nghỉ bù
    /// (<see cref="HolidayKind.Compensatory"/>) on the next day that is neither a weekend day, a holiday nor an earlier
    /// nghỉ bù (Bộ luật Lao động 2019 Điều 111 khoản 3, article number UNVERIFIED: "nghỉ bù … vào ngày làm việc kế
    /// tiếp"). No swapped days are invented.
    /// </para>
    /// </remarks>
    /// <param name="year">The year, 1900 to 2199.</param>
    /// <returns>The derived schedule.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside [1900-2199].</exception>
    public static HolidaySchedule DefaultRule(int year) => DefaultHolidayRule.Build(CalendarRange.CheckYear(year, nameof(year)));

    /// <summary>The published schedule of a year when one is built in, else the <see cref="DefaultRule(int)"/>.</summary>
    /// <param name="year">The year, 1900 to 2199.</param>
    /// <returns>The schedule.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside [1900-2199].</exception>
    public static HolidaySchedule For(int year) => Published(year) ?? DefaultHolidayRule.Build(year);

    /// <summary>This schedule with one more day off (replacing any entry on the same date).</summary>
    /// <param name="holiday">The day off; its date must lie in <see cref="Year"/>.</param>
    /// <returns>The new schedule.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="holiday"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The date is not in <see cref="Year"/>.</exception>
    public HolidaySchedule WithDayOff(Holiday holiday)
    {
        Preconditions.CheckNotNull(holiday, nameof(holiday));
        CheckInYear(holiday.Date, nameof(holiday));
        Holiday[] daysOff = [.. _daysOff.Where(h => h.Date != holiday.Date).Append(holiday).OrderBy(h => h.Date)];
        SwappedWorkingDay[] workingDays = [.. _workingDays.Where(w => w.Date != holiday.Date)];
        return new HolidaySchedule(Year, Source, isDefaultRule: false, daysOff, workingDays);
    }

    /// <summary>This schedule with one more day off (replacing any entry on the same date).</summary>
    /// <param name="date">The date; it must lie in <see cref="Year"/>.</param>
    /// <param name="name">Its name, in Vietnamese.</param>
    /// <param name="kind">Why the day is off; <see cref="HolidayKind.Custom"/> unless given.</param>
    /// <returns>The new schedule.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The date is not in <see cref="Year"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is null, empty or white space.</exception>
    public HolidaySchedule WithDayOff(LocalDate date, string name, HolidayKind kind = HolidayKind.Custom) =>
        WithDayOff(new Holiday(date, name, kind));

    /// <summary>
    /// This schedule with one more working day — a Saturday worked in exchange for a weekday off ("làm bù"), or a date
    /// that should no longer be off. Replaces any entry on the same date.
    /// </summary>
    /// <param name="date">The date; it must lie in <see cref="Year"/>.</param>
    /// <param name="reason">Why the day is worked, in Vietnamese.</param>
    /// <returns>The new schedule.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The date is not in <see cref="Year"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="reason"/> is null, empty or white space.</exception>
    public HolidaySchedule WithWorkingDay(LocalDate date, string reason)
    {
        var entry = new SwappedWorkingDay(date, reason);
        CheckInYear(date, nameof(date));
        Holiday[] daysOff = [.. _daysOff.Where(h => h.Date != date)];
        SwappedWorkingDay[] workingDays = [.. _workingDays.Where(w => w.Date != date).Append(entry).OrderBy(w => w.Date)];
        return new HolidaySchedule(Year, Source, isDefaultRule: false, daysOff, workingDays);
    }

    /// <summary>The year and source, e.g. "2025: Công văn số 8726/VPCP-KGVX …".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Messages.Format("{0}: {1}", Year, Source);

    internal static HolidaySchedule Create(int year, string source, bool isDefaultRule, IEnumerable<Holiday> daysOff) =>
        new(year, source, isDefaultRule, [.. daysOff.OrderBy(h => h.Date)], []);

    private void CheckInYear(LocalDate date, string paramName)
    {
        if (date.Year != Year)
        {
            string shown = VietnameseDates.FormatNumeric(date);
            throw new ArgumentOutOfRangeException(paramName, shown, Messages.Pick(
                Messages.Format("Ngày {0} của tham số '{1}' không thuộc năm {2} của lịch nghỉ; phạm vi hợp lệ [01/01/{2}-31/12/{2}].", shown, paramName, Year),
                Messages.Format("The date {0} of argument '{1}' is not in the schedule's year {2}; valid range [01/01/{2}-31/12/{2}].", shown, paramName, Year)));
        }
    }
}
