using System.ComponentModel.DataAnnotations;

namespace DanVan.Reporting.Catalog;

/// <summary>
/// "Báo cáo giao ban công tác dân vận quý" (kind id <c>giao-ban-quy</c>): the quarterly briefing of a Ban Dân vận
/// with the lower levels — the quarter's results by field, its figures and "Dân vận khéo" models, what held the work
/// back, the next quarter's tasks and the proposals.
/// </summary>
[Report(Title = "giao ban công tác dân vận", Period = PeriodKind.Quarter)]
public partial record GiaoBanQuy
{
    /// <summary>The document block, when issued as a document.</summary>
    public DocumentInfo? Document { get; init; }

    /// <summary>The quarter reviewed.</summary>
    public required ReportPeriod Period { get; init; }

    /// <summary>The quarter's results, field by field.</summary>
    [Section("I", "KẾT QUẢ CÔNG TÁC DÂN VẬN {period}")]
    [Required, MinCount(1), MaxCount(Limits.Items), Display(Name = "Kết quả theo lĩnh vực")]
    public required IReadOnlyList<KetQuaLinhVuc> KetQua { get; init; }

    /// <summary>The quarter's main figures.</summary>
    [Table, MaxCount(Limits.Items), Display(Name = "Một số kết quả chủ yếu")]
    public IReadOnlyList<ChiTieu>? SoLieu { get; init; }

    /// <summary>"Dân vận khéo" models registered or recognised in the quarter.</summary>
    [Table, MaxCount(Limits.Items), Display(Name = "Mô hình \"Dân vận khéo\"")]
    public IReadOnlyList<MoHinhDanVanKheo>? MoHinh { get; init; }

    /// <summary>Shortcomings and difficulties.</summary>
    [Section("II", "HẠN CHẾ, KHÓ KHĂN")]
    [StringLength(Limits.Passage), Display(Name = "Hạn chế, khó khăn")]
    public string? HanChe { get; init; }

    /// <summary>Tasks for the next quarter.</summary>
    [Section("III", "NHIỆM VỤ {next}")]
    [Required, MinCount(1), MaxCount(Limits.Items), Display(Name = "Nhiệm vụ")]
    public required IReadOnlyList<string> NhiemVu { get; init; }

    /// <summary>Proposals to the higher level, if any.</summary>
    [Section("IV", "KIẾN NGHỊ, ĐỀ XUẤT")]
    [MaxCount(Limits.Items), Display(Name = "Kiến nghị, đề xuất")]
    public IReadOnlyList<string>? KienNghi { get; init; }
}
