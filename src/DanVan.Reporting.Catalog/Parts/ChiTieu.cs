using System.ComponentModel.DataAnnotations;

namespace DanVan.Reporting.Catalog;

/// <summary>One figure of a report's table of figures ("biểu số liệu"): the indicator, its unit and the result.</summary>
public sealed record ChiTieu
{
    /// <summary>The indicator, e.g. "Nhà Đại đoàn kết bàn giao".</summary>
    [Required, StringLength(Limits.Name), Display(Name = "Chỉ tiêu")]
    public required string Ten { get; init; }

    /// <summary>The unit of the result, e.g. "căn", "ngày công", "triệu đồng".</summary>
    [StringLength(Limits.Unit), Display(Name = "Đơn vị tính")]
    [RollUp(RollUpRule.Same)]
    public string? DonViTinh { get; init; }

    /// <summary>The result in the period.</summary>
    [Range(0, Limits.Figure), Display(Name = "Kết quả")]
    [RollUp(RollUpRule.Sum)]
    public decimal KetQua { get; init; }
}
