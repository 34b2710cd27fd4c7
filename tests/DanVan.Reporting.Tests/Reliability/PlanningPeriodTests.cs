namespace DanVan.Reporting.Tests.Reliability;

/// <summary>The period each kind of report plans for ("phương hướng, nhiệm vụ"); docs/planning-periods.md.</summary>
public class PlanningPeriodTests
{
    public static TheoryData<string, string> Vectors => new()
    {
        { "tháng 12 năm 2024", "tháng 01 năm 2025" },
        { "quý II năm 2024", "quý III năm 2024" },
        { "quý IV năm 2024", "quý I năm 2025" },
        { "6 tháng đầu năm 2024", "6 tháng cuối năm 2024" },
        { "6 tháng cuối năm 2024", "6 tháng đầu năm 2025" },
        { "9 tháng đầu năm 2025", "quý IV năm 2025" },
        { "năm 2024", "năm 2025" },
        { "nhiệm kỳ 2020 - 2025", "nhiệm kỳ 2025 - 2030" },
    };

    [Theory]
    [MemberData(nameof(Vectors))]
    public void PlanningPeriod_OfEachKind(string period, string planned)
    {
        Assert.Equal(ReportPeriod.Parse(planned), ReportPeriod.Parse(period).PlanningPeriod());
        Assert.Equal(ReportPeriod.Parse(planned).ToString(), DanVan.Reporting.Rendering.FieldFormatting.NextPeriod(ReportPeriod.Parse(period), upperCase: false));
    }

    [Fact]
    public void NineMonths_OptionNextNineMonths_IsTheSeriesNext()
    {
        Assert.Equal(ReportPeriod.NineMonths(2026), ReportPeriod.NineMonths(2025).PlanningPeriod(NineMonthsPlanning.NextNineMonths));
        Assert.Equal(ReportPeriod.Quarter(2025, 4), ReportPeriod.NineMonths(2025).PlanningPeriod((NineMonthsPlanning)42));
    }
}
