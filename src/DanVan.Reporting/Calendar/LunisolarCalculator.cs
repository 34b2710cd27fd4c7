using System.Diagnostics;

namespace DanVan.Reporting.Calendar;

/// <summary>
/// Computes the lunisolar calendar for one meridian and caches it: the month starts of each "span", the lunar months
/// from month 11 (the month of the winter solstice) of one year to month 11 of the next.
/// </summary>
/// <remarks>
/// <para>
/// The rules (Hồ Ngọc Đức, after the Vietnamese almanac): a month starts on the local day of a new moon; month 11 holds
/// the winter solstice; a span of 13 months has a leap month, the first one with no principal term ("trung khí"),
/// numbered like the month before it. Vietnam computes at 105° E (UTC+7); China at 120° E (UTC+8).
/// </para>
/// <para>
/// Each span is computed once, on first use, and published with a compare-exchange, so readers never lock and a race
/// at worst computes a span twice. A span costs about 40 new-moon and sun evaluations.
/// </para>
/// </remarks>
internal sealed class LunisolarCalculator
{
    /// <summary>First and last solar year whose spans are cached (a span is named by the year its month 11 ends in).</summary>
    private const int FirstSpanYear = 1899;
    private const int LastSpanYear = 2201;

    private readonly double _timeZoneHours;
    private readonly Span?[] _spans = new Span?[LastSpanYear - FirstSpanYear + 1];

    public LunisolarCalculator(double timeZoneHours) => _timeZoneHours = timeZoneHours;

    /// <summary>Vietnam's calendar: meridian 105° E, UTC+7.</summary>
    public static LunisolarCalculator Vietnam { get; } = new(7);

    /// <summary>
    /// The months from month 11 of lunar year <paramref name="year"/> − 1 to month 11 of <paramref name="year"/>:
    /// month 11 of a lunar year starts in November or December of the solar year of the same number.
    /// </summary>
    public Span SpanEndingIn(int year)
    {
        Debug.Assert(year is >= FirstSpanYear and <= LastSpanYear);
        ref Span? slot = ref _spans[year - FirstSpanYear];
        Span? span = Volatile.Read(ref slot);
        if (span is null)
        {
            Interlocked.CompareExchange(ref slot, Compute(year), null);
            span = Volatile.Read(ref slot)!;
        }

        return span;
    }

    /// <summary>The lunar month that contains a day (Julian day number of a solar date in years 1900–2200).</summary>
    public LunarMonthStart MonthContaining(int dayNumber, int solarYear)
    {
        Span span = SpanEndingIn(solarYear);
        if (dayNumber >= span.End)
        {
            span = SpanEndingIn(solarYear + 1);
        }

        return span.Months[span.IndexContaining(dayNumber)];
    }

    /// <summary>The day (Julian day number) month 11 of lunar year <paramref name="year"/> starts.</summary>
    public int Month11Start(int year)
    {
        int offset = LunarAstronomy.JulianDayNumber(year, 12, 31) - 2415021;
        int k = (int)Math.Floor(offset / LunarAstronomy.SynodicMonth);
        int newMoon = LunarAstronomy.NewMoonDay(k, _timeZoneHours);
        return LunarAstronomy.SunSector(newMoon, _timeZoneHours) >= 9 ? LunarAstronomy.NewMoonDay(k - 1, _timeZoneHours) : newMoon;
    }

    private Span Compute(int year)
    {
        int start = Month11Start(year - 1);
        int end = Month11Start(year);
        int k = (int)Math.Floor(((start - LunarAstronomy.FirstNewMoon) / LunarAstronomy.SynodicMonth) + 0.5);
        int count = (int)Math.Round((end - start) / LunarAstronomy.SynodicMonth);
        int leapIndex = count == 13 ? LeapIndex(k) : -1;

        var months = new LunarMonthStart[count + 1];
        for (int i = 0; i < count; i++)
        {
            int ordinal = leapIndex >= 0 && i >= leapIndex ? i - 1 : i; // 0 = month 11, 1 = month 12, 2 = Giêng …
            int month = ((ordinal + 10) % 12) + 1;
            int lunarYear = ordinal < 2 ? year - 1 : year;
            int day = i == 0 ? start : LunarAstronomy.NewMoonDay(k + i, _timeZoneHours);
            months[i] = new LunarMonthStart(day, lunarYear, month, i == leapIndex);
        }

        months[count] = new LunarMonthStart(end, year, 11, false);
        return new Span(months);
    }

    // The leap month is the first after month 11 in which no principal term begins: the sun stays in the same 30°
    // sector at the starts of two consecutive months.
    private int LeapIndex(int k)
    {
        int i = 1;
        int sector = LunarAstronomy.SunSector(LunarAstronomy.NewMoonDay(k + i, _timeZoneHours), _timeZoneHours);
        int last;
        do
        {
            last = sector;
            i++;
            sector = LunarAstronomy.SunSector(LunarAstronomy.NewMoonDay(k + i, _timeZoneHours), _timeZoneHours);
        }
        while (sector != last && i < 14);

        return i - 1;
    }

    /// <summary>The start of one lunar month: its first day (Julian day number), lunar year, number and leap flag.</summary>
    internal readonly record struct LunarMonthStart(int Day, int Year, int Month, bool IsLeap);

    /// <summary>The months of one span; the last entry is the start of the next span (month 11 of the next year).</summary>
    internal sealed class Span(LunarMonthStart[] months)
    {
        public ReadOnlySpan<LunarMonthStart> Months => months.AsSpan(0, months.Length - 1);

        public int Start => months[0].Day;

        public int End => months[^1].Day;

        public int LengthOf(int index) => months[index + 1].Day - months[index].Day;

        public int IndexOf(int year, int month, bool isLeap)
        {
            for (int i = 0; i < months.Length - 1; i++)
            {
                if (months[i].Year == year && months[i].Month == month && months[i].IsLeap == isLeap)
                {
                    return i;
                }
            }

            return -1;
        }

        public int IndexContaining(int day)
        {
            int i = months.Length - 2;
            while (months[i].Day > day)
            {
                i--;
            }

            return i;
        }
    }
}
