using System.ComponentModel.DataAnnotations;

namespace DanVan.Reporting.Catalog;

/// <summary>
/// The kinds that review dân vận work field by field (the monthly report, the quarterly briefing, the 6- and 9-month
/// reviews, the year and term reviews): dân vận chính quyền, the Fatherland Front and the mass organisations, the armed
/// forces, ethnic and religious affairs, grassroots democracy, other fields, the main figures and the "Dân vận khéo"
/// models, after the kind's own opening member.
/// </summary>
public abstract record FieldsOfWorkReport : CatalogReport
{
    /// <summary>Dân vận chính quyền: the mass-mobilisation work of state bodies and local governments.</summary>
    [StringLength(Limits.Passage), Display(Name = "Công tác dân vận của cơ quan nhà nước, chính quyền các cấp", Order = MemberOrder.FieldsOfWork)]
    [RollUp(RollUpRule.Gather)]
    public string? DanVanChinhQuyen { get; init; }

    /// <summary>The Fatherland Front and the mass organisations.</summary>
    [StringLength(Limits.Passage), Display(Name = "Hoạt động của Mặt trận Tổ quốc và các tổ chức chính trị - xã hội", Order = MemberOrder.FieldsOfWork)]
    [RollUp(RollUpRule.Gather)]
    public string? MatTranDoanThe { get; init; }

    /// <summary>The armed forces' mass-mobilisation work.</summary>
    [StringLength(Limits.Passage), Display(Name = "Công tác dân vận của lực lượng vũ trang", Order = MemberOrder.FieldsOfWork)]
    [RollUp(RollUpRule.Gather)]
    public string? LucLuongVuTrang { get; init; }

    /// <summary>Ethnic and religious affairs.</summary>
    [StringLength(Limits.Passage), Display(Name = "Công tác dân tộc, tôn giáo", Order = MemberOrder.FieldsOfWork)]
    [RollUp(RollUpRule.Gather)]
    public string? DanTocTonGiao { get; init; }

    /// <summary>Grassroots democracy.</summary>
    [StringLength(Limits.Passage), Display(Name = "Thực hiện dân chủ ở cơ sở", Order = MemberOrder.FieldsOfWork)]
    [RollUp(RollUpRule.Gather)]
    public string? DanChuCoSo { get; init; }

    /// <summary>Results in other fields of work, each with its field.</summary>
    [MaxCount(Limits.Items), Display(Name = "Kết quả trên các lĩnh vực khác", Order = MemberOrder.FieldsOfWork)]
    [RollUp(RollUpRule.ByKey, Key = nameof(KetQuaLinhVuc.LinhVuc))]
    public IReadOnlyList<KetQuaLinhVuc>? KetQuaKhac { get; init; }

    /// <summary>The main figures, printed as a table.</summary>
    [Table, MaxCount(Limits.Items), Display(Name = "Một số kết quả chủ yếu", Order = MemberOrder.FieldsOfWork)]
    [RollUp(RollUpRule.ByKey, Key = nameof(ChiTieu.Ten))]
    public IReadOnlyList<ChiTieu>? SoLieu { get; init; }

    /// <summary>"Dân vận khéo" models with their fields, printed as a table.</summary>
    [Table, MaxCount(Limits.Items), Display(Name = "Mô hình \"Dân vận khéo\"", Order = MemberOrder.FieldsOfWork)]
    [RollUp(RollUpRule.Gather, UnitMember = nameof(MoHinhDanVanKheo.DonVi))]
    public IReadOnlyList<MoHinhDanVanKheo>? MoHinh { get; init; }
}
