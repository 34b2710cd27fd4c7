using System.ComponentModel.DataAnnotations;
using DanVan.Reporting;

namespace DanVan.Samples.Reports.Reports;

/// <summary>
/// "Báo cáo kết quả thực hiện chương trình phối hợp về công tác dân vận": the yearly review of the coordination
/// programme between a provincial Ban Dân vận and the Party committee of the provincial People's Committee (Ban cán sự
/// đảng UBND tỉnh), with the plan for the year (seed 002).
/// </summary>
/// <remarks>
/// The title with its period reads "kết quả thực hiện chương trình phối hợp về công tác dân vận và kế hoạch phối hợp năm
/// 2024": the year is the plan's, not a year of results (seed 002's article, in May 2024, reviews the programme so far
/// and adopts the 2024 plan).
/// </remarks>
[Report(Title = "kết quả thực hiện chương trình phối hợp về công tác dân vận và kế hoạch phối hợp", Period = PeriodKind.Year)]
public partial record SoKetPhoiHop
{
    /// <summary>The document block, when the report is issued as a document.</summary>
    public DocumentInfo? Document { get; init; }

    /// <summary>The year whose plan is adopted.</summary>
    public required ReportPeriod Period { get; init; }

    /// <summary>What the coordination achieved.</summary>
    [Section("I", "KẾT QUẢ THỰC HIỆN CHƯƠNG TRÌNH PHỐI HỢP")]
    [Required, Display(Name = "Kết quả phối hợp")]
    public required string KetQua { get; init; }

    /// <summary>The directives the coordination carries out.</summary>
    [MinCount(1), Display(Name = "Văn bản triển khai")]
    public IReadOnlyList<string>? VanBan { get; init; }

    /// <summary>The plan for the year.</summary>
    [Section("II", "KẾ HOẠCH PHỐI HỢP {period}")]
    [Required, MinCount(1), Display(Name = "Nội dung phối hợp")]
    public required IReadOnlyList<string> NhiemVu { get; init; }
}
