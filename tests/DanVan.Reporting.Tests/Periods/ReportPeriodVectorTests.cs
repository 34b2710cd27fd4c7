using DanVan.Reporting;

namespace DanVan.Reporting.Tests.Periods;

/// <summary>Vectors D1–D20 and J1–J2 of docs/domain/vectors.md.</summary>
public class ReportPeriodVectorTests
{
    public static TheoryData<string, string, string, int> Decree09Windows => new()
    {
        // period text, window from, window to, days
        { "Tháng 01/2024", "2023-12-15", "2024-01-14", 31 },   // D1
        { "Tháng 02/2024", "2024-01-15", "2024-02-14", 31 },   // D2
        { "Tháng 03/2024", "2024-02-15", "2024-03-14", 29 },   // D3 (leap February)
        { "Tháng 06/2024", "2024-05-15", "2024-06-14", 31 },   // D4
        { "Tháng 12/2024", "2024-11-15", "2024-12-14", 30 },   // D5
        { "Tháng 01/2025", "2024-12-15", "2025-01-14", 31 },   // D6
        { "Tháng 03/2025", "2025-02-15", "2025-03-14", 28 },   // D7
        { "Quý I/2024", "2023-12-15", "2024-03-14", 91 },      // D8
        { "Quý II/2024", "2024-03-15", "2024-06-14", 92 },     // D9
        { "Quý III/2024", "2024-06-15", "2024-09-14", 92 },    // D10
        { "Quý IV/2024", "2024-09-15", "2024-12-14", 91 },     // D11
        { "Quý I/2025", "2024-12-15", "2025-03-14", 90 },      // D12
        { "6 tháng đầu năm 2024", "2023-12-15", "2024-06-14", 183 },  // D13
        { "6 tháng cuối năm 2024", "2024-06-15", "2024-12-14", 183 }, // D14
        { "6 tháng đầu năm 2025", "2024-12-15", "2025-06-14", 182 },  // D15
        { "Năm 2024", "2023-12-15", "2024-12-14", 366 },              // D16
        { "Năm 2025", "2024-12-15", "2025-12-14", 365 },              // D17
        { "9 tháng năm 2024", "2023-12-15", "2024-09-14", 275 },      // D18 (local rule, not in ND 09)
    };

    [Theory]
    [MemberData(nameof(Decree09Windows))]
    public void DataWindow_Decree09_MatchesVector(string periodText, string from, string to, int days)
    {
        ReportPeriod period = ReportPeriod.Parse(periodText);

        DateInterval window = period.DataWindow(CutOffRule.Decree09);

        Assert.Equal(NodaTime.Text.LocalDatePattern.Iso.Parse(from).Value, window.Start);
        Assert.Equal(NodaTime.Text.LocalDatePattern.Iso.Parse(to).Value, window.End);
        Assert.Equal(days, window.Length);
    }

    [Fact]
    public void DataWindow_NineMonthsUnderDecree09_SaysItIsALocalRule()
    {
        string basis = CutOffRule.Decree09.Basis(PeriodKind.NineMonths);

        Assert.Contains("không quy định kỳ 9 tháng", basis, StringComparison.Ordinal);
        Assert.Equal("Nghị định số 09/2019/NĐ-CP, Điều 12", CutOffRule.Decree09.Basis(PeriodKind.Quarter));
    }

    [Fact]
    public void ReportTitle_D19_FindsFirstHalfAndBothWindows()
    {
        IReadOnlyList<ReportPeriod> found = ReportPeriod.FindIn("Báo cáo sơ kết công tác dân vận 6 tháng đầu năm 2024");

        ReportPeriod period = Assert.Single(found);
        Assert.Equal(ReportPeriod.FirstHalf(2024), period);
        Assert.Equal(new DateInterval(new LocalDate(2023, 12, 15), new LocalDate(2024, 6, 14)), period.DataWindow(CutOffRule.Decree09));
        Assert.Equal(new DateInterval(new LocalDate(2024, 1, 1), new LocalDate(2024, 6, 30)), period.DataWindow(CutOffRule.Calendar));
    }

    [Fact]
    public void MeetingName_D20_FindsReviewedAndPlannedQuarters()
    {
        IReadOnlyList<ReportPeriod> found = ReportPeriod.FindIn(
            "Hội nghị giao ban công tác dân vận quý II, triển khai nhiệm vụ quý III năm 2024");

        Assert.Equal([ReportPeriod.Quarter(2024, 2), ReportPeriod.Quarter(2024, 3)], found);
        Assert.Equal(found[1], found[0].Next());
    }

    [Fact]
    public void Containing_J1_DateInMayIsQuarterTwo()
    {
        ReportPeriod quarter = ReportPeriod.Containing(new LocalDate(2024, 5, 10), PeriodKind.Quarter, CutOffRule.Calendar);

        Assert.Equal("quý II năm 2024", quarter.ToString());
    }

    [Theory]
    [InlineData(1, "quý I năm 2024")]
    [InlineData(2, "quý II năm 2024")]
    [InlineData(3, "quý III năm 2024")]
    [InlineData(4, "quý IV năm 2024")]
    public void ToString_J2_QuarterInRomanNumerals(int quarter, string expected) =>
        Assert.Equal(expected, ReportPeriod.Quarter(2024, quarter).ToString());
}
