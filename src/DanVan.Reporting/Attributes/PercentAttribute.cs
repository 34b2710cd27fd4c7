using System.Diagnostics;

namespace DanVan.Reporting;

/// <summary>The numeric member is a percentage: 36.24 is rendered "36,24%".</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field, Inherited = false, AllowMultiple = false)]
[Conditional("DANVAN_KEEP_ATTRIBUTES")]
public sealed class PercentAttribute : Attribute
{
    /// <summary>Decimal places written, 0 to 10 (default 2).</summary>
    public int Decimals { get; set; } = 2;
}
