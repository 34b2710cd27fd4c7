using BenchmarkDotNet.Attributes;
using DanVan.Reporting.Benchmarks.Subjects;
using DanVan.Reporting.Docx;
using DanVan.Reporting.Pdf;

namespace DanVan.Reporting.Benchmarks.Suites;

/// <summary>
/// Rendering the seed-sized report to PDF (issue 12, item 8) against rendering it to DOCX, the baseline: the target is
/// RenderPdf within 3× of RenderDocx. What users do today instead (RenderDocx, then LibreOffice headless converting
/// the file) is measured once by hand in docs/benchmarks.md, not here: it starts a process per document.
/// </summary>
public class PdfBenchmarks
{
    private readonly SoKetCongTacDanVan _report = Inputs.Valid;

    /// <summary>The .docx as bytes: the baseline.</summary>
    [Benchmark(Baseline = true)]
    public byte[] RenderDocx() => _report.RenderDocx();

    /// <summary>The .pdf as bytes: layout, content streams, font subsetting and compression, the file itself.</summary>
    [Benchmark]
    public byte[] RenderPdf() => _report.RenderPdf();
}
