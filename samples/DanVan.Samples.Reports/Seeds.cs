using DanVan.Reporting;
using NodaTime;

namespace DanVan.Samples.Reports;

/// <summary>The five seed articles of the product (shared/seeds), as typed data.</summary>
internal static class Seeds
{
    public static IReadOnlyList<SeedReport> All { get; } =
    [
        new(
            Source: "000 — Thành ủy Kon Tum (đăng 03/07/2024)",
            Title: "Thành ủy Kon Tum sơ kết công tác dân vận 6 tháng đầu năm 2024",
            Issuer: "Thành ủy Kon Tum",
            Place: "Kon Tum",
            MeetingDate: new LocalDate(2024, 7, 2),
            MeetingTime: new LocalTime(14, 0), // "Chiều 02/7"
            Period: ReportPeriod.FirstHalf(2024),
            Facts: ["Đại hội MTTQ thành phố lần thứ XVI, nhiệm kỳ 2024 -2029", "chuyển đổi 3000 ha đất trồng sắn", "giảm nghèo bền vững tại 11 xã"]),
        new(
            Source: "001 — Ban Dân vận Tỉnh ủy (bài không nêu tỉnh)",
            Title: "Sơ kết công tác dân vận 6 tháng đầu năm 2022",
            Issuer: "Ban Dân vận Tỉnh ủy",
            Place: null,
            MeetingDate: new LocalDate(2022, 6, 30),
            MeetingTime: new LocalTime(14, 0), // "Chiều 30/6"
            Period: ReportPeriod.FirstHalf(2022),
            Facts: ["tỷ lệ hộ nghèo 36,24%", "kỷ niệm 92 năm Ngày truyền thống công tác Dân vận của Đảng"]),
        new(
            Source: "002 — Ban Dân vận Tỉnh ủy và Ban cán sự đảng UBND tỉnh Kon Tum (đăng Thứ Tư, 8/5/2024)",
            Title: "Kon Tum: Ban Dân vận Tỉnh ủy - Ban cán sự đảng UBND tỉnh tăng cường phối hợp về công tác dân vận; kế hoạch thực hiện chương trình phối hợp năm 2024",
            Issuer: "Ban Dân vận Tỉnh ủy - Ban cán sự đảng UBND tỉnh Kon Tum",
            Place: "Kon Tum",
            MeetingDate: new LocalDate(2024, 5, 8), // the article's date, "Thứ Tư, 8/5/2024"
            MeetingTime: null,
            Period: ReportPeriod.Year(2024),
            Facts: ["Chỉ thị số 33/CT-TTg, ngày 26/11/2021 của Thủ tướng Chính phủ"]),
        new(
            Source: "003 — Khối Dân vận phường Thới Sơn (ngày họp không nêu: \"Vừa qua\")",
            Title: "Thới Sơn Hội nghị Sơ kết công tác Dân vận và hoạt động của Mặt trận Tổ quốc, các Đoàn thể chính trị - xã hội 6 tháng đầu năm 2024",
            Issuer: "Khối Dân vận phường Thới Sơn",
            Place: "Thới Sơn",
            MeetingDate: null,
            MeetingTime: null,
            Period: ReportPeriod.FirstHalf(2024),
            Facts: ["mục tiêu, nhiệm vụ 6 tháng cuối năm 2024"]),
        new(
            Source: "004 — Ban Dân vận Tỉnh ủy Đắk Nông, tại Huyện ủy Đắk Song",
            Title: "Hội nghị giao ban công tác dân vận các Huyện ủy, Thành ủy quý II triển khai nhiệm vụ quý III năm 2024",
            Issuer: "Ban Dân vận Tỉnh ủy Đắk Nông",
            Place: "Đắk Song",
            MeetingDate: new LocalDate(2024, 6, 28),
            MeetingTime: new LocalTime(8, 0), // "Sáng 28/6/2024"
            Period: ReportPeriod.Quarter(2024, 2),
            Facts: ["47 ngày công", "2 căn nhà Đại đoàn kết, tổng trị giá 212 triệu đồng", "kỷ niệm 94 năm Ngày truyền thống công tác dân vận của Đảng"]),
    ];
}
