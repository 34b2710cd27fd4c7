using DanVan.Reporting.Internal;
using NodaTime;

namespace DanVan.Reporting.Calendar;

/// <content>Working-day arithmetic and the end of legal periods (Bộ luật Dân sự 2015 Điều 147–148).</content>
public sealed partial class WorkingCalendar
{
    /// <summary>The largest number of days or working days accepted by the counting methods.</summary>
    public const int MaxDays = 100_000;

    /// <summary>The largest number of months accepted by <see cref="EndOfPeriodInMonths"/>.</summary>
    public const int MaxMonths = 1_200;

    /// <summary>
    /// The working day reached by counting <paramref name="days"/> working days from <paramref name="start"/>, the start
    /// itself not counted ("02 ngày làm việc kể từ ngày 14/6" ends on the second working day after 14/6).
    /// </summary>
    /// <remarks>
    /// <para>
    /// As in Bộ luật Dân sự 2015 Điều 147, the first day is not counted, so counting starts the next day whether or not
    /// <paramref name="start"/> is itself a working day: from Friday 14/06/2024, 1 working day is Monday 17/06/2024.
    /// The result is always a working day with exactly <paramref name="days"/> working days in (start, result].
    /// </para>
    /// <para>
    /// <paramref name="days"/> = 0 returns <paramref name="start"/> unchanged (even on a day off), so that
    /// <c>AddWorkingDays(AddWorkingDays(d, a), b) == AddWorkingDays(d, a + b)</c> for all a, b ≥ 0. A negative count goes
    /// back: the result is the working day with exactly −<paramref name="days"/> working days in [result, start). The
    /// composition rule holds when a and b have the same sign.
    /// </para>
    /// </remarks>
    /// <param name="start">The date counted from, 01/01/1900 to 31/12/2199.</param>
    /// <param name="days">The number of working days, −<see cref="MaxDays"/> to <see cref="MaxDays"/>.</param>
    /// <returns>The working day reached.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="start"/> is outside the supported range, <paramref name="days"/>
    /// is outside its range, or the result would be.</exception>
    public LocalDate AddWorkingDays(LocalDate start, int days)
    {
        CalendarRange.CheckDate(start, nameof(start));
        Preconditions.CheckRange(days, -MaxDays, MaxDays, nameof(days), "số ngày làm việc", "number of working days");
        return days == 0 ? start : Seek(start, Math.Sign(days), Math.Abs(days), nameof(days));
    }

    /// <summary>The date itself when it is a working day, else the first working day after it.</summary>
    /// <param name="date">The date, 01/01/1900 to 31/12/2199.</param>
    /// <returns>The working day.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The date, or the result, is outside the supported range.</exception>
    public LocalDate NextWorkingDayOnOrAfter(LocalDate date) =>
        IsWorkingDay(date) ? date : Seek(date, 1, 1, nameof(date));

    /// <summary>The date itself when it is a working day, else the last working day before it.</summary>
    /// <param name="date">The date, 01/01/1900 to 31/12/2199.</param>
    /// <returns>The working day.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The date, or the result, is outside the supported range.</exception>
    public LocalDate PreviousWorkingDayOnOrBefore(LocalDate date) =>
        IsWorkingDay(date) ? date : Seek(date, -1, 1, nameof(date));

    /// <summary>The number of working days in an interval, both ends included.</summary>
    /// <param name="interval">The dates, within 01/01/1900 to 31/12/2199.</param>
    /// <returns>The count.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="interval"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The interval leaves the supported range.</exception>
    public int CountWorkingDays(DateInterval interval)
    {
        Preconditions.CheckNotNull(interval, nameof(interval));
        CalendarRange.CheckDate(interval.Start, nameof(interval));
        CalendarRange.CheckDate(interval.End, nameof(interval));
        int count = 0;
        for (int year = interval.Start.Year; year <= interval.End.Year; year++)
        {
            YearTable table = TableOf(year);
            int first = year == interval.Start.Year ? interval.Start.DayOfYear : 1;
            int last = year == interval.End.Year ? interval.End.DayOfYear : table.Length;
            for (int dayOfYear = first; dayOfYear <= last; dayOfYear++)
            {
                if (table.IsWorking(dayOfYear))
                {
                    count++;
                }
            }
        }

        return count;
    }

