using BenchmarkDotNet.Attributes;
using DanVan.Reporting.Benchmarks.Subjects;

namespace DanVan.Reporting.Benchmarks.Suites;

/// <summary>
/// Every day of 1968–2100 (48,578 days) to a lunar (year, month, leap, day): <c>LunarDate.FromSolar</c> against
/// <see cref="System.Globalization.ChineseLunisolarCalendar"/>. One operation converts all the days.
/// </summary>
public class LunarBenchmarks
{
    /// <summary>Ours.</summary>
    [Benchmark(Baseline = true)]
    public long LunarDate_FromSolar() => LunarSides.AllOurs();

    /// <summary>.NET's Chinese calendar.</summary>
    [Benchmark]
    public long ChineseLunisolarCalendar() => LunarSides.AllChina();
}
