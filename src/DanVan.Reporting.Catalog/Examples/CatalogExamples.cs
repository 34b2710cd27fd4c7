using NodaTime;

namespace DanVan.Reporting.Catalog;

/// <summary>
/// One valid, realistic instance of each kind: what <c>danvan example &lt;kind&gt;</c> prints and what a team fills
/// in with its own data. The wording follows the news reports of real dân vận meetings (Kon Tum, Đắk Nông, 2022–2024);
/// the document numbers, signers and figures not given there are illustrative.
/// </summary>
internal static class CatalogExamples
{
    private static DocumentInfo Document(string issuer, string parent, string issuerCode, string place, LocalDate date, Signature signature, params string[] recipients) => new()
    {
        Issuer = new IssuingBody { Name = issuer, Parent = parent },
        Number = DocumentNumber.Party(1, "BC", issuerCode),
        Place = place,
        Date = date,
        KindName = "BÁO CÁO",
        Signature = signature,
        Recipients = new Recipients { Lines = recipients, Archive = "VT" },
    };

    private static Signature Head(string name) => new() { Position = "TRƯỞNG BAN", SignerName = name };

    // The three issuers the examples come from, each with its usual signer.
    private static DocumentInfo BanDanVanKonTum(LocalDate date, params string[] recipients) =>
        Document("BAN DÂN VẬN", "TỈNH ỦY KON TUM", "BDVTU", "Kon Tum", date, Head("Nguyễn Đức Tuy"), recipients);

    private static DocumentInfo BanDanVanDakNong(LocalDate date, params string[] recipients) =>
        Document("BAN DÂN VẬN", "TỈNH ỦY ĐẮK NÔNG", "BDVTU", "Đắk Nông", date,
            new Signature { Prefix = SignaturePrefix.PartyDeputy, SignedFor = "TRƯỞNG BAN", Position = "PHÓ TRƯỞNG BAN THƯỜNG TRỰC", SignerName = "Lê Sỹ Tuân" },
            recipients);

    private static DocumentInfo ThanhUyKonTum(LocalDate date) =>
        Document("THÀNH ỦY KON TUM", "ĐẢNG BỘ TỈNH KON TUM", "TU", "Kon Tum", date,
            new Signature { Prefix = SignaturePrefix.PartyOnBehalf, SignedFor = "BAN THƯỜNG VỤ", Position = "PHÓ BÍ THƯ THƯỜNG TRỰC", SignerName = "Y Hồng Hà" },
            "Ban Dân vận Tỉnh ủy", "Các đồng chí Thành ủy viên");

    private const string DanVanChinhQuyen =
        "Các cấp chính quyền tăng cường cải cách hành chính, nâng cao tinh thần, trách nhiệm, đạo đức công vụ và ý thức phục vụ Nhân dân; tăng cường tiếp xúc, đối thoại, giải quyết kịp thời đơn thư và các kiến nghị, nguyện vọng hợp pháp, chính đáng của Nhân dân.";

    private const string MatTran =
        "Các phong trào, cuộc vận động của Mặt trận Tổ quốc và các đoàn thể mang lại hiệu quả thiết thực, huy động đông đảo Nhân dân tham gia, góp phần thực hiện các mục tiêu phát triển kinh tế - xã hội, quốc phòng, an ninh của địa phương.";

    private const string DanTocTonGiao =
        "Thăm hỏi, tặng quà các chức sắc, chức việc, đồng bào có đạo và người có uy tín tiêu biểu trong đồng bào dân tộc thiểu số nhân các dịp lễ, tết; phối hợp giải quyết kịp thời các vấn đề phát sinh về dân tộc, tôn giáo.";

    private static readonly MoHinhDanVanKheo[] MoHinh =
    [
        new() { Ten = "Chuyển đổi cây trồng kém hiệu quả sang cây ăn quả, mắc ca", LinhVuc = "Kinh tế", DonVi = "Thành phố Kon Tum", SoHo = 120 },
        new() { Ten = "Xuân Biên phòng ấm lòng dân bản", LinhVuc = "Quốc phòng - an ninh", DonVi = "Bộ đội Biên phòng tỉnh" },
    ];

    private static readonly string[] KienNghi =
    [
        "Đề nghị Ban Dân vận Trung ương tiếp tục hướng dẫn tiêu chí đánh giá, công nhận mô hình \"Dân vận khéo\" các cấp.",
    ];

