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

    /// <summary>Who reports.</summary>
    [Required, Display(Name = "Đơn vị báo cáo")]
    public required string DonVi { get; init; }

    /// <summary>Leadership and direction of the work.</summary>
    [Section("I", "KẾT QUẢ CÔNG TÁC DÂN VẬN {period}")]
    [Required, StringLength(20_000, MinimumLength = 20), Display(Name = "Công tác lãnh đạo, chỉ đạo")]
    public required string LanhDaoChiDao { get; init; }

    /// <summary>The poverty rate among ethnic-minority households, in percent.</summary>
    [Percent, Range(0, 100), Display(Name = "Tỷ lệ hộ nghèo đồng bào dân tộc thiểu số")]
    public decimal? TyLeHoNgheo { get; init; }

    /// <summary>Land converted from low-yield cassava.</summary>
    [Quantity("ha"), Range(0, 1_000_000), Display(Name = "Diện tích chuyển đổi cây trồng")]
    public decimal? DienTichChuyenDoi { get; init; }

    /// <summary>Communes of the sustainable poverty-reduction programme.</summary>
    [Quantity("xã"), Range(0, 10_000), Display(Name = "Số xã thực hiện Chương trình giảm nghèo bền vững")]
    public int? SoXaGiamNgheo { get; init; }

    /// <summary>"Dân vận khéo" models (skilful mass mobilisation), each with its own rules.</summary>
    [Display(Name = "Mô hình \"Dân vận khéo\"")]
    public IReadOnlyList<MoHinhDanVanKheo>? MoHinh { get; init; }

    /// <summary>Tasks for the next half year.</summary>
    [Section("II", "PHƯƠNG HƯỚNG, NHIỆM VỤ {next}")]
    [Required, MinCount(1), Display(Name = "Nhiệm vụ trọng tâm")]
    public required IReadOnlyList<string> NhiemVu { get; init; }
}
