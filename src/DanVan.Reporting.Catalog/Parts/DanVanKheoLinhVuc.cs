using System.ComponentModel.DataAnnotations;

namespace DanVan.Reporting.Catalog;

/// <summary>The "Dân vận khéo" models of one field in the period: how many were registered and how many recognised.</summary>
public sealed record DanVanKheoLinhVuc
{
    /// <summary>The field: kinh tế, văn hóa - xã hội, quốc phòng - an ninh, xây dựng hệ thống chính trị.</summary>
    [Required, StringLength(Limits.Name), Display(Name = "Lĩnh vực")]
    public required string LinhVuc { get; init; }

    /// <summary>Models registered in the field.</summary>
    [Quantity("mô hình"), Range(0, 1_000_000), Display(Name = "Số mô hình đăng ký")]
    [RollUp(RollUpRule.Sum)]
    public int SoDangKy { get; init; }

    /// <summary>Models recognised in the field.</summary>
    [Quantity("mô hình"), Range(0, 1_000_000), Display(Name = "Số mô hình được công nhận")]
    [RollUp(RollUpRule.Sum)]
    public int SoCongNhan { get; init; }
}
