using BenchmarkDotNet.Attributes;
using DanVan.Reporting.Benchmarks.Subjects;

namespace DanVan.Reporting.Benchmarks.Suites;

/// <summary>
/// Rendering the same report to the same HTML string: the generated <c>WriteTo</c> with <see cref="HtmlReportWriter"/>
/// (<c>RenderHtml()</c>) against a Liquid template (Fluid.Core) and a Handlebars template (Handlebars.Net); and the
/// same HTML as UTF-8 bytes written to one reused stream, ours against Handlebars.Net's.
/// </summary>
public class RenderingBenchmarks
{
    private readonly SoKetCongTacDanVan _report = Inputs.Valid;
    private readonly MemoryStream _stream = new(64 * 1024);

    /// <summary>Ours.</summary>
    [Benchmark(Baseline = true)]
    public string Generated_HtmlReportWriter() => _report.RenderHtml();

    /// <summary>Fluid.Core.</summary>
    [Benchmark]
    public string Fluid() => TemplateSides.RenderFluid(_report);

    /// <summary>Handlebars.Net.</summary>
    [Benchmark]
    public string Handlebars() => TemplateSides.RenderHandlebars(_report);

    /// <summary>Ours, UTF-8 to a stream (a web response, a file).</summary>
    [Benchmark]
    public long Generated_HtmlUtf8()
    {
        _stream.Position = 0;
        _report.RenderHtml(_stream);
        return _stream.Position;
    }

    /// <summary>Handlebars.Net, UTF-8 to the same stream through a <see cref="StreamWriter"/>.</summary>
    [Benchmark]
    public long Handlebars_Utf8()
    {
        _stream.Position = 0;
        TemplateSides.RenderHandlebars(_report, _stream);
        return _stream.Position;
    }
}
