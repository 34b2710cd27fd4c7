using DanVan.Reporting;
using DanVan.Reporting.Calendar;
using NodaTime;

namespace DanVan.Samples.Reports;

/// <summary>The five seed articles of the product (docs/seeds.md), as typed data.</summary>
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
            Facts:
            [
                new TermFact("Đại hội đại biểu MTTQ Việt Nam thành phố Kon Tum lần thứ " + RomanNumerals.ToRoman(16), ReportPeriod.Parse("nhiệm kỳ 2024 -2029")),
                new QuantityFact("Vận động chuyển đổi đất trồng sắn kém hiệu quả", 3000, "ha"),
                new QuantityFact("Chương trình giảm nghèo bền vững", 11, "xã"),
            ]),
        new(
            Source: "001 — Ban Dân vận Tỉnh ủy (bài không nêu tỉnh)",
            Title: "Sơ kết công tác dân vận 6 tháng đầu năm 2022",
            Issuer: "Ban Dân vận Tỉnh ủy",
            Place: null,
            MeetingDate: new LocalDate(2022, 6, 30),
            MeetingTime: new LocalTime(14, 0), // "Chiều 30/6"
            Period: ReportPeriod.FirstHalf(2022),
            Facts:
            [
                new PercentFact("Tỷ lệ hộ nghèo đồng bào dân tộc thiểu số", 36.24m),
                new AnniversaryFact(TraditionalDay.MassMobilization, 2022),
                new TermFact("Nghị quyết đại hội Đảng các cấp", ReportPeriod.Term(2020, 2025)),
            ]),
        new(
            Source: "002 — Ban Dân vận Tỉnh ủy và Ban cán sự đảng UBND tỉnh Kon Tum (đăng Thứ Tư, 8/5/2024)",
            Title: "Kon Tum: Ban Dân vận Tỉnh ủy - Ban cán sự đảng UBND tỉnh tăng cường phối hợp về công tác dân vận; kế hoạch thực hiện chương trình phối hợp năm 2024",
            Issuer: "Ban Dân vận Tỉnh ủy - Ban cán sự đảng UBND tỉnh Kon Tum",
            Place: "Kon Tum",
            MeetingDate: new LocalDate(2024, 5, 8), // the article's date, "Thứ Tư, 8/5/2024"
            MeetingTime: null,
            Period: ReportPeriod.Year(2024),
            Facts: [new CitationFact("Chỉ thị", DocumentNumber.State(33, "CT", "TTg"), new LocalDate(2021, 11, 26), "Thủ tướng Chính phủ")]),
        new(
            Source: "003 — Khối Dân vận phường Thới Sơn (ngày họp không nêu: \"Vừa qua\")",
            Title: "Thới Sơn Hội nghị Sơ kết công tác Dân vận và hoạt động của Mặt trận Tổ quốc, các Đoàn thể chính trị - xã hội 6 tháng đầu năm 2024",
            Issuer: "Khối Dân vận phường Thới Sơn",
            Place: "Thới Sơn",
            MeetingDate: null,
            MeetingTime: null,
            Period: ReportPeriod.FirstHalf(2024),
            Facts: []),
        new(
            Source: "004 — Ban Dân vận Tỉnh ủy Đắk Nông, tại Huyện ủy Đắk Song",
            Title: "Hội nghị giao ban công tác dân vận các Huyện ủy, Thành ủy quý II triển khai nhiệm vụ quý III năm 2024",
            Issuer: "Ban Dân vận Tỉnh ủy Đắk Nông",
            Place: "Đắk Song",
            MeetingDate: new LocalDate(2024, 6, 28),
            MeetingTime: new LocalTime(8, 0), // "Sáng 28/6/2024"
            Period: ReportPeriod.Quarter(2024, 2),
            Facts:
            [
                new QuantityFact("Lực lượng Biên phòng giúp dân lao động sản xuất", 47, "ngày công"),
                new QuantityFact("Nhà Đại đoàn kết bàn giao cho hộ nghèo", 2, "căn"),
                new MoneyFact("Tổng trị giá", 212_000_000),
                new AnniversaryFact(TraditionalDay.MassMobilization, 2024),
            ]),
    ];
}
