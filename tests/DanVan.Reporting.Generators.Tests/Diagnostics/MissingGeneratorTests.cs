using Microsoft.CodeAnalysis;

namespace DanVan.Reporting.Generators.Tests.Diagnostics;

/// <summary>
/// A project that declares a report but does not run the generator gets one error that names the reference to add,
/// not CS1061; with the generator, the guard is never bound.
/// </summary>
public class MissingGeneratorTests
{
    private const string Source = """
        using DanVan.Reporting;

        namespace Reports;

        [Report(Title = "báo cáo công tác dân vận", Period = PeriodKind.Year)]
        public partial record BaoCao
        {
            public required ReportPeriod Period { get; init; }
        }

        public static class Use
        {
            public static bool Run(IReportWriter writer)
            {
                var report = new BaoCao { Period = ReportPeriod.Year(2024) };
                report.WriteTo(writer);
                return report.Validate().IsValid;
            }
        }
        """;

    [Fact]
    public void WithoutTheGenerator_TheBuildErrorNamesTheGeneratorReference()
    {
        Diagnostic[] errors = [.. GeneratorHarness.Compile(Source).GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error)];

        Assert.Equal(["CS0619", "CS0619"], errors.Select(e => e.Id).ToArray());
        Assert.All(errors, e => Assert.Contains("OutputItemType=\"Analyzer\"", e.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
        Assert.All(errors, e => Assert.Contains("DanVan.Reporting NuGet package", e.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
        Assert.DoesNotContain(errors, e => e.Id == "CS1061");
    }

    [Fact]
    public void WithTheGenerator_TheGeneratedMembersWin()
    {
        (Compilation output, _) = GeneratorHarness.Generate(GeneratorHarness.Compile(Source));

        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
    }
}