    /// <summary>
    /// The last day of a period of <paramref name="days"/> days "kể từ ngày" <paramref name="from"/>, per Bộ luật Dân sự
    /// 2015 Điều 147–148: the first day is not counted, and a period whose last day is a day off ends on the next
    /// working day. "10 ngày kể từ ngày 15/10/2024" runs 16/10–25/10/2024.
    /// </summary>
    /// <remarks>The period ends at 24:00 of the returned day. Counting calendar days, not working days: see
    /// <see cref="AddWorkingDays"/> for a "… ngày làm việc" period.</remarks>
    /// <param name="from">The day the period is counted from (not itself counted).</param>
    /// <param name="days">The length in days, 1 to <see cref="MaxDays"/>.</param>
    /// <returns>The last day of the period: <paramref name="from"/> + <paramref name="days"/>, moved to the next working day if it is a day off.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument, or the result, is outside its range.</exception>
    public LocalDate EndOfPeriodInDays(LocalDate from, int days)
    {
        CalendarRange.CheckDate(from, nameof(from));
        Preconditions.CheckRange(days, 1, MaxDays, nameof(days), "số ngày", "number of days");
        return NextWorkingDayOnOrAfter(CheckResult(from.PlusDays(days), nameof(days)));
    }

    /// <summary>
    /// The last day of a period of <paramref name="months"/> months "kể từ ngày" <paramref name="from"/>, per Bộ luật Dân
    /// sự 2015 Điều 147–148: it ends on the same day of the last month, or that month's last day when there is no such
    /// day ("01 tháng kể từ ngày 31/01/2024" ends 29/02/2024), moved to the next working day if it is a day off.
    /// </summary>
    /// <param name="from">The day the period is counted from (not itself counted).</param>
    /// <param name="months">The length in months, 1 to <see cref="MaxMonths"/>.</param>
    /// <returns>The last day of the period.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument, or the result, is outside its range.</exception>
    public LocalDate EndOfPeriodInMonths(LocalDate from, int months)
    {
        CalendarRange.CheckDate(from, nameof(from));
        Preconditions.CheckRange(months, 1, MaxMonths, nameof(months), "số tháng", "number of months");
        return NextWorkingDayOnOrAfter(CheckResult(from.PlusMonths(months), nameof(months)));
    }

    private static LocalDate CheckResult(LocalDate result, string paramName) =>
        result > CalendarRange.MaxDate ? throw ResultOutOfRange(paramName) : result;

    private static ArgumentOutOfRangeException ResultOutOfRange(string paramName)
    {
        string range = VietnameseDates.FormatNumeric(CalendarRange.MinDate) + "-" + VietnameseDates.FormatNumeric(CalendarRange.MaxDate);
        return new ArgumentOutOfRangeException(paramName, Messages.Pick(
            Messages.Format("Kết quả tính theo tham số '{0}' nằm ngoài phạm vi hỗ trợ của lịch làm việc [{1}].", paramName, range),
            Messages.Format("The result computed from argument '{0}' is outside the range the working calendar supports [{1}].", paramName, range)));
    }

    /// <summary>The <paramref name="count"/>-th working day strictly after (direction +1) or before (−1) a date.</summary>
    private LocalDate Seek(LocalDate start, int direction, int count, string paramName)
    {
        int year = start.Year;
        YearTable table = TableOf(year);
        int dayOfYear = start.DayOfYear;
        while (true)
        {
            dayOfYear += direction;
            if (dayOfYear > table.Length)
            {
                if (++year > CalendarRange.MaxYear)
                {
                    throw ResultOutOfRange(paramName);
                }

                table = TableOf(year);
                dayOfYear = 1;
            }
            else if (dayOfYear < 1)
            {
                if (--year < CalendarRange.MinYear)
                {
                    throw ResultOutOfRange(paramName);
                }

                table = TableOf(year);
                dayOfYear = table.Length;
            }

            if (table.IsWorking(dayOfYear) && --count == 0)
            {
                return table.DateOf(dayOfYear);
            }
        }
    }
}
