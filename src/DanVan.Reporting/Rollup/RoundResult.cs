using System.Globalization;
using System.Text;
using NodaTime;

namespace DanVan.Reporting;

/// <summary>
/// A closed reporting round: each unit's standing in unit order, the rejected submissions, and the rolled-up report
/// with the errors met building it.
/// </summary>
public abstract class RoundResult
{
    private protected RoundResult(ReportPeriod period, LocalDate deadline, DeadlineRule rule, IReadOnlyList<UnitStatus> units, IReadOnlyList<RejectedSubmission> rejected)
    {
        Period = period;
        Deadline = deadline;
        DeadlineRule = rule;
        Units = units;
        Rejected = rejected;
    }

    /// <summary>The round's period.</summary>
    public ReportPeriod Period { get; }

    /// <summary>The last day a report was on time.</summary>
    public LocalDate Deadline { get; }

    /// <summary>The rule that set the deadline.</summary>
    public DeadlineRule DeadlineRule { get; }

    /// <summary>Each expected unit's standing, in unit order.</summary>
    public IReadOnlyList<UnitStatus> Units { get; }

    /// <summary>The submissions not rolled up, by source.</summary>
    public IReadOnlyList<RejectedSubmission> Rejected { get; }

    /// <summary>The rolled-up report (its members at their defaults where <see cref="RollUpErrors"/> name them).</summary>
    public abstract IReport Report { get; }

    /// <summary>The members that could not be rolled up (an overflowing total, units that disagree).</summary>
    public abstract IReadOnlyList<RollUpError> RollUpErrors { get; }

    /// <summary>
    /// The "tình hình báo cáo" paragraph, in the document's language (Vietnamese): the deadline and its rule, how many
    /// units reported on time out of how many, which were late (by how many working days), which did not report, which
    /// sent twice, and which submissions were not rolled up.
    /// </summary>
    /// <returns>The paragraph.</returns>
    public string StatusText()
    {
        var text = new StringBuilder();
        int onTime = Units.Count(u => u.Status == SubmissionStatus.OnTime);
        text.Append("Thời hạn gửi báo cáo ").Append(Period.ToString()).Append(" là ngày ").Append(VietnameseDates.FormatNumeric(Deadline))
            .Append(" (").Append(DeadlineRule.Name).Append("). Có ")
            .Append(Number(onTime)).Append('/').Append(Number(Units.Count)).Append(" đơn vị gửi báo cáo đúng hạn");
        var late = Units.Where(u => u.Status == SubmissionStatus.Late).ToList();
        if (late.Count > 0)
        {
            text.Append("; ").Append(Number(late.Count)).Append(" đơn vị gửi chậm: ")
                .Append(string.Join(", ", late.Select(u => u.Unit.Name + " (chậm " + Number(u.WorkingDaysLate) + " ngày làm việc)")));
        }

        var missing = Units.Where(u => u.Status == SubmissionStatus.Missing).ToList();
        if (missing.Count > 0)
        {
            text.Append("; ").Append(Number(missing.Count)).Append(" đơn vị chưa gửi báo cáo: ").Append(string.Join(", ", missing.Select(u => u.Unit.Name)));
        }

        text.Append('.');
        var twice = Units.Where(u => u.IsDuplicate).ToList();
        if (twice.Count > 0)
        {
            text.Append(" Đơn vị gửi báo cáo nhiều lần (tổng hợp theo báo cáo nhận sau cùng): ").Append(string.Join(", ", twice.Select(u => u.Unit.Name))).Append('.');
        }

        if (Rejected.Count > 0)
        {
            text.Append(" Có ").Append(Number(Rejected.Count)).Append(" báo cáo không được tổng hợp do không hợp lệ: ")
                .Append(string.Join(", ", Rejected.Select(r => r.Unit is { Length: > 0 } unit ? r.Source + " (" + unit + ")" : r.Source))).Append('.');
        }

        return text.ToString();
    }

    /// <summary>What a unit's standing is called in the per-unit table: "Đúng hạn", "Chậm 2 ngày làm việc", "Chưa gửi".</summary>
    /// <param name="status">The unit's standing.</param>
    /// <returns>The words.</returns>
    public static string StatusWords(UnitStatus status)
    {
        ArgumentNullException.ThrowIfNull(status);
        string words = status.Status switch
        {
            SubmissionStatus.OnTime => "Đúng hạn",
            SubmissionStatus.Late => "Chậm " + Number(status.WorkingDaysLate) + " ngày làm việc",
            _ => "Chưa gửi",
        };
        return status.IsDuplicate ? words + " (gửi " + Number(status.Superseded.Count + 1) + " lần)" : words;
    }

    private protected static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}

/// <summary>A closed reporting round of <typeparamref name="T"/> reports (see <see cref="RoundResult"/>).</summary>
/// <typeparam name="T">The report type.</typeparam>
public sealed class RoundResult<T> : RoundResult
    where T : class, IRollUpReport<T>
{
    internal RoundResult(ReportPeriod period, LocalDate deadline, DeadlineRule rule, IReadOnlyList<UnitStatus> units, IReadOnlyList<RejectedSubmission> rejected, RollUpResult<T> rollUp, IReadOnlyList<RollUpPart<T>> parts)
        : base(period, deadline, rule, units, rejected)
    {
        RollUp = rollUp;
        Parts = parts;
    }

    /// <summary>The rolled-up report and its errors.</summary>
    public RollUpResult<T> RollUp { get; }

    /// <summary>The reports that were rolled up, one per unit that reported, in unit order.</summary>
    public IReadOnlyList<RollUpPart<T>> Parts { get; }

    /// <inheritdoc/>
    public override IReport Report => RollUp.Value;

    /// <inheritdoc/>
    public override IReadOnlyList<RollUpError> RollUpErrors => RollUp.Errors;

    /// <summary>
    /// The rolled-up report as a document: the report itself, opened by the "Tình hình báo cáo" paragraph and, when
    /// <paramref name="figures"/> is given, a table with one row per unit (its standing and its main figures).
    /// </summary>
    /// <param name="figures">Each unit's main figures as (column header, formatted value), or null for no table.</param>
    /// <returns>The document, rendered like any report.</returns>
    public RolledUpReport ToDocument(Func<T, IEnumerable<KeyValuePair<string, string>>>? figures = null)
    {
        RollUpTable? table = null;
        if (figures is not null)
        {
            var reports = Parts.ToDictionary(p => p.Unit, p => p.Value, StringComparer.Ordinal);
            var rows = new List<(UnitStatus Status, IReadOnlyList<KeyValuePair<string, string>> Figures)>();
            foreach (UnitStatus unit in Units)
            {
                IReadOnlyList<KeyValuePair<string, string>> values = unit.Status != SubmissionStatus.Missing && reports.TryGetValue(unit.Unit.Name, out T? report)
                    ? figures(report).ToArray()
                    : [];
                rows.Add((unit, values));
            }

            table = RollUpTable.Build(rows);
        }

        return new RolledUpReport(RollUp.Value, StatusText(), table);
    }
}
