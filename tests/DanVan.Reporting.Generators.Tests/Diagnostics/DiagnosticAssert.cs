using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DanVan.Reporting.Generators.Tests.Diagnostics;

/// <summary>
/// Asserts every diagnostic of a source: the analyzer's exact list (nothing unexpected, Mapperly's
/// "HaveAssertedAllDiagnostics"), that the generator never throws, and that generated code never adds a compiler error.
/// </summary>
internal static class DiagnosticAssert
{
    /// <summary>A report declaration with the usual usings, namespace and Period property around <paramref name="members"/>.</summary>
    public static string Report(string members, string declaration = "public partial record BaoCao", string attribute = "[Report(Title = \"báo cáo công tác dân vận\", Period = PeriodKind.Year)]") => $$"""
        using System.Collections.Generic;
        using System.ComponentModel.DataAnnotations;
        using DanVan.Reporting;
        using NodaTime;

        namespace Reports;

        {{attribute}}
        {{declaration}}
        {
            public required ReportPeriod Period { get; init; }
        {{members}}
        }
        """;

    /// <summary>
    /// The source reports exactly one diagnostic, <paramref name="id"/>, at the marked span, with this severity and
    /// message; errors stop generation without a cascade of compiler errors, warnings and infos do not.
    /// </summary>
    public static void Single(string markup, string id, DiagnosticSeverity severity, string message)
    {
        MarkedSource source = MarkedSource.Parse(markup);
        Assert.NotNull(source.Span);
        Compilation compilation = GeneratorHarness.Compile(source.Text);

        ImmutableArray<Diagnostic> diagnostics = AnalyzeWithoutAnalyzerErrors(compilation);
        Diagnostic diagnostic = Assert.Single(diagnostics);
        Assert.Equal(id, diagnostic.Id);
        Assert.Equal(severity, diagnostic.Severity);
        Assert.True(diagnostic.Location.IsInSource, "The diagnostic must point into the user's source (pragma needs a tree location).");
        Assert.Equal(source.Line, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Equal(source.Span, diagnostic.Location.SourceSpan);
        Assert.Equal(message, diagnostic.GetMessage(CultureInfo.InvariantCulture));
        Assert.Contains($"docs/diagnostics/{id}.md", diagnostic.Descriptor.Description.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);

        (Compilation output, GeneratorDriverRunResult result) = GenerateWithoutExceptions(compilation);
        if (severity == DiagnosticSeverity.Error)
        {
            // A type-level error leaves nothing to attach members to; a member-level one gives a placeholder whose
            // members throw, so that the user's calls compile and only the DV error shows.
            if (id is "DV0001" or "DV0002" or "DV0009" or "DV0010")
            {
                Assert.Empty(result.GeneratedTrees);
            }
            else
            {
                string placeholder = Assert.Single(result.GeneratedTrees).ToString();
                Assert.Contains("chưa được sinh mã vì khai báo có lỗi " + id, placeholder, StringComparison.Ordinal);
                Assert.DoesNotContain("ValidationContext", placeholder, StringComparison.Ordinal);
            }
        }
        else
        {
            Assert.Single(result.GeneratedTrees);
        }

        AssertNoErrorsBeyondUsers(compilation, output);
    }

    /// <summary>The fixed source reports nothing, generates one file per report, and the whole compiles without errors.</summary>
    public static Compilation Clean(string source, int reports = 1)
    {
        Compilation compilation = GeneratorHarness.Compile(source);
        Assert.Empty(AnalyzeWithoutAnalyzerErrors(compilation));
        (Compilation output, GeneratorDriverRunResult result) = GenerateWithoutExceptions(compilation);
        Assert.Equal(reports, result.GeneratedTrees.Length);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Warning && IsGenerated(d)));
        return output;
    }

    /// <summary>Analyzer diagnostics; fails on AD0001 (an analyzer that threw) or any other analyzer failure.</summary>
    public static ImmutableArray<Diagnostic> AnalyzeWithoutAnalyzerErrors(Compilation compilation, AnalyzerOptions? options = null)
    {
        var exceptions = new List<Exception>();
        var analyzerOptions = new CompilationWithAnalyzersOptions(
            options ?? new AnalyzerOptions([]),
            onAnalyzerException: (exception, _, _) => exceptions.Add(exception),
            concurrentAnalysis: false,
            logAnalyzerExecutionTime: false);
        ImmutableArray<Diagnostic> diagnostics = compilation
            .WithAnalyzers([new ReportAnalyzer()], analyzerOptions)
            .GetAnalyzerDiagnosticsAsync()
            .GetAwaiter().GetResult();
        Assert.Empty(exceptions);
        Assert.DoesNotContain(diagnostics, d => d.Id is "AD0001" or "AD0002");
        return diagnostics;
    }

    /// <summary>Runs the generator; fails when it threw or reported anything itself (the analyzer reports).</summary>
    public static (Compilation Output, GeneratorDriverRunResult Result) GenerateWithoutExceptions(Compilation compilation)
    {
        (Compilation output, GeneratorDriverRunResult result) = GeneratorHarness.Generate(compilation);
        GeneratorRunResult run = Assert.Single(result.Results);
        Assert.True(run.Exception is null, "The generator threw: " + run.Exception);
        Assert.Empty(result.Diagnostics);
        return (output, result);
    }

    /// <summary>The generated files add no compiler error: the output has exactly the errors the user's code had.</summary>
    public static void AssertNoErrorsBeyondUsers(Compilation input, Compilation output)
    {
        string[] before = Errors(input);
        string[] after = Errors(output);
        Assert.Equal(before, after);
        Assert.DoesNotContain(output.GetDiagnostics(), d => d.Severity == DiagnosticSeverity.Error && IsGenerated(d));
    }

    private static string[] Errors(Compilation compilation) =>
        [.. compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()).Order(StringComparer.Ordinal)];

    private static bool IsGenerated(Diagnostic diagnostic) =>
        diagnostic.Location.SourceTree?.FilePath.EndsWith(".g.cs", StringComparison.Ordinal) == true;
}
