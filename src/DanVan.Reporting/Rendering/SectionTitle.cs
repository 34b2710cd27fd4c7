using System.ComponentModel;
using DanVan.Reporting.Internal;

namespace DanVan.Reporting.Rendering;

/// <summary>
/// A section title that names the report's period ("KẾT QUẢ CÔNG TÁC DÂN VẬN 6 THÁNG ĐẦU NĂM 2024"): generated
/// <c>WriteTo</c> methods keep one per such section, so that rendering the same period again (every render of a report,
/// every report of a batch for one period) hands the writer the same string instead of concatenating a new one.
/// Used by generated code.
/// </summary>
/// <remarks>
/// It holds the title of the last period asked for, as one immutable entry replaced whole: a reader on another thread
/// sees the old entry or the new one, never half of one, and a miss only costs making the title again.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class SectionTitle
{
    private readonly Func<ReportPeriod, string> _make;
    private Entry? _last;

    /// <summary>Creates the cache of one section's title.</summary>
    /// <param name="make">Makes the title of a period; called again only for another period.</param>
    /// <exception cref="ArgumentNullException"><paramref name="make"/> is null.</exception>
    public SectionTitle(Func<ReportPeriod, string> make) => _make = Preconditions.CheckNotNull(make, nameof(make));

    /// <summary>The title for <paramref name="period"/>.</summary>
    /// <param name="period">The report's period.</param>
    /// <returns>The title, the same instance as last time when the period is the same.</returns>
    public string For(ReportPeriod period)
    {
        Entry? last = Volatile.Read(ref _last);
        if (last is not null && last.Period == period)
        {
            return last.Text;
        }

        string text = _make(period);
        Volatile.Write(ref _last, new Entry(period, text));
        return text;
    }

    private sealed record Entry(ReportPeriod Period, string Text);
}
