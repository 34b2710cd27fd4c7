using System.Reflection;

namespace DanVan.Reporting.Generators.Tests;

/// <summary>The generated code compiled and run: validators and writers behave as a user sees them.</summary>
public class CompileAndRunTests
{
    private static readonly Lazy<Assembly> s_reports = new(() => GeneratorHarness.CompileAndLoad(Sources.SoKetDanVan));

    [Fact]
    public void Validate_ValidReport_IsValid()
    {
        IReport report = GeneratorHarness.Call<IReport>(s_reports.Value, "Reports.Factory", "ValidReport");

        ReportValidationResult result = report.Validate();

        Assert.True(result.IsValid, result.ToString());
        Assert.Same(ReportValidationResult.Valid, result);
    }

    [Fact]
    public void Validate_ValidReport_AllocatesNothing()
    {
        IReport report = GeneratorHarness.Call<IReport>(s_reports.Value, "Reports.Factory", "ValidReport");
        report.Validate(); // first call: type initialisers and JIT

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 100; i++)
        {
            report.Validate();
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void Validate_InvalidReport_ReportsEveryBrokenRuleWithPathsAndVietnameseMessages()
    {
        IReport report = GeneratorHarness.Call<IReport>(s_reports.Value, "Reports.Factory", "InvalidReport");

        ReportValidationResult result = report.Validate();

        Assert.Equal(
            [
                ("Period", ValidationCodes.PeriodKind),
                ("LanhDaoChiDao", ValidationCodes.Required),
                ("TyLeHoNgheo", ValidationCodes.Range),
                ("NgayChotSoLieu", ValidationCodes.InPeriod),
                ("MoHinh[1].Ten", ValidationCodes.Required),
                ("MoHinh[1].SoHo", ValidationCodes.Range),
                ("NhiemVu", ValidationCodes.MinLength),
            ],
            result.Errors.Select(e => (e.Path, e.Code)));
        Assert.Equal("«Tỷ lệ hộ nghèo» phải từ 0 đến 100; giá trị nhận được: 150.", result.Errors[2].Message);
        Assert.Equal("«Số hộ tham gia» phải từ 0 đến 10.000; giá trị nhận được: 20.000.", result.Errors[5].Message);
    }

    [Fact]
    public void RenderText_ValidReport_WritesSectionsValuesAndLists()
    {
        IReport report = GeneratorHarness.Call<IReport>(s_reports.Value, "Reports.Factory", "ValidReport");

        var writer = new RecordingWriter();
        report.WriteTo(writer);

        Assert.Equal(
            [
                "BeginReport(sơ kết công tác dân vận 6 tháng đầu năm 2024)",
                "BeginSection(I, KẾT QUẢ THỰC HIỆN)",
                "WriteText(Công tác lãnh đạo, chỉ đạo, Ban Thường vụ Thành ủy đã lãnh đạo thực hiện có hiệu quả công tác dân vận.)",
                "WriteValue(Số mô hình \"Dân vận khéo\", 15)",
                "WriteValue(Tỷ lệ hộ nghèo, 36,24%)",
                "WriteValue(Tổng trị giá, 212.000.000 đồng)",
                "WriteValue(Diện tích chuyển đổi, 3.000 ha)",
                "WriteValue(Ngày chốt số liệu, 14/6/2024)",
                "BeginList(Mô hình \"Dân vận khéo\")",
                "BeginGroup(1)", "WriteText(Tên mô hình, Dân vận khéo trong xây dựng nông thôn mới)", "WriteValue(Số hộ tham gia, 120 hộ)", "EndGroup()",
                "BeginGroup(2)", "WriteText(Tên mô hình, Chuyển đổi cây trồng)", "WriteValue(Số hộ tham gia, 45 hộ)", "EndGroup()",
                "EndList()",
                "EndSection()",
                "BeginSection(II, PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2024)",
                "BeginList(Nhiệm vụ)", "WriteListItem(Tiếp tục nâng cao chất lượng công tác dân vận.)", "WriteListItem(Nhân rộng các mô hình \"Dân vận khéo\".)", "EndList()",
                "EndSection()",
                "EndReport()",
            ],
            writer.Calls);
    }

    [Fact]
    public void ValidateAndRender_UnderACultureWithUnicodeMinus_SameTextAsInvariant()
    {
        IReport invalid = GeneratorHarness.Call<IReport>(s_reports.Value, "Reports.Factory", "InvalidReport");
        IReport valid = GeneratorHarness.Call<IReport>(s_reports.Value, "Reports.Factory", "ValidReport");
        string Run() => string.Join("\n", invalid.Validate().Errors) + "\n" + valid.RenderText() + valid.RenderHtml() + valid.RenderMarkdown();

        string invariant = Run();
        System.Globalization.CultureInfo before = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            var odd = (System.Globalization.CultureInfo)System.Globalization.CultureInfo.GetCultureInfo("sv-SE").Clone();
            odd.NumberFormat.NegativeSign = "\u2212";
            odd.NumberFormat.NumberDecimalSeparator = "·";
            odd.NumberFormat.NumberGroupSeparator = "\u00A0";
            System.Globalization.CultureInfo.CurrentCulture = odd;

            Assert.Equal(invariant, Run());
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = before;
        }

        Assert.Contains("36,24%", invariant, StringComparison.Ordinal);
        Assert.Contains("20.000", invariant, StringComparison.Ordinal);
    }

    [Fact]
    public void MinCountAndMaxCount_TrimmingSafeTwins_CheckListsAndTexts()
    {
        const string source = """
            using System.Collections.Generic;
            using DanVan.Reporting;

            namespace Reports;

            [Report(Title = "giao ban", Period = PeriodKind.Quarter)]
            public partial record GiaoBan
            {
                public required ReportPeriod Period { get; init; }

                [MinCount(1), MaxCount(2)]
                public IReadOnlyList<string>? NhiemVu { get; init; }

                [MaxCount(5)]
                public string? MaSo { get; init; }
            }

            public static class Factory
            {
                public static DanVan.Reporting.IReport Empty() => new GiaoBan { Period = ReportPeriod.Quarter(2024, 2), NhiemVu = [], MaSo = "123456" };

                public static DanVan.Reporting.IReport TooMany() => new GiaoBan { Period = ReportPeriod.Quarter(2024, 2), NhiemVu = ["a", "b", "c"], MaSo = "12345" };
            }
            """;
        System.Reflection.Assembly assembly = GeneratorHarness.CompileAndLoad(source);

        Assert.Equal([("NhiemVu", ValidationCodes.MinLength), ("MaSo", ValidationCodes.MaxLength)],
            GeneratorHarness.Call<IReport>(assembly, "Reports.Factory", "Empty").Validate().Errors.Select(e => (e.Path, e.Code)));
        Assert.Equal([("NhiemVu", ValidationCodes.MaxLength)],
            GeneratorHarness.Call<IReport>(assembly, "Reports.Factory", "TooMany").Validate().Errors.Select(e => (e.Path, e.Code)));
    }
}
