namespace DanVan.Reporting;

/// <summary>
/// A unit expected to report in a round ("đơn vị báo cáo"), e.g. a Huyện ủy, a Đảng ủy xã, a mass organisation: its
/// name as gathered text and the status paragraph write it, and an optional code that submissions may use instead.
/// Its order is its place in the round's list.
/// </summary>
/// <param name="Name">The unit's name, e.g. "Huyện ủy Đắk Song".</param>
/// <param name="Code">An optional short code, e.g. "dak-song".</param>
public sealed record ReportingUnit(string Name, string? Code = null);
