namespace DanVan.Reporting.Generators.Tests.RollUp;

/// <summary>A report with every roll-up rule, and helpers (compiled with it) that roll units up and summarise the result.</summary>
internal static class RollUpSources
{
    public const string Report = """
        using System;
        using System.Collections.Generic;
        using System.ComponentModel.DataAnnotations;
        using System.Globalization;
        using System.Linq;
        using DanVan.Reporting;

        namespace Reports;

        public sealed record Dong
        {
            [Required]
            public required string Ten { get; init; }

            [RollUp(RollUpRule.Same)]
            public string? DonViTinh { get; init; }

            [RollUp(RollUpRule.Sum)]
            public decimal KetQua { get; init; }
        }

        public sealed record SoLieuHo
        {
            [RollUp(RollUpRule.Sum)]
            public int SoHo { get; init; }

            [RollUp(RollUpRule.Sum)]
            public int SoHoNgheo { get; init; }

            [Percent, RollUp(RollUpRule.Percent, Numerator = nameof(SoHoNgheo), Denominator = nameof(SoHo))]
            public decimal TyLe { get; init; }
        }

        public sealed record MoHinh
        {
            public string? Ten { get; init; }

            public string? DonVi { get; init; }
        }

        [Report(Title = "giao ban công tác dân vận", Period = PeriodKind.Quarter)]
        public partial record GiaoBan
        {
            public required ReportPeriod Period { get; init; }

            [Required, RollUp(RollUpRule.Gather)]
            public required string KetQua { get; init; }

            [RollUp(RollUpRule.Sum)]
            public int SoHo { get; init; }

            [RollUp(RollUpRule.Sum)]
            public int SoHoNgheo { get; init; }

            [Percent, RollUp(RollUpRule.Percent, Numerator = nameof(SoHoNgheo), Denominator = nameof(SoHo))]
            public decimal TyLeHoNgheo { get; init; }

            [RollUp(RollUpRule.Sum)]
            public long? NgayCong { get; init; }

            [RollUp(RollUpRule.Min)]
            public int ThapNhat { get; init; }

            [RollUp(RollUpRule.Max)]
            public int? CaoNhat { get; init; }

            [RollUp(RollUpRule.Weighted, Weight = nameof(SoHo))]
            public decimal DiemBinhQuan { get; init; }

            public SoLieuHo? Ho { get; init; }

            [Table, RollUp(RollUpRule.ByKey, Key = nameof(Dong.Ten))]
            public IReadOnlyList<Dong>? SoLieu { get; init; }

            [Table, RollUp(RollUpRule.Gather, UnitMember = nameof(Reports.MoHinh.DonVi))]
            public List<MoHinh>? MoHinh { get; init; }

            [RollUp(RollUpRule.Gather)]
            public string[]? NhiemVu { get; init; }

            [RollUp(RollUpRule.Same)]
            public string? DonViChuTri { get; init; }

            [RollUp(RollUpRule.Skip)]
            public string? YKienCapTren { get; init; }
        }

        public static class Factory
        {
            private static readonly string[] s_keys = ["Ngày công", "Nhà Đại đoàn kết", "Tổng trị giá"];

            // One unit from a row of numbers: households, poor households, working days, a figure's key and value.
            public static GiaoBan Unit(int[] row, int index) => new()
            {
                Period = ReportPeriod.Quarter(2024, 2),
                KetQua = "Kết quả của đơn vị " + index.ToString(CultureInfo.InvariantCulture),
                SoHo = row[0],
                SoHoNgheo = row[1],
                TyLeHoNgheo = row[0] == 0 ? 0m : Math.Round(row[1] * 100m / row[0], 2, MidpointRounding.AwayFromZero),
                NgayCong = row[2] < 0 ? null : row[2],
                ThapNhat = row[1],
                CaoNhat = row[2] < 0 ? null : row[2],
                Ho = new SoLieuHo { SoHo = row[0], SoHoNgheo = row[1], TyLe = row[0] == 0 ? 0m : Math.Round(row[1] * 100m / row[0], 2, MidpointRounding.AwayFromZero) },
                SoLieu = [new Dong { Ten = s_keys[row[3] % 3], DonViTinh = "đv" + (row[3] % 3).ToString(CultureInfo.InvariantCulture), KetQua = row[4] / 100m }],
                MoHinh = [new MoHinh { Ten = "Mô hình " + index.ToString(CultureInfo.InvariantCulture) }],
                NhiemVu = ["Nhiệm vụ " + index.ToString(CultureInfo.InvariantCulture)],
            };

            public static RollUpResult<GiaoBan> RollUp(IEnumerable<(string Unit, GiaoBan Report)> parts) =>
                GiaoBan.RollUp(new RollUpInput<GiaoBan>(ReportPeriod.Quarter(2024, 2), parts.Select(p => new RollUpPart<GiaoBan>(p.Unit, p.Report))));

            // Every number and every row, as text: what a roll-up of roll-ups must reproduce.
            public static string Numbers(GiaoBan r) => string.Join("|",
                r.SoHo, r.SoHoNgheo, r.TyLeHoNgheo, r.NgayCong?.ToString() ?? "null", r.ThapNhat, r.CaoNhat?.ToString() ?? "null",
                r.Ho is null ? "null" : r.Ho.SoHo + "/" + r.Ho.SoHoNgheo + "/" + r.Ho.TyLe,
                string.Join(";", (r.SoLieu ?? []).Select(d => d.Ten + "=" + d.KetQua.ToString(CultureInfo.InvariantCulture) + " " + d.DonViTinh)));

            public static string[] Direct(int[][] rows)
            {
                RollUpResult<GiaoBan> all = RollUp(rows.Select((row, i) => ("U" + i, Unit(row, i))));
                return [Numbers(all.Value), string.Join(";", all.Errors)];
            }

            public static string[] Partitioned(int[][] rows, int split)
            {
                var left = RollUp(rows.Take(split).Select((row, i) => ("U" + i, Unit(row, i))));
                var right = RollUp(rows.Skip(split).Select((row, i) => ("U" + (i + split), Unit(row, i + split))));
                var parts = new List<(string, GiaoBan)>();
                if (split > 0) parts.Add(("A", left.Value));
                if (split < rows.Length) parts.Add(("B", right.Value));
                RollUpResult<GiaoBan> all = RollUp(parts);
                return [Numbers(all.Value), string.Join(";", left.Errors.Concat(right.Errors).Concat(all.Errors))];
            }

            public static string[] Single(int[] row)
            {
                GiaoBan unit = Unit(row, 0);
                RollUpResult<GiaoBan> one = RollUp([("U0", unit)]);
                return [Numbers(unit), Numbers(one.Value), unit.DiemBinhQuan.ToString(CultureInfo.InvariantCulture), one.Value.DiemBinhQuan.ToString(CultureInfo.InvariantCulture)];
            }

            public static GiaoBan Example(int part, string unitOfFigure, decimal weightAverage) => Unit([part == 0 ? 10 : 90, part == 0 ? 9 : 9, 5, 0, 100], part) with
            {
                DiemBinhQuan = weightAverage,
                SoLieu = [new Dong { Ten = "Ngày công", DonViTinh = unitOfFigure, KetQua = 1m }],
                DonViChuTri = "Ban Dân vận",
                MoHinh = [new MoHinh { Ten = "Mô hình " + part }, new MoHinh { Ten = "Có đơn vị", DonVi = "Xã A" }],
                NhiemVu = part == 0 ? ["Tuyên truyền", "  "] : null,
                KetQua = part == 0 ? "Đạt kết quả tốt.\n" : "   ",
            };
        }
        """;
}
