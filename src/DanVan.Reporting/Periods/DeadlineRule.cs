using DanVan.Reporting.Calendar;
using DanVan.Reporting.Internal;
using NodaTime;

namespace DanVan.Reporting;

/// <summary>
/// How the sending deadline of a periodic report ("thời hạn gửi báo cáo", the last day the report may reach the body
/// that asked for it) is set: a fixed day of the period's last month, or a number of working days after the cut-off.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="Decree09"/> is Nghị định 09/2019/NĐ-CP Điều 13 khoản 1 (ministries and provinces to the Government:
/// "chậm nhất vào ngày 25 của tháng cuối kỳ báo cáo"). Issuers set their own rules: <see cref="DayOfLastMonth"/> for
/// another day, <see cref="WorkingDaysAfterCutOff"/> for "02 ngày làm việc kể từ ngày chốt số liệu" (Khánh Hòa, QĐ
/// 01/2023/QĐ-UBND). Whether a deadline falling on a day off moves to the next working day (Bộ luật Dân sự 2015 Điều
/// 148, a common convention for reports but not written in Nghị định 09 — UNVERIFIED) is a choice:
/// <see cref="ExtendedToWorkingDay"/>. Without it a rule gives the date as the regulation writes it.
/// </para>
/// <para>Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed class DeadlineRule
{
    private readonly bool _fixedDay;
    private readonly int _value;
    private readonly bool _extended;

    private DeadlineRule(bool fixedDay, int value, bool extended, string name)
    {
        _fixedDay = fixedDay;
        _value = value;
        _extended = extended;
        Name = name;
    }

    /// <summary>Nghị định 09/2019/NĐ-CP Điều 13: day 25 of the period's last month (quý II/2024 → 25/06/2024).</summary>
    public static DeadlineRule Decree09 { get; } = new(fixedDay: true, 25, extended: false, "Nghị định số 09/2019/NĐ-CP, Điều 13");

    /// <summary>The rule's name as written in output.</summary>
    public string Name { get; }

    /// <summary>Whether a deadline that falls on a day off moves to the next working day.</summary>
    public bool IsExtendedToWorkingDay => _extended;

    /// <summary>
    /// A fixed day of the period's last month ("chậm nhất vào ngày … của tháng cuối kỳ báo cáo"); a day past the end of a
    /// short month means that month's last day.
    /// </summary>
    /// <param name="day">The day, 1 to 31.</param>
    /// <param name="name">The rule's name in output; "chậm nhất ngày {day} của tháng cuối kỳ báo cáo" unless given.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="day"/> is outside [1-31].</exception>
    public static DeadlineRule DayOfLastMonth(int day, string? name = null)
    {
        Preconditions.CheckRange(day, 1, 31, nameof(day), "ngày của tháng cuối kỳ", "day of the last month");
        return new DeadlineRule(fixedDay: true, day, extended: false,
            name ?? Messages.Format("Chậm nhất ngày {0} của tháng cuối kỳ báo cáo", day));
    }

    /// <summary>
    /// A number of working days after the last day of the data window ("02 ngày làm việc kể từ ngày chốt số liệu"),
    /// counted as <see cref="WorkingCalendar.AddWorkingDays"/> does (the cut-off day itself not counted).
    /// </summary>
    /// <param name="days">The number of working days, 1 to 60.</param>
    /// <param name="name">The rule's name in output; "{days:00} ngày làm việc kể từ ngày chốt số liệu" unless given.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is outside [1-60].</exception>
    public static DeadlineRule WorkingDaysAfterCutOff(int days, string? name = null)
    {
        Preconditions.CheckRange(days, 1, 60, nameof(days), "số ngày làm việc", "number of working days");
        return new DeadlineRule(fixedDay: false, days, extended: false,
            name ?? Messages.Format("{0:00} ngày làm việc kể từ ngày chốt số liệu", days));
    }

    /// <summary>
    /// This rule, with a deadline that falls on a day off moved to the next working day (Bộ luật Dân sự 2015 Điều 148
    /// applied to reports by convention; UNVERIFIED).
    /// </summary>
    /// <returns>The extended rule (the same instance when already extended).</returns>
    public DeadlineRule ExtendedToWorkingDay() =>
        _extended ? this : new DeadlineRule(_fixedDay, _value, extended: true,
            Name + " (nếu trùng ngày nghỉ thì là ngày làm việc kế tiếp)");

    /// <summary>The deadline of a period's report under this rule.</summary>
    /// <param name="period">The reporting period.</param>
    /// <param name="cutOff">How its data window is drawn (used by <see cref="WorkingDaysAfterCutOff"/>).</param>
    /// <param name="calendar">The working days (used by <see cref="WorkingDaysAfterCutOff"/> and <see cref="ExtendedToWorkingDay"/>).</param>
    /// <returns>The last day the report may be sent.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="cutOff"/> or <paramref name="calendar"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The dates leave the range the calendar supports (1900–2199).</exception>
    public LocalDate DeadlineOf(ReportPeriod period, CutOffRule cutOff, WorkingCalendar calendar)
    {
        Preconditions.CheckNotNull(cutOff, nameof(cutOff));
        Preconditions.CheckNotNull(calendar, nameof(calendar));
        LocalDate deadline;
        if (_fixedDay)
        {
            YearMonth month = period.LastMonth;
            deadline = month.OnDayOfMonth(Math.Min(_value, month.ToDateInterval().Length));
        }
        else
        {
            deadline = calendar.AddWorkingDays(period.DataWindow(cutOff).End, _value);
        }

        return _extended ? calendar.NextWorkingDayOnOrAfter(deadline) : deadline;
    }

    /// <summary>The rule's <see cref="Name"/>.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Name;
}
