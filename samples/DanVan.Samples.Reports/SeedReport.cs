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
/// <param name="System">
/// The issuer's system: Party bodies (all five seeds) are not governed by Nghị định 09/2019/NĐ-CP, whose data cut-off
/// applies to state administrative bodies only, so the summary prints whose rule applies.
/// </param>
/// <param name="Place">
/// The place name of the date line: where the issuing body sits (a province's body writes the province), not the venue
/// of the meeting; null when the article does not give it.
/// </param>
/// <param name="Venue">Where the meeting was held, when the article says and it differs from <paramref name="Place"/>.</param>
/// <param name="MeetingDate">The day of the meeting, or null when the article does not say ("Vừa qua").</param>
/// <param name="MeetingTime">The time of the meeting, or null when the article gives no part of the day.</param>
/// <param name="Period">The period the report reviews.</param>
/// <param name="Facts">Figures and references the article reports, typed.</param>
internal sealed record SeedReport(
    string Source,
    string Title,
    string Issuer,
    DocumentSystem System,
    string? Place,
    string? Venue,
    LocalDate? MeetingDate,
    LocalTime? MeetingTime,
    ReportPeriod Period,
    IReadOnlyList<SeedFact> Facts);
