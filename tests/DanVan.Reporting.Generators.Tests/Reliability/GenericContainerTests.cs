using System.Reflection;
using Microsoft.CodeAnalysis;
using static DanVan.Reporting.Generators.Tests.Diagnostics.DiagnosticAssert;

namespace DanVan.Reporting.Generators.Tests.Reliability;

/// <summary>
/// A report nested in a generic type (<c>Kho&lt;T&gt;.BaoCao</c>) is generated like any other: its members are known at
/// compile time, only the containers are generic. Records nested in the generic type are nested records of the report.
/// A report with type parameters of its own stays DV0009.
/// </summary>
public class GenericContainerTests
{
    private static readonly Lazy<Assembly> s_assembly = new(() => GeneratorHarness.CompileAndLoad(Source));

    [Fact]
    public void Generate_ReportsInGenericClassAndInterface_CompileWithoutDiagnostics()
    {
        Compilation compilation = GeneratorHarness.Compile(Source);

        Assert.Empty(AnalyzeWithoutAnalyzerErrors(compilation));
        (Compilation output, GeneratorDriverRunResult result) = GenerateWithoutExceptions(compilation);

        Assert.Equal(2, result.GeneratedTrees.Length);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error)); // the factory uses ReadJson: without the generator it would not compile
    }

    [Fact]
    public void Validate_ReportInGenericClass_ChecksItsMembersAndNestedRecords()
    {
        IReport report = GeneratorHarness.Call<IReport>(s_assembly.Value, "Reports.Factory", "Invalid");

        ReportValidationResult result = report.Validate();

        Assert.Equal(["SoHo", "Nhom.Ten", "DanhSach[0].Ten"], result.Errors.Select(e => e.Path));
    }

    [Fact]
    public void WriteTo_ReportInGenericClass_RendersNestedRecords()
    {
        IReport report = GeneratorHarness.Call<IReport>(s_assembly.Value, "Reports.Factory", "Valid");
        var writer = new RecordingWriter();

        report.WriteTo(writer);

        Assert.Equal(
            ["BeginReport(kho năm 2024)", "WriteValue(Số hộ, 7)", "BeginGroup(Nhóm)", "WriteText(Tên, một)", "EndGroup()",
             "BeginList(Danh sách)", "BeginGroup(1)", "WriteText(Tên, hai)", "EndGroup()", "EndList()", "EndReport()"],
            writer.Calls);
    }

    [Fact]
    public void ReadJson_ReportInGenericClassAndInterface_RoundTrips()
    {
        string roundTrip = GeneratorHarness.Call<string>(s_assembly.Value, "Reports.Factory", "RoundTrip");

        Assert.Equal(
            """{"period":"2024","soHo":7,"nhom":{"ten":"một"},"danhSach":[{"ten":"hai"}]}|{"period":"2024-Q1","soHo":3}""",
            roundTrip);
    }

    [Fact]
    public void Generate_GenericReportInsideGenericType_IsStillDV0009()
    {
        Compilation compilation = GeneratorHarness.Compile("""
            using DanVan.Reporting;

            namespace Reports;

            public partial class Kho<T>
            {
                [Report(Title = "một")]
                public partial record BaoCao<U> { public required ReportPeriod Period { get; init; } }
            }
            """);

        Assert.Contains(AnalyzeWithoutAnalyzerErrors(compilation), d => d.Id == "DV0009");
        (Compilation output, GeneratorDriverRunResult result) = GenerateWithoutExceptions(compilation);
        Assert.Empty(result.GeneratedTrees);
        AssertNoErrorsBeyondUsers(compilation, output);
    }

    private const string Source = """
        using System.Buffers;
        using System.Collections.Generic;
        using System.ComponentModel.DataAnnotations;
        using System.Text.Json;
        using DanVan.Reporting;
        using DanVan.Reporting.Json;

        namespace Reports;

        public partial class Kho<T> where T : struct
        {
            [Report(Title = "kho")]
            public partial record BaoCao
            {
                public required ReportPeriod Period { get; init; }

                [Range(0, 10), Display(Name = "Số hộ")]
                public int SoHo { get; init; }

                [Display(Name = "Nhóm")]
                public Nhom? Nhom { get; init; }

                [Display(Name = "Danh sách")]
                public IReadOnlyList<Nhom>? DanhSach { get; init; }
            }

            public sealed record Nhom
            {
                [Required, Display(Name = "Tên")]
                public string? Ten { get; init; }
            }
        }

        public partial interface IKho<T> where T : notnull
        {
            [Report(Title = "giao diện")]
            public partial record BaoCao
            {
                public required ReportPeriod Period { get; init; }

                public int SoHo { get; init; }
            }
        }

        public static class Factory
        {
            public static Kho<int>.BaoCao ValidReport() => new()
            {
                Period = ReportPeriod.Year(2024),
                SoHo = 7,
                Nhom = new Kho<int>.Nhom { Ten = "một" },
                DanhSach = [new Kho<int>.Nhom { Ten = "hai" }],
            };

            public static IReport Valid() => ValidReport();

            public static IReport Invalid() => ValidReport() with { SoHo = 11, Nhom = new Kho<int>.Nhom(), DanhSach = [new Kho<int>.Nhom()] };

            public static string RoundTrip() =>
                Twice<Kho<int>.BaoCao>(ValidReport()) + "|" + Twice<IKho<string>.BaoCao>(new IKho<string>.BaoCao { Period = ReportPeriod.Quarter(2024, 1), SoHo = 3 });

            // Written, read back with the generated ReadJson, written again: both writes must agree.
            private static string Twice<TReport>(TReport report) where TReport : IJsonReport<TReport>
            {
                string first = Write(report);
                JsonReadResult<TReport> read = TReport.ReadJson(System.Text.Encoding.UTF8.GetBytes(first));
                string second = read.Value is { } back ? Write(back) : read.ToString();
                return first == second ? first : first + " != " + second;
            }

            private static string Write(IJsonReport report)
            {
                var buffer = new ArrayBufferWriter<byte>();
                using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
                {
                    report.WriteJson(writer);
                }

                return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
            }
        }
        """;
}
