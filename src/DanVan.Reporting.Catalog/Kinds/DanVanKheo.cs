using System.ComponentModel.DataAnnotations;

namespace DanVan.Reporting.Catalog;

/// <summary>
/// "Báo cáo kết quả thực hiện phong trào thi đua "Dân vận khéo"" (kind id <c>dan-van-kheo</c>): the yearly report of
/// the "skilful mass mobilisation" emulation movement — how it was led, the models registered and recognised in each
/// field (kinh tế, văn hóa - xã hội, quốc phòng - an ninh, xây dựng hệ thống chính trị), the outstanding models, what
/// fell short, the tasks ahead and the proposals.
/// </summary>
[Report(Title = "kết quả thực hiện phong trào thi đua \"Dân vận khéo\"", Period = PeriodKind.Year)]
public partial record DanVanKheo : CatalogReport
{
    /// <summary>How the movement was led, launched and spread.</summary>
    [Section("I", "KẾT QUẢ THỰC HIỆN PHONG TRÀO THI ĐUA \"DÂN VẬN KHÉO\" {period}")]
    [Required, StringLength(Limits.Passage), Display(Name = "Công tác lãnh đạo, chỉ đạo, triển khai", Order = MemberOrder.Opening)]
    [RollUp(RollUpRule.Gather)]
    public required string LanhDaoChiDao { get; init; }

    /// <summary>The models of each field: registered and recognised.</summary>
    [Table, Required, MinCount(1), MaxCount(20), Display(Name = "Mô hình \"Dân vận khéo\" theo lĩnh vực", Order = MemberOrder.Opening)]
    [RollUp(RollUpRule.ByKey, Key = nameof(DanVanKheoLinhVuc.LinhVuc))]
    public required IReadOnlyList<DanVanKheoLinhVuc> TheoLinhVuc { get; init; }

    /// <summary>The outstanding models ("mô hình tiêu biểu").</summary>
    [Table, MaxCount(Limits.Items), Display(Name = "Mô hình tiêu biểu", Order = MemberOrder.Opening)]
    [RollUp(RollUpRule.Gather, UnitMember = nameof(MoHinhDanVanKheo.DonVi))]
    public IReadOnlyList<MoHinhDanVanKheo>? MoHinhTieuBieu { get; init; }

    /// <summary>The tasks of the period ahead.</summary>
    [Section("II", "PHƯƠNG HƯỚNG, NHIỆM VỤ {next}")]
    [Required, MinCount(1), MaxCount(Limits.Items), Display(Name = "Nhiệm vụ", Order = MemberOrder.Tasks)]
    [RollUp(RollUpRule.Gather)]
    public required IReadOnlyList<string> NhiemVu { get; init; }
}
