using DanVan.Reporting;
using NodaTime;
using DanVan.Samples.Reports.Reports;

namespace DanVan.Samples.Reports;

/// <summary>The seed articles' reports as typed report objects, validated and rendered by the generated code.</summary>
public static class SeedReports
{
    public static IReadOnlyList<(string File, IReport Report)> All { get; } =
    [
        ("000-thanh-uy-kon-tum", new SoKetCongTacDanVan
        {
            Period = ReportPeriod.FirstHalf(2024),
            Document = new DocumentInfo
            {
                // From the article: Thành ủy Kon Tum, the conference on 02/7/2024 chaired by Y Hồng Hà, Phó Bí thư
                // Thường trực Thành ủy. The article gives no document number: 01 is illustrative.
                Issuer = new IssuingBody { Name = "THÀNH ỦY KON TUM", Parent = "ĐẢNG BỘ TỈNH KON TUM" },
                Number = DocumentNumber.Party(1, "BC", "TU"),
                Place = "Kon Tum",
                Date = new LocalDate(2024, 7, 2),
                KindName = "BÁO CÁO",
                Signature = new Signature { Prefix = SignaturePrefix.PartyOnBehalf, SignedFor = "BAN THƯỜNG VỤ", Position = "PHÓ BÍ THƯ THƯỜNG TRỰC", SignerName = "Y Hồng Hà" },
                Recipients = new Recipients { Lines = ["Ban Dân vận Tỉnh ủy", "Các đồng chí Thành ủy viên", "Mặt trận Tổ quốc và các đoàn thể thành phố"], Archive = "VT" },
            },
            DonVi = "Thành ủy Kon Tum",
            LanhDaoChiDao = "Ban Thường vụ Thành ủy đã lãnh đạo thực hiện có hiệu quả công tác dân vận của hệ thống chính trị, thực hiện nghiêm Quy chế dân chủ ở cơ sở; nhất là trong công tác thu hồi đất, bồi thường, hỗ trợ, tái định cư khi triển khai dự án đầu tư.\nChỉ đạo tổ chức thành công Đại hội đại biểu Mặt trận Tổ quốc Việt Nam thành phố Kon Tum lần thứ XVI, nhiệm kỳ 2024 - 2029.",
            DienTichChuyenDoi = 3000m,
            SoXaGiamNgheo = 11,
            NhiemVu =
            [
                "Tiếp tục vận động nhân dân chuyển đổi cây trồng kém hiệu quả sang cây ăn quả, mắc ca và cây có giá trị kinh tế cao hơn.",
                "Tích cực vận động nhân dân tham gia các phong trào thi đua ở cơ sở.",
            ],
        }),
        ("001-ban-dan-van-tinh-uy", new SoKetCongTacDanVan
        {
            Period = ReportPeriod.FirstHalf(2022),
            Document = new DocumentInfo
            {
                // From the article: the conference on the afternoon of 30/6/2022, Ngọc Kim Nam, Trưởng ban Dân vận Tỉnh
                // ủy. It never names the province, so the province and the place are left as dotted blanks, as on a
                // form, rather than guessed. The number is illustrative.
                Issuer = new IssuingBody { Name = "BAN DÂN VẬN", Parent = "TỈNH ỦY …………" },
                Number = DocumentNumber.Party(1, "BC", "BDVTU"),
                Place = "…………",
                Date = new LocalDate(2022, 6, 30),
                KindName = "BÁO CÁO",
                Signature = new Signature { Position = "TRƯỞNG BAN", SignerName = "Ngọc Kim Nam" },
                Recipients = new Recipients { Lines = ["Thường trực Tỉnh ủy", "Ban Dân vận các huyện ủy, thành ủy, thị ủy, đảng ủy trực thuộc Tỉnh ủy"], Archive = "VT" },
            },
            DonVi = "Ban Dân vận Tỉnh ủy",
            LanhDaoChiDao = "Các cấp ủy, tổ chức đảng đã tập trung lãnh đạo, chỉ đạo hệ thống chính trị đẩy mạnh thực hiện, phối hợp trong công tác dân vận, góp phần xây dựng khối đại đoàn kết toàn dân.",
            TyLeHoNgheo = 36.24m,
            NhiemVu =
            [
                "Tổ chức các hoạt động thiết thực kỷ niệm 92 năm Ngày truyền thống công tác Dân vận của Đảng (15/10/1930 - 15/10/2022).",
                "Triển khai có hiệu quả chương trình hành động thực hiện nghị quyết đại hội Đảng các cấp nhiệm kỳ 2020 - 2025 về công tác dân vận.",
            ],
        }),
        ("002-phoi-hop-ban-dan-van-ban-can-su-ubnd-kon-tum", new SoKetPhoiHop
        {
            Period = ReportPeriod.Year(2024),
            Document = new DocumentInfo
            {
                // From the article (Thứ Tư, 8/5/2024): the conference chaired by Nguyễn Đức Tuy, Trưởng Ban Dân vận Tỉnh
                // ủy Kon Tum, and Y Ngọc, Phó Chủ tịch UBND tỉnh. The article gives no document number: 01 is illustrative.
                Issuer = new IssuingBody { Name = "BAN DÂN VẬN", Parent = "TỈNH ỦY KON TUM" },
                Number = DocumentNumber.Party(1, "BC", "BDVTU"),
                Place = "Kon Tum",
                Date = new LocalDate(2024, 5, 8),
                KindName = "BÁO CÁO",
                Signature = new Signature { Position = "TRƯỞNG BAN", SignerName = "Nguyễn Đức Tuy" },
                Recipients = new Recipients { Lines = ["Thường trực Tỉnh ủy", "Ban cán sự đảng UBND tỉnh"], Archive = "VT" },
            },
            KetQua = "Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy, Thường trực Tỉnh ủy chỉ đạo đẩy mạnh thực hiện công tác dân vận chính quyền; Ban cán sự đảng UBND tỉnh đã lãnh đạo UBND tỉnh kịp thời ban hành văn bản triển khai thực hiện công tác dân vận.",
            VanBan = ["Chỉ thị số 33/CT-TTg, ngày 26/11/2021 của Thủ tướng Chính phủ về tiếp tục tăng cường và đổi mới công tác dân vận trong hành chính nhà nước, chính quyền các cấp trong tình hình mới"],
            NhiemVu =
            [
                "Phối hợp tham mưu xây dựng, cụ thể hóa và sơ kết, tổng kết các nghị quyết, chỉ thị, quyết định, kết luận của Đảng về công tác dân vận.",
                "Thực hiện tốt phong trào thi đua \"Dân vận khéo\" gắn với phương châm \"dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng\".",
            ],
        }),
        ("003-khoi-dan-van-phuong-thoi-son", new SoKetCongTacDanVan
        {
            Period = ReportPeriod.FirstHalf(2024),
            Document = new DocumentInfo
            {
                // From the article: the Khối Dân vận of phường Thới Sơn, under its Đảng ủy; the place of a ward's
                // documents is the ward. The article gives no date ("Vừa qua"), no number and no signer, so the report
                // is rendered as a draft ("Dự thảo"): the counter and the date line are left blank for the clerk and the
                // signing day (Date, the end of the half year, only gives the year and feeds the checks), and the
                // signer's name is a dotted blank.
                Issuer = new IssuingBody { Name = "KHỐI DÂN VẬN", Parent = "ĐẢNG ỦY PHƯỜNG THỚI SƠN", Level = IssuerLevel.Commune },
                Number = DocumentNumber.Party(1, "BC", "KDV"),
                Place = "Thới Sơn",
                Date = new LocalDate(2024, 6, 30),
                DraftNote = "Dự thảo",
                KindName = "BÁO CÁO",
                Signature = new Signature { Position = "TRƯỞNG KHỐI", SignerName = "…………" },
                Recipients = new Recipients { Lines = ["Đảng ủy phường", "Ủy ban Mặt trận Tổ quốc và các đoàn thể phường"], Archive = "VT" },
            },
            DonVi = "Khối Dân vận phường Thới Sơn",
            LanhDaoChiDao = "Công tác dân vận được cấp ủy, chính quyền, Mặt trận Tổ quốc và các đoàn thể quan tâm triển khai thực hiện; nội dung, phương thức lãnh đạo của Đảng đối với công tác dân vận luôn được đổi mới.",
            NhiemVu = ["Thống nhất thực hiện các mục tiêu, nhiệm vụ 6 tháng cuối năm 2024."],
        }),
        ("004-giao-ban-quy-dak-nong", new GiaoBanQuy
        {
            Period = ReportPeriod.Quarter(2024, 2),
            Document = new DocumentInfo
            {
                // From the article: Ban Dân vận Tỉnh ủy Đắk Nông, the briefing on 28/6/2024 chaired by Lê Sỹ Tuân, Phó
                // trưởng Ban Thường trực. The article gives no document number: 01 is illustrative.
                Issuer = new IssuingBody { Name = "BAN DÂN VẬN", Parent = "TỈNH ỦY ĐẮK NÔNG" },
                Number = DocumentNumber.Party(1, "BC", "BDVTU"),
                Place = "Đắk Nông",
                Date = new LocalDate(2024, 6, 28),
                KindName = "BÁO CÁO",
                Signature = new Signature { Prefix = SignaturePrefix.PartyDeputy, SignedFor = "TRƯỞNG BAN", Position = "PHÓ TRƯỞNG BAN THƯỜNG TRỰC", SignerName = "Lê Sỹ Tuân" },
                Recipients = new Recipients { Lines = ["Thường trực Tỉnh ủy", "Ban Dân vận các huyện ủy, thành ủy"], Archive = "VT" },
            },
            KetQua = "Nhiều mô hình \"Dân vận khéo\" được đăng ký triển khai thực hiện trên lĩnh vực dân vận chính quyền; tăng cường thực hiện dân chủ ở cơ sở.",
            SoLieu = new KetQuaGiaoBan { NgayCong = 47, SoNha = 2, TongTriGia = 212_000_000m },
            NhiemVu =
            [
                "Tăng cường công tác tuyên truyền, vận động, nắm bắt tình hình quần chúng Nhân dân.",
                "Tổ chức các hoạt động kỷ niệm 94 năm Ngày truyền thống công tác dân vận của Đảng; tổ chức và tham gia Hội thi \"Dân vận khéo\".",
            ],
        }),
    ];
}
