namespace DanVan.Reporting;

/// <summary>What a nine-month report ("báo cáo 9 tháng đầu năm") plans for (see <see cref="ReportPeriod.PlanningPeriod"/>).</summary>
/// <remarks>
/// No regulation found says it; reports seen plan "nhiệm vụ quý IV" or "3 tháng cuối năm", the rest of the year.
/// UNVERIFIED (docs/planning-periods.md), hence an option. An undefined value is treated as the default.
/// </remarks>
public enum NineMonthsPlanning
{
    /// <summary>The rest of the year: quý IV of the same year (the default).</summary>
    FourthQuarter,

    /// <summary>The nine months of the next year, the next period of the series (<see cref="ReportPeriod.Next"/>).</summary>
    NextNineMonths,
}
