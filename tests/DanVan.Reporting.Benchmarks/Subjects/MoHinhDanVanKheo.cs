using System.ComponentModel.DataAnnotations;
using DanVan.Reporting;

namespace DanVan.Reporting.Benchmarks.Subjects;

/// <summary>One "Dân vận khéo" model: a local initiative recognised for mobilising people well.</summary>
public sealed record MoHinhDanVanKheo
{
    /// <summary>The model's name.</summary>
    [Required, StringLength(300), Display(Name = "Tên mô hình")]
    public required string Ten { get; init; }

    /// <summary>Households taking part.</summary>
    [Quantity("hộ"), Range(0, 100_000), Display(Name = "Số hộ tham gia")]
    public int SoHo { get; init; }
}
