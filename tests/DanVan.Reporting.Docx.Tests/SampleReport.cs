namespace DanVan.Reporting.Docx.Tests;

/// <summary>A hand-written report whose WriteTo makes the calls a generated report makes.</summary>
internal sealed class SampleReport : IReport
{
    public SampleReport(DocumentInfo? document = null, string? firstText = null)
    {
        Document = document;
        FirstText = firstText ?? "Ban Thường vụ Thành ủy đã lãnh đạo thực hiện có hiệu quả công tác dân vận.";
    }

    public DocumentInfo? Document { get; }

    public string FirstText { get; }

    public ReportPeriod Period => ReportPeriod.FirstHalf(2024);

    public ReportValidationResult Validate() => ReportValidationResult.Valid;

    public void WriteTo(IReportWriter writer)
    {
        writer.BeginReport(new ReportHeading("sơ kết công tác dân vận", Period) { Document = Document });
        writer.BeginSection("I", "KẾT QUẢ THỰC HIỆN");
        writer.WriteText("Công tác lãnh đạo, chỉ đạo", FirstText);
        writer.WriteValue("Số mô hình \"Dân vận khéo\"", "15");
        writer.WriteValue("Tỷ lệ hộ nghèo", "36,24%");
        writer.WriteValue("Tổng trị giá", "212.000.000 đồng");
        writer.BeginList("Mô hình \"Dân vận khéo\"");
        writer.BeginGroup("1");
        writer.WriteText("Tên mô hình", "Dân vận khéo trong xây dựng nông thôn mới");
        writer.WriteValue("Số hộ tham gia", "120 hộ");
        writer.EndGroup();
        writer.BeginGroup("2");
        writer.WriteText("Tên mô hình", "Chuyển đổi cây trồng");
        writer.WriteValue("Số hộ tham gia", "45 hộ");
        writer.EndGroup();
        writer.EndList();
        writer.EndSection();
        writer.BeginSection("II", "PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2024");
        writer.BeginList("Nhiệm vụ");
        writer.WriteListItem("Tiếp tục nâng cao chất lượng công tác dân vận.");
        writer.WriteListItem("Nhân rộng các mô hình \"Dân vận khéo\".");
        writer.EndList();
        writer.EndSection();
        writer.EndReport();
    }
}
