namespace DanVan.Reporting.Generators.Tests.Json;

/// <summary>Report declarations for the JSON tests: every member kind, a document, nested records, lists and structs.</summary>
internal static class JsonSources
{
    public const string Reports = """
        using System.Collections.Generic;
        using System.ComponentModel.DataAnnotations;
        using DanVan.Reporting;
        using DanVan.Reporting.Json;
        using NodaTime;

        namespace Reports;

        [Report(Title = "giao ban công tác dân vận", Period = PeriodKind.Quarter)]
        public partial record GiaoBan
        {
            public required ReportPeriod Period { get; init; }

            public DocumentInfo? Document { get; init; }

            [Section("I", "KẾT QUẢ")]
            [Required, StringLength(2_000, MinimumLength = 3), Display(Name = "Công tác lãnh đạo, chỉ đạo")]
            public required string LanhDaoChiDao { get; init; }

            [Display(Name = "Ghi chú"), RegularExpression("[A-Z]{2}-[0-9]+")]
            public string? MaSo { get; init; }

            [Display(Name = "Số mô hình"), Range(0, 100_000)]
            public int SoMoHinh { get; init; }

            [Percent, Range(0, 100), Display(Name = "Tỷ lệ hộ nghèo")]
            public decimal TyLeHoNgheo { get; init; }

            [Money, Display(Name = "Tổng trị giá")]
            public long TongTriGia { get; init; }

            [Quantity("ha"), Display(Name = "Diện tích")]
            public double? DienTich { get; init; }

            public byte SoDot { get; init; }

            public bool DaHoanThanh { get; init; }

            [InPeriod, Display(Name = "Ngày chốt số liệu")]
            public LocalDate? NgayChot { get; init; }

            public ReportPeriod? KyTruoc { get; init; }

            [Display(Name = "Mô hình \"Dân vận khéo\""), MaxCount(5)]
            public IReadOnlyList<MoHinh>? MoHinh { get; init; }

            public ChiTieu? ChiTieu { get; init; }

            [Section("II", "NHIỆM VỤ {next}")]
            [Required, MinLength(1), MaxLength(10), Display(Name = "Nhiệm vụ")]
            public required IReadOnlyList<string> NhiemVu { get; init; }

            public string[] KienNghi { get; init; } = ["Không có"];

            public int TongSo => SoMoHinh + SoDot;
        }

        public sealed record MoHinh
        {
            [Required, Display(Name = "Tên mô hình")]
            public string? Ten { get; init; }

            [Quantity("hộ"), Range(0, 10_000), Display(Name = "Số hộ tham gia")]
            public int SoHo { get; init; }

            public List<MoHinh>? Con { get; init; }
        }

        public record struct ChiTieu
        {
            public short Dat { get; init; }

            public uint Tong { get; init; }
        }

        [Report(Title = "tổng kết nhiệm kỳ", Period = PeriodKind.Term)]
        public partial class TongKet
        {
            public ReportPeriod Period { get; set; }

            public required DocumentInfo Document { get; init; }

            [Required]
            public string NoiDung { get; set; } = "";
        }

        [Report(Title = "báo cáo", Period = PeriodKind.Year)]
        public partial record Positional(ReportPeriod Period, string NoiDung);

        public static class Factory
        {
            public static ReportJsonType GiaoBanJson() => ReportJson.For<GiaoBan>();

            public static ReportJsonType TongKetJson() => ReportJson.For<TongKet>();

            public static GiaoBan Valid() => new()
            {
                Period = ReportPeriod.Quarter(2024, 2),
                Document = new DocumentInfo
                {
                    Issuer = new IssuingBody { Parent = "TỈNH ỦY KON TUM", Name = "BAN DÂN VẬN", Level = IssuerLevel.Province },
                    Number = DocumentNumber.Parse("Số 45-BC/BDVTU"),
                    Place = "Kon Tum",
                    Date = new LocalDate(2024, 7, 2),
                    KindName = "BÁO CÁO",
                    Signature = new Signature { Prefix = SignaturePrefix.PartyDeputy, SignedFor = "TRƯỞNG BAN", Position = "PHÓ TRƯỞNG BAN", SignerName = "Nguyễn Văn A" },
                    Recipients = new Recipients { Lines = ["Ban Dân vận Trung ương", "Thường trực Tỉnh ủy"], Archive = "VT, BDV" },
                },
                LanhDaoChiDao = "Ban Thường vụ đã lãnh đạo thực hiện có hiệu quả công tác dân vận.",
                MaSo = "DV-12",
                SoMoHinh = 15,
                TyLeHoNgheo = 36.24m,
                TongTriGia = 212_000_000,
                DienTich = 3000.5,
                SoDot = 3,
                DaHoanThanh = true,
                NgayChot = new LocalDate(2024, 6, 14),
                KyTruoc = ReportPeriod.Quarter(2024, 1),
                MoHinh = [new MoHinh { Ten = "Dân vận khéo trong xây dựng nông thôn mới", SoHo = 120, Con = [new MoHinh { Ten = "Tổ tự quản", SoHo = 12 }] }],
                ChiTieu = new ChiTieu { Dat = 7, Tong = 9 },
                NhiemVu = ["Tiếp tục nâng cao chất lượng công tác dân vận."],
            };
        }
        """;
}
