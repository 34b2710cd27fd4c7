namespace DanVan.Reporting.Generators.Tests;

/// <summary>Report declarations used by the tests, as a user writes them.</summary>
internal static class Sources
{
    /// <summary>The north-star report of the architecture, with a list of nested "Dân vận khéo" models.</summary>
    public const string SoKetDanVan = """
        using System.Collections.Generic;
        using System.ComponentModel.DataAnnotations;
        using DanVan.Reporting;
        using NodaTime;

        namespace Reports;

        [Report(Title = "sơ kết công tác dân vận", Period = PeriodKind.FirstHalf)]
        public partial record SoKetDanVan
        {
            public required ReportPeriod Period { get; init; }

            [Section("I", "KẾT QUẢ THỰC HIỆN")]
            [Required, StringLength(20_000), Display(Name = "Công tác lãnh đạo, chỉ đạo")]
            public required string LanhDaoChiDao { get; init; }

            [Display(Name = "Số mô hình \"Dân vận khéo\""), Range(0, 100_000)]
            public int SoMoHinh { get; init; }

            [Percent, Range(0, 100), Display(Name = "Tỷ lệ hộ nghèo")]
            public decimal TyLeHoNgheo { get; init; }

            [Money, Display(Name = "Tổng trị giá")]
            public decimal TongTriGia { get; init; }

            [Quantity("ha"), Display(Name = "Diện tích chuyển đổi")]
            public decimal DienTich { get; init; }

            [InPeriod(Window = PeriodWindow.Decree09), Display(Name = "Ngày chốt số liệu")]
            public LocalDate? NgayChotSoLieu { get; init; }

            [Display(Name = "Mô hình \"Dân vận khéo\"")]
            public IReadOnlyList<MoHinh>? MoHinh { get; init; }

            [Section("II", "PHƯƠNG HƯỚNG, NHIỆM VỤ {next}")]
            [Required, MinLength(1), Display(Name = "Nhiệm vụ")]
            public required IReadOnlyList<string> NhiemVu { get; init; }
        }

        public sealed record MoHinh
        {
            [Required, Display(Name = "Tên mô hình")]
            public string? Ten { get; init; }

            [Quantity("hộ"), Range(0, 10_000), Display(Name = "Số hộ tham gia")]
            public int SoHo { get; init; }
        }

        public static class Factory
        {
            public static SoKetDanVan Valid() => new()
            {
                Period = ReportPeriod.FirstHalf(2024),
                LanhDaoChiDao = "Ban Thường vụ Thành ủy đã lãnh đạo thực hiện có hiệu quả công tác dân vận.",
                SoMoHinh = 15,
                TyLeHoNgheo = 36.24m,
                TongTriGia = 212_000_000m,
                DienTich = 3000m,
                NgayChotSoLieu = new LocalDate(2024, 6, 14),
                MoHinh = [new MoHinh { Ten = "Dân vận khéo trong xây dựng nông thôn mới", SoHo = 120 }, new MoHinh { Ten = "Chuyển đổi cây trồng", SoHo = 45 }],
                NhiemVu = ["Tiếp tục nâng cao chất lượng công tác dân vận.", "Nhân rộng các mô hình \"Dân vận khéo\"."],
            };

            public static SoKetDanVan Invalid() => Valid() with
            {
                Period = ReportPeriod.Quarter(2024, 2),
                LanhDaoChiDao = "   ",
                TyLeHoNgheo = 150m,
                NgayChotSoLieu = new LocalDate(2024, 6, 20),
                MoHinh = [new MoHinh { Ten = "Tốt", SoHo = 120 }, new MoHinh { Ten = null, SoHo = 20_000 }],
                NhiemVu = [],
            };

            public static DanVan.Reporting.IReport ValidReport() => Valid();

            public static DanVan.Reporting.IReport InvalidReport() => Invalid();
        }
        """;
}
