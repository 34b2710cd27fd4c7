using System.Diagnostics;

namespace DanVan.Reporting;

/// <summary>The numeric member is an amount of money in đồng: 212000000 is rendered "212.000.000 đồng".</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field, Inherited = false, AllowMultiple = false)]
[Conditional("DANVAN_KEEP_ATTRIBUTES")]
public sealed class MoneyAttribute : Attribute
{
}
