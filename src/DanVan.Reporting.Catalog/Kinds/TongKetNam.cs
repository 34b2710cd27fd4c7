using System.ComponentModel.DataAnnotations;

namespace DanVan.Reporting.Catalog;

/// <summary>
/// "Báo cáo tổng kết công tác dân vận năm" (kind id <c>tong-ket-nam</c>): leadership and direction, the results by field of work, the figures and the "Dân vận
/// khéo" models, the shortcomings and their causes, the lessons learned, the tasks ahead and the proposals.
/// </summary>
[Report(Title = "tổng kết công tác dân vận", Period = PeriodKind.Year)]
public partial record TongKetNam
{
    /// <summary>The document block (issuer, number, date line, signature, nơi nhận), when issued as a document.</summary>
    public DocumentInfo? Document { get; init; }

    /// <summary>The year reviewed.</summary>
    public required ReportPeriod Period { get; init; }

    /// <summary>How the Party committee led and directed the work.</summary>
    [Section("I", "KẾT QUẢ CÔNG TÁC DÂN VẬN {period}")]
    [Required, StringLength(Limits.Passage), Display(Name = "Công tác lãnh đạo, chỉ đạo")]
    public required string LanhDaoChiDao { get; init; }

    /// <summary>The results, field by field.</summary>
    [Required, MinCount(1), MaxCount(Limits.Items), Display(Name = "Kết quả theo lĩnh vực")]
    public required IReadOnlyList<KetQuaLinhVuc> KetQua { get; init; }

    /// <summary>The main figures.</summary>
    [Table, MaxCount(Limits.Items), Display(Name = "Một số kết quả chủ yếu")]
    public IReadOnlyList<ChiTieu>? SoLieu { get; init; }

    /// <summary>"Dân vận khéo" models, with their fields.</summary>
    [Table, MaxCount(Limits.Items), Display(Name = "Mô hình \"Dân vận khéo\"")]
    public IReadOnlyList<MoHinhDanVanKheo>? MoHinh { get; init; }

    /// <summary>Shortcomings and their causes.</summary>
    [Section("II", "HẠN CHẾ, NGUYÊN NHÂN VÀ BÀI HỌC KINH NGHIỆM")]
    [StringLength(Limits.Passage), Display(Name = "Hạn chế, nguyên nhân")]
    public string? HanChe { get; init; }

    /// <summary>Lessons learned ("bài học kinh nghiệm").</summary>
    [MaxCount(Limits.Items), Display(Name = "Bài học kinh nghiệm")]
    public IReadOnlyList<string>? BaiHoc { get; init; }

    /// <summary>The tasks ahead.</summary>
    [Section("III", "PHƯƠNG HƯỚNG, NHIỆM VỤ {next}")]
    [Required, MinCount(1), MaxCount(Limits.Items), Display(Name = "Nhiệm vụ trọng tâm")]
    public required IReadOnlyList<string> NhiemVu { get; init; }

    /// <summary>Proposals to the higher level, if any.</summary>
    [Section("IV", "KIẾN NGHỊ, ĐỀ XUẤT")]
    [MaxCount(Limits.Items), Display(Name = "Kiến nghị, đề xuất")]
    public IReadOnlyList<string>? KienNghi { get; init; }
}
