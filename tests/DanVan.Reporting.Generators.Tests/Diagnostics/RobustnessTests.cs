using System.Diagnostics;
using System.Reflection;
using System.Text;
using Microsoft.CodeAnalysis;
using Xunit.Abstractions;
using static DanVan.Reporting.Generators.Tests.Diagnostics.DiagnosticAssert;

namespace DanVan.Reporting.Generators.Tests.Diagnostics;

/// <summary>
/// The generator and the analyzer never throw, whatever the user's code: they report a diagnostic or stay silent, and
/// generated code never adds a compiler error to the user's own.
/// </summary>
public class RobustnessTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("UnterminatedClass", """
        using DanVan.Reporting;

        namespace Reports;

        [Report(Title = "báo cáo")]
        public partial record BaoCao
        {
            public required ReportPeriod Period { get; init; }

            [Range(0, 100)]
            public int SoHo { get; init;
        """)]
    [InlineData("MissingBraces", """
        using DanVan.Reporting;

        namespace Reports;

        [Report(Title = "báo cáo")]
        public partial record BaoCao
            public required ReportPeriod Period { get; init; }
        """)]
    [InlineData("HalfWrittenAttribute", """
        using System.ComponentModel.DataAnnotations;
        using DanVan.Reporting;

        namespace Reports;

        [Report(Title = "báo cáo", Period = )]
        public partial record BaoCao
        {
            public required ReportPeriod Period { get; init; }

            [Range(0, , StringLength(
            public string? Ten { get; init; }
        }
        """)]
    [InlineData("AttributeWithoutArguments", """
        using System.ComponentModel.DataAnnotations;
        using DanVan.Reporting;

        namespace Reports;

        [Report]
        public partial record BaoCao
        {
            public required ReportPeriod Period { get; init; }

            [Section, Quantity, Range, StringLength, RegularExpression, MinLength]
            public string? Ten { get; init; }
        }
        """)]
    [InlineData("WrongArgumentTypes", """
        using System.ComponentModel.DataAnnotations;
        using DanVan.Reporting;

        namespace Reports;

        [Report(Title = 42, Period = "năm")]
        public partial record BaoCao
        {
            public required ReportPeriod Period { get; init; }

            [Section(1, 2), Range("a", "b"), Quantity(3)]
            public decimal SoLieu { get; init; }
        }
        """)]
    [InlineData("ReportOnAMethod", """
        using DanVan.Reporting;

        namespace Reports;

        public partial record BaoCao
        {
            [Report]
            public void Lam() { }
        }
        """)]
    [InlineData("ReportPeriodMissing", """
        using DanVan.Reporting;

        namespace Reports;

        [Report]
        public partial record BaoCao
        {
            public required ReportPeriodd Period { get; init; }
        }
        """)]
    public void GenerateAndAnalyze_BrokenOrOddCode_NeverThrowAndAddNoErrors(string name, string source)
    {
        Compilation compilation = GeneratorHarness.Compile(source);
        Assert.NotEmpty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error)); // the user's mistake

        ImmutableArrayLog(name, AnalyzeWithoutAnalyzerErrors(compilation));
        (Compilation generated, _) = GenerateWithoutExceptions(compilation);

        AssertNoErrorsBeyondUsers(compilation, generated);
    }

    [Fact]
    public void GenerateAndAnalyze_MissingMemberTypes_StaySilentAndGenerateTheRest()
    {
        string source = Report("""
                public KhongCo? MotMuc { get; init; }

                public IReadOnlyList<KhongCo>? NhieuMuc { get; init; }

                public KhongCo[]? Mang { get; init; }

                [Range(0, 10)]
                public int SoHo { get; init; }
            """);
        Compilation compilation = GeneratorHarness.Compile(source);

        // The compiler already says CS0246 three times; a DV0003 on top of each would be noise.
        Assert.Empty(AnalyzeWithoutAnalyzerErrors(compilation));
        (Compilation generated, GeneratorDriverRunResult result) = GenerateWithoutExceptions(compilation);

        Assert.Single(result.GeneratedTrees);
        Assert.Equal(3, compilation.GetDiagnostics().Count(d => d.Id == "CS0246"));
        AssertNoErrorsBeyondUsers(compilation, generated);
    }

    [Fact]
    public void GenerateAndAnalyze_AttributeArgumentsNullOrUnparsable_AreReportedNotDropped()
    {
        string source = Report("""
                [Section(null!, null!)]
                public string? KetQua { get; init; }

                [Range(typeof(int), "a", "b")]
                public int SoHo { get; init; }

                [Range(typeof(decimal), null!, null!)]
                public decimal TyLe { get; init; }

                [Quantity(null!), Percent(Decimals = -5)]
                public decimal DienTich { get; init; }

                [RegularExpression(null!), Display(Name = null!)]
                public string? MaSo { get; init; }

                [MinLength(-1), MaxLength(-2)]
                public string? GhiChu { get; init; }
            """);
        Compilation compilation = GeneratorHarness.Compile(source);

        // Unusable rule arguments are errors (a silently dropped rule would let invalid reports pass): Range bounds that do
        // not convert are DV0018, lengths DataAnnotations refuses DV0017, a null pattern DV0008.
        Assert.Equal(["DV0008", "DV0011", "DV0013", "DV0017", "DV0017", "DV0018", "DV0018"], AnalyzeWithoutAnalyzerErrors(compilation).Select(d => d.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void GenerateAndAnalyze_AttributeArgumentsNull_GenerateCodeThatCompiles()
    {
        string source = Report("""
                [Section(null!, null!)]
                public string? KetQua { get; init; }

                [Quantity(null!)]
                public decimal DienTich { get; init; }

                [RegularExpression(null!), Display(Name = null!)]
                public string? MaSo { get; init; }

                [MinLength(0), MaxLength(200)]
                public string? GhiChu { get; init; }
            """);
        Compilation compilation = GeneratorHarness.Compile(source);

        // A null pattern is refused by DataAnnotations at run time, so it is an error here (the report gets a placeholder).
        Assert.Equal(["DV0008", "DV0013"], AnalyzeWithoutAnalyzerErrors(compilation).Select(d => d.Id).Order(StringComparer.Ordinal));
        (Compilation generated, GeneratorDriverRunResult result) = GenerateWithoutExceptions(compilation);
        Assert.Single(result.GeneratedTrees);
        Assert.Empty(generated.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
    }

    [Fact]
    public void Generate_ReportInGlobalNamespace_CompilesWithoutNamespace()
    {
        Compilation output = Clean("""
            using DanVan.Reporting;

            [Report(Title = "báo cáo")]
            public partial record BaoCao
            {
                public required ReportPeriod Period { get; init; }

                public string? NoiDung { get; init; }
            }
            """);

        Assert.Contains(output.SyntaxTrees, t => Path.GetFileName(t.FilePath).StartsWith("BaoCao.", StringComparison.Ordinal) && t.FilePath.EndsWith(".Report.g.cs", StringComparison.Ordinal));
    }

    [Fact]
    public void Generate_TwoReportsInOneFile_GeneratesTwoFiles()
    {
        Compilation output = Clean("""
            using DanVan.Reporting;

            namespace Reports;

            [Report(Title = "báo cáo tháng", Period = PeriodKind.Month)]
            public partial record BaoCaoThang
            {
                public required ReportPeriod Period { get; init; }
            }

            [Report(Title = "báo cáo năm")]
            public partial class BaoCaoNam
            {
                public ReportPeriod Period { get; init; }
            }
            """, reports: 2);

        Assert.Contains(output.SyntaxTrees, t => Path.GetFileName(t.FilePath).StartsWith("Reports.BaoCaoThang.", StringComparison.Ordinal));
        Assert.Contains(output.SyntaxTrees, t => Path.GetFileName(t.FilePath).StartsWith("Reports.BaoCaoNam.", StringComparison.Ordinal));
    }

    [Fact]
    public void Generate_RecordStructReport_IsSupported_AndCompilesClean()
    {
        // [Report] targets structs too: a record struct gets the same members, with no diagnostic.
        Compilation generated = Clean(Report("    public int SoHo { get; init; }", declaration: "public partial record struct BaoCao"));

        Assert.Contains(generated.SyntaxTrees, t => t.ToString().Contains("partial record struct BaoCao : global::DanVan.Reporting.IReport", StringComparison.Ordinal));
    }

    [Fact]
    public void Generate_NestedInPartialTypes_Compiles() => Clean("""
        using DanVan.Reporting;

        namespace Reports;

        public static partial class Huyen
        {
            internal partial class Xa
            {
                [Report(Title = "báo cáo")]
                public partial record BaoCao
                {
                    public required ReportPeriod Period { get; init; }
                }
            }
        }
        """);

    [Fact]
    // A member named "period" would be written to JSON as the report's own "period": DV0030 says so, and is silenced here.
    public void Generate_MembersNamedLikeKeywordsAndLocals_Compiles() => Clean("#pragma warning disable DV0030\n" + Report("""
            public string? @class { get; init; }

            public int @event { get; init; }

            public string? value { get; init; }

            public string? writer { get; init; }

            public string? context { get; init; }

            public string? period { get; init; }

            public IReadOnlyList<string>? item { get; init; }

            public IReadOnlyList<string>? i { get; init; }
        """));

    [Fact]
    public void Analyze_NestedRecordSharedByTwoReports_ReportsItsMistakeOnce()
    {
        string source = """
            using System.Collections.Generic;
            using DanVan.Reporting;

            namespace Reports;

            [Report(Title = "một")]
            public partial record Mot
            {
                public required ReportPeriod Period { get; init; }

                public MoHinh? MoHinh { get; init; }
            }

            [Report(Title = "hai")]
            public partial record Hai
            {
                public required ReportPeriod Period { get; init; }

                public IReadOnlyList<MoHinh>? MoHinh { get; init; }
            }

            public sealed record MoHinh
            {
                public string? Ten { get; init; }

                public Dictionary<string, int>? SoLieu { get; init; }
            }
            """;

        Diagnostic diagnostic = Assert.Single(AnalyzeWithoutAnalyzerErrors(GeneratorHarness.Compile(source)));
        Assert.Equal("DV0003", diagnostic.Id);
    }

    [Fact]
    public void Generate_RecursiveRecord_CompilesValidatesAndRendersThreeLevels()
    {
        Assembly assembly = GeneratorHarness.CompileAndLoad(RecursiveSource);

        IReport report = GeneratorHarness.Call<IReport>(assembly, "Reports.Factory", "ThreeLevels");
        ReportValidationResult result = report.Validate();
        var writer = new RecordingWriter();
        report.WriteTo(writer);

        Assert.Equal(["Goc.Con[0].Con[0].Ten"], result.Errors.Select(e => e.Path));
        Assert.Equal(2, writer.Calls.Count(c => c.StartsWith("WriteText(Tên", StringComparison.Ordinal)));
        Assert.Equal(3, writer.Calls.Count(c => c.StartsWith("BeginGroup(", StringComparison.Ordinal)));
    }

    [Fact]
    public void Generate_RecursiveRecordDeeperThanNesting_StopsWithoutStackOverflow()
    {
        Assembly assembly = GeneratorHarness.CompileAndLoad(RecursiveSource);

        IReport report = GeneratorHarness.Call<IReport>(assembly, "Reports.Factory", "TenThousandLevels");
        ReportValidationResult result = report.Validate();
        var writer = new RecordingWriter();
        report.WriteTo(writer);

        Assert.False(result.IsValid);
        Assert.True(writer.Calls.Count < 1000, writer.Calls.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    // Once failed at 94× (31 GB for 10,000 members): the JSON side looked the document member up again for every member.
    [Fact]
    public void Generate_TenThousandMembers_WorkGrowsLinearly()
    {
        GenerateWithoutExceptions(GeneratorHarness.Compile(ManyMembers(100))); // warm up the generator and the compiler
        Compilation small = GeneratorHarness.Compile(ManyMembers(1_000));
        Compilation large = GeneratorHarness.Compile(ManyMembers(10_000));

        // The work is measured in bytes allocated on this thread, not in time: the count does not depend on the machine's
        // load, and the generator's cost (syntax, models, the emitted text) allocates in proportion to what it does.
        long smallBytes = Allocated(() => GenerateWithoutExceptions(small));
        (Compilation Output, GeneratorDriverRunResult Result)? run = null;
        long largeBytes = Allocated(() => run = GenerateWithoutExceptions(large));
        output.WriteLine($"generator: 1 000 members {smallBytes:N0} bytes, 10 000 members {largeBytes:N0} bytes ({run!.Value.Result.GeneratedTrees[0].Length:N0} chars generated)");

        Assert.Single(run.Value.Result.GeneratedTrees);
        // Linear growth is ~10× the 1 000-member work, quadratic ~100×.
        Assert.True(largeBytes < smallBytes * 20, $"not linear: 1 000 members {smallBytes:N0} bytes, 10 000 members {largeBytes:N0} bytes");
    }

    [Fact]
    public void GenerateAndAnalyze_ThousandMembers_ReportNothingAndCompile()
    {
        var clock = Stopwatch.StartNew();
        Clean(ManyMembers(1_000));
        output.WriteLine($"1 000 members analysed, generated and compiled in {clock.ElapsedMilliseconds} ms");
    }

    private static long Allocated(Action action)
    {
        long before = GC.GetAllocatedBytesForCurrentThread();
        action();
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    private static string ManyMembers(int count)
    {
        var members = new StringBuilder();
        for (int i = 0; i < count; i++)
        {
            members.Append((i % 4) switch
            {
                0 => $"    [Range(0, {i + 1})] public int M{i} {{ get; init; }}\n",
                1 => $"    [Required, StringLength({i + 1})] public string? M{i} {{ get; init; }}\n",
                2 => $"    [Percent] public decimal M{i} {{ get; init; }}\n",
                _ => $"    [Section(\"{i}\", \"MỤC {i} {{year}}\")] public double M{i} {{ get; init; }}\n",
            });
        }

        return Report(members.ToString());
    }

    private const string RecursiveSource = """
        using System.Collections.Generic;
        using System.ComponentModel.DataAnnotations;
        using DanVan.Reporting;

        namespace Reports;

        [Report(Title = "cây tổ chức")]
        public partial record CayToChuc
        {
            public required ReportPeriod Period { get; init; }

            public Nut? Goc { get; init; }
        }

        public sealed record Nut
        {
            [Required, Display(Name = "Tên")]
            public string? Ten { get; init; }

            public IReadOnlyList<Nut>? Con { get; init; }

            public Nut? Cha { get; init; }
        }

        public static class Factory
        {
            public static IReport ThreeLevels() => new CayToChuc
            {
                Period = ReportPeriod.Year(2024),
                Goc = new Nut { Ten = "Tỉnh", Con = [new Nut { Ten = "Huyện", Con = [new Nut { Ten = null }] }] },
            };

            public static IReport TenThousandLevels()
            {
                Nut node = new() { Ten = null };
                for (int i = 0; i < 10_000; i++)
                {
                    node = i % 2 == 0 ? new Nut { Ten = null, Con = [node] } : new Nut { Ten = null, Cha = node };
                }

                return new CayToChuc { Period = ReportPeriod.Year(2024), Goc = node };
            }
        }
        """;

    private void ImmutableArrayLog(string name, System.Collections.Immutable.ImmutableArray<Diagnostic> diagnostics) =>
        output.WriteLine(name + ": " + string.Join(", ", diagnostics.Select(d => d.Id)));
}