    public static BaoCaoThang BaoCaoThang { get; } = new()
    {
        Period = ReportPeriod.Month(2024, 7),
        Document = BanDanVanKonTum(new LocalDate(2024, 7, 26), "Thường trực Tỉnh ủy", "Ban Dân vận Trung ương"),
        TinhHinhNhanDan = "Tình hình tư tưởng của cán bộ, đảng viên và Nhân dân trên địa bàn tỉnh ổn định; Nhân dân phấn khởi, tin tưởng vào sự lãnh đạo của Đảng; quan tâm đến giá cả vật tư nông nghiệp và việc tiêu thụ nông sản.",
        DanVanChinhQuyen = DanVanChinhQuyen,
        MatTranDoanThe = MatTran,
        SoLieu =
        [
            new() { Ten = "Tin, bài về công tác dân vận", DonViTinh = "tin, bài", KetQua = 38 },
            new() { Ten = "Mô hình \"Dân vận khéo\" được công nhận", DonViTinh = "mô hình", KetQua = 5 },
        ],
        NhiemVu =
        [
            "Tổ chức các hoạt động kỷ niệm 94 năm Ngày truyền thống công tác dân vận của Đảng (15/10/1930 - 15/10/2024).",
            "Nắm chắc tình hình Nhân dân, các địa bàn trọng điểm; tham mưu cấp ủy giải quyết kịp thời những vấn đề phát sinh từ cơ sở.",
        ],
    };

    public static GiaoBanQuy GiaoBanQuy { get; } = new()
    {
        Period = ReportPeriod.Quarter(2024, 2),
        Document = BanDanVanDakNong(new LocalDate(2024, 6, 28), "Thường trực Tỉnh ủy", "Ban Dân vận các huyện ủy, thành ủy"),
        KetQuaNoiBat = "Các phong trào, cuộc vận động của các cấp đoàn, hội mang lại hiệu quả thiết thực, huy động được đông đảo người dân tham gia, góp phần thực hiện các mục tiêu về phát triển kinh tế, xã hội, quốc phòng, an ninh của địa phương.",
        DanVanChinhQuyen = "Chính quyền các cấp tiếp tục cụ thể hóa các văn bản của Đảng về công tác dân vận gắn với nhiệm vụ chính trị của địa phương; nhiều mô hình \"Dân vận khéo\" được đăng ký trên lĩnh vực dân vận chính quyền.",
        LucLuongVuTrang = "Lực lượng Biên phòng tỉnh giúp Nhân dân lao động sản xuất, bàn giao nhà Đại đoàn kết cho hộ nghèo trong chương trình \"Xuân Biên phòng ấm lòng dân bản\" năm 2024 tại huyện Đắk Song và huyện Tuy Đức.",
        DanChuCoSo = "Tăng cường thực hiện dân chủ ở cơ sở.",
        SoLieu =
        [
            new() { Ten = "Ngày công giúp dân lao động sản xuất", DonViTinh = "ngày công", KetQua = 47 },
            new() { Ten = "Nhà Đại đoàn kết bàn giao", DonViTinh = "căn", KetQua = 2 },
            new() { Ten = "Tổng trị giá", DonViTinh = "triệu đồng", KetQua = 212 },
        ],
        MoHinh = [MoHinh[1]],
        NhiemVu =
        [
            "Tăng cường công tác tuyên truyền, vận động, nắm bắt tình hình quần chúng Nhân dân, nắm bám cơ sở để tham mưu cấp ủy giải quyết những vấn đề mới phát sinh.",
            "Tổ chức các hoạt động kỷ niệm 94 năm Ngày truyền thống công tác dân vận của Đảng; tổ chức và tham gia Hội thi \"Dân vận khéo\".",
        ],
    };

