using System.ComponentModel.DataAnnotations;

namespace DanVan.Reporting.Catalog;

/// <summary>
/// "Báo cáo tổng kết công tác dân vận năm" (kind id <c>tong-ket-nam</c>): leadership and direction, the results by
/// field of work, the figures and the "Dân vận khéo" models, the shortcomings and their causes, the lessons learned,
/// the next year's tasks and the proposals.
/// </summary>
[Report(Title = "tổng kết công tác dân vận", Period = PeriodKind.Year)]
public partial record TongKetNam : ReviewReport
{
    /// <summary>Lessons learned.</summary>
    [MaxCount(Limits.Items), Display(Name = "Bài học kinh nghiệm", Order = MemberOrder.Lessons)]
    [RollUp(RollUpRule.Gather)]
    public IReadOnlyList<string>? BaiHoc { get; init; }
}
