using DanVan.Reporting.Calendar;
using DanVan.Reporting.Internal;
using NodaTime;

namespace DanVan.Reporting;

/// <summary>
/// Sending deadlines of periodic reports ("thời hạn gửi báo cáo") under Nghị định 09/2019/NĐ-CP: the Điều 13 date and
/// the Điều 8 khoản 5 điểm b minimum gap after the data window.
/// </summary>
/// <remarks>
/// <para>
/// Điều 8 khoản 5 điểm b asks that "thời hạn gửi báo cáo" leave "không ít hơn 01 ngày làm việc" between the end of data
/// collection and the deadline. The SDK reads it as: at least one working day in (cut-off end, deadline], the deadline
/// day included, since a report is due at the end (24:00) of its deadline day — so a cut-off ending Friday 14/06/2024
/// allows a deadline on Monday 17/06/2024 at the earliest. This interpretation is UNVERIFIED; the stricter reading (a
/// whole working day strictly between) would give Tuesday 18/06/2024.
/// </para>
/// <para>Nghị định 09 binds state administrative bodies only; Party and mass organisations set their own rules (see <see cref="DeadlineRule"/>).</para>
/// </remarks>
public static class ReportDeadlines
{
    /// <summary>
    /// The Nghị định 09/2019/NĐ-CP Điều 13 khoản 1 deadline: day 25 of the period's last month, as written (quý II/2024
    /// → 25/06/2024; năm 2024 → 25/12/2024). Same as <see cref="DeadlineRule.Decree09"/>.
    /// </summary>
    /// <param name="period">The reporting period.</param>
    /// <returns>The deadline.</returns>
    public static LocalDate Decree09Deadline(ReportPeriod period) => period.LastMonth.OnDayOfMonth(25);

    /// <summary>The earliest deadline that Điều 8 khoản 5 điểm b allows, with <see cref="WorkingCalendar.Default"/>.</summary>
    /// <param name="period">The reporting period.</param>
    /// <param name="cutOff">How its data window is drawn.</param>
    /// <returns>The first working day after the last day of the data window.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="cutOff"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The dates leave the range the calendar supports (1900–2199).</exception>
    public static LocalDate EarliestDeadline(ReportPeriod period, CutOffRule cutOff) =>
        EarliestDeadline(period, cutOff, WorkingCalendar.Default);

    /// <summary>The earliest deadline that Điều 8 khoản 5 điểm b allows (see the remarks on <see cref="ReportDeadlines"/>).</summary>
    /// <param name="period">The reporting period.</param>
    /// <param name="cutOff">How its data window is drawn.</param>
    /// <param name="calendar">The working days.</param>
    /// <returns>The first working day after the last day of the data window.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="cutOff"/> or <paramref name="calendar"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The dates leave the range the calendar supports (1900–2199).</exception>
    public static LocalDate EarliestDeadline(ReportPeriod period, CutOffRule cutOff, WorkingCalendar calendar)
    {
        Preconditions.CheckNotNull(cutOff, nameof(cutOff));
        Preconditions.CheckNotNull(calendar, nameof(calendar));
        return calendar.AddWorkingDays(period.DataWindow(cutOff).End, 1);
    }

    /// <summary>Whether a deadline respects Điều 8 khoản 5 điểm b for a period, with a message naming the dates and the rule.</summary>
    /// <param name="deadline">The deadline to check.</param>
    /// <param name="period">The reporting period.</param>
    /// <param name="cutOff">How its data window is drawn.</param>
    /// <param name="calendar">The working days; <see cref="WorkingCalendar.Default"/> when null.</param>
    /// <returns>The outcome.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="cutOff"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The dates leave the range the calendar supports (1900–2199).</exception>
    public static DeadlineCheck CheckDeadline(LocalDate deadline, ReportPeriod period, CutOffRule cutOff, WorkingCalendar? calendar = null)
    {
        calendar ??= WorkingCalendar.Default;
        LocalDate earliest = EarliestDeadline(period, cutOff, calendar);
        LocalDate cutOffEnd = period.DataWindow(cutOff).End;
        string shownDeadline = VietnameseDates.FormatNumeric(deadline);
        string shownEnd = VietnameseDates.FormatNumeric(cutOffEnd);
        string shownEarliest = VietnameseDates.FormatNumeric(earliest);
        string periodText = period.ToString();
        bool valid = deadline >= earliest;
        string message = Messages.Pick(
            Messages.Format(
                "Thời hạn gửi báo cáo {0} là {1}, {2} không ít hơn 01 ngày làm việc sau ngày kết thúc lấy số liệu {3} ({4}) theo Nghị định số 09/2019/NĐ-CP, Điều 8 khoản 5 điểm b; thời hạn sớm nhất hợp lệ là {5}.",
                periodText, shownDeadline, valid ? "bảo đảm" : "chưa bảo đảm", shownEnd, cutOff.Name, shownEarliest),
            Messages.Format(
                "The deadline {1} for the report of {0} {2} at least 01 working day after the end of data collection {3} ({4}), as Decree 09/2019/NĐ-CP Article 8(5)(b) requires; the earliest valid deadline is {5}.",
                periodText, shownDeadline, valid ? "leaves" : "does not leave", shownEnd, cutOff.Name, shownEarliest));
        return new DeadlineCheck(deadline, cutOffEnd, earliest, message);
    }
}
