using System.ComponentModel.DataAnnotations;
using DanVan.Reporting;

namespace DanVan.Samples.Reports.Reports;

/// <summary>
/// "Báo cáo sơ kết công tác dân vận 6 tháng": the mid-year review of mass-mobilisation work that a Party committee or
/// its Ban Dân vận presents at the "hội nghị sơ kết" (seeds 000, 001 and 003).
/// </summary>
[Report(Title = "sơ kết công tác dân vận", Period = PeriodKind.FirstHalf)]
public partial record SoKetCongTacDanVan
{
    /// <summary>The document block (issuer, number, date line, signature, nơi nhận), when the report is issued as a document.</summary>
    public DocumentInfo? Document { get; init; }

    /// <summary>The half year reviewed.</summary>
    public required ReportPeriod Period { get; init; }

    /// <summary>Leadership and direction of the work.</summary>
    [Section("I", "KẾT QUẢ CÔNG TÁC DÂN VẬN {period}")]
    [Required, StringLength(20_000, MinimumLength = 20), Display(Name = "Công tác lãnh đạo, chỉ đạo")]
    public required string LanhDaoChiDao { get; init; }

    /// <summary>
    /// Land the committee directed the communes to survey and persuade farmers to convert from cassava and other low-yield
    /// crops: a target of the direction, not land already converted (seed 000), so the label says so.
    /// </summary>
    [Quantity("ha"), Range(0, 1_000_000), Display(Name = "Diện tích chỉ đạo rà soát, vận động chuyển đổi sang cây trồng có giá trị kinh tế cao hơn (mục tiêu)")]
    public decimal? DienTichChuyenDoi { get; init; }

    /// <summary>Communes where the livelihood-diversification project of the poverty-reduction programme was carried out (a result).</summary>
    [Quantity("xã"), Range(0, 10_000), Display(Name = "Số xã triển khai Dự án Đa dạng hóa sinh kế (Chương trình giảm nghèo bền vững)")]
    public int? SoXaGiamNgheo { get; init; }

    /// <summary>"Dân vận khéo" models (skilful mass mobilisation), each with its own rules.</summary>
    [Display(Name = "Mô hình “Dân vận khéo”")]
    public IReadOnlyList<MoHinhDanVanKheo>? MoHinh { get; init; }

    /// <summary>Difficulties and shortcomings of the period, with who raised them: a figure here is a difficulty, not a result.</summary>
    [StringLength(20_000), Display(Name = "Khó khăn, hạn chế")]
    public string? KhoKhan { get; init; }

    /// <summary>The poverty rate among ethnic-minority households, in percent: a difficulty (seed 001), printed after <see cref="KhoKhan"/>.</summary>
    [Percent, Range(0, 100), Display(Name = "Tỷ lệ hộ nghèo đồng bào dân tộc thiểu số")]
    public decimal? TyLeHoNgheo { get; init; }

    /// <summary>Tasks for the next half year.</summary>
    [Section("II", "PHƯƠNG HƯỚNG, NHIỆM VỤ {next}")]
    [Required, MinCount(1), Display(Name = "Nhiệm vụ trọng tâm")]
    public required IReadOnlyList<string> NhiemVu { get; init; }
}
