namespace DanVan.Reporting;

/// <summary>The administrative level of an issuing body ("cấp"), used by the date-aware checks of <see cref="DocumentInfo.Validate"/>.</summary>
/// <remarks>
/// Until 30/6/2025 Vietnam had three local levels: province (tỉnh), district (huyện, quận, thị xã, thành phố thuộc tỉnh)
/// and commune (xã, phường, thị trấn). From 1/7/2025 local government has two levels, province and commune; the district
/// level no longer exists (docs/domain/organisations.md §0.3, [S-62]).
/// </remarks>
public enum IssuerLevel
{
    /// <summary>A central body: Ban Chấp hành Trung ương, a central ban, a ministry ("cấp Trung ương").</summary>
    Central,

    /// <summary>A province or centrally run city and its bodies: Tỉnh ủy, Ủy ban nhân dân tỉnh ("cấp tỉnh").</summary>
    Province,

    /// <summary>A district and its bodies: Huyện ủy, Ủy ban nhân dân huyện ("cấp huyện"); abolished from 1/7/2025.</summary>
    District,

    /// <summary>A commune, ward or town and its bodies: Đảng ủy xã, Ủy ban nhân dân phường ("cấp xã").</summary>
    Commune,
}
