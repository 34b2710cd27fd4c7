using System.ComponentModel.DataAnnotations;

namespace DanVan.Reporting.Catalog;

/// <summary>
/// "Báo cáo tổng kết công tác dân vận năm" (kind id <c>tong-ket-nam</c>): leadership and direction, the results by
/// field of work, the figures and the "Dân vận khéo" models, the shortcomings and their causes, the lessons learned,
/// the next year's tasks and the proposals.
/// </summary>
[Report(Title = "tổng kết công tác dân vận", Period = PeriodKind.Year)]
public partial record TongKetNam : FieldsOfWorkReport
{
    /// <summary>How the Party committee led and directed the work.</summary>
    [Section("I", "KẾT QUẢ CÔNG TÁC DÂN VẬN {period}")]
    [Required, StringLength(Limits.Passage), Display(Name = "Công tác lãnh đạo, chỉ đạo", Order = MemberOrder.Opening)]
    [RollUp(RollUpRule.Gather)]
    public required string LanhDaoChiDao { get; init; }

    /// <summary>Lessons learned.</summary>
    [MaxCount(Limits.Items), Display(Name = "Bài học kinh nghiệm", Order = MemberOrder.Lessons)]
    [RollUp(RollUpRule.Gather)]
    public IReadOnlyList<string>? BaiHoc { get; init; }

    /// <summary>The tasks of the period ahead.</summary>
    [Section("II", "PHƯƠNG HƯỚNG, NHIỆM VỤ {next}")]
    [Required, MinCount(1), MaxCount(Limits.Items), Display(Name = "Nhiệm vụ trọng tâm", Order = MemberOrder.Tasks)]
    [RollUp(RollUpRule.Gather)]
    public required IReadOnlyList<string> NhiemVu { get; init; }
}
