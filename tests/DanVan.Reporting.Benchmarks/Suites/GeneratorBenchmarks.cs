using BenchmarkDotNet.Attributes;
using DanVan.Reporting.Benchmarks.Subjects;
using Microsoft.CodeAnalysis;

namespace DanVan.Reporting.Benchmarks.Suites;

/// <summary>
/// The report generator through <c>CSharpGeneratorDriver</c> on synthetic projects of 1, 50 and 500 report types:
/// a first run (new driver, new compilation), and a re-run of a driver that has already run, after an edit to a file
/// with no report in it (what the IDE does on every keystroke elsewhere).
/// </summary>
public class GeneratorBenchmarks
{
    private SyntheticProject _project = null!;
    private GeneratorDriver _warmDriver = null!;
    private Compilation _compilation = null!;

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
    }

    /// <summary>First run: the generator's whole work on a project it has not seen.</summary>
    [Benchmark]
    public GeneratorDriver FirstRun() => _project.FirstRun();

    /// <summary>Re-run after an unrelated edit: every report's output comes from the driver's cache.</summary>
    [Benchmark]
    public GeneratorDriver CachedRun() => _warmDriver.RunGenerators(_project.WithUnrelatedEdit(_compilation));
}
