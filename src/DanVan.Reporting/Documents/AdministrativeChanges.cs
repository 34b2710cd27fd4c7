using NodaTime;

namespace DanVan.Reporting;

/// <summary>The dates of recent organisational changes that <see cref="DocumentInfo.Validate"/> checks documents against.</summary>
public static class AdministrativeChanges
{
    /// <summary>
    /// 1/7/2025: local government has two levels (34 provinces and cities, 3.321 communes); district-level bodies no
    /// longer exist (docs/domain/organisations.md §0.3, [S-62]).
    /// </summary>
    public static LocalDate TwoLevelLocalGovernment { get; } = new(2025, 7, 1);

    /// <summary>
    /// 3/2/2025: the Central Committee announced the merger of Ban Tuyên giáo Trung ương and Ban Dân vận Trung ương into
    /// Ban Tuyên giáo và Dân vận Trung ương (docs/domain/organisations.md §0.2, [S-60]).
    /// </summary>
    /// <remarks>
    /// Local committees merged their bans during 2025 ("ở các cấp", [S-61]) on dates that differ by province and are not
    /// in the reference. The earliest date is used so that no renamed issuer is missed; the warning says a local ban may
    /// have kept its name for some weeks after it.
    /// </remarks>
    public static LocalDate DanVanMerger { get; } = new(2025, 2, 3);
}
