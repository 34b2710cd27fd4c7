using BenchmarkDotNet.Attributes;
using DanVan.Reporting.Benchmarks.Subjects;

namespace DanVan.Reporting.Benchmarks.Suites;

/// <summary>
/// Rendering the same report to the same HTML string: the generated <c>WriteTo</c> with <see cref="HtmlReportWriter"/>
/// (<c>RenderHtml()</c>) against a Liquid template (Fluid.Core) and a Handlebars template (Handlebars.Net).
/// </summary>
public class RenderingBenchmarks
{
    private readonly SoKetCongTacDanVan _report = Inputs.Valid;

    /// <summary>Ours.</summary>
    [Benchmark(Baseline = true)]
    public string Generated_HtmlReportWriter() => _report.RenderHtml();

    /// <summary>Fluid.Core.</summary>
    [Benchmark]
    public string Fluid() => TemplateSides.RenderFluid(_report);

    /// <summary>Handlebars.Net.</summary>
    [Benchmark]
    public string Handlebars() => TemplateSides.RenderHandlebars(_report);
}
