using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using CsCheck;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit.Abstractions;

namespace DanVan.Reporting.Generators.Tests.Reliability;

/// <summary>
/// Token-mutation fuzz of the generator: valid report declarations with tokens deleted, duplicated, swapped, replaced
/// or inserted (modifiers, types, attribute arguments, names the generator writes). Whatever the declaration, the
/// generator and the analyzer never throw (no CS8785, no AD0001), and the generated code compiles, unless the user's own
/// code already has a compiler error or the analyzer reports a DV error on it.
/// </summary>
/// <remarks>
/// CI runs <see cref="DefaultIterations"/> samples (a few seconds each batch); set DANVAN_GENERATOR_FUZZ_ITERATIONS for a
/// long run (docs/security.md). A failure prints CsCheck's seed and the mutated source.
/// </remarks>
public class GeneratorFuzzTests(ITestOutputHelper output)
{
    private const int DefaultIterations = 60;

    private static readonly string[] Seeds =
    [
        """
        using System.Collections.Generic;
        using System.ComponentModel.DataAnnotations;
        using DanVan.Reporting;
        using NodaTime;

        namespace Reports;

        [Report(Title = "sơ kết {period}", Period = PeriodKind.FirstHalf)]
        public partial record SoKet
        {
            public required ReportPeriod Period { get; init; }

            public DocumentInfo? Document { get; init; }

            [Section("I", "KẾT QUẢ")]
            [Required, StringLength(200, MinimumLength = 2), Display(Name = "Lãnh đạo")]
            public required string LanhDao { get; init; }

            [Range(0, 100_000), Quantity("hộ")]
            public int SoHo { get; init; }

            [Percent(Decimals = 1), Range(0.0, 100.0)]
            public double TyLe { get; init; }

            [InPeriod(Window = PeriodWindow.Decree09)]
            public LocalDate? Ngay { get; init; }

            [Table, MinCount(1)]
            public IReadOnlyList<MoHinh>? MoHinh { get; init; }

            [Section("II", "PHƯƠNG HƯỚNG {next}"), RegularExpression("^[A-Z]+$")]
            public string? GhiChu { get; init; }
        }

        public sealed record MoHinh
        {
            [Required] public string? Ten { get; init; }
            [Money] public decimal TriGia { get; init; }
        }
        """,
        """
        using System.Collections.Generic;
        using DanVan.Reporting;

        namespace Reports.Huyen;

        public partial class Kho<T>
        {
            public partial struct Ngan
            {
                [Report(Title = "giao ban", Period = PeriodKind.Month)]
                public partial struct BaoCao
                {
                    public ReportPeriod Period { get; init; }
                    public string[]? NhiemVu;
                    public bool? DaXong { get; set; }
                    public Nhom Chinh { get; init; }
                    public List<Nhom>? Phu { get; init; }
                }
            }

            public struct Nhom { public long So { get; set; } public Nhom2? Con { get; set; } }
            public sealed class Nhom2 { public decimal? Tien { get; init; } }
        }
        """,
        """
        using System.ComponentModel.DataAnnotations;
        using DanVan.Reporting;

        namespace Reports;

        public abstract record Goc
        {
            public required ReportPeriod Period { get; init; }
            [Required] public string? DonVi { get; init; }
        }

        [Report(Title = "tổng kết")]
        public sealed partial record TongKet : Goc
        {
            [MaxLength(10)] public string? Ten { get; init; }
            [Range(typeof(decimal), "0", "1e6")] public decimal Tien { get; init; }
            public TongKet? Truoc { get; init; }
        }
        """,
    ];

    // Replacements and insertions: what users mistype, and what the generator's own names and rules trip over.
    private static readonly string[] Pool =
    [
        "partial", "static", "abstract", "sealed", "readonly", "ref", "file", "required", "public", "private", "protected",
        "internal", "new", "virtual", "override", "unsafe", "record", "class", "struct", "interface", "enum", "namespace",
        "<T>", "<T, U>", "where T : struct", "int", "string", "double?", "float", "decimal", "object", "dynamic", "T",
        "MoHinh[]", "List<MoHinh?>", "IReadOnlyList<string?>", "IList<int>", "LocalDate", "ReportPeriod", "DocumentInfo",
        "Period", "Validate", "WriteTo", "Schema", "NextPeriod", "ReadJson", "@class", "kind", "Kind", "Mô_Hình", "global::",
        "[Report]", "[Table]", "[Required]", "[Percent]", "[Money]", "[Quantity(null)]", "[Range(1, 0)]", "[StringLength(-1)]",
        "[RegularExpression(\"(\")]", "[Section(\"\", \"{x}\")]", "[InPeriod]", "[Display(Name = null)]", "(PeriodKind)42",
        "\"\"", "\"{next}\"", "0", "-1", "int.MaxValue", "1e308", "null", "default", "?", ";", ",", "{", "}", "(", ")", "=", ".",
    ];