    public static SoKet6Thang SoKet6Thang { get; } = new()
    {
        Period = ReportPeriod.FirstHalf(2024),
        Document = ThanhUyKonTum(new LocalDate(2024, 7, 2)),
        LanhDaoChiDao = "Ban Thường vụ Thành ủy đã lãnh đạo thực hiện có hiệu quả công tác dân vận của hệ thống chính trị, thực hiện nghiêm Quy chế dân chủ ở cơ sở; nhất là trong công tác thu hồi đất, bồi thường, hỗ trợ, tái định cư khi triển khai dự án đầu tư.",
        DanVanChinhQuyen = DanVanChinhQuyen,
        MatTranDoanThe = MatTran,
        DanTocTonGiao = DanTocTonGiao,
        SoLieu =
        [
            new() { Ten = "Diện tích chuyển đổi cây trồng", DonViTinh = "ha", KetQua = 3000 },
            new() { Ten = "Xã thực hiện Chương trình giảm nghèo bền vững", DonViTinh = "xã", KetQua = 11 },
        ],
        MoHinh = [MoHinh[0]],
        HanChe = "Đời sống của một bộ phận đồng bào dân tộc thiểu số còn khó khăn; giá vật tư nông nghiệp tăng cao trong khi nông sản giá thấp, khó tiêu thụ.",
        NhiemVu =
        [
            "Tiếp tục vận động Nhân dân chuyển đổi cây trồng kém hiệu quả sang cây ăn quả, mắc ca và cây có giá trị kinh tế cao hơn.",
            "Tích cực vận động Nhân dân tham gia các phong trào thi đua ở cơ sở.",
        ],
        KienNghi = KienNghi,
    };

    public static SoKet9Thang SoKet9Thang { get; } = new()
    {
        Period = ReportPeriod.NineMonths(2024),
        Document = BanDanVanKonTum(new LocalDate(2024, 9, 20), "Thường trực Tỉnh ủy", "Ban Dân vận các huyện ủy, thành ủy"),
        LanhDaoChiDao = "Ban Dân vận Tỉnh ủy tham mưu Ban Thường vụ Tỉnh ủy lãnh đạo, chỉ đạo đẩy mạnh công tác dân vận chính quyền, thực hiện dân chủ ở cơ sở gắn với nhiệm vụ chính trị của địa phương.",
        DanVanChinhQuyen = DanVanChinhQuyen,
        MatTranDoanThe = MatTran,
        SoLieu = [new() { Ten = "Mô hình \"Dân vận khéo\" được công nhận", DonViTinh = "mô hình", KetQua = 27 }],
        NhiemVu =
        [
            "Tổng kết công tác dân vận năm 2024; xây dựng chương trình công tác dân vận năm 2025.",
            "Chuẩn bị tổ chức Hội nghị biểu dương điển hình \"Dân vận khéo\" các cấp.",
        ],
    };

    public static TongKetNam TongKetNam { get; } = new()
    {
        Period = ReportPeriod.Year(2024),
        Document = BanDanVanKonTum(new LocalDate(2024, 12, 16), "Ban Dân vận Trung ương", "Thường trực Tỉnh ủy"),
        LanhDaoChiDao = "Các cấp ủy, tổ chức đảng tập trung lãnh đạo, chỉ đạo hệ thống chính trị đẩy mạnh thực hiện, phối hợp trong công tác dân vận, góp phần xây dựng khối đại đoàn kết toàn dân, củng cố lòng tin của Nhân dân với Đảng.",
        DanVanChinhQuyen = DanVanChinhQuyen,
        MatTranDoanThe = MatTran,
        DanTocTonGiao = DanTocTonGiao,
        SoLieu =
        [
            new() { Ten = "Mô hình \"Dân vận khéo\" được công nhận", DonViTinh = "mô hình", KetQua = 36 },
            new() { Ten = "Nhà Đại đoàn kết bàn giao", DonViTinh = "căn", KetQua = 214 },
        ],
        MoHinh = MoHinh,
        HanChe = "Công tác nắm tình hình Nhân dân ở một số địa bàn chưa kịp thời; một số mô hình \"Dân vận khéo\" chưa được nhân rộng.",
        BaiHoc = ["Phát huy vai trò chủ thể của Nhân dân theo phương châm \"dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng\"."],
        NhiemVu =
        [
            "Triển khai có hiệu quả chương trình hành động thực hiện nghị quyết đại hội Đảng các cấp về công tác dân vận.",
            "Đẩy mạnh phong trào thi đua \"Dân vận khéo\", tập trung hướng về cơ sở, vùng khó khăn.",
        ],
        KienNghi = KienNghi,
    };

