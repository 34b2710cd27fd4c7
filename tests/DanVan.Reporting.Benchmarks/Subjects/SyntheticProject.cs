using System.Collections.Immutable;
using System.Globalization;
using DanVan.Reporting.Generators;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace DanVan.Reporting.Benchmarks.Subjects;

/// <summary>
/// A synthetic user project of N report types, one file each (seed-shaped: eight members, a nested list of records,
/// two sections), plus one unrelated file that the "cached" run edits.
/// </summary>
public sealed class SyntheticProject
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> s_references = new(LoadReferences);

    private static readonly CSharpParseOptions s_parseOptions = new(LanguageVersion.CSharp12);

    private readonly ImmutableArray<SyntaxTree> _trees;
    private readonly SyntaxTree _unrelated;
    private readonly SyntaxTree _unrelatedEdited;

    /// <summary>Parses the project's files (parsing is the compiler's work, not the generator's: done once here).</summary>
    public SyntheticProject(int reportCount)
    {
        ReportCount = reportCount;
        _unrelated = Parse(UnrelatedSource(1), "Unrelated.cs");
        _unrelatedEdited = Parse(UnrelatedSource(2), "Unrelated.cs");
        _trees = [.. Enumerable.Range(0, reportCount).Select(i => Parse(Report(i), "Report" + i.ToString(CultureInfo.InvariantCulture) + ".cs")), _unrelated];
    }

    /// <summary>How many report types the project declares.</summary>
    public int ReportCount { get; }

    /// <summary>A new compilation of the project: nothing bound yet, as at the start of a build.</summary>
    public CSharpCompilation NewCompilation() =>
        CSharpCompilation.Create(
            "SyntheticReports",
            _trees,
            References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    /// <summary>The compilation after an edit to a file with no report in it (a method body changes).</summary>
    public Compilation WithUnrelatedEdit(Compilation compilation) => compilation.ReplaceSyntaxTree(_unrelated, _unrelatedEdited);

    /// <summary>A driver with the report generator that has not run yet.</summary>
    public static GeneratorDriver NewDriver() =>
        CSharpGeneratorDriver.Create([new ReportGenerator().AsSourceGenerator()], parseOptions: s_parseOptions);

    /// <summary>The first run: a new driver on a new compilation.</summary>
    public GeneratorDriver FirstRun() => NewDriver().RunGenerators(NewCompilation());

    private static SyntaxTree Parse(string source, string path) => CSharpSyntaxTree.ParseText(source, s_parseOptions, path: path);

    /// <summary>The references every synthetic project compiles against: the framework, the runtime and NodaTime.</summary>
    internal static ImmutableArray<MetadataReference> References => s_references.Value;

    /// <summary>The file with no report in it, in its first or edited version.</summary>
    internal static string UnrelatedSource(int version) => $$"""
        namespace Synthetic;

        public static class Unrelated
        {
            public static int Answer() => {{version}};
        }
        """;

    /// <summary>The source of report <paramref name="i"/>, for the fairness tests.</summary>
    public static string Source(int i) => Report(i);

    private static string Report(int i) => $$"""
        using System.Collections.Generic;
        using System.ComponentModel.DataAnnotations;
        using DanVan.Reporting;

        namespace Synthetic.Reports{{i % 10}};

        [Report(Title = "sơ kết công tác dân vận {{i}}", Period = PeriodKind.FirstHalf)]
        public partial record Report{{i}}
        {
            public required ReportPeriod Period { get; init; }

            [Required, Display(Name = "Đơn vị báo cáo")]
            public required string DonVi { get; init; }

            [Section("I", "KẾT QUẢ CÔNG TÁC DÂN VẬN {period}")]
            [Required, StringLength(20_000, MinimumLength = 20), Display(Name = "Công tác lãnh đạo, chỉ đạo")]
            public required string LanhDaoChiDao { get; init; }

            [Percent, Range(0, 100), Display(Name = "Tỷ lệ hộ nghèo")]
            public decimal? TyLeHoNgheo { get; init; }

            [Quantity("ha"), Range(0, 1_000_000), Display(Name = "Diện tích chuyển đổi cây trồng")]
            public decimal? DienTichChuyenDoi { get; init; }

            [Money, Display(Name = "Tổng trị giá")]
            public decimal TongTriGia { get; init; }

            [Display(Name = "Mô hình \"Dân vận khéo\"")]
            public IReadOnlyList<Model{{i}}>? MoHinh { get; init; }

            [Section("II", "PHƯƠNG HƯỚNG, NHIỆM VỤ {next}")]
            [Required, MinLength(1), Display(Name = "Nhiệm vụ trọng tâm")]
            public required IReadOnlyList<string> NhiemVu { get; init; }
        }

        public sealed record Model{{i}}
        {
            [Required, StringLength(300), Display(Name = "Tên mô hình")]
            public required string Ten { get; init; }

            [Quantity("hộ"), Range(0, 100_000), Display(Name = "Số hộ tham gia")]
            public int SoHo { get; init; }
        }
        """;

    private static ImmutableArray<MetadataReference> LoadReferences()
    {
        string trusted = (string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!;
        IEnumerable<string> framework = trusted.Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p).StartsWith("System", StringComparison.Ordinal) || Path.GetFileName(p) is "mscorlib.dll" or "netstandard.dll");
        IEnumerable<string> ours = [typeof(ReportPeriod).Assembly.Location, typeof(NodaTime.LocalDate).Assembly.Location];
        return [.. framework.Concat(ours).Distinct().Select(p => MetadataReference.CreateFromFile(p))];
    }
}