    [Fact]
    public void Generate_MutatedDeclarations_NeverThrowAndCompileOrAreDiagnosed()
    {
        int samples = 0;
        int generated = 0;
        Mutants.Sample(
            source =>
            {
                Interlocked.Increment(ref samples);
                if (Check(source))
                {
                    Interlocked.Increment(ref generated);
                }
            },
            iter: Iterations(),
            print: source => source);
        output.WriteLine(samples.ToString(CultureInfo.InvariantCulture) + " mutated declarations, " + generated.ToString(CultureInfo.InvariantCulture) + " of them generated code");
    }

    // Each seed's tokens with their trivia; a mutant is a seed with one to four mutations applied in turn.
    private static Gen<string> Mutants =>
        Gen.Int[0, Seeds.Length - 1].SelectMany(seed => Mutation.Array[1, 4].Select(mutations => Apply(Tokens[seed], mutations)));

    private static readonly ImmutableArray<string>[] Tokens =
        [.. Seeds.Select(seed => CSharpSyntaxTree.ParseText(seed, GeneratorHarness.ParseOptions).GetRoot().DescendantTokens().Select(t => t.ToFullString()).ToImmutableArray())];

    // (operation, position, other position, pool index): positions are taken modulo the current token count.
    private static Gen<(int Operation, int At, int Other, int Pooled)> Mutation =>
        Gen.Select(Gen.Int[0, 4], Gen.Int[0, 10_000], Gen.Int[0, 10_000], Gen.Int[0, Pool.Length - 1]);

    private static string Apply(ImmutableArray<string> tokens, (int Operation, int At, int Other, int Pooled)[] mutations)
    {
        List<string> list = [.. tokens];
        foreach ((int operation, int at, int other, int pooled) in mutations)
        {
            if (list.Count < 2)
            {
                break;
            }

            int i = at % list.Count;
            int j = other % list.Count;
            switch (operation)
            {
                case 0:
                    list.RemoveAt(i);
                    break;
                case 1:
                    list.Insert(i, list[i]);
                    break;
                case 2:
                    (list[i], list[j]) = (list[j], list[i]);
                    break;
                case 3:
                    list[i] = " " + Pool[pooled] + " ";
                    break;
                default:
                    list.Insert(i, " " + Pool[pooled] + " ");
                    break;
            }
        }

        return string.Concat(list);
    }

    /// <summary>Asserts the properties for one source; true when the generator wrote something.</summary>
    private static bool Check(string source)
    {
        Compilation compilation = GeneratorHarness.Compile(source);
        GeneratorDriverRunResult result = GeneratorHarness.CreateDriver().RunGeneratorsAndUpdateCompilation(compilation, out Compilation generated, out ImmutableArray<Diagnostic> driverDiagnostics).GetRunResult();
        GeneratorRunResult run = Assert.Single(result.Results);
        Assert.True(run.Exception is null, "The generator threw: " + run.Exception);
        Assert.DoesNotContain(driverDiagnostics, d => d.Id == "CS8785");
        Assert.Empty(result.Diagnostics); // the generator reports nothing itself: the analyzer does

        ImmutableArray<Diagnostic> analyzer = Analyze(compilation);
        if (result.GeneratedTrees.Length == 0)
        {
            return false;
        }

        bool usersErrors = compilation.GetDiagnostics().Any(d => d.Severity == DiagnosticSeverity.Error)
            || analyzer.Any(d => d.Severity == DiagnosticSeverity.Error && d.Id.StartsWith("DV", StringComparison.Ordinal));
        if (!usersErrors)
        {
            Diagnostic[] errors = [.. generated.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error)];
            Assert.True(errors.Length == 0, "The generated code does not compile, and the declaration has no error:\n" + string.Join("\n", errors.Take(5)));
        }

        return true;
    }

    private static ImmutableArray<Diagnostic> Analyze(Compilation compilation)
    {
        var exceptions = new List<Exception>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions([]),
            onAnalyzerException: (exception, _, _) => { lock (exceptions) { exceptions.Add(exception); } },
            concurrentAnalysis: false,
            logAnalyzerExecutionTime: false);
        ImmutableArray<Diagnostic> diagnostics = compilation.WithAnalyzers([new ReportAnalyzer()], options).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
        Assert.True(exceptions.Count == 0, "The analyzer threw: " + string.Join("\n", exceptions));
        Assert.DoesNotContain(diagnostics, d => d.Id is "AD0001" or "AD0002");
        return diagnostics;
    }

    private static long Iterations() =>
        long.TryParse(Environment.GetEnvironmentVariable("DANVAN_GENERATOR_FUZZ_ITERATIONS"), NumberStyles.None, CultureInfo.InvariantCulture, out long n) && n > 0 ? n : DefaultIterations;
}
