using Microsoft.CodeAnalysis;
using static DanVan.Reporting.Generators.Tests.Diagnostics.DiagnosticAssert;

namespace DanVan.Reporting.Generators.Tests.RollUp;

/// <summary>DV0035–DV0039: each roll-up mistake alone at its member, and the same declaration fixed.</summary>
public class RollUpDiagnosticTests
{
    private const string Sums = """
            [RollUp(RollUpRule.Sum)]
            public int SoHo { get; init; }

            [RollUp(RollUpRule.Sum)]
            public int SoHoNgheo { get; init; }
        """;

    [Fact]
    public void DV0035_RequiredMemberWithoutRule_IsReported() => Single(
        Report(Sums + """

            [Required]
            public required string {|KetQua|} { get; init; }
        """),
        "DV0035", DiagnosticSeverity.Error,
        "Member 'KetQua' is required but has no [RollUp] rule, so the rolled-up report would leave it empty: add one (Sum, Gather, Same …) or [RollUp(RollUpRule.Skip)] to leave it to the superior body");

    [Fact]
    public void DV0035_RequiredMemberOfANestedRecord_IsReportedAtThatMember() => Single(
        """
        using System.ComponentModel.DataAnnotations;
        using DanVan.Reporting;

        namespace Reports;

        public sealed record SoLieu
        {
            [Required]
            public string? {|GhiChu|} { get; init; }
        }

        [Report(Title = "báo cáo", Period = PeriodKind.Year)]
        public partial record BaoCao
        {
            public required ReportPeriod Period { get; init; }

            [RollUp(RollUpRule.Sum)]
            public int SoHo { get; init; }

            public SoLieu? SoLieu { get; init; }
        }
        """,
        "DV0035", DiagnosticSeverity.Error,
        "Member 'GhiChu' is required but has no [RollUp] rule, so the rolled-up report would leave it empty: add one (Sum, Gather, Same …) or [RollUp(RollUpRule.Skip)] to leave it to the superior body");

    [Fact]
    public void DV0035_ReportWithoutAnyRule_IsNotARollUpReport() =>
        Clean(Report("""
            [Required]
            public required string KetQua { get; init; }
        """));

    [Fact]
    public void DV0036_SumOnText_IsReported() => Single(
        Report(Sums + """

            [RollUp(RollUpRule.Sum)]
            public string? {|KetQua|} { get; init; }
        """),
        "DV0036", DiagnosticSeverity.Error,
        "Member 'KetQua' of type 'string?' cannot be rolled up with Sum: it applies to numbers (integers, decimal, double)");

    [Fact]
    public void DV0037_PercentWithoutDenominator_IsReported() => Single(
        Report(Sums + """

            [Percent, RollUp(RollUpRule.Percent, Numerator = nameof(SoHoNgheo))]
            public decimal {|TyLe|} { get; init; }
        """),
        "DV0037", DiagnosticSeverity.Error,
        "Member 'TyLe': [RollUp(RollUpRule.Percent)] needs Denominator = nameof(…)");

    [Fact]
    public void DV0038_PercentOverAMemberThatIsNotSummed_IsReported() => Single(
        Report("""
            [RollUp(RollUpRule.Max)]
            public int SoHo { get; init; }

            [RollUp(RollUpRule.Sum)]
            public int SoHoNgheo { get; init; }

            [Percent, RollUp(RollUpRule.Percent, Numerator = nameof(SoHoNgheo), Denominator = nameof(SoHo))]
            public decimal {|TyLe|} { get; init; }
        """),
        "DV0038", DiagnosticSeverity.Error,
        "Member 'TyLe': [RollUp(RollUpRule.Percent)] has Denominator = \"SoHo\", which cannot be used: it must be another integer or decimal member of the same type, rolled up with [RollUp(RollUpRule.Sum)]");

    [Fact]
    public void DV0038_ByKeyOnAMissingKey_IsReported() => Single(
        """
        using System.Collections.Generic;
        using DanVan.Reporting;

        namespace Reports;

        public sealed record Dong
        {
            public string? Ten { get; init; }

            [RollUp(RollUpRule.Sum)]
            public int KetQua { get; init; }
        }

        [Report(Title = "báo cáo", Period = PeriodKind.Year)]
        public partial record BaoCao
        {
            public required ReportPeriod Period { get; init; }

            [RollUp(RollUpRule.ByKey, Key = "ChiTieu")]
            public IReadOnlyList<Dong>? {|SoLieu|} { get; init; }
        }
        """,
        "DV0038", DiagnosticSeverity.Error,
        "Member 'SoLieu': [RollUp(RollUpRule.ByKey)] has Key = \"ChiTieu\", which cannot be used: it must be a text member of the item type");

    [Fact]
    public void DV0039_ReportThatCannotBeBuilt_IsReportedBesideDV0030()
    {
        const string source = """
            using DanVan.Reporting;

            namespace Reports;

            [Report(Title = "báo cáo", Period = PeriodKind.Year)]
            public partial record BaoCao
            {
                public BaoCao(int soHo) => SoHo = soHo;

                public ReportPeriod Period { get; init; }

                [RollUp(RollUpRule.Sum)]
                public int SoHo { get; init; }
            }
            """;
        Compilation compilation = GeneratorHarness.Compile(source);
        var diagnostics = AnalyzeWithoutAnalyzerErrors(compilation);
        Assert.Equal(["DV0030", "DV0039"], diagnostics.Select(d => d.Id).Order(StringComparer.Ordinal));
        Diagnostic rollUp = diagnostics.Single(d => d.Id == "DV0039");
        Assert.Equal(DiagnosticSeverity.Warning, rollUp.Severity);
        Assert.Equal("Report type 'BaoCao' has [RollUp] rules but gets no RollUp: 'BaoCao' has no accessible parameterless constructor", rollUp.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        (Compilation output, _) = GenerateWithoutExceptions(compilation);
        Assert.DoesNotContain(output.SyntaxTrees, tree => tree.ToString().Contains("RollUp(", StringComparison.Ordinal) && tree.FilePath.EndsWith(".g.cs", StringComparison.Ordinal));
    }

    [Fact]
    public void Fixed_EveryRule_ReportsNothingAndCompiles()
    {
        Compilation output = Clean(RollUpSources.Report);
        Assert.NotNull(output.GetTypeByMetadataName("Reports.GiaoBan"));
    }
}
