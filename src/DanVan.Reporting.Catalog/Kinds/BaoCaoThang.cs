using System.ComponentModel.DataAnnotations;

namespace DanVan.Reporting.Catalog;

/// <summary>
/// "Báo cáo công tác dân vận tháng" (kind id <c>bao-cao-thang</c>): the monthly report of a Ban Dân vận or a Khối
/// Dân vận — the people's mood, the month's results by field of work, its figures, the next month's tasks and the
/// proposals to the higher level.
/// </summary>
[Report(Title = "công tác dân vận", Period = PeriodKind.Month)]
public partial record BaoCaoThang
{
    /// <summary>The document block (issuer, number, date line, signature, nơi nhận), when issued as a document.</summary>
    public DocumentInfo? Document { get; init; }

    /// <summary>The month reported.</summary>
    public required ReportPeriod Period { get; init; }

    /// <summary>The people's situation and mood ("tình hình tư tưởng nhân dân") in the month.</summary>
    [Section("I", "TÌNH HÌNH NHÂN DÂN")]
    [Required, StringLength(Limits.Passage), Display(Name = "Tình hình tư tưởng, tâm trạng nhân dân")]
    public required string TinhHinhNhanDan { get; init; }

    /// <summary>The month's results, field by field.</summary>
    [Section("II", "KẾT QUẢ CÔNG TÁC DÂN VẬN {period}")]
    [Required, MinCount(1), MaxCount(Limits.Items), Display(Name = "Kết quả theo lĩnh vực")]
    public required IReadOnlyList<KetQuaLinhVuc> KetQua { get; init; }

    /// <summary>The month's main figures.</summary>
    [Table, MaxCount(Limits.Items), Display(Name = "Một số kết quả chủ yếu")]
    public IReadOnlyList<ChiTieu>? SoLieu { get; init; }

    /// <summary>Tasks for the next month.</summary>
    [Section("III", "NHIỆM VỤ {next}")]
    [Required, MinCount(1), MaxCount(Limits.Items), Display(Name = "Nhiệm vụ")]
    public required IReadOnlyList<string> NhiemVu { get; init; }

    /// <summary>Proposals to the higher level, if any.</summary>
    [Section("IV", "KIẾN NGHỊ, ĐỀ XUẤT")]
    [MaxCount(Limits.Items), Display(Name = "Kiến nghị, đề xuất")]
    public IReadOnlyList<string>? KienNghi { get; init; }
}
