using System.Diagnostics;

namespace DanVan.Reporting;

/// <summary>
/// Marks a <c>partial</c> class, record, struct or record struct as a report: the DanVan source generator gives it, at compile time, a
/// reflection-free <c>Validate()</c>, the <see cref="IReport"/> implementation and <c>WriteTo(IReportWriter)</c>.
/// </summary>
/// <remarks>
/// The type must have a <c>ReportPeriod Period</c> property. A struct report is boxed when used as an
/// <see cref="IReport"/> (for example by <c>RenderText()</c>); <c>Validate()</c> called on the struct itself is not. The attribute is erased from the compiled assembly
/// (<see cref="ConditionalAttribute"/>): nothing reads it at run time. Define <c>DANVAN_KEEP_ATTRIBUTES</c> to keep it.
/// </remarks>
/// <example>
/// <code>
/// [Report(Title = "sơ kết công tác dân vận", Period = PeriodKind.FirstHalf)]
/// public partial record SoKetDanVan { public required ReportPeriod Period { get; init; } … }
/// </code>
/// </example>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, Inherited = false, AllowMultiple = false)]
[Conditional("DANVAN_KEEP_ATTRIBUTES")]
public sealed class ReportAttribute : Attribute
{
    /// <summary>What the report is about ("trích yếu"), e.g. "sơ kết công tác dân vận"; the period is added when rendered.</summary>
    public string Title { get; set; } = string.Empty;

    /// <summary>The kind of period the report covers; <c>Validate()</c> checks the report's <c>Period</c> against it.</summary>
    public PeriodKind Period { get; set; } = PeriodKind.Year;
}
