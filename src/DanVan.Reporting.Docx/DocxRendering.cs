namespace DanVan.Reporting.Docx;

/// <summary>Renders a report as DOCX: <c>report.RenderDocx(stream)</c> or <c>byte[] docx = report.RenderDocx()</c>.</summary>
public static class DocxRendering
{
    /// <summary>Writes the report as a Word document to <paramref name="output"/> (see <see cref="DocxReportWriter"/>).</summary>
    /// <param name="report">The report.</param>
    /// <param name="output">A writable stream; the caller keeps ownership of it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> or <paramref name="output"/> is null.</exception>
    public static void RenderDocx(this IReport report, Stream output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        report.WriteTo(new DocxReportWriter(output));
    }

    /// <summary>The report as the bytes of a Word document; the same report gives the same bytes.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The DOCX file's bytes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static byte[] RenderDocx(this IReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var output = new MemoryStream();
        report.RenderDocx(output);
        return output.ToArray();
    }
}
