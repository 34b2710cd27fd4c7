using System.Reflection;
using Microsoft.CodeAnalysis;

namespace DanVan.Reporting.Generators.Tests.Diagnostics;

/// <summary>
/// A report with errors in its members still gets its members, as a placeholder: the user's calls compile (no cascade
/// of CS1061 under the DV error) and, if the error is suppressed, throw an exception that names the errors.
/// </summary>
public class PlaceholderTests
{
    private const string Source = """
        using System.ComponentModel.DataAnnotations;
        using DanVan.Reporting;

        namespace Reports;

        [Report(Title = "báo cáo công tác dân vận", Period = PeriodKind.Year)]
        public partial record BaoCao
        {
            public required ReportPeriod Period { get; init; }

            [Percent]
            public string? TyLe { get; init; }

            [Table]
            public int SoXa { get; init; }
        }

        public static class Use
        {
            public static object Run() => new BaoCao { Period = ReportPeriod.Year(2024) }.Validate();
        }
        """;

    [Fact]
    public void MemberErrors_UserCallsCompile_OnlyTheDiagnosticsShow()
    {
        Compilation compilation = GeneratorHarness.Compile(Source);

        Assert.Equal(["DV0005", "DV0016"], DiagnosticAssert.AnalyzeWithoutAnalyzerErrors(compilation).Select(d => d.Id).Order(StringComparer.Ordinal));
        (Compilation output, GeneratorDriverRunResult result) = DiagnosticAssert.GenerateWithoutExceptions(compilation);
        Assert.Single(result.GeneratedTrees);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        Assert.Contains(compilation.GetDiagnostics(), d => d.Id == "CS0619"); // without the generator, the call binds to the MissingGenerator guard
    }

    [Fact]
    public void MemberErrors_Suppressed_CallsThrowNamingTheErrors()
    {
        Assembly assembly = GeneratorHarness.CompileAndLoad(Source);

        var error = Assert.Throws<TargetInvocationException>(() => GeneratorHarness.Call<object>(assembly, "Reports.Use", "Run"));

        Assert.IsType<InvalidOperationException>(error.InnerException);
        Assert.Contains("DV0005, DV0016", error.InnerException!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TypeErrors_NothingGenerated()
    {
        Compilation compilation = GeneratorHarness.Compile(Source.Replace("public partial record BaoCao", "public record BaoCao", StringComparison.Ordinal));

        (_, GeneratorDriverRunResult result) = DiagnosticAssert.GenerateWithoutExceptions(compilation);

        Assert.Empty(result.GeneratedTrees);
    }
}
