namespace DanVan.Reporting;

/// <summary>
/// What a writer needs to open a report: its title ("trích yếu"), its period and, when the report has one, its
/// document block (issuer, number, date line, signature, nơi nhận) that the layout profile places on the page.
/// </summary>
/// <param name="Title">What the report is about, e.g. "sơ kết công tác dân vận".</param>
/// <param name="Period">The period it covers.</param>
public readonly record struct ReportHeading(string Title, ReportPeriod Period)
{
    /// <summary>The title followed by the period, as a report's subject line reads: "sơ kết công tác dân vận 6 tháng đầu năm 2024".</summary>
    public string Subject => Title.Length == 0 ? Period.ToString() : Title + " " + Period;

    /// <summary>The report's document block, or null: writers then render the title and body only.</summary>
    public DocumentInfo? Document { get; init; }
}
