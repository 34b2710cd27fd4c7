using System.ComponentModel.DataAnnotations;

namespace DanVan.Reporting.Catalog;

/// <summary>
/// The results of one field of work ("lĩnh vực"), e.g. dân vận chính quyền, công tác dân tộc, tôn giáo, Mặt trận Tổ
/// quốc và các đoàn thể: the way dân vận reports group their results.
/// </summary>
public sealed record KetQuaLinhVuc
{
    /// <summary>The field of work.</summary>
    [Required, StringLength(Limits.Name), Display(Name = "Lĩnh vực")]
    public required string LinhVuc { get; init; }

    /// <summary>What was done and achieved in it.</summary>
    [Required, StringLength(Limits.Passage), Display(Name = "Kết quả")]
    [RollUp(RollUpRule.Gather)]
    public required string KetQua { get; init; }
}
