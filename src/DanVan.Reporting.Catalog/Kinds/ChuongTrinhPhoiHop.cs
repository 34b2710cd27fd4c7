using System.ComponentModel.DataAnnotations;

namespace DanVan.Reporting.Catalog;

/// <summary>
/// "Báo cáo kết quả thực hiện chương trình phối hợp về công tác dân vận" (kind id <c>chuong-trinh-phoi-hop</c>): the
/// yearly review of a coordination programme between a Ban Dân vận and a government body (e.g. the Ban cán sự đảng of
/// the provincial People's Committee) — who coordinates, the texts carried out, the results, what fell short, the
/// next year's coordination plan and the proposals.
/// </summary>
[Report(Title = "kết quả thực hiện chương trình phối hợp về công tác dân vận", Period = PeriodKind.Year)]
public partial record ChuongTrinhPhoiHop : CatalogReport
{
    /// <summary>The bodies that signed the programme.</summary>
    [Required, MinCount(2), MaxCount(20), Display(Name = "Các bên phối hợp", Order = MemberOrder.Opening)]
    [RollUp(RollUpRule.Gather)]
    public required IReadOnlyList<string> CacBen { get; init; }

    /// <summary>The directives and texts the coordination carries out.</summary>
    [MaxCount(Limits.Items), Display(Name = "Văn bản triển khai", Order = MemberOrder.Opening)]
    [RollUp(RollUpRule.Gather)]
    public IReadOnlyList<string>? VanBan { get; init; }

    /// <summary>What the coordination achieved.</summary>
    [Section("I", "KẾT QUẢ THỰC HIỆN CHƯƠNG TRÌNH PHỐI HỢP {period}")]
    [Required, StringLength(Limits.Passage), Display(Name = "Kết quả phối hợp", Order = MemberOrder.Opening)]
    [RollUp(RollUpRule.Gather)]
    public required string KetQua { get; init; }

    /// <summary>Results field by field, when reported so.</summary>
    [MaxCount(Limits.Items), Display(Name = "Kết quả trên từng lĩnh vực", Order = MemberOrder.Opening)]
    [RollUp(RollUpRule.ByKey, Key = nameof(KetQuaLinhVuc.LinhVuc))]
    public IReadOnlyList<KetQuaLinhVuc>? KetQuaKhac { get; init; }

    /// <summary>The main figures, printed as a table.</summary>
    [Table, MaxCount(Limits.Items), Display(Name = "Một số kết quả chủ yếu", Order = MemberOrder.Opening)]
    [RollUp(RollUpRule.ByKey, Key = nameof(ChiTieu.Ten))]
    public IReadOnlyList<ChiTieu>? SoLieu { get; init; }

    /// <summary>The tasks of the period ahead.</summary>
    [Section("II", "NỘI DUNG PHỐI HỢP {next}")]
    [Required, MinCount(1), MaxCount(Limits.Items), Display(Name = "Nội dung phối hợp", Order = MemberOrder.Tasks)]
    [RollUp(RollUpRule.Gather)]
    public required IReadOnlyList<string> NhiemVu { get; init; }
}
