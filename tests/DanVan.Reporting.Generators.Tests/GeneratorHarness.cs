using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.Loader;
using DanVan.Reporting.Generators;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DanVan.Reporting.Generators.Tests;

/// <summary>Compiles test sources with the generator and the analyzer, the way a user's build does.</summary>
internal static class GeneratorHarness
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> s_references = new(LoadReferences);

    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.CSharp12);

    public static CSharpCompilation Compile(params string[] sources) =>
        CSharpCompilation.Create(
            "UserReports",
            sources.Select((source, i) => CSharpSyntaxTree.ParseText(source, ParseOptions, path: "Report" + i + ".cs")),
            s_references.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    public static GeneratorDriver CreateDriver() =>
        CSharpGeneratorDriver.Create(
            [new ReportGenerator().AsSourceGenerator()],
            parseOptions: ParseOptions,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <summary>Runs the generator; returns the compilation with the generated files and the generated sources.</summary>
    public static (Compilation Output, GeneratorDriverRunResult Result) Generate(Compilation compilation)
    {
        GeneratorDriver driver = CreateDriver().RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out _);
        return (output, driver.GetRunResult());
    }

    /// <summary>The analyzer's diagnostics for the sources (what the IDE and the build show).</summary>
    public static ImmutableArray<Diagnostic> Analyze(Compilation compilation, AnalyzerOptions? options = null) =>
        compilation.WithAnalyzers([new ReportAnalyzer()], options).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();

    /// <summary>Generates, compiles without errors and loads the assembly in a collectible context.</summary>
    public static Assembly CompileAndLoad(params string[] sources)
    {
        (Compilation output, _) = Generate(Compile(sources));
        using var stream = new MemoryStream();
        var emitted = output.Emit(stream);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        stream.Position = 0;
        return new AssemblyLoadContext("UserReports", isCollectible: true).LoadFromStream(stream);
    }

    /// <summary>Calls a public static method of a type of the loaded user assembly.</summary>
    public static T Call<T>(Assembly assembly, string type, string method) =>
        (T)assembly.GetType(type, throwOnError: true)!.GetMethod(method)!.Invoke(null, null)!;

    private static ImmutableArray<MetadataReference> LoadReferences()
    {
        string trusted = (string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!;
        IEnumerable<string> framework = trusted.Split(Path.PathSeparator).Where(p => Path.GetFileName(p).StartsWith("System", StringComparison.Ordinal) || Path.GetFileName(p) is "mscorlib.dll" or "netstandard.dll");
        IEnumerable<string> ours = [typeof(ReportPeriod).Assembly.Location, typeof(NodaTime.LocalDate).Assembly.Location];
        return [.. framework.Concat(ours).Distinct().Select(p => MetadataReference.CreateFromFile(p))];
    }
}
