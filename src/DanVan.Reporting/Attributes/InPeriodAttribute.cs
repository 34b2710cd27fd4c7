using System.Diagnostics;

namespace DanVan.Reporting;

/// <summary>
/// The date member must fall in the report's period (its calendar dates) or, with <see cref="Window"/>, in the
/// period's data window ("thời gian chốt số liệu").
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field, Inherited = false, AllowMultiple = false)]
[Conditional("DANVAN_KEEP_ATTRIBUTES")]
public sealed class InPeriodAttribute : Attribute
{
    /// <summary>Which dates of the period count; <see cref="PeriodWindow.Calendar"/> unless set.</summary>
    public PeriodWindow Window { get; set; } = PeriodWindow.Calendar;
}
