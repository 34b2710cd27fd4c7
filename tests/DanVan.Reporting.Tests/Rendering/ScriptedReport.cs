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

    /// <summary>
    /// Opens section I titled <paramref name="label"/> and writes one of each body block with that label and
    /// <paramref name="text"/>: a text, a value, and a list holding a group (with a text) and an item. The section stays open.
    /// </summary>
    public static void WriteEveryBlock(IReportWriter writer, string label, string text)
    {
        writer.BeginSection("I", label);
        writer.WriteText(label, text);
        writer.WriteValue(label, text);
        writer.BeginList(label);
        writer.BeginGroup(label);
        writer.WriteText(label, text);
        writer.EndGroup();
        writer.WriteListItem(text);
        writer.EndList();
    }
}
