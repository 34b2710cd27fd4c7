using System.ComponentModel.DataAnnotations;

namespace DanVan.Reporting.Catalog;

/// <summary>
/// "Báo cáo giao ban công tác dân vận quý" (kind id <c>giao-ban-quy</c>): the quarterly briefing of a Ban Dân vận with
/// the lower levels — the quarter's main results, the results by field of work, its figures and "Dân vận khéo"
/// models, what held the work back, the next quarter's tasks and the proposals.
/// </summary>
[Report(Title = "giao ban công tác dân vận", Period = PeriodKind.Quarter)]
public partial record GiaoBanQuy
{
    /// <summary>The document block (issuer, number, date line, signature, nơi nhận), when issued as a document.</summary>
    public DocumentInfo? Document { get; init; }

    /// <summary>The quarter reviewed.</summary>
    public required ReportPeriod Period { get; init; }

    /// <summary>The quarter's main results.</summary>
    [Section("I", "KẾT QUẢ CÔNG TÁC DÂN VẬN {period}")]
    [Required, StringLength(Limits.Passage), Display(Name = "Kết quả nổi bật")]
    [RollUp(RollUpRule.Gather)]
    public required string KetQuaNoiBat { get; init; }

    /// <summary>Dân vận chính quyền: the mass-mobilisation work of state bodies and local governments.</summary>
    [StringLength(Limits.Passage), Display(Name = "Công tác dân vận của cơ quan nhà nước, chính quyền các cấp")]
    [RollUp(RollUpRule.Gather)]
    public string? DanVanChinhQuyen { get; init; }

    /// <summary>The Fatherland Front and the mass organisations.</summary>
    [StringLength(Limits.Passage), Display(Name = "Hoạt động của Mặt trận Tổ quốc và các tổ chức chính trị - xã hội")]
    [RollUp(RollUpRule.Gather)]
    public string? MatTranDoanThe { get; init; }

    /// <summary>The armed forces' mass-mobilisation work.</summary>
    [StringLength(Limits.Passage), Display(Name = "Công tác dân vận của lực lượng vũ trang")]
    [RollUp(RollUpRule.Gather)]
    public string? LucLuongVuTrang { get; init; }

    /// <summary>Ethnic and religious affairs.</summary>
    [StringLength(Limits.Passage), Display(Name = "Công tác dân tộc, tôn giáo")]
    [RollUp(RollUpRule.Gather)]
    public string? DanTocTonGiao { get; init; }

    /// <summary>Grassroots democracy.</summary>
    [StringLength(Limits.Passage), Display(Name = "Thực hiện dân chủ ở cơ sở")]
    [RollUp(RollUpRule.Gather)]
    public string? DanChuCoSo { get; init; }

    /// <summary>Results in other fields of work, each with its field.</summary>
    [MaxCount(Limits.Items), Display(Name = "Kết quả trên các lĩnh vực khác")]
    [RollUp(RollUpRule.ByKey, Key = nameof(KetQuaLinhVuc.LinhVuc))]
    public IReadOnlyList<KetQuaLinhVuc>? KetQuaKhac { get; init; }

    /// <summary>The main figures, printed as a table.</summary>
    [Table, MaxCount(Limits.Items), Display(Name = "Một số kết quả chủ yếu")]
    [RollUp(RollUpRule.ByKey, Key = nameof(ChiTieu.Ten))]
    public IReadOnlyList<ChiTieu>? SoLieu { get; init; }

    /// <summary>"Dân vận khéo" models with their fields, printed as a table.</summary>
    [Table, MaxCount(Limits.Items), Display(Name = "Mô hình \"Dân vận khéo\"")]
    [RollUp(RollUpRule.Gather, UnitMember = nameof(MoHinhDanVanKheo.DonVi))]
    public IReadOnlyList<MoHinhDanVanKheo>? MoHinh { get; init; }

    /// <summary>Shortcomings and difficulties.</summary>
    [StringLength(Limits.Passage), Display(Name = "Hạn chế, khó khăn")]
    [RollUp(RollUpRule.Gather)]
    public string? HanChe { get; init; }

    /// <summary>The tasks of the period ahead.</summary>
    [Section("II", "NHIỆM VỤ {next}")]
    [Required, MinCount(1), MaxCount(Limits.Items), Display(Name = "Nhiệm vụ")]
    [RollUp(RollUpRule.Gather)]
    public required IReadOnlyList<string> NhiemVu { get; init; }

    /// <summary>Proposals to the higher level, if any.</summary>
    [MaxCount(Limits.Items), Display(Name = "Kiến nghị, đề xuất")]
    [RollUp(RollUpRule.Gather)]
    public IReadOnlyList<string>? KienNghi { get; init; }
}
