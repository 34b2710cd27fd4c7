using DanVan.Reporting;
using NodaTime;
using DanVan.Samples.Reports.Reports;
using SoKet6Thang = DanVan.Reporting.Catalog.SoKet6Thang;

namespace DanVan.Samples.Reports;

/// <summary>The seed articles' reports as typed report objects, validated and rendered by the generated code.</summary>
/// <remarks>
/// Every fact is the article's, traced in docs/seeds.md (fact, article, quote); what an article does not give is left
/// blank, never guessed: no article gives a document number, so every counter is left blank for the clerk
/// (<see cref="DocumentInfo.CounterLeftBlank"/>); a date or signer an article does not give is blank too (drafts 002
/// and 003). The kind and issuer codes of the numbers ("BC", "TU", "BDVTU", "KDV") and the nơi nhận lists are drafting
/// conventions, not facts. Figures keep their subject and kind (result, target, difficulty) in their labels and sections.
/// <para>
/// A seed uses a ready-made kind of DanVan.Reporting.Catalog when the kind says what the seed says: seed 003 is a
/// <see cref="SoKet6Thang"/>. The others keep their own types, because moving them would lose what issue-17 review
/// fixed: seed 000's 3.000 ha is a target and seed 001's 36,24% a difficulty, while the kind's figures are a table of
/// results ("Một số kết quả chủ yếu"); seed 002 reviews the programme and adopts the plan for the year (its period is
/// the plan's year, headed "KẾ HOẠCH PHỐI HỢP NĂM 2024"), while the chuong-trinh-phoi-hop kind reviews a year and plans
/// the next; seed 004's figures are the Lực lượng Biên phòng tỉnh's, a table whose label names them, and its trích yếu
/// names the content, while the giao-ban-quy kind's figures are the issuer's and its title names the meeting.
/// </para>
/// </remarks>
public static class SeedReports
{
    public static IReadOnlyList<(string File, IReport Report)> All { get; } =
    [
        ("000-thanh-uy-kon-tum", new SoKetCongTacDanVan
        {
            Period = ReportPeriod.FirstHalf(2024),
            Document = new DocumentInfo
            {
                // The conference on the afternoon of 02/7/2024, chaired by Y Hồng Hà, Phó Bí thư Thường trực Thành ủy.
                Issuer = new IssuingBody { Name = "THÀNH ỦY KON TUM", Parent = "ĐẢNG BỘ TỈNH KON TUM" },
                Number = DocumentNumber.Party(1, "BC", "TU"),
                CounterLeftBlank = true,
                Place = "Kon Tum",
                Date = new LocalDate(2024, 7, 2),
                KindName = "BÁO CÁO",
                Subject = "sơ kết công tác dân vận 6 tháng đầu năm, phương hướng, nhiệm vụ 6 tháng cuối năm 2024",
                Signature = new Signature { Prefix = SignaturePrefix.PartyOnBehalf, SignedFor = "BAN THƯỜNG VỤ", Position = "PHÓ BÍ THƯ THƯỜNG TRỰC", SignerName = "Y Hồng Hà" },
                Recipients = new Recipients { Lines = ["Ban Dân vận Tỉnh ủy", "Các đồng chí Thành ủy viên", "Mặt trận Tổ quốc và các đoàn thể thành phố"], Archive = "VT" },
            },
            LanhDaoChiDao = "Ban Thường vụ Thành ủy đã lãnh đạo thực hiện có hiệu quả công tác dân vận của hệ thống chính trị, thực hiện nghiêm Quy chế dân chủ ở cơ sở; nhất là trong công tác thu hồi đất, bồi thường, hỗ trợ, tái định cư khi triển khai dự án đầu tư.\nChỉ đạo tổ chức thành công Đại hội Mặt trận Tổ quốc Việt Nam các cấp và Đại hội đại biểu Mặt trận Tổ quốc Việt Nam thành phố Kon Tum lần thứ XVI, nhiệm kỳ 2024 - 2029.\nChỉ đạo Ủy ban nhân dân các xã, phường rà soát, vận động Nhân dân chuyển đổi đất trồng sắn và các loại cây trồng kém hiệu quả sang trồng cây ăn quả, mắc ca và các cây trồng có giá trị kinh tế cao hơn.",
            DienTichChuyenDoi = 3000m,
            SoXaGiamNgheo = 11,
            // The closing directions of Y Hồng Hà, not the results again.
            NhiemVu =
            [
                "Các tổ chức cơ sở đảng, cơ quan, đơn vị phát huy vai trò của cả hệ thống chính trị, tập trung nâng cao chất lượng công tác dân vận ở cơ sở; thực hiện tốt công tác dân tộc, tôn giáo trên địa bàn.",
                "Tập trung quán triệt các chỉ thị, nghị quyết của Đảng các cấp; vận động bà con xóa bỏ phong tục, tập quán không còn phù hợp.",
                "Chú trọng nâng cao chất lượng hoạt động của Ban nhân dân thôn, tổ công tác cộng đồng, góp phần thực hiện tốt các nhiệm vụ chính trị tại địa phương.",
            ],
        }),
        ("001-ban-dan-van-tinh-uy", new SoKetCongTacDanVan
        {
            Period = ReportPeriod.FirstHalf(2022),
            Document = new DocumentInfo
            {
                // The conference on the afternoon of 30/6/2022; Ngọc Kim Nam, Trưởng ban Dân vận Tỉnh ủy. The article never
                // names the province, so the province and the place are dotted blanks, as on a form, rather than guessed.
                Issuer = new IssuingBody { Name = "BAN DÂN VẬN", Parent = "TỈNH ỦY …………" },
                Number = DocumentNumber.Party(1, "BC", "BDVTU"),
                CounterLeftBlank = true,
                Place = "…………",
                Date = new LocalDate(2022, 6, 30),
                KindName = "BÁO CÁO",
                Subject = "sơ kết công tác dân vận 6 tháng đầu năm, phương hướng, nhiệm vụ 6 tháng cuối năm 2022",
                Signature = new Signature { Position = "TRƯỞNG BAN", SignerName = "Ngọc Kim Nam" },
                Recipients = new Recipients { Lines = ["Thường trực Tỉnh ủy", "Ban Dân vận các huyện ủy, thành ủy, thị ủy, đảng ủy trực thuộc Tỉnh ủy"], Archive = "VT" },
            },
            LanhDaoChiDao = "Các cấp ủy, tổ chức đảng đã tập trung lãnh đạo, chỉ đạo hệ thống chính trị đẩy mạnh thực hiện, phối hợp trong công tác dân vận, góp phần xây dựng khối đại đoàn kết toàn dân, tạo sự đồng thuận trong xã hội, củng cố lòng tin và mối quan hệ mật thiết giữa Nhân dân với Đảng.",
            KhoKhan = "Lãnh đạo Ban Dân vận các huyện, thành, thị nêu một số khó khăn trong công tác vận động quần chúng: giá cả vật tư, hàng hóa tăng cao, nhất là xăng dầu, vật liệu xây dựng, phân bón, trong khi các sản phẩm nông nghiệp giá rẻ, khó tiêu thụ; đời sống của đồng bào dân tộc thiểu số vẫn còn khó khăn, tỷ lệ hộ nghèo cao; kết cấu hạ tầng một số nơi còn thiếu thốn, nhiều công trình hư hỏng, xuống cấp chậm khắc phục.",
            TyLeHoNgheo = 36.24m,
            // The closing directions of Ngọc Kim Nam.
            NhiemVu =
            [
                "Triển khai nghiêm túc, có hiệu quả chương trình hành động thực hiện nghị quyết đại hội Đảng các cấp nhiệm kỳ 2020 - 2025 và Đại hội Đảng toàn quốc lần thứ XIII về công tác dân vận.",
                "Chỉ đạo xây dựng, công nhận mô hình “Dân vận khéo”, điểm sáng về dân chủ ở cơ sở, điểm sáng về dân vận chính quyền.",
                "Tiếp tục triển khai thực hiện các kết luận, kế hoạch của Trung ương, Ban Thường vụ Tỉnh ủy về công tác dân tộc, tôn giáo.",
                "Tổ chức các hoạt động thiết thực kỷ niệm 92 năm Ngày truyền thống công tác Dân vận của Đảng (15/10/1930 - 15/10/2022).",
            ],
        }),
        ("002-phoi-hop-ban-dan-van-ban-can-su-ubnd-kon-tum", new SoKetPhoiHop
        {
            Period = ReportPeriod.Year(2024),
            Document = new DocumentInfo
            {
                // The conference chaired by Nguyễn Đức Tuy, Trưởng Ban Dân vận Tỉnh ủy Kon Tum, and Y Ngọc, Phó Chủ tịch UBND
                // tỉnh. The article (published Thứ Tư, 8/5/2024) does not give the day of the conference, so the report is a
                // draft whose date line is left blank for the signing day; Date only gives the year (the publication day
                // is the latest the conference can have been).
                Issuer = new IssuingBody { Name = "BAN DÂN VẬN", Parent = "TỈNH ỦY KON TUM" },
                Number = DocumentNumber.Party(1, "BC", "BDVTU"),
                Place = "Kon Tum",
                Date = new LocalDate(2024, 5, 8),
                DraftNote = "Dự thảo",
                KindName = "BÁO CÁO",
                Signature = new Signature { Position = "TRƯỞNG BAN", SignerName = "Nguyễn Đức Tuy" },
                Recipients = new Recipients { Lines = ["Thường trực Tỉnh ủy", "Ban cán sự đảng UBND tỉnh"], Archive = "VT" },
            },
            KetQua = "Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy, Thường trực Tỉnh ủy chỉ đạo đẩy mạnh thực hiện công tác dân vận chính quyền; Ban cán sự đảng UBND tỉnh đã lãnh đạo UBND tỉnh kịp thời ban hành văn bản triển khai thực hiện công tác dân vận.",
            VanBan = ["Chỉ thị số 33/CT-TTg, ngày 26/11/2021 của Thủ tướng Chính phủ về “Tiếp tục tăng cường và đổi mới công tác dân vận trong hành chính nhà nước, chính quyền các cấp trong tình hình mới”."],
            NhiemVu =
            [
                "Phối hợp tham mưu xây dựng, cụ thể hóa và sơ kết, tổng kết các nghị quyết, chỉ thị, quyết định, kết luận của Đảng về công tác dân vận.",
                "Đẩy mạnh các hoạt động tuyên truyền, giáo dục nâng cao nhận thức về ý nghĩa, tầm quan trọng của công tác dân vận.",
                "Thực hiện tốt phong trào thi đua “Dân vận khéo” trên các lĩnh vực kinh tế, văn hóa - xã hội, quốc phòng - an ninh gắn với phương châm “dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng”.",
            ],
        }),
        ("003-khoi-dan-van-phuong-thoi-son", new SoKet6Thang
        {
            Period = ReportPeriod.FirstHalf(2024),
            Document = new DocumentInfo
            {
                // The Khối Dân vận of phường Thới Sơn, under its Đảng ủy; the place of a ward's documents is the ward. The
                // article gives no date ("Vừa qua"), no number and no signer, so the report is a draft ("Dự thảo"): the
                // counter and the date line are left blank for the clerk and the signing day (Date, the end of the half
                // year, only gives the year and feeds the checks), and the signer's name is a dotted blank.
                Issuer = new IssuingBody { Name = "KHỐI DÂN VẬN", Parent = "ĐẢNG ỦY PHƯỜNG THỚI SƠN", Level = IssuerLevel.Commune },
                Number = DocumentNumber.Party(1, "BC", "KDV"),
                Place = "Thới Sơn",
                Date = new LocalDate(2024, 6, 30),
                DraftNote = "Dự thảo",
                KindName = "BÁO CÁO",
                Subject = "sơ kết công tác dân vận 6 tháng đầu năm, phương hướng, nhiệm vụ 6 tháng cuối năm 2024",
                Signature = new Signature { Position = "TRƯỞNG KHỐI", SignerName = "…………" },
                Recipients = new Recipients { Lines = ["Đảng ủy phường", "Ủy ban Mặt trận Tổ quốc và các đoàn thể phường"], Archive = "VT" },
            },
            LanhDaoChiDao = "Công tác dân vận được cấp ủy, chính quyền, Mặt trận Tổ quốc và các đoàn thể quan tâm triển khai thực hiện; nội dung, phương thức lãnh đạo của Đảng đối với công tác dân vận luôn được đổi mới.\nChính quyền tăng cường công tác dân vận, đẩy mạnh cải cách hành chính, giải quyết khiếu nại, tố cáo của công dân; công tác phối hợp với Ủy ban nhân dân phường và các tổ chức chính trị - xã hội luôn được chặt chẽ.",
            NhiemVu = ["Thống nhất thực hiện các mục tiêu, nhiệm vụ 6 tháng cuối năm 2024."],
        }),
        ("004-giao-ban-quy-dak-nong", new GiaoBanQuy
        {
            Period = ReportPeriod.Quarter(2024, 2),
            Document = new DocumentInfo
            {
                // Ban Dân vận Tỉnh ủy Đắk Nông, the briefing on the morning of 28/6/2024 chaired by Lê Sỹ Tuân, Phó trưởng
                // Ban Thường trực. The place is the province whose body issues the report (Đắk Nông), not the venue of the
                // meeting (Huyện ủy Đắk Song).
                Issuer = new IssuingBody { Name = "BAN DÂN VẬN", Parent = "TỈNH ỦY ĐẮK NÔNG" },
                Number = DocumentNumber.Party(1, "BC", "BDVTU"),
                CounterLeftBlank = true,
                Place = "Đắk Nông",
                Date = new LocalDate(2024, 6, 28),
                KindName = "BÁO CÁO",
                Subject = "kết quả công tác dân vận quý II, nhiệm vụ quý III năm 2024",
                Signature = new Signature { Prefix = SignaturePrefix.PartyDeputy, SignedFor = "TRƯỞNG BAN", Position = "PHÓ TRƯỞNG BAN THƯỜNG TRỰC", SignerName = "Lê Sỹ Tuân" },
                Recipients = new Recipients { Lines = ["Thường trực Tỉnh ủy", "Ban Dân vận các huyện ủy, thành ủy"], Archive = "VT" },
            },
            KetQua = "Các phong trào, cuộc vận động của các cấp đoàn, hội mang lại hiệu quả, thiết thực, huy động được đông đảo người dân tham gia. Nhiều mô hình “Dân vận khéo” được đăng ký triển khai thực hiện trên lĩnh vực dân vận chính quyền; tăng cường thực hiện dân chủ ở cơ sở.\nLực lượng Biên phòng tỉnh tham gia giúp người dân lao động sản xuất, bàn giao nhà Đại đoàn kết cho hộ nghèo trong chương trình “Xuân Biên phòng ấm lòng dân bản” năm 2024 tại huyện Đắk Song và huyện Tuy Đức.",
            SoLieu = new KetQuaGiaoBan { NgayCong = 47, SoNha = 2, TongTriGia = 212_000_000m },
            // The closing directions of Lê Sỹ Tuân.
            NhiemVu =
            [
                "Tiếp tục tăng cường công tác tuyên truyền, vận động, nắm bắt tình hình quần chúng Nhân dân, nắm bám cơ sở để tham mưu giúp cấp ủy chỉ đạo giải quyết những vấn đề còn tồn tại cũng như vấn đề mới phát sinh ngay từ cơ sở.",
                "Nâng cao chất lượng công tác phối hợp, nhân rộng các mô hình “Dân vận khéo” tạo lan tỏa trong xã hội.",
                "Tổ chức các hoạt động kỷ niệm 94 năm Ngày truyền thống công tác Dân vận của Đảng; tổ chức và tham gia Hội thi “Dân vận khéo”.",
            ],
        }),
    ];
}
