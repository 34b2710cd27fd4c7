using System.ComponentModel.DataAnnotations;

namespace DanVan.Reporting.Catalog;

/// <summary>
/// "Báo cáo sơ kết công tác dân vận 6 tháng đầu năm" (kind id <c>so-ket-6-thang</c>): leadership and direction, the
/// results by field of work, the figures and the "Dân vận khéo" models, the shortcomings and their causes, the tasks
/// of the second half year and the proposals.
/// </summary>
[Report(Title = "sơ kết công tác dân vận", Period = PeriodKind.FirstHalf)]
public partial record SoKet6Thang : FieldsOfWorkReport
{
    /// <summary>How the Party committee led and directed the work.</summary>
    [Section("I", "KẾT QUẢ CÔNG TÁC DÂN VẬN {period}")]
    [Required, StringLength(Limits.Passage), Display(Name = "Công tác lãnh đạo, chỉ đạo", Order = MemberOrder.Opening)]
    [RollUp(RollUpRule.Gather)]
    public required string LanhDaoChiDao { get; init; }

    /// <summary>The tasks of the period ahead.</summary>
    [Section("II", "PHƯƠNG HƯỚNG, NHIỆM VỤ {next}")]
    [Required, MinCount(1), MaxCount(Limits.Items), Display(Name = "Nhiệm vụ trọng tâm", Order = MemberOrder.Tasks)]
    [RollUp(RollUpRule.Gather)]
    public required IReadOnlyList<string> NhiemVu { get; init; }
}
