namespace DanVan.Reporting.Benchmarks;

/// <summary>Whether this run is the quick one (<c>--quick</c>): fewer sizes, a short in-process job.</summary>
public static class QuickMode
{
    /// <summary>Set by <c>Main</c> before any benchmark runs.</summary>
    public static bool IsOn { get; set; }
}
