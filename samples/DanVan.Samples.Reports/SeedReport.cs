using DanVan.Reporting;
using NodaTime;

namespace DanVan.Samples.Reports;

/// <summary>
/// The facts of one seed article (a news report of a dân vận meeting), typed: who reported, on what period, when and
/// where the meeting was held.
/// </summary>
/// <param name="Source">The seed article the facts come from.</param>
/// <param name="Title">The article's headline.</param>
/// <param name="Issuer">The body that held the meeting and issues the report.</param>
/// <param name="Place">The place name of the date line, or null when the article does not give it.</param>
/// <param name="MeetingDate">The day of the meeting, or null when the article does not say ("Vừa qua").</param>
/// <param name="MeetingTime">The time of the meeting, or null when the article gives no part of the day.</param>
/// <param name="Period">The period the report reviews.</param>
/// <param name="Facts">Figures and references the article reports, typed.</param>
internal sealed record SeedReport(
    string Source,
    string Title,
    string Issuer,
    string? Place,
    LocalDate? MeetingDate,
    LocalTime? MeetingTime,
    ReportPeriod Period,
    IReadOnlyList<SeedFact> Facts);
