namespace DanVan.Reporting;

/// <summary>
/// A report: what the DanVan source generator implements for every <see cref="ReportAttribute"/> type.
/// </summary>
/// <remarks>
/// Render one with <see cref="ReportRendering.RenderText(IReport)"/>, <see cref="ReportRendering.RenderMarkdown(IReport)"/> or
/// <see cref="ReportRendering.RenderHtml(IReport)"/> (extension methods: <c>report.RenderHtml()</c>).
/// </remarks>
public interface IReport
{
    /// <summary>The period the report covers ("kỳ báo cáo").</summary>
    ReportPeriod Period { get; }

    /// <summary>Checks every rule of the report's members; allocates nothing when the report is valid.</summary>
    /// <returns>The result.</returns>
    ReportValidationResult Validate();

    /// <summary>Streams the report, in reading order, to a writer that owns the layout.</summary>
    /// <param name="writer">The writer.</param>
    void WriteTo(IReportWriter writer);
}
