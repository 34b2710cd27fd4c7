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

    [Theory]
    [InlineData("partial record struct")]
    [InlineData("readonly partial record struct")]
    [InlineData("partial struct")]
    public void StructReport_ValidatesAndRenders(string declaration)
    {
        Assembly assembly = GeneratorHarness.CompileAndLoad($$"""
            using System.ComponentModel.DataAnnotations;
            using DanVan.Reporting;

            namespace Reports;

            [Report(Title = "giao ban công tác dân vận", Period = PeriodKind.Quarter)]
            public {{declaration}} GiaoBan
            {
                public ReportPeriod Period { get; init; }

                [Quantity("ngày công"), Range(0, 1000), Display(Name = "Ngày công giúp dân")]
                public int NgayCong { get; init; }
            }

            public static class Factory
            {
                public static IReport Valid() => new GiaoBan { Period = ReportPeriod.Quarter(2024, 2), NgayCong = 47 };

                public static IReport Invalid() => new GiaoBan { Period = ReportPeriod.Quarter(2024, 2), NgayCong = 5000 };
            }
            """);

        IReport valid = GeneratorHarness.Call<IReport>(assembly, "Reports.Factory", "Valid");
        Assert.True(valid.Validate().IsValid);
        Assert.Contains("- Ngày công giúp dân: 47 ngày công", valid.RenderText(), StringComparison.Ordinal);
        ValidationError error = Assert.Single(GeneratorHarness.Call<IReport>(assembly, "Reports.Factory", "Invalid").Validate().Errors);
        Assert.Equal(("NgayCong", ValidationCodes.Range), (error.Path, error.Code));
    }

    [Fact]
    public void GeneratedCode_NamesTheGeneratorsVersion_TheSameAsThePackages()
    {
        Type report = s_reports.Value.GetType("Reports.SoKetDanVan", throwOnError: true)!;
        var attribute = (System.CodeDom.Compiler.GeneratedCodeAttribute)report.GetMethod("Validate", Type.EmptyTypes)!
            .GetCustomAttributes(typeof(System.CodeDom.Compiler.GeneratedCodeAttribute), inherit: false).Single();

        Assert.Equal("DanVan.Reporting.Generators", attribute.Tool);
        Assert.Equal(typeof(IReport).Assembly.GetName().Version!.ToString(3), attribute.Version);
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
    public void WriteTo_EmptyListOfTexts_IsLeftOutNotPrintedAsABlankLabel()
    {
        IReport report = GeneratorHarness.Call<IReport>(s_reports.Value, "Reports.Factory", "InvalidReport");

        var writer = new RecordingWriter();
        report.WriteTo(writer);

        Assert.DoesNotContain("BeginList(Nhiệm vụ)", writer.Calls);
        Assert.Contains(writer.Calls, call => call.StartsWith("BeginSection(II,", StringComparison.Ordinal));
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

    [Fact]
    public void DocumentMember_ReachesTheWriterAndItsErrorsArePrefixed()
    {
        const string source = """
            using DanVan.Reporting;
            using NodaTime;

            namespace Reports;

            [Report(Title = "sơ kết công tác dân vận", Period = PeriodKind.FirstHalf)]
            public partial record SoKet
            {
                public required DocumentInfo Document { get; init; }

                public required ReportPeriod Period { get; init; }

                public string? NoiDung { get; init; }
            }

            public static class Factory
            {
                public static DanVan.Reporting.IReport Create(string signer) => new SoKet
                {
                    Period = ReportPeriod.FirstHalf(2024),
                    NoiDung = "Kết quả",
                    Document = new DocumentInfo
                    {
                        Issuer = new IssuingBody { Name = "BAN DÂN VẬN", Parent = "THÀNH ỦY KON TUM" },
                        Number = DocumentNumber.Party(45, "BC", "BDVTU"),
                        Place = "Kon Tum",
                        Date = new LocalDate(2024, 7, 2),
                        KindName = "BÁO CÁO",
                        Signature = new Signature { Prefix = SignaturePrefix.PartyDeputy, SignedFor = "TRƯỞNG BAN", Position = "PHÓ TRƯỞNG BAN", SignerName = signer },
                        Recipients = new Recipients { Lines = ["Ban Thường vụ Thành ủy"], Archive = "VT" },
                    },
                };

                public static DanVan.Reporting.IReport Valid() => Create("Nguyễn Văn A");

                public static DanVan.Reporting.IReport NoSigner() => Create("");
            }
            """;
        System.Reflection.Assembly assembly = GeneratorHarness.CompileAndLoad(source);

        IReport valid = GeneratorHarness.Call<IReport>(assembly, "Reports.Factory", "Valid");
        Assert.True(valid.Validate().IsValid, valid.Validate().ToString());
        var writer = new HeadingWriter();
        valid.WriteTo(writer);
        Assert.Equal("Số 45-BC/BDVTU", writer.Heading.Document?.NumberLine);
        Assert.Equal("Kon Tum, ngày 02 tháng 7 năm 2024", writer.Heading.Document?.DateLine);
        Assert.DoesNotContain("Document", string.Join("|", writer.Calls), StringComparison.Ordinal);

        ValidationError error = Assert.Single(GeneratorHarness.Call<IReport>(assembly, "Reports.Factory", "NoSigner").Validate().Errors);
        Assert.Equal(("Document.Signature.SignerName", ValidationCodes.Required), (error.Path, error.Code));
    }

    private sealed class HeadingWriter : IReportWriter
    {
        public ReportHeading Heading { get; private set; }

        public List<string> Calls { get; } = [];

        public void BeginReport(ReportHeading heading) => Heading = heading;

        public void BeginSection(string number, string title) => Calls.Add(title);

        public void WriteText(string label, string text) => Calls.Add(label);

        public void WriteValue(string label, string value) => Calls.Add(label);

        public void BeginList(string label) => Calls.Add(label);

        public void WriteListItem(string text) => Calls.Add(text);

        public void EndList()
        {
        }

        public void BeginGroup(string label) => Calls.Add(label);

        public void EndGroup()
        {
        }

        public void BeginTable(string label, IReadOnlyList<TableColumn> columns) => Calls.Add(label);

        public void BeginTableRow()
        {
        }

        public void WriteCell(string text) => Calls.Add(text);

        public void EndTableRow()
        {
        }

        public void EndTable()
        {
        }

        public void EndSection()
        {
        }

        public void EndReport()
        {
        }
    }
}