    public static TongKetNhiemKy TongKetNhiemKy { get; } = new()
    {
        Period = ReportPeriod.Term(2020, 2025),
        Document = ThanhUyKonTum(new LocalDate(2025, 1, 15)),
        LanhDaoChiDao = "Ban Thường vụ Thành ủy ban hành chương trình hành động thực hiện Nghị quyết Đại hội Đảng bộ thành phố về công tác dân vận nhiệm kỳ 2020 - 2025 và lãnh đạo hệ thống chính trị thực hiện đồng bộ, có hiệu quả.",
        DanVanChinhQuyen = DanVanChinhQuyen,
        MatTranDoanThe = MatTran,
        DanTocTonGiao = DanTocTonGiao,
        SoLieu = [new() { Ten = "Mô hình \"Dân vận khéo\" được công nhận trong nhiệm kỳ", DonViTinh = "mô hình", KetQua = 152 }],
        MoHinh = MoHinh,
        HanChe = "Việc sơ kết, nhân rộng các mô hình \"Dân vận khéo\" ở một số cơ sở chưa thường xuyên.",
        BaiHoc = ["Cấp ủy quan tâm lãnh đạo, chỉ đạo thường xuyên; cả hệ thống chính trị cùng làm công tác dân vận."],
        NhiemVu =
        [
            "Tiếp tục đổi mới nội dung, phương thức công tác dân vận, hướng mạnh về cơ sở.",
            "Phát huy dân chủ, tăng cường khối đại đoàn kết toàn dân tộc.",
        ],
    };

    public static ChuongTrinhPhoiHop ChuongTrinhPhoiHop { get; } = new()
    {
        Period = ReportPeriod.Year(2024),
        Document = BanDanVanKonTum(new LocalDate(2024, 5, 8), "Thường trực Tỉnh ủy", "Ban cán sự đảng UBND tỉnh"),
        CacBen = ["Ban Dân vận Tỉnh ủy Kon Tum", "Ban cán sự đảng Ủy ban nhân dân tỉnh Kon Tum"],
        VanBan = ["Chỉ thị số 33/CT-TTg, ngày 26/11/2021 của Thủ tướng Chính phủ về tiếp tục tăng cường và đổi mới công tác dân vận trong hành chính nhà nước, chính quyền các cấp trong tình hình mới"],
        KetQua = "Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy, Thường trực Tỉnh ủy chỉ đạo đẩy mạnh công tác dân vận chính quyền; Ban cán sự đảng UBND tỉnh lãnh đạo UBND tỉnh kịp thời ban hành văn bản triển khai.",
        KetQuaKhac = [new() { LinhVuc = "Dân vận chính quyền", KetQua = DanVanChinhQuyen }],
        NhiemVu =
        [
            "Phối hợp tham mưu xây dựng, cụ thể hóa và sơ kết, tổng kết các nghị quyết, chỉ thị, kết luận của Đảng về công tác dân vận.",
            "Thực hiện tốt phong trào thi đua \"Dân vận khéo\" gắn với phương châm \"dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng\".",
        ],
    };

    public static DanVanKheo DanVanKheo { get; } = new()
    {
        Period = ReportPeriod.Year(2024),
        Document = BanDanVanDakNong(new LocalDate(2024, 12, 10), "Ban Dân vận Trung ương", "Thường trực Tỉnh ủy"),
        LanhDaoChiDao = "Ban Thường vụ Tỉnh ủy chỉ đạo đẩy mạnh phong trào thi đua \"Dân vận khéo\" gắn với học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh; nhân rộng các mô hình hiệu quả, tạo lan tỏa trong xã hội.",
        TheoLinhVuc =
        [
            new() { LinhVuc = "Kinh tế", SoDangKy = 120, SoCongNhan = 95 },
            new() { LinhVuc = "Văn hóa - xã hội", SoDangKy = 84, SoCongNhan = 70 },
            new() { LinhVuc = "Quốc phòng - an ninh", SoDangKy = 31, SoCongNhan = 27 },
            new() { LinhVuc = "Xây dựng hệ thống chính trị", SoDangKy = 45, SoCongNhan = 38 },
        ],
        MoHinhTieuBieu = MoHinh,
        NhiemVu =
        [
            "Tổ chức Hội thi \"Dân vận khéo\" các cấp; biểu dương, khen thưởng kịp thời các điển hình.",
            "Đăng ký, xây dựng mô hình \"Dân vận khéo\" gắn với nhiệm vụ chính trị của từng địa phương, đơn vị.",
        ],
        KienNghi = KienNghi,
    };
}
