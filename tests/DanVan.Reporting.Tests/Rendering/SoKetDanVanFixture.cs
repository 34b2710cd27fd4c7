namespace DanVan.Reporting.Tests.Rendering;

/// <summary>
/// A hand-written report that makes the calls the generator's <c>WriteTo</c> makes for a "sơ kết 6 tháng" report:
/// heading, two sections, a two-paragraph text, values, a list of texts, a list of records, and in section II a text
/// full of markup characters to prove the escaping.
/// </summary>
internal sealed class SoKetDanVanFixture : IReport
{
    public const string HostileText =
        "Không để <script>alert('x')</script> chạy & giữ *bold* nguyên văn, cả [liên kết](http://x) và `mã`.\n"
        + "# not a heading\n"
        + "- not a list item\n"
        + "2024. not an ordered list";

    public ReportPeriod Period => ReportPeriod.FirstHalf(2024);

    public ReportValidationResult Validate() => ReportValidationResult.Valid;

    public void WriteTo(IReportWriter writer)
    {
        writer.BeginReport(new ReportHeading("sơ kết công tác dân vận", Period));

        writer.BeginSection("I", "KẾT QUẢ THỰC HIỆN");
        writer.WriteText(
            "Công tác lãnh đạo, chỉ đạo",
            "Ban Thường vụ Tỉnh ủy ban hành 05 văn bản lãnh đạo, chỉ đạo công tác dân vận của Đảng Cộng sản Việt Nam.\n"
            + "\n"
            + "Các cấp ủy tiếp tục thực hiện Quy chế dân chủ ở cơ sở, gắn với phong trào thi đua \"Dân vận khéo\".");
        writer.WriteValue("Tỷ lệ hộ nghèo", "36,24%");
        writer.WriteValue("Tổng trị giá", "212.000.000 đồng");
        writer.BeginList("Nhiệm vụ");
        writer.WriteListItem("Nắm tình hình Nhân dân, giải quyết kịp thời kiến nghị chính đáng");
        writer.WriteListItem("Nhân rộng mô hình \"Dân vận khéo\"");
        writer.EndList();
        writer.BeginList("Mô hình \"Dân vận khéo\"");
        writer.BeginGroup("1");
        writer.WriteValue("Tên mô hình", "Xây dựng nông thôn mới");
        writer.WriteValue("Số hộ tham gia", "1.250");
        writer.EndGroup();
        writer.BeginGroup("2");
        writer.WriteValue("Tên mô hình", "Bảo vệ môi trường");
        writer.WriteValue("Số hộ tham gia", "830");
        writer.EndGroup();
        writer.EndList();
        writer.EndSection();

        writer.BeginSection("II", "PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2024");
        writer.WriteText("Nhiệm vụ trọng tâm", HostileText);
        writer.EndSection();

        writer.EndReport();
    }
}
