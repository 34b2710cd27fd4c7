using DanVan.Reporting.Calendar;
using DanVan.Reporting.Internal;
using NodaTime;

namespace DanVan.Reporting;

/// <summary>
/// One round of a periodic report collected from subordinate units ("tổng hợp báo cáo"): the period, the expected
/// units in order, the deadline (a <see cref="DeadlineRule"/> on a <see cref="WorkingCalendar"/>, Nghị định
/// 09/2019/NĐ-CP Điều 13 by default) and the submissions with the day each was received. Closing it tells, per unit,
/// on time, late by N working days or missing, and which sent twice (the later one counts), and rolls the counted
/// reports up with the generated <c>RollUp</c>.
/// </summary>
/// <remarks>
/// Submission order does not matter: for a unit that sent twice, the report received later counts, and between two
/// received the same day, the one whose source sorts last (ordinal). Not thread-safe while submitting.
/// </remarks>
/// <typeparam name="T">The report type.</typeparam>
public sealed class ReportingRound<T> : IReportingRound
    where T : class, IRollUpReport<T>
{
    private readonly Dictionary<string, int> _unitIndex = new(StringComparer.Ordinal);
    private readonly List<(int Unit, T Report, LocalDate Received, string Source)> _accepted = [];
    private readonly List<RejectedSubmission> _rejected = [];
    private readonly HashSet<string> _sources = new(StringComparer.Ordinal);
    private readonly WorkingCalendar _calendar;
    private readonly LateCounting _lateCounting;

    /// <summary>Opens a round.</summary>
    /// <param name="period">The period every submission must cover.</param>
    /// <param name="units">The expected units, in the order the roll-up lists them; names and codes must be unique.</param>
    /// <param name="deadline">How the deadline is set; <see cref="DeadlineRule.Decree09"/> when null.</param>
    /// <param name="calendar">The working days; <see cref="WorkingCalendar.Default"/> when null.</param>
    /// <param name="cutOff">How the data window is drawn (for working-day deadline rules); <see cref="CutOffRule.Decree09"/> when null.</param>
    /// <param name="lateCounting">How the working days of a late report are counted (UNVERIFIED; see <see cref="LateCounting"/>).</param>
    /// <exception cref="ArgumentNullException"><paramref name="units"/> is null.</exception>
    /// <exception cref="ArgumentException">A unit is null or blank, or two units share a name or code.</exception>
    public ReportingRound(ReportPeriod period, IEnumerable<ReportingUnit> units, DeadlineRule? deadline = null, WorkingCalendar? calendar = null, CutOffRule? cutOff = null, LateCounting lateCounting = LateCounting.FromNextWorkingDay)
    {
        _lateCounting = lateCounting;
        Preconditions.CheckNotNull(units, nameof(units));
        Period = period;
        _calendar = calendar ?? WorkingCalendar.Default;
        DeadlineRule = deadline ?? DeadlineRule.Decree09;
        Deadline = DeadlineRule.DeadlineOf(period, cutOff ?? CutOffRule.Decree09, _calendar);
        var list = new List<ReportingUnit>();
        foreach (ReportingUnit? unit in units)
        {
            if (unit is null || string.IsNullOrWhiteSpace(unit.Name))
            {
                throw new ArgumentException(Messages.Pick("Đơn vị thứ " + (list.Count + 1) + " không có tên.", "Unit " + (list.Count + 1) + " has no name."), nameof(units));
            }

            foreach (string? name in new[] { unit.Name.Trim(), unit.Code?.Trim() == unit.Name.Trim() ? null : unit.Code?.Trim() })
            {
                if (!string.IsNullOrEmpty(name) && !_unitIndex.TryAdd(name, list.Count))
                {
                    throw new ArgumentException(Messages.FormatPicked("Đơn vị {0} có trong danh sách hai lần.", "The unit {0} is listed twice.", Messages.Quote(name)), nameof(units));
                }
            }

            list.Add(unit);
        }

        Units = list.AsReadOnly();
    }

    /// <inheritdoc/>
    public ReportPeriod Period { get; }

    /// <summary>The rule that set <see cref="Deadline"/>.</summary>
    public DeadlineRule DeadlineRule { get; }

    /// <inheritdoc/>
    public LocalDate Deadline { get; }

    /// <inheritdoc/>
    public IReadOnlyList<ReportingUnit> Units { get; }

    /// <inheritdoc/>
    public RejectedSubmission? Submit(string unit, IReport report, LocalDate received, string source) =>
        report is T typed ? Submit(unit, typed, received, source) : Add(new RejectedSubmission(source, unit, "kind", Messages.FormatPicked(
            "báo cáo của {0} không đúng loại báo cáo của đợt tổng hợp.", "the report of {0} is not of the round's report kind.", Messages.Quote(unit))));

    /// <summary>
    /// Offers a unit's report: rejected (never added) when the unit is not expected, the source was already offered, the
    /// period differs from the round's, or the report fails its own Validate().
    /// </summary>
    /// <param name="unit">The unit's name or code.</param>
    /// <param name="report">Its report.</param>
    /// <param name="received">The day it was received.</param>
    /// <param name="source">Where it came from (a file name), unique per submission.</param>
    /// <returns>The rejection, or null when accepted.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public RejectedSubmission? Submit(string unit, T report, LocalDate received, string source)
    {
        Preconditions.CheckNotNull(unit, nameof(unit));
        Preconditions.CheckNotNull(report, nameof(report));
        Preconditions.CheckNotNull(source, nameof(source));
        if (!_unitIndex.TryGetValue(unit.Trim(), out int index))
        {
            return Add(new RejectedSubmission(source, unit, "unit-unknown", Messages.FormatPicked(
                "đơn vị {0} không có trong danh sách đơn vị của đợt tổng hợp; báo cáo không được tổng hợp.",
                "the unit {0} is not in the round's list of units; the report is not rolled up.", Messages.Quote(unit))));
        }

        if (!_sources.Add(source))
        {
            return Add(new RejectedSubmission(source, unit, "source-twice", Messages.FormatPicked(
                "nguồn {0} đã được nộp; lần nộp sau không được tính.", "the source {0} was already submitted; the later submission is not counted.", Messages.Quote(source))));
        }

        if (report.Period != Period)
        {
            return Add(new RejectedSubmission(source, unit, "period", Messages.FormatPicked(
                "báo cáo của {0} là kỳ {1}, không phải kỳ {2} của đợt tổng hợp; báo cáo không được tổng hợp.",
                "the report of {0} covers {1}, not the round's period {2}; it is not rolled up.", Units[index].Name, report.Period, Period)));
        }

        ReportValidationResult validation = report.Validate();
        if (!validation.IsValid)
        {
            string errors = string.Join("; ", validation.Errors.Take(3).Select(e => e.ToString()));
            return Add(new RejectedSubmission(source, unit, "invalid", Messages.FormatPicked(
                "báo cáo của {0} không hợp lệ ({1} lỗi: {2}); báo cáo không được tổng hợp.",
                "the report of {0} is not valid ({1} errors: {2}); it is not rolled up.", Units[index].Name, validation.Errors.Count, errors)));
        }

        _accepted.Add((index, report, received, source));
        return null;
    }

    /// <inheritdoc/>
    public void Reject(string source, string? unit, string code, string reason)
    {
        Preconditions.CheckNotNull(source, nameof(source));
        Add(new RejectedSubmission(source, unit, code, reason));
    }

    /// <inheritdoc/>
    RoundResult IReportingRound.Close() => Close();

    /// <summary>Closes the round: each unit's standing, the rejections and the rolled-up report.</summary>
    /// <returns>The outcome.</returns>
    public RoundResult<T> Close()
    {
        var statuses = new UnitStatus[Units.Count];
        var parts = new List<RollUpPart<T>>();
        for (int i = 0; i < Units.Count; i++)
        {
            var mine = _accepted.Where(a => a.Unit == i)
                .OrderBy(a => a.Received).ThenBy(a => a.Source, StringComparer.Ordinal).ToList();
            if (mine.Count == 0)
            {
                statuses[i] = new UnitStatus(Units[i], SubmissionStatus.Missing, null, 0, null, []);
                continue;
            }

            var counted = mine[^1];
            string[] superseded = mine.Take(mine.Count - 1).Select(a => a.Source).ToArray();
            bool isLate = counted.Received > Deadline;
            int late = 0;
            if (isLate)
            {
                LocalDate seen = _lateCounting == LateCounting.AsReceived ? counted.Received : _calendar.NextWorkingDayOnOrAfter(counted.Received);
                late = _calendar.CountWorkingDays(new DateInterval(Deadline.PlusDays(1), seen));
            }

            statuses[i] = new UnitStatus(Units[i], isLate ? SubmissionStatus.Late : SubmissionStatus.OnTime, counted.Received, late, counted.Source, superseded);
            parts.Add(new RollUpPart<T>(Units[i].Name, counted.Report));
        }

        RollUpResult<T> rolledUp = T.RollUp(new RollUpInput<T>(Period, parts));
        RejectedSubmission[] rejected = _rejected.OrderBy(r => r.Source, StringComparer.Ordinal).ThenBy(r => r.Code, StringComparer.Ordinal).ToArray();
        return new RoundResult<T>(Period, Deadline, DeadlineRule, statuses, rejected, rolledUp, parts.ToArray());
    }

    private RejectedSubmission Add(RejectedSubmission rejection)
    {
        _rejected.Add(rejection);
        return rejection;
    }
}
