using System.ComponentModel.DataAnnotations;

namespace DanVan.Reporting.Catalog;

/// <summary>
/// "Báo cáo tổng kết công tác dân vận nhiệm kỳ" (kind id <c>tong-ket-nhiem-ky</c>): how a Party congress's resolution
/// on dân vận work was carried out over the term — leadership and direction, the results by field of work, the
/// figures and the "Dân vận khéo" models, the shortcomings and their causes, the lessons learned, the next term's
/// directions and tasks, and the proposals.
/// </summary>
[Report(Title = "tổng kết công tác dân vận", Period = PeriodKind.Term)]
public partial record TongKetNhiemKy : ReviewReport
{
    /// <summary>How the Party committee led and directed the work, under the term's own heading.</summary>
    [Section("I", "KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI VỀ CÔNG TÁC DÂN VẬN {period}")]
    [Required, StringLength(Limits.Passage), Display(Name = "Công tác lãnh đạo, chỉ đạo", Order = MemberOrder.Opening)]
    [RollUp(RollUpRule.Gather)]
    public override required string LanhDaoChiDao { get; init; }

    /// <summary>Lessons learned.</summary>
    [MaxCount(Limits.Items), Display(Name = "Bài học kinh nghiệm", Order = MemberOrder.Lessons)]
    [RollUp(RollUpRule.Gather)]
    public IReadOnlyList<string>? BaiHoc { get; init; }
}
