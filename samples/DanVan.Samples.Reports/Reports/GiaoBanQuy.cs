using System.ComponentModel.DataAnnotations;
using DanVan.Reporting;

namespace DanVan.Samples.Reports.Reports;

/// <summary>
/// "Báo cáo giao ban công tác dân vận quý": the quarterly briefing of a provincial Ban Dân vận with the district
/// committees, reviewing one quarter and setting the tasks of the next (seed 004).
/// </summary>
/// <remarks>
/// The title names the report's content, not the meeting it was presented at ("kết quả công tác dân vận quý II năm
/// 2024", not "giao ban … quý II"): a báo cáo's trích yếu says what it reports (docs/review-checklist.md).
/// </remarks>
[Report(Title = "kết quả công tác dân vận", Period = PeriodKind.Quarter)]
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

    /// <summary>The quarter's main figures, printed as a "Chỉ tiêu | Kết quả" table; the label names who achieved them.</summary>
    [Table, Required, Display(Name = "Một số kết quả của Lực lượng Biên phòng tỉnh")]
    public required KetQuaGiaoBan SoLieu { get; init; }

    /// <summary>Tasks for the next quarter.</summary>
    [Section("II", "NHIỆM VỤ {next}")]
    [Required, MinCount(1), Display(Name = "Nhiệm vụ")]
    public required IReadOnlyList<string> NhiemVu { get; init; }
}
