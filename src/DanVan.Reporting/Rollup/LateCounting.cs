namespace DanVan.Reporting;

/// <summary>
/// How many working days a late report is late by. The regulations set the deadline, not how lateness is measured:
/// this is the SDK's choice (UNVERIFIED), an option of <see cref="ReportingRound{T}"/>.
/// </summary>
public enum LateCounting
{
    /// <summary>
    /// The default: the working days from the day after the deadline to the day received, both included, a report
    /// received on a day off counting as received on the next working day (the office's first day to see it). A late
    /// report is always at least 1 working day late.
    /// </summary>
    FromNextWorkingDay,

    /// <summary>
    /// The working days from the day after the deadline to the day received, both included, as they fall: a report
    /// received on the Saturday after a Friday deadline is late by 0 working days (but still late).
    /// </summary>
    AsReceived,
}
