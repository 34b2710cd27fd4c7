namespace DanVan.Reporting.Pdf;

/// <summary>Options of <see cref="PdfReportWriter"/> and <see cref="PdfRendering.RenderPdf(IReport, Stream, PdfReportWriterOptions)"/>.</summary>
public sealed record PdfReportWriterOptions
{
    /// <summary>The default options: Liberation Serif, no warning handler.</summary>
    public static PdfReportWriterOptions Default { get; } = new();

    /// <summary>The faces the PDF is set in; <see cref="PdfFonts.LiberationSerif"/> by default.</summary>
    public PdfFonts Fonts { get; init; } = PdfFonts.LiberationSerif;

    /// <summary>
    /// The creation and modification date written into the PDF: 2024-01-01 00:00 UTC unless set (e.g. to the document's
    /// date), never the clock, so that the same report gives the same bytes.
    /// </summary>
    public DateTime CreationDate { get; init; } = new(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>
    /// Called once per warning when the report is written, e.g. for characters the fonts lack (replaced by "?" in the
    /// PDF, never dropped). The writer's <see cref="PdfReportWriter.Warnings"/> lists them too.
    /// </summary>
    public Action<string>? OnWarning { get; init; }

    /// <summary>
    /// Writes the file as PDF/A-2b (ISO 19005-2, level B), the archival form: XMP metadata that identifies it
    /// (<c>pdfaid:part</c> 2, <c>conformance</c> B) and repeats the title, author, subject, tools and dates, and an sRGB
    /// output intent with its ICC profile; fonts are embedded in every case. False by default. The structure is checked
    /// clause by clause by the package's tests, and scripts/pdfa-check.sh runs Apache PDFBox Preflight (a PDF/A-1b
    /// validator) on it; no PDF/A-2 validator has run (docs/pdf.md, "PDF/A-2b", lists what is and is not verified).
    /// </summary>
    public bool PdfA { get; init; }
}
