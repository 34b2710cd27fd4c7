using System.Collections.Immutable;
using System.Globalization;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace DanVan.Reporting.Benchmarks.Subjects;

/// <summary>
/// The generator peer: System.Text.Json's source generator on a synthetic project of N types shaped like
/// <see cref="SyntheticProject"/>'s reports (the same members with the same attributes, a nested list of records), one file each with its own
/// <c>[JsonSerializable]</c> context, plus the same unrelated file that the cached run edits.
/// </summary>
/// <remarks>
/// The generator is the one the .NET SDK ships for the running runtime's major version
/// (<c>packs/Microsoft.NETCore.App.Ref/{version}/analyzers/dotnet/cs/System.Text.Json.SourceGeneration.dll</c>),
/// loaded once; it is built against Roslyn 4.4 and runs on the Roslyn that BenchmarkDotNet brings, as ours does.
/// </remarks>
public sealed class JsonPeerProject
{
    private static readonly Lazy<IIncrementalGenerator> s_generator = new(LoadGenerator);

    private static readonly CSharpParseOptions s_parseOptions = new(LanguageVersion.CSharp12);

    private readonly ImmutableArray<SyntaxTree> _trees;
    private readonly SyntaxTree _unrelated;
    private readonly SyntaxTree _unrelatedEdited;

    /// <summary>Parses the project's files once.</summary>
    public JsonPeerProject(int typeCount)
    {
        _unrelated = Parse(SyntheticProject.UnrelatedSource(1), "Unrelated.cs");
        _unrelatedEdited = Parse(SyntheticProject.UnrelatedSource(2), "Unrelated.cs");
        _trees = [.. Enumerable.Range(0, typeCount).Select(i => Parse(Type(i), "Type" + i.ToString(CultureInfo.InvariantCulture) + ".cs")), _unrelated];
    }

    /// <summary>A new compilation of the project.</summary>
    public CSharpCompilation NewCompilation() =>
        CSharpCompilation.Create(
            "SyntheticJson",
            _trees,
            SyntheticProject.References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    /// <summary>The compilation after the same unrelated edit as <see cref="SyntheticProject.WithUnrelatedEdit"/>.</summary>
    public Compilation WithUnrelatedEdit(Compilation compilation) => compilation.ReplaceSyntaxTree(_unrelated, _unrelatedEdited);

    /// <summary>A driver with System.Text.Json's generator that has not run yet.</summary>
    public static GeneratorDriver NewDriver() =>
        CSharpGeneratorDriver.Create([s_generator.Value.AsSourceGenerator()], parseOptions: s_parseOptions);

    private static SyntaxTree Parse(string source, string path) => CSharpSyntaxTree.ParseText(source, s_parseOptions, path: path);

    // The same declarations as SyntheticProject's reports, member attributes included: System.Text.Json's generator
    // reads every member's attributes (for [JsonPropertyName], [JsonIgnore] …), so the compiler binds them for it as it
    // does for ours. Only the type-level [Report] becomes a [JsonSerializable] context, and Period a string (a
    // ReportPeriod would make the peer serialise one more type).
    private static string Type(int i) => $$"""
        using System.Collections.Generic;
        using System.ComponentModel.DataAnnotations;
        using System.Text.Json.Serialization;
        using DanVan.Reporting;

        namespace Synthetic.Json{{i % 10}};

        public partial record Report{{i}}
        {
            public required string Period { get; init; }

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

        [JsonSerializable(typeof(Report{{i}}))]
        public partial class Report{{i}}Context : JsonSerializerContext
        {
        }
        """;

    /// <summary>The source of type <paramref name="i"/>, for the fairness tests.</summary>
    public static string Source(int i) => Type(i);

    private static IIncrementalGenerator LoadGenerator()
    {
        // The running runtime lives in {root}/shared/Microsoft.NETCore.App/{version}/; the SDK's reference packs in {root}/packs.
        string runtimeDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        string root = Path.GetFullPath(Path.Combine(runtimeDirectory, "..", "..", ".."));
        string major = Environment.Version.Major.ToString(CultureInfo.InvariantCulture) + ".";
        string? path = Directory.GetDirectories(Path.Combine(root, "packs", "Microsoft.NETCore.App.Ref"))
            .Where(d => Path.GetFileName(d).StartsWith(major, StringComparison.Ordinal))
            .OrderByDescending(d => Version.TryParse(Path.GetFileName(d), out Version? v) ? v : new Version())
            .Select(d => Path.Combine(d, "analyzers", "dotnet", "cs", "System.Text.Json.SourceGeneration.dll"))
            .FirstOrDefault(File.Exists);
        Assembly assembly = Assembly.LoadFrom(path ?? throw new InvalidOperationException("System.Text.Json.SourceGeneration.dll not found under " + root));
        Type type = assembly.GetType("System.Text.Json.SourceGeneration.JsonSourceGenerator", throwOnError: true)!;
        return (IIncrementalGenerator)Activator.CreateInstance(type)!;
    }
}
