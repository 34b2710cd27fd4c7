using System.ComponentModel.DataAnnotations;

namespace DanVan.Reporting.Catalog;

/// <summary>
/// "Báo cáo tổng kết công tác dân vận năm" (kind id <c>tong-ket-nam</c>): leadership and direction, the results by
/// field of work, the figures and the "Dân vận khéo" models, the shortcomings and their causes, the lessons learned,
/// the next year's tasks and the proposals.
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

    /// <summary>Dân vận chính quyền: the mass-mobilisation work of state bodies and local governments.</summary>
    [StringLength(Limits.Passage), Display(Name = "Công tác dân vận của cơ quan nhà nước, chính quyền các cấp")]
    public string? DanVanChinhQuyen { get; init; }

    /// <summary>The Fatherland Front and the mass organisations.</summary>
    [StringLength(Limits.Passage), Display(Name = "Hoạt động của Mặt trận Tổ quốc và các tổ chức chính trị - xã hội")]
    public string? MatTranDoanThe { get; init; }

    /// <summary>The armed forces' mass-mobilisation work.</summary>
    [StringLength(Limits.Passage), Display(Name = "Công tác dân vận của lực lượng vũ trang")]
    public string? LucLuongVuTrang { get; init; }

    /// <summary>Ethnic and religious affairs.</summary>
    [StringLength(Limits.Passage), Display(Name = "Công tác dân tộc, tôn giáo")]
    public string? DanTocTonGiao { get; init; }

    /// <summary>Grassroots democracy.</summary>
    [StringLength(Limits.Passage), Display(Name = "Thực hiện dân chủ ở cơ sở")]
    public string? DanChuCoSo { get; init; }

    /// <summary>Results in other fields of work, each with its field.</summary>
    [MaxCount(Limits.Items), Display(Name = "Kết quả trên các lĩnh vực khác")]
    public IReadOnlyList<KetQuaLinhVuc>? KetQuaKhac { get; init; }

    /// <summary>The main figures, printed as a table.</summary>
    [Table, MaxCount(Limits.Items), Display(Name = "Một số kết quả chủ yếu")]
    public IReadOnlyList<ChiTieu>? SoLieu { get; init; }

    /// <summary>"Dân vận khéo" models with their fields, printed as a table.</summary>
    [Table, MaxCount(Limits.Items), Display(Name = "Mô hình \"Dân vận khéo\"")]
    public IReadOnlyList<MoHinhDanVanKheo>? MoHinh { get; init; }

    /// <summary>Shortcomings and their causes.</summary>
    [StringLength(Limits.Passage), Display(Name = "Hạn chế, nguyên nhân")]
    public string? HanChe { get; init; }

    /// <summary>Lessons learned.</summary>
    [MaxCount(Limits.Items), Display(Name = "Bài học kinh nghiệm")]
    public IReadOnlyList<string>? BaiHoc { get; init; }

    /// <summary>The tasks of the period ahead.</summary>
    [Section("II", "PHƯƠNG HƯỚNG, NHIỆM VỤ {next}")]
    [Required, MinCount(1), MaxCount(Limits.Items), Display(Name = "Nhiệm vụ trọng tâm")]
    public required IReadOnlyList<string> NhiemVu { get; init; }

    /// <summary>Proposals to the higher level, if any.</summary>
    [MaxCount(Limits.Items), Display(Name = "Kiến nghị, đề xuất")]
    public IReadOnlyList<string>? KienNghi { get; init; }
}
