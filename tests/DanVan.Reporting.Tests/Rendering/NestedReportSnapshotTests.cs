using DanVan.Reporting.Testing;

namespace DanVan.Reporting.Tests.Rendering;

/// <summary>
/// Deeper shapes than the fixture: content before the first section, a group in a group, a list and a text inside a
/// group, empty labels, an unnumbered section.
/// </summary>
public class NestedReportSnapshotTests
{
    private static readonly ScriptedReport s_report = ScriptedReport.Wrapped(w =>
    {
        w.WriteValue("Đơn vị", "Ban Dân vận Tỉnh ủy");
        w.BeginSection("I", "TÌNH HÌNH");
        w.BeginGroup("Khối dân vận chính quyền");
        w.WriteValue("Số cuộc đối thoại", "42");
        w.WriteText("Đánh giá", "Chuyển biến tích cực.\nCòn hạn chế ở cơ sở.");
        w.BeginGroup("Cấp xã");
        w.WriteValue("Số xã đạt", "17");
        w.BeginList("Xã tiêu biểu");
        w.WriteListItem("Đăk Hà");
        w.WriteListItem("Ngọc Hồi");
        w.EndList();
        w.EndGroup();
        w.EndGroup();
        w.WriteValue(string.Empty, "Giá trị không nhãn");
        w.EndSection();
        w.BeginSection(string.Empty, "KIẾN NGHỊ");
        w.WriteText("Với Trung ương", "Sớm ban hành hướng dẫn.");
        w.EndSection();
    });

    [Fact]
    public void RenderText_Nested() => Snapshot.Verify(s_report.RenderText(), "txt");

    [Fact]
    public void RenderMarkdown_Nested() => Snapshot.Verify(s_report.RenderMarkdown(), "md");

    [Fact]
    public void RenderHtml_Nested() => Snapshot.Verify(s_report.RenderHtml(new HtmlReportWriterOptions { FullDocument = false }), "html");
}
