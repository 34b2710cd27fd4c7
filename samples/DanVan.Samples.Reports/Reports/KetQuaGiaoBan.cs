using System.ComponentModel.DataAnnotations;
using DanVan.Reporting;

namespace DanVan.Samples.Reports.Reports;

/// <summary>The main figures of a quarter for the quarterly briefing (seed 004): one row each in the report's table.</summary>
public sealed record KetQuaGiaoBan
{
    /// <summary>Work days the border guard gave to help people produce.</summary>
    [Quantity("ngày công"), Range(0, 1_000_000), Display(Name = "Ngày công giúp dân lao động sản xuất")]
    public int NgayCong { get; init; }

    /// <summary>"Đại đoàn kết" houses handed over to poor households.</summary>
    [Quantity("căn"), Range(0, 100_000), Display(Name = "Nhà Đại đoàn kết bàn giao")]
    public int SoNha { get; init; }

    /// <summary>Their total value.</summary>
    [Money, Range(0, 1_000_000_000_000), Display(Name = "Tổng trị giá")]
    public decimal TongTriGia { get; init; }
}
