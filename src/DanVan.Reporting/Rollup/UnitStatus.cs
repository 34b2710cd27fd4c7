using NodaTime;

namespace DanVan.Reporting;

/// <summary>One unit's standing in a closed round.</summary>
/// <param name="Unit">The unit.</param>
/// <param name="Status">On time, late or missing.</param>
/// <param name="Received">When the report that counts was received; null when missing.</param>
/// <param name="WorkingDaysLate">For a late report, the working days it is late by, counted as the round's <see cref="LateCounting"/> says; 0 otherwise.</param>
/// <param name="Source">Where the report that counts came from (a file name); null when missing.</param>
/// <param name="Superseded">The sources of the unit's other valid submissions, replaced by the later one (a duplicate).</param>
public sealed record UnitStatus(ReportingUnit Unit, SubmissionStatus Status, LocalDate? Received, int WorkingDaysLate, string? Source, IReadOnlyList<string> Superseded)
{
    /// <summary>Whether the unit sent more than one valid report ("gửi trùng").</summary>
    public bool IsDuplicate => Superseded.Count > 0;
}
