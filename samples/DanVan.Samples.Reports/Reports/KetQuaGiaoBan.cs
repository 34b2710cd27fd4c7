using System.ComponentModel.DataAnnotations;
using DanVan.Reporting;

namespace DanVan.Samples.Reports.Reports;

/// <summary>
/// The figures the provincial border guard (Lực lượng Biên phòng tỉnh) achieved in the quarter (seed 004): one row each in
/// the report's table, whose label names the border guard, so the figures are not read as the whole province's.
/// </summary>
public sealed record KetQuaGiaoBan
{
    /// <summary>Work days the border guard gave to help people produce.</summary>
    [Quantity("ngày công"), Range(0, 1_000_000), Display(Name = "Ngày công giúp dân lao động sản xuất")]
    public int NgayCong { get; init; }

    /// <summary>"Đại đoàn kết" houses handed over to poor households.</summary>
    [Quantity("căn"), Range(0, 100_000), Display(Name = "Nhà Đại đoàn kết bàn giao cho hộ nghèo")]
    public int SoNha { get; init; }

    /// <summary>The houses' total value.</summary>
    [Money, Range(0, 1_000_000_000_000), Display(Name = "Tổng trị giá nhà Đại đoàn kết")]
    public decimal TongTriGia { get; init; }
}
