namespace DanVan.Reporting.Rendering;

/// <summary>
/// The last period text of each kind written into a section title ("6 THÁNG ĐẦU NĂM 2024"), kept so that rendering
/// the same period again (every render of a report, every report of a batch) does not build and upper-case it again.
/// </summary>
/// <remarks>
/// One slot per variant (period or next period, as written or upper-cased). A slot holds an immutable entry that is
/// replaced whole, so readers on other threads see an old entry or a new one, never half of one.
/// </remarks>
internal static class PeriodTitleCache
{
    private static readonly Entry?[] s_slots = new Entry?[4];

    /// <summary>The text of <paramref name="period"/> in slot <paramref name="variant"/> (0–3), made by <paramref name="make"/> when not cached.</summary>
    public static string Get(ReportPeriod period, int variant, Func<ReportPeriod, int, string> make)
    {
        Entry? entry = Volatile.Read(ref s_slots[variant]);
        if (entry is not null && entry.Period == period)
        {
            return entry.Text;
        }

        string text = make(period, variant);
        Volatile.Write(ref s_slots[variant], new Entry(period, text));
        return text;
    }

    private sealed record Entry(ReportPeriod Period, string Text);
}
