using System.ComponentModel.DataAnnotations;

namespace DanVan.Reporting.Catalog;

/// <summary>
/// "Báo cáo kết quả thực hiện chương trình phối hợp về công tác dân vận" (kind id <c>chuong-trinh-phoi-hop</c>): the
/// yearly review of a coordination programme between a Ban Dân vận and a government body (e.g. the Ban cán sự đảng of
/// the provincial People's Committee) — who coordinates, the texts carried out, the results, what fell short, the
/// next year's coordination plan and the proposals.
/// </summary>
[Report(Title = "kết quả thực hiện chương trình phối hợp về công tác dân vận", Period = PeriodKind.Year)]
public partial record ChuongTrinhPhoiHop
{
    /// <summary>The document block (issuer, number, date line, signature, nơi nhận), when issued as a document.</summary>
    public DocumentInfo? Document { get; init; }

    /// <summary>The year reviewed.</summary>
    public required ReportPeriod Period { get; init; }

    /// <summary>The bodies that signed the programme.</summary>
    [Required, MinCount(2), MaxCount(20), Display(Name = "Các bên phối hợp")]
    public required IReadOnlyList<string> CacBen { get; init; }

    /// <summary>The directives and texts the coordination carries out.</summary>
    [MaxCount(Limits.Items), Display(Name = "Văn bản triển khai")]
    public IReadOnlyList<string>? VanBan { get; init; }

    /// <summary>What the coordination achieved.</summary>
    [Section("I", "KẾT QUẢ THỰC HIỆN CHƯƠNG TRÌNH PHỐI HỢP {period}")]
    [Required, StringLength(Limits.Passage), Display(Name = "Kết quả phối hợp")]
    public required string KetQua { get; init; }

    /// <summary>Results field by field, when reported so.</summary>
    [MaxCount(Limits.Items), Display(Name = "Kết quả trên từng lĩnh vực")]
    public IReadOnlyList<KetQuaLinhVuc>? KetQuaKhac { get; init; }

    /// <summary>The main figures, printed as a table.</summary>
    [Table, MaxCount(Limits.Items), Display(Name = "Một số kết quả chủ yếu")]
    public IReadOnlyList<ChiTieu>? SoLieu { get; init; }

    /// <summary>Shortcomings and their causes.</summary>
    [StringLength(Limits.Passage), Display(Name = "Hạn chế, nguyên nhân")]
    public string? HanChe { get; init; }

    /// <summary>The tasks of the period ahead.</summary>
    [Section("II", "NỘI DUNG PHỐI HỢP {next}")]
    [Required, MinCount(1), MaxCount(Limits.Items), Display(Name = "Nội dung phối hợp")]
    public required IReadOnlyList<string> NhiemVu { get; init; }

    /// <summary>Proposals to the higher level, if any.</summary>
    [MaxCount(Limits.Items), Display(Name = "Kiến nghị, đề xuất")]
    public IReadOnlyList<string>? KienNghi { get; init; }
}
