using System.ComponentModel.DataAnnotations;

namespace DanVan.Reporting.Catalog;

/// <summary>One "Dân vận khéo" model (a local initiative recognised for mobilising people well), with its field.</summary>
public sealed record MoHinhDanVanKheo
{
    /// <summary>The model's name.</summary>
    [Required, StringLength(Limits.Name), Display(Name = "Tên mô hình")]
    public required string Ten { get; init; }

    /// <summary>Its field: kinh tế, văn hóa - xã hội, quốc phòng - an ninh or xây dựng hệ thống chính trị.</summary>
    [Required, StringLength(Limits.Name), Display(Name = "Lĩnh vực")]
    public required string LinhVuc { get; init; }

    /// <summary>The unit or place that carries it out.</summary>
    [StringLength(Limits.Name), Display(Name = "Đơn vị thực hiện")]
    public string? DonVi { get; init; }

    /// <summary>Households taking part, when counted.</summary>
    [Quantity("hộ"), Range(0, 10_000_000), Display(Name = "Số hộ tham gia")]
    public int? SoHo { get; init; }
}
