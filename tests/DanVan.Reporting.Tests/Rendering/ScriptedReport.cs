namespace DanVan.Reporting.Tests.Rendering;

/// <summary>A report whose <see cref="WriteTo"/> runs the given calls: for small, targeted layouts.</summary>
internal sealed class ScriptedReport(Action<IReportWriter> script) : IReport
{
    public ReportPeriod Period => ReportPeriod.Quarter(2024, 2);

    public ReportValidationResult Validate() => ReportValidationResult.Valid;

    public void WriteTo(IReportWriter writer) => script(writer);

    /// <summary>Opens the report "giao ban công tác dân vận quý II năm 2024", runs <paramref name="body"/>, closes it.</summary>
    public static ScriptedReport Wrapped(Action<IReportWriter> body) => new(writer =>
    {
        writer.BeginReport(new ReportHeading("giao ban công tác dân vận", ReportPeriod.Quarter(2024, 2)));
        body(writer);
        writer.EndReport();
    });
}
