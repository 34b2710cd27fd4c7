using System.Globalization;
using DanVan.Reporting.Calendar;
using NodaTime;

namespace DanVan.Reporting.Benchmarks.Subjects;

/// <summary>Both sides of the lunar race: every day of 1968–2100 to a lunar (year, month, leap, day).</summary>
public static class LunarSides
{
    private static readonly ChineseLunisolarCalendar s_china = new();

    /// <summary>The first day converted.</summary>
    public static LocalDate First { get; } = new(1968, 1, 1);

    /// <summary>The last day converted.</summary>
    public static LocalDate Last { get; } = new(2100, 12, 31);

    /// <summary>Every day, as our side takes it.</summary>
    public static LocalDate[] LocalDates { get; } = Days().ToArray();

    /// <summary>Every day, as .NET's calendar takes it.</summary>
    public static DateTime[] DateTimes { get; } = [.. LocalDates.Select(d => d.ToDateTimeUnspecified())];

    /// <summary>One day with our calendar.</summary>
    public static (int Year, int Month, bool IsLeap, int Day) Ours(LocalDate day)
    {
        LunarDate lunar = LunarDate.FromSolar(day);
        return (lunar.Year, lunar.Month, lunar.IsLeapMonth, lunar.Day);
    }

    /// <summary>
    /// One day with <see cref="ChineseLunisolarCalendar"/>: year, month index (1–13), leap month index of the year
    /// (to turn the index into a month number and a leap flag, as the caller must), day.
    /// </summary>
    public static (int Year, int Month, bool IsLeap, int Day) China(DateTime day)
    {
        int year = s_china.GetYear(day);
        int index = s_china.GetMonth(day);
        int leapIndex = s_china.GetLeapMonth(year);
        bool isLeap = leapIndex > 0 && index == leapIndex;
        int month = leapIndex > 0 && index >= leapIndex ? index - 1 : index;
        return (year, month, isLeap, s_china.GetDayOfMonth(day));
    }

    /// <summary>Converts every day with our calendar; returns a checksum so nothing is optimised away.</summary>
    public static long AllOurs()
    {
        long sum = 0;
        foreach (LocalDate day in LocalDates)
        {
            (int year, int month, bool isLeap, int d) = Ours(day);
            sum += year + month + d + (isLeap ? 1 : 0);
        }

        return sum;
    }

    /// <summary>Converts every day with .NET's calendar; returns the same kind of checksum.</summary>
    public static long AllChina()
    {
        long sum = 0;
        foreach (DateTime day in DateTimes)
        {
            (int year, int month, bool isLeap, int d) = China(day);
            sum += year + month + d + (isLeap ? 1 : 0);
        }

        return sum;
    }

    private static IEnumerable<LocalDate> Days()
    {
        for (LocalDate day = First; day <= Last; day = day.PlusDays(1))
        {
            yield return day;
        }
    }
}
