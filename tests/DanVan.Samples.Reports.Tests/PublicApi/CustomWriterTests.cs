using DanVan.Reporting;
using DanVan.Samples.Reports.Reports;

namespace DanVan.Samples.Reports.Tests.PublicApi;

/// <summary>
/// A writer outside the runtime assembly, on the public API alone: <see cref="ReportWriterBase"/> gives it the call
/// order, the argument checks, the messages and the <see cref="DocumentFrame"/>; it draws only.
/// </summary>
public class CustomWriterTests
{
    private static IReport Seed(string file) => SeedReports.All.Single(seed => seed.File == file).Report;

    [Fact]
    public void SeedDocument_ReachesTheCustomWriter_WithItsFrameAndBody()
    {
        var writer = new OutlineWriter();

        Seed("001-ban-dan-van-tinh-uy").WriteTo(writer);

        Assert.True(writer.Ended);
        IReadOnlyList<string> lines = writer.Lines;
        Assert.Equal("frame: document Party2018", lines[0]);
        Assert.Contains(lines, line => line.StartsWith("parent: TỈNH ỦY", StringComparison.Ordinal));
        Assert.Contains("issuer: BAN DÂN VẬN", lines);
        Assert.Contains("mark: *", lines);
        Assert.Contains("header: ĐẢNG CỘNG SẢN VIỆT NAM", lines);
        Assert.Contains("kind: BÁO CÁO", lines);

        // Party headings and clause numbers, from the profile through the frame: "I-", "1-".
        Assert.Contains(lines, line => line.StartsWith("section: I- ", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.StartsWith("text@0: 1- ", StringComparison.Ordinal));
        Assert.Contains("ending: .", lines); // Party2018's body ending
        Assert.Contains(lines, line => line.StartsWith("Nơi nhận:: ", StringComparison.Ordinal));
    }

    [Fact]
    public void StateVariant_SameWriter_StateNumbering()
    {
        var writer = new OutlineWriter();
        IReport report = Seed("001-ban-dan-van-tinh-uy");
        DocumentInfo party = ((SoKetCongTacDanVan)report).Document!;
        ((SoKetCongTacDanVan)report with { Document = party with { Layout = LayoutProfile.State2020 } }).WriteTo(writer);

        Assert.Contains("header: CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", writer.Lines);
        Assert.Contains(writer.Lines, line => line.StartsWith("section: I. ", StringComparison.Ordinal));
        Assert.Contains(writer.Lines, line => line.StartsWith("text@0: 1. ", StringComparison.Ordinal));
    }

    [Fact]
    public void CallsOutOfOrder_ThrowTheSameMessagesAsTheBuiltInWriters()
    {
        var custom = new OutlineWriter();
        var text = new TextReportWriter(new StringWriter());

        var customError = Assert.Throws<InvalidOperationException>(() => custom.BeginSection("I", "X"));
        var textError = Assert.Throws<InvalidOperationException>(() => text.BeginSection("I", "X"));
        Assert.Equal(textError.Message, customError.Message);
        Assert.Contains("BeginSection", customError.Message, StringComparison.Ordinal);

        custom.BeginReport(new ReportHeading("sơ kết", ReportPeriod.FirstHalf(2024)));
        var nullError = Assert.Throws<ArgumentNullException>(() => custom.WriteValue("Tỷ lệ", null!));
        Assert.Equal("value", nullError.ParamName);
        Assert.Throws<InvalidOperationException>(() => custom.BeginReport(new ReportHeading("x", ReportPeriod.FirstHalf(2024))));

        // The failed calls changed nothing: the report still opens a section and closes.
        custom.BeginSection("I", "KẾT QUẢ");
        custom.EndSection();
        custom.EndReport();
        Assert.Equal(["frame: bare", "kind: BÁO CÁO", "subject: Sơ kết 6 tháng đầu năm 2024", "section: I. KẾT QUẢ", "ending: "], custom.Lines);
    }

    [Fact]
    public void Tables_ArriveWhole_AndAnEmptyTableNeverArrives()
    {
        var writer = new OutlineWriter();
        writer.BeginReport(new ReportHeading("sơ kết", ReportPeriod.FirstHalf(2024)));
        writer.BeginGroup("Mô hình");
        writer.BeginTable("Trống", [new TableColumn("STT", TableAlignment.Center)]);
        writer.EndTable();
        writer.BeginTable("Kết quả", [new TableColumn("STT", TableAlignment.Center), new TableColumn("Chỉ tiêu")]);
        writer.BeginTableRow();
        writer.WriteCell("1");
        writer.EndTableRow();
        writer.EndTable();
        writer.EndGroup();
        writer.EndReport();

        Assert.Contains("table@1: Kết quả 2x1", writer.Lines);
        Assert.DoesNotContain(writer.Lines, line => line.Contains("Trống", StringComparison.Ordinal));
        Assert.Contains("group@0: Mô hình", writer.Lines);
        Assert.Contains("end group@0: ", writer.Lines);
    }
}
