using DanVan.Reporting;

namespace DanVan.Reporting.Benchmarks.Subjects;

/// <summary>The inputs every side of a race gets: seed 000 (Thành ủy Kon Tum) with two "Dân vận khéo" models.</summary>
public static class Inputs
{
    /// <summary>A valid seed-sized report: seed 000 of the sample, plus two nested models so nested rules run too.</summary>
    public static SoKetCongTacDanVan Valid { get; } = new()
    {
        Period = ReportPeriod.FirstHalf(2024),
        DonVi = "Thành ủy Kon Tum",
        LanhDaoChiDao = "Ban Thường vụ Thành ủy đã lãnh đạo thực hiện có hiệu quả công tác dân vận của hệ thống chính trị, thực hiện nghiêm Quy chế dân chủ ở cơ sở; nhất là trong công tác thu hồi đất, bồi thường, hỗ trợ, tái định cư khi triển khai dự án đầu tư.\nChỉ đạo tổ chức thành công Đại hội đại biểu Mặt trận Tổ quốc Việt Nam thành phố Kon Tum lần thứ XVI, nhiệm kỳ 2024 - 2029.",
        TyLeHoNgheo = 36.24m,
        DienTichChuyenDoi = 3000m,
        SoXaGiamNgheo = 11,
        MoHinh =
        [
            new MoHinhDanVanKheo { Ten = "Chuyển đổi cây mì kém hiệu quả sang cây ăn quả", SoHo = 120 },
            new MoHinhDanVanKheo { Ten = "Dân vận khéo trong thu hồi đất, bồi thường, tái định cư", SoHo = 45 },
        ],
        NhiemVu =
        [
            "Tiếp tục vận động nhân dân chuyển đổi cây trồng kém hiệu quả sang cây ăn quả, mắc ca và cây có giá trị kinh tế cao hơn.",
            "Tích cực vận động nhân dân tham gia các phong trào thi đua ở cơ sở.",
        ],
    };

    /// <summary>
    /// The same report with four broken rules, one of each kind the three validators share: a text too short
    /// (StringLength), a percentage out of range, a nested model out of range, an empty task list (MinLength).
    /// </summary>
    public static SoKetCongTacDanVan Invalid { get; } = Valid with
    {
        LanhDaoChiDao = "Quá ngắn.",
        TyLeHoNgheo = 136.24m,
        MoHinh =
        [
            new MoHinhDanVanKheo { Ten = "Chuyển đổi cây mì kém hiệu quả sang cây ăn quả", SoHo = 120 },
            new MoHinhDanVanKheo { Ten = "Dân vận khéo trong thu hồi đất, bồi thường, tái định cư", SoHo = 450_000 },
        ],
        NhiemVu = [],
    };

    /// <summary>The members <see cref="Invalid"/> breaks, as paths, in report order.</summary>
    public static IReadOnlyList<string> InvalidMembers { get; } = ["LanhDaoChiDao", "TyLeHoNgheo", "MoHinh[1].SoHo", "NhiemVu"];
}
