using System.ComponentModel.DataAnnotations;
using DanVan.Reporting;

namespace DanVan.Samples.Reports.Reports;

/// <summary>
/// "Báo cáo giao ban công tác dân vận quý": the quarterly briefing of a provincial Ban Dân vận with the district
/// committees, reviewing one quarter and setting the tasks of the next (seed 004).
/// </summary>
[Report(Title = "giao ban công tác dân vận", Period = PeriodKind.Quarter)]
public partial record GiaoBanQuy
{
    /// <summary>The document block (issuer, number, date line, signature, nơi nhận), when the report is issued as a document.</summary>
    public DocumentInfo? Document { get; init; }

    /// <summary>The quarter reviewed.</summary>
    public required ReportPeriod Period { get; init; }

    /// <summary>Results of the quarter.</summary>
    [Section("I", "KẾT QUẢ {period}")]
    [Required, Display(Name = "Kết quả nổi bật")]
    public required string KetQua { get; init; }

    /// <summary>Work days the border guard gave to help people produce.</summary>
    [Quantity("ngày công"), Range(0, 1_000_000), Display(Name = "Ngày công giúp dân lao động sản xuất")]
    public int NgayCong { get; init; }

    /// <summary>"Đại đoàn kết" houses handed over to poor households.</summary>
    [Quantity("căn"), Range(0, 100_000), Display(Name = "Nhà Đại đoàn kết bàn giao")]
    public int SoNha { get; init; }

    /// <summary>Their total value.</summary>
    [Money, Range(0, 1_000_000_000_000), Display(Name = "Tổng trị giá")]
    public decimal TongTriGia { get; init; }

    /// <summary>Tasks for the next quarter.</summary>
    [Section("II", "NHIỆM VỤ {next}")]
    [Required, MinCount(1), Display(Name = "Nhiệm vụ")]
    public required IReadOnlyList<string> NhiemVu { get; init; }
}
