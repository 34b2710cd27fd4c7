using System.Reflection;

namespace DanVan.Reporting.Generators.Tests;

/// <summary>[Table] compiled and run: the calls WriteTo streams, and the tables the writers draw from them.</summary>
public class TableCompileAndRunTests
{
    private const string Source = """
        using System.Collections.Generic;
        using System.ComponentModel.DataAnnotations;
        using DanVan.Reporting;
        using NodaTime;

        namespace Reports;

        public sealed record MoHinh
        {
            [Display(Name = "Tên mô hình")]
            public string? Ten { get; init; }

            [Quantity("hộ"), Range(0, 1000), Display(Name = "Số hộ tham gia")]
            public int? SoHo { get; init; }

            [Display(Name = "Ngày công nhận")]
            public LocalDate NgayCongNhan { get; init; }
        }

        public sealed record SoLieu
        {
            [Quantity("ngày công"), Display(Name = "Ngày công giúp dân")]
            public int NgayCong { get; init; }

            [Money, Display(Name = "Tổng trị giá")]
            public decimal? TongTriGia { get; init; }

            [Percent, Range(0, 100), Display(Name = "Tỷ lệ hộ nghèo")]
            public decimal TyLe { get; init; }

            [Display(Name = "Ghi chú")]
            public string? GhiChu { get; init; }
        }

        [Report(Title = "giao ban công tác dân vận", Period = PeriodKind.Quarter)]
        public partial record GiaoBan
        {
            public required ReportPeriod Period { get; init; }

            [Section("I", "KẾT QUẢ {period}")]
            [Table, Display(Name = "Kết quả chủ yếu")]
            public SoLieu? KetQua { get; init; }

            [Table, Display(Name = "Mô hình \"Dân vận khéo\"")]
            public IReadOnlyList<MoHinh?>? MoHinh { get; init; }
        }

        public static class Factory
        {
            public static GiaoBan Report() => new()
            {
                Period = ReportPeriod.Quarter(2024, 2),
                KetQua = new SoLieu { NgayCong = 47, TongTriGia = null, TyLe = 36.24m, GhiChu = "Biên phòng | <b>tỉnh</b>" },
                MoHinh =
                [
                    new MoHinh { Ten = "Dân vận khéo trong xây dựng nông thôn mới", SoHo = 120, NgayCongNhan = new LocalDate(2024, 5, 2) },
                    null,
                    new MoHinh { Ten = null, SoHo = null, NgayCongNhan = new LocalDate(2024, 6, 1) },
                ],
            };

            public static GiaoBan Empty() => Report() with { MoHinh = [] };

            public static GiaoBan Invalid() => Report() with
            {
                KetQua = new SoLieu { TyLe = 150m },
                MoHinh = [new MoHinh { Ten = "x", SoHo = 5000 }],
            };
        }
        """;

    private static readonly Lazy<Assembly> s_assembly = new(() => GeneratorHarness.CompileAndLoad(Source));

    private static IReport Report(string method = "Report") => GeneratorHarness.Call<IReport>(s_assembly.Value, "Reports.Factory", method);

    [Fact]
    public void WriteTo_RecordAndListOfRecords_StreamTableCalls()
    {
        var writer = new RecordingWriter();
        Report().WriteTo(writer);

        Assert.Equal(
            [
                "BeginReport(giao ban công tác dân vận quý II năm 2024)",
                "BeginSection(I, KẾT QUẢ QUÝ II NĂM 2024)",
                "BeginTable(Kết quả chủ yếu, STT:Center | Chỉ tiêu:Left | Kết quả:Right)",
                "BeginTableRow()", "WriteCell(1)", "WriteCell(Ngày công giúp dân)", "WriteCell(47 ngày công)", "EndTableRow()",
                "BeginTableRow()", "WriteCell(2)", "WriteCell(Tỷ lệ hộ nghèo)", "WriteCell(36,24%)", "EndTableRow()",
                "BeginTableRow()", "WriteCell(3)", "WriteCell(Ghi chú)", "WriteCell(Biên phòng | <b>tỉnh</b>)", "EndTableRow()",
                "EndTable()",
                "BeginTable(Mô hình \"Dân vận khéo\", STT:Center | Tên mô hình:Left | Số hộ tham gia:Right | Ngày công nhận:Left)",
                "BeginTableRow()", "WriteCell(1)", "WriteCell(Dân vận khéo trong xây dựng nông thôn mới)", "WriteCell(120 hộ)", "WriteCell(02/5/2024)", "EndTableRow()",
                "BeginTableRow()", "WriteCell(2)", "WriteCell()", "WriteCell()", "WriteCell(01/6/2024)", "EndTableRow()",
                "EndTable()",
                "EndSection()",
                "EndReport()",
            ],
            writer.Calls);
    }

    [Fact]
    public void WriteTo_EmptyList_IsLeftOut()
    {
        var writer = new RecordingWriter();
        Report("Empty").WriteTo(writer);

        Assert.DoesNotContain(writer.Calls, call => call.StartsWith("BeginTable(Mô hình", StringComparison.Ordinal));
        Assert.Contains(writer.Calls, call => call.StartsWith("BeginTable(Kết quả chủ yếu", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_TableMembers_AreStillValidatedWithTheirPaths()
    {
        ReportValidationResult result = Report("Invalid").Validate();

        Assert.Equal(
            [("KetQua.TyLe", ValidationCodes.Range), ("MoHinh[0].SoHo", ValidationCodes.Range)],
            result.Errors.Select(e => (e.Path, e.Code)));
    }

    [Fact]
    public void Render_EveryWriter_DrawsTheTablesWithTheirCellsEscaped()
    {
        IReport report = Report();

        string text = report.RenderText();
        Assert.Contains("| STT |      Chỉ tiêu      |         Kết quả          |", text, StringComparison.Ordinal);
        Assert.Contains("|  1  | Ngày công giúp dân |             47 ngày công |", text, StringComparison.Ordinal);

        string markdown = report.RenderMarkdown();
        Assert.Contains("| :-: | --- | --: |", markdown, StringComparison.Ordinal);
        Assert.Contains("| 3 | Ghi chú | Biên phòng \\| \\<b\\>tỉnh\\</b\\> |", markdown, StringComparison.Ordinal);

        string html = report.RenderHtml();
        Assert.Contains("<td class=\"right\">Biên phòng | &lt;b&gt;tỉnh&lt;/b&gt;</td>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>tỉnh", html, StringComparison.Ordinal);
    }
}
