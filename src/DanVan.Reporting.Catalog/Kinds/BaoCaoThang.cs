using System.ComponentModel.DataAnnotations;

namespace DanVan.Reporting.Catalog;

/// <summary>
/// "Báo cáo công tác dân vận tháng" (kind id <c>bao-cao-thang</c>): the monthly report of a Ban Dân vận or a Khối Dân
/// vận — the people's situation and mood, the month's results by field of work, its figures, the next month's tasks
/// and the proposals to the higher level.
/// </summary>
[Report(Title = "công tác dân vận", Period = PeriodKind.Month)]
public partial record BaoCaoThang : FieldsOfWorkReport
{
    /// <summary>The people's situation and mood ("tình hình tư tưởng Nhân dân") in the month.</summary>
    [Section("I", "TÌNH HÌNH VÀ KẾT QUẢ CÔNG TÁC DÂN VẬN {period}")]
    [Required, StringLength(Limits.Passage), Display(Name = "Tình hình tư tưởng, tâm trạng Nhân dân", Order = MemberOrder.Opening)]
    [RollUp(RollUpRule.Gather)]
    public required string TinhHinhNhanDan { get; init; }

    /// <summary>The tasks of the period ahead.</summary>
    [Section("II", "NHIỆM VỤ {next}")]
    [Required, MinCount(1), MaxCount(Limits.Items), Display(Name = "Nhiệm vụ", Order = MemberOrder.Tasks)]
    [RollUp(RollUpRule.Gather)]
    public required IReadOnlyList<string> NhiemVu { get; init; }
}
