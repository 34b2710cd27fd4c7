using BenchmarkDotNet.Attributes;
using DanVan.Reporting.Benchmarks.Subjects;
using DanVan.Reporting.Docx;

namespace DanVan.Reporting.Benchmarks.Suites;

/// <summary>
/// Rendering the seed-sized report to DOCX (issue 6, item e): the generated <c>WriteTo</c> with the
/// <c>DocxReportWriter</c>, deterministic zip included. No peer renders the same document, so this suite has no
/// baseline: it tracks our own time and allocation against regressions.
/// </summary>
public class DocxBenchmarks
{
    private readonly SoKetCongTacDanVan _report = Inputs.Valid;

    /// <summary>The whole .docx as bytes.</summary>
    [Benchmark]
    public byte[] Generated_DocxReportWriter() => _report.RenderDocx();
}
