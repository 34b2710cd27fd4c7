using System.ComponentModel.DataAnnotations;

namespace DanVan.Reporting.Catalog;

/// <summary>
/// "Báo cáo sơ kết công tác dân vận 9 tháng đầu năm" (kind id <c>so-ket-9-thang</c>): leadership and direction, the
/// results by field of work, the figures and the "Dân vận khéo" models, the shortcomings and their causes, the tasks
/// of the last three months of the year and the proposals.
/// </summary>
[Report(Title = "sơ kết công tác dân vận", Period = PeriodKind.NineMonths)]
public partial record SoKet9Thang : ReviewReport
{
    /// <summary>The main tasks of the last three months, under their own heading.</summary>
    [Section("II", "NHIỆM VỤ TRỌNG TÂM 3 THÁNG CUỐI NĂM {year}")]
    [Required, MinCount(1), MaxCount(Limits.Items), Display(Name = "Nhiệm vụ trọng tâm", Order = MemberOrder.Tasks)]
    [RollUp(RollUpRule.Gather)]
    public override required IReadOnlyList<string> NhiemVu { get; init; }
}
