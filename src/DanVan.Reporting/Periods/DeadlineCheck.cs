using NodaTime;

namespace DanVan.Reporting;

/// <summary>
/// The outcome of <see cref="ReportDeadlines.CheckDeadline"/>: whether a sending deadline leaves the working day that
/// Nghị định 09/2019/NĐ-CP Điều 8 khoản 5 điểm b requires after the end of the data window, with a message naming the
/// dates and the rule.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class DeadlineCheck
{
    internal DeadlineCheck(LocalDate deadline, LocalDate cutOffEnd, LocalDate earliestValidDeadline, string message)
    {
        Deadline = deadline;
        CutOffEnd = cutOffEnd;
        EarliestValidDeadline = earliestValidDeadline;
        Message = message;
    }

    /// <summary>Whether the deadline respects the rule (it is on or after <see cref="EarliestValidDeadline"/>).</summary>
    public bool IsValid => Deadline >= EarliestValidDeadline;

    /// <summary>The deadline checked.</summary>
    public LocalDate Deadline { get; }

    /// <summary>The last day of the data window ("thời điểm kết thúc việc lấy số liệu").</summary>
    public LocalDate CutOffEnd { get; }

    /// <summary>The earliest deadline the rule allows: the first working day after <see cref="CutOffEnd"/>.</summary>
    public LocalDate EarliestValidDeadline { get; }

    /// <summary>What the check found, naming the dates and the rule, in the language of <see cref="MessageSettings.Language"/>.</summary>
    public string Message { get; }

    /// <summary>The <see cref="Message"/>.</summary>
    /// <returns>The message.</returns>
    public override string ToString() => Message;
}
