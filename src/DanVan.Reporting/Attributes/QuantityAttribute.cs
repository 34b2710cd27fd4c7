using System.Diagnostics;

namespace DanVan.Reporting;

/// <summary>The numeric member counts or measures something in a unit: "3.000 ha", "47 ngày công", "120 hộ", "15 mô hình".</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field, Inherited = false, AllowMultiple = false)]
[Conditional("DANVAN_KEEP_ATTRIBUTES")]
public sealed class QuantityAttribute : Attribute
{
    /// <summary>Declares the unit.</summary>
    /// <param name="unit">The unit as written after the number, e.g. "ha", "ngày công", "hộ", "mô hình".</param>
    public QuantityAttribute(string unit) => Unit = unit;

    /// <summary>The unit as written after the number.</summary>
    public string Unit { get; }
}
