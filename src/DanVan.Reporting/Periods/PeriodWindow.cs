namespace DanVan.Reporting;

/// <summary>Which dates of a report's period a date member must fall in (see <see cref="InPeriodAttribute"/>).</summary>
public enum PeriodWindow
{
    /// <summary>The period's calendar dates (<see cref="CutOffRule.Calendar"/>).</summary>
    Calendar,

    /// <summary>The period's data window under Nghị định 09/2019 Điều 12 (<see cref="CutOffRule.Decree09"/>).</summary>
    Decree09,
}
