using System.ComponentModel.DataAnnotations;

namespace DanVan.Reporting.Catalog;

/// <summary>
/// "Báo cáo giao ban công tác dân vận quý" (kind id <c>giao-ban-quy</c>): the quarterly briefing of a Ban Dân vận with
/// the lower levels — the quarter's main results, the results by field of work, its figures and "Dân vận khéo"
/// models, what held the work back, the next quarter's tasks and the proposals.
/// </summary>
[Report(Title = "giao ban công tác dân vận", Period = PeriodKind.Quarter)]
public partial record GiaoBanQuy : FieldsOfWorkReport
{
    /// <summary>The quarter's main results.</summary>
    [Section("I", "KẾT QUẢ CÔNG TÁC DÂN VẬN {period}")]
    [Required, StringLength(Limits.Passage), Display(Name = "Kết quả nổi bật", Order = MemberOrder.Opening)]
    [RollUp(RollUpRule.Gather)]
    public required string KetQuaNoiBat { get; init; }

    /// <summary>Shortcomings and difficulties.</summary>
    [StringLength(Limits.Passage), Display(Name = "Hạn chế, khó khăn", Order = MemberOrder.Shortcomings)]
    [RollUp(RollUpRule.Gather)]
    public override string? HanChe { get; init; }

    /// <summary>The tasks of the period ahead.</summary>
    [Section("II", "NHIỆM VỤ {next}")]
    [Required, MinCount(1), MaxCount(Limits.Items), Display(Name = "Nhiệm vụ", Order = MemberOrder.Tasks)]
    [RollUp(RollUpRule.Gather)]
    public required IReadOnlyList<string> NhiemVu { get; init; }
}
