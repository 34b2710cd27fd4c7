namespace DanVan.Reporting.Pdf;

/// <summary>Renders a report as PDF: <c>report.RenderPdf(stream)</c> or <c>byte[] pdf = report.RenderPdf()</c>.</summary>
public static class PdfRendering
{
    /// <summary>Writes the report as a PDF to <paramref name="output"/> (see <see cref="PdfReportWriter"/>).</summary>
    /// <param name="report">The report.</param>
    /// <param name="output">A writable stream; the caller keeps ownership of it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> or <paramref name="output"/> is null.</exception>
    public static void RenderPdf(this IReport report, Stream output) => report.RenderPdf(output, PdfReportWriterOptions.Default);

    /// <summary>Writes the report as a PDF to <paramref name="output"/> with the given fonts and warning handler.</summary>
    /// <param name="report">The report.</param>
    /// <param name="output">A writable stream; the caller keeps ownership of it.</param>
    /// <param name="options">The options.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void RenderPdf(this IReport report, Stream output, PdfReportWriterOptions options)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(options);
        report.WriteTo(new PdfReportWriter(output, options));
    }

    /// <summary>The report as the bytes of a PDF; the same report gives the same bytes.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The PDF file's bytes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static byte[] RenderPdf(this IReport report) => report.RenderPdf(PdfReportWriterOptions.Default);

    /// <summary>The report as the bytes of a PDF, with the given fonts and warning handler.</summary>
    /// <param name="report">The report.</param>
    /// <param name="options">The options.</param>
    /// <returns>The PDF file's bytes.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static byte[] RenderPdf(this IReport report, PdfReportWriterOptions options)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var output = new MemoryStream();
        report.RenderPdf(output, options);
        return output.ToArray();
    }
}
