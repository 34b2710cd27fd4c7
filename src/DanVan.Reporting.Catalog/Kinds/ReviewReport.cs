using System.ComponentModel.DataAnnotations;

namespace DanVan.Reporting.Catalog;

/// <summary>
/// The reviews ("sơ kết", "tổng kết") of the 6 and 9 months, the year and the term: section I opens with how the Party
/// committee led and directed the work, and section II gives the directions and main tasks ("phương hướng, nhiệm vụ")
/// of the period ahead.
/// </summary>
public abstract record ReviewReport : FieldsOfWorkReport
{
    /// <summary>How the Party committee led and directed the work.</summary>
    [Section("I", "KẾT QUẢ CÔNG TÁC DÂN VẬN {period}")]
    [Required, StringLength(Limits.Passage), Display(Name = "Công tác lãnh đạo, chỉ đạo", Order = MemberOrder.Opening)]
    [RollUp(RollUpRule.Gather)]
    public virtual required string LanhDaoChiDao { get; init; }

    /// <summary>The tasks of the period ahead.</summary>
    [Section("II", "PHƯƠNG HƯỚNG, NHIỆM VỤ {next}")]
    [Required, MinCount(1), MaxCount(Limits.Items), Display(Name = "Nhiệm vụ trọng tâm", Order = MemberOrder.Tasks)]
    [RollUp(RollUpRule.Gather)]
    public virtual required IReadOnlyList<string> NhiemVu { get; init; }
}
