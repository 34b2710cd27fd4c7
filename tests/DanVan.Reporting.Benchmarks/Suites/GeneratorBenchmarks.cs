using BenchmarkDotNet.Attributes;
using DanVan.Reporting.Benchmarks.Subjects;
using Microsoft.CodeAnalysis;

namespace DanVan.Reporting.Benchmarks.Suites;

/// <summary>
/// The report generator through <c>CSharpGeneratorDriver</c> on synthetic projects of 1, 50 and 500 report types:
/// a first run (new driver, new compilation), and a re-run of a driver that has already run, after an edit to a file
/// with no report in it (what the IDE does on every keystroke elsewhere); and the same cached re-run of
/// System.Text.Json's source generator on as many equivalent <c>[JsonSerializable]</c> types, as the peer.
/// </summary>
public class GeneratorBenchmarks
{
    private SyntheticProject _project = null!;
    private GeneratorDriver _warmDriver = null!;
    private Compilation _compilation = null!;
    private JsonPeerProject _jsonProject = null!;
    private GeneratorDriver _jsonWarmDriver = null!;
    private Compilation _jsonCompilation = null!;

    /// <summary>The sizes measured: all three in the full run, 500 in quick mode.</summary>
    public static IEnumerable<int> Sizes => QuickMode.IsOn ? [500] : [1, 50, 500];

    /// <summary>How many report types the project declares.</summary>
    [ParamsSource(nameof(Sizes))]
    public int Reports { get; set; }

    /// <summary>Parses the project and runs the generator once for the cached benchmark.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _project = new SyntheticProject(Reports);
        _compilation = _project.NewCompilation();
        _warmDriver = SyntheticProject.NewDriver().RunGenerators(_compilation);
        _jsonProject = new JsonPeerProject(Reports);
        _jsonCompilation = _jsonProject.NewCompilation();
        _jsonWarmDriver = JsonPeerProject.NewDriver().RunGenerators(_jsonCompilation);
    }

    /// <summary>First run: the generator's whole work on a project it has not seen.</summary>
    [Benchmark]
    public GeneratorDriver FirstRun() => _project.FirstRun();

    /// <summary>Re-run after an unrelated edit: every report's output comes from the driver's cache.</summary>
    [Benchmark]
    public GeneratorDriver CachedRun() => _warmDriver.RunGenerators(_project.WithUnrelatedEdit(_compilation));

    /// <summary>The peer: System.Text.Json's source generator, re-run after the same unrelated edit on as many equivalent types.</summary>
    [Benchmark]
    public GeneratorDriver Stj_CachedRun() => _jsonWarmDriver.RunGenerators(_jsonProject.WithUnrelatedEdit(_jsonCompilation));
}
