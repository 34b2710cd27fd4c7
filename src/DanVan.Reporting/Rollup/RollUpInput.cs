using DanVan.Reporting.Internal;

namespace DanVan.Reporting;

/// <summary>What a roll-up starts from: the period and the units' reports, one per unit, in the round's unit order.</summary>
/// <typeparam name="T">The report type.</typeparam>
public sealed class RollUpInput<T>
{
    /// <summary>Creates the input.</summary>
    /// <param name="period">The period of the rolled-up report.</param>
    /// <param name="parts">The units' reports in unit order (order decides where gathered text and rows appear).</param>
    /// <exception cref="ArgumentNullException"><paramref name="parts"/> is null.</exception>
    public RollUpInput(ReportPeriod period, IEnumerable<RollUpPart<T>> parts)
    {
        Preconditions.CheckNotNull(parts, nameof(parts));
        Period = period;
        Parts = parts.ToArray();
    }

    /// <summary>The period of the rolled-up report.</summary>
    public ReportPeriod Period { get; }

    /// <summary>The units' reports, in unit order.</summary>
    public IReadOnlyList<RollUpPart<T>> Parts { get; }
}
