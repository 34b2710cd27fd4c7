using NodaTime;

namespace DanVan.Reporting;

/// <summary>
/// A reporting round without its report type: what a tool that reads reports of any catalog kind uses (see
/// <see cref="ReportingRound{T}"/>).
/// </summary>
public interface IReportingRound
{
    /// <summary>The period every submission must cover.</summary>
    ReportPeriod Period { get; }

    /// <summary>The last day a report may be received on time.</summary>
    LocalDate Deadline { get; }

    /// <summary>The expected units, in order.</summary>
    IReadOnlyList<ReportingUnit> Units { get; }

    /// <summary>
    /// Offers a unit's report: it is rejected (never added) when the unit is not expected, the report is of another kind
    /// or period, or fails its own Validate().
    /// </summary>
    /// <param name="unit">The unit's name or code.</param>
    /// <param name="report">Its report.</param>
    /// <param name="received">The day it was received.</param>
    /// <param name="source">Where it came from (a file name), unique per submission.</param>
    /// <returns>The rejection, or null when accepted.</returns>
    RejectedSubmission? Submit(string unit, IReport report, LocalDate received, string source);

    /// <summary>Records a submission rejected before it could be read (unreadable JSON, say).</summary>
    /// <param name="source">Where it came from.</param>
    /// <param name="unit">The unit it was for, if known.</param>
    /// <param name="code">A stable code.</param>
    /// <param name="reason">Why.</param>
    void Reject(string source, string? unit, string code, string reason);

    /// <summary>Closes the round: each unit's standing, the rejections and the rolled-up report.</summary>
    /// <returns>The outcome.</returns>
    RoundResult Close();
}
