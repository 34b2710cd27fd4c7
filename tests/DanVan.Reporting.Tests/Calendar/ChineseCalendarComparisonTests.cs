using System.Globalization;
using DanVan.Reporting.Calendar;

namespace DanVan.Reporting.Tests.Calendar;

/// <summary>
/// Day by day, 1968–2100, Vietnam's calendar against .NET's ChineseLunisolarCalendar (China's, UTC+8).
/// </summary>
/// <remarks>
/// Every day on which they disagree must fall in a lunar month listed below with its reason. To show the reason is the
/// meridian and not our astronomy, the same algorithm run at UTC+8 must agree with China's table on those days.
/// </remarks>
public class ChineseCalendarComparisonTests
{
    public enum Reason
    {
        /// <summary>The new moon falls between 23:00 and 24:00 at UTC+7 (after midnight at UTC+8): the month starts a day earlier in Vietnam.</summary>
        NewMoonBeforeMidnight,

        /// <summary>China has leap month 10 in 1984; Vietnam none in 1984 and leap month 2 in 1985 (Tết 1985 a month apart).</summary>
        LeapMonth1985,

        /// <summary>China has leap month 6 in 1987, Vietnam leap month 7: the 150° principal term falls within minutes of Beijing midnight on 24/8/1987.</summary>
        LeapMonth1987,
    }

    public readonly record struct VietnameseMonth(int Year, int Month, bool IsLeap);

    /// <summary>The lunar months (Vietnam's numbering) on which the two calendars disagree, found by this comparison.</summary>
    private static readonly Dictionary<VietnameseMonth, Reason> s_differences = new()
    {
        { new(1968, 1, false), Reason.NewMoonBeforeMidnight }, // starts 1968-01-29; China: 1967/12/30
        { new(1969, 1, false), Reason.NewMoonBeforeMidnight }, // starts 1969-02-16; China: 1968/12/30
        { new(1974, 11, false), Reason.NewMoonBeforeMidnight }, // starts 1974-12-13; China: 1974/10/30
        { new(1975, 3, false), Reason.NewMoonBeforeMidnight }, // starts 1975-04-11; China: 1975/2/30
        { new(1978, 8, false), Reason.NewMoonBeforeMidnight }, // starts 1978-09-02; China: 1978/7/30
        { new(1979, 2, false), Reason.NewMoonBeforeMidnight }, // starts 1979-02-26; China: 1979/1/30
        { new(1984, 5, false), Reason.NewMoonBeforeMidnight }, // starts 1984-05-30; China: 1984/4/30
        { new(1984, 11, false), Reason.LeapMonth1985 }, // starts 1984-11-23; China: 1984/10L/1
        { new(1984, 12, false), Reason.LeapMonth1985 }, // starts 1984-12-22; China: 1984/11/1
        { new(1985, 1, false), Reason.LeapMonth1985 }, // starts 1985-01-21; China: 1984/12/1
        { new(1985, 2, false), Reason.LeapMonth1985 }, // starts 1985-02-20; China: 1985/1/1
        { new(1985, 2, true), Reason.LeapMonth1985 }, // starts 1985-03-21; China: 1985/2/1
        { new(1986, 11, false), Reason.NewMoonBeforeMidnight }, // starts 1986-12-01; China: 1986/10/30
        { new(1987, 7, false), Reason.LeapMonth1987 }, // starts 1987-07-26; China: 1987/6L/1
        { new(1987, 7, true), Reason.LeapMonth1987 }, // starts 1987-08-24; China: 1987/7/1
        { new(1989, 7, false), Reason.NewMoonBeforeMidnight }, // starts 1989-08-01; China: 1989/6/30
        { new(1995, 8, true), Reason.NewMoonBeforeMidnight }, // starts 1995-09-24; China: 1995/8/30
        { new(1996, 6, false), Reason.NewMoonBeforeMidnight }, // starts 1996-07-15; China: 1996/5/30
        { new(1996, 11, false), Reason.NewMoonBeforeMidnight }, // starts 1996-12-10; China: 1996/10/30
        { new(1997, 9, false), Reason.NewMoonBeforeMidnight }, // starts 1997-10-01; China: 1997/8/30
        { new(1997, 12, false), Reason.NewMoonBeforeMidnight }, // starts 1997-12-29; China: 1997/11/30
        { new(2006, 6, false), Reason.NewMoonBeforeMidnight }, // starts 2006-06-25; China: 2006/5/30
        { new(2007, 1, false), Reason.NewMoonBeforeMidnight }, // starts 2007-02-17; China: 2006/12/30
        { new(2008, 11, false), Reason.NewMoonBeforeMidnight }, // starts 2008-11-27; China: 2008/10/30
        { new(2009, 3, false), Reason.NewMoonBeforeMidnight }, // starts 2009-03-26; China: 2009/2/30
        { new(2018, 10, false), Reason.NewMoonBeforeMidnight }, // starts 2018-11-07; China: 2018/9/30
        { new(2019, 2, false), Reason.NewMoonBeforeMidnight }, // starts 2019-03-06; China: 2019/1/30
        { new(2020, 11, false), Reason.NewMoonBeforeMidnight }, // starts 2020-12-14; China: 2020/10/30
        { new(2030, 1, false), Reason.NewMoonBeforeMidnight }, // starts 2030-02-02; China: 2029/12/30
        { new(2031, 3, true), Reason.NewMoonBeforeMidnight }, // starts 2031-04-21; China: 2031/3/30
        { new(2032, 2, false), Reason.NewMoonBeforeMidnight }, // starts 2032-03-11; China: 2032/1/30
        { new(2034, 8, false), Reason.NewMoonBeforeMidnight }, // starts 2034-09-12; China: 2034/7/30
        { new(2037, 3, false), Reason.NewMoonBeforeMidnight }, // starts 2037-04-15; China: 2037/2/30
        { new(2038, 3, false), Reason.NewMoonBeforeMidnight }, // starts 2038-04-04; China: 2038/2/30
        { new(2039, 11, false), Reason.NewMoonBeforeMidnight }, // starts 2039-12-15; China: 2039/10/30
        { new(2041, 8, false), Reason.NewMoonBeforeMidnight }, // starts 2041-08-26; China: 2041/7/30
        { new(2049, 10, false), Reason.NewMoonBeforeMidnight }, // starts 2049-10-26; China: 2049/9/30
        { new(2051, 2, false), Reason.NewMoonBeforeMidnight }, // starts 2051-03-12; China: 2051/1/30
        { new(2053, 1, false), Reason.NewMoonBeforeMidnight }, // starts 2053-02-18; China: 2052/12/30
        { new(2056, 4, false), Reason.NewMoonBeforeMidnight }, // starts 2056-05-14; China: 2056/3/30
        { new(2057, 4, false), Reason.NewMoonBeforeMidnight }, // starts 2057-05-03; China: 2057/3/30
        { new(2057, 9, false), Reason.NewMoonBeforeMidnight }, // starts 2057-09-28; China: 2057/8/30
        { new(2058, 11, false), Reason.NewMoonBeforeMidnight }, // starts 2058-12-15; China: 2058/10/30
        { new(2059, 12, false), Reason.NewMoonBeforeMidnight }, // starts 2060-01-03; China: 2059/11/30
        { new(2060, 2, false), Reason.NewMoonBeforeMidnight }, // starts 2060-03-02; China: 2060/1/30
        { new(2062, 12, false), Reason.NewMoonBeforeMidnight }, // starts 2062-12-30; China: 2062/11/30
        { new(2065, 8, false), Reason.NewMoonBeforeMidnight }, // starts 2065-08-31; China: 2065/7/30
        { new(2070, 11, false), Reason.NewMoonBeforeMidnight }, // starts 2070-12-02; China: 2070/10/30
        { new(2073, 12, false), Reason.NewMoonBeforeMidnight }, // starts 2073-12-28; China: 2073/11/30
        { new(2078, 10, false), Reason.NewMoonBeforeMidnight }, // starts 2078-11-04; China: 2078/9/30
        { new(2080, 8, false), Reason.NewMoonBeforeMidnight }, // starts 2080-09-13; China: 2080/7/30
        { new(2082, 5, false), Reason.NewMoonBeforeMidnight }, // starts 2082-05-27; China: 2082/4/30
        { new(2085, 3, false), Reason.NewMoonBeforeMidnight }, // starts 2085-03-25; China: 2085/2/30
        { new(2085, 9, false), Reason.NewMoonBeforeMidnight }, // starts 2085-10-18; China: 2085/8/30
        { new(2086, 3, false), Reason.NewMoonBeforeMidnight }, // starts 2086-04-13; China: 2086/2/30
        { new(2088, 7, false), Reason.NewMoonBeforeMidnight }, // starts 2088-08-16; China: 2088/6/30
        { new(2090, 12, false), Reason.NewMoonBeforeMidnight }, // starts 2091-01-19; China: 2090/11/30
        { new(2092, 12, false), Reason.NewMoonBeforeMidnight }, // starts 2092-12-28; China: 2092/11/30
        { new(2093, 4, false), Reason.NewMoonBeforeMidnight }, // starts 2093-04-25; China: 2093/3/30
        { new(2095, 3, false), Reason.NewMoonBeforeMidnight }, // starts 2095-04-04; China: 2095/2/30
        { new(2099, 5, false), Reason.NewMoonBeforeMidnight }, // starts 2099-06-18; China: 2099/4/30
        { new(2099, 8, false), Reason.NewMoonBeforeMidnight }, // starts 2099-09-14; China: 2099/7/30
        { new(2100, 3, false), Reason.NewMoonBeforeMidnight }, // starts 2100-04-09; China: 2100/2/30
    };

    // The two months where our algorithm run at UTC+8 misses China's table: their new moons lie within a minute or two of
    // Beijing midnight, beyond the accuracy of the published series, so the month starts a day off at UTC+8. At UTC+7
    // these moments are an hour from midnight, so Vietnam's dates are unaffected.
    private static readonly DateInterval[] s_knifeEdgeAtUtc8 =
    [
        new(new LocalDate(2057, 9, 28), new LocalDate(2057, 10, 27)),
        new(new LocalDate(2097, 8, 7), new LocalDate(2097, 9, 5)),
    ];

    private static readonly ChineseLunisolarCalendar s_china = new();

    [Fact]
    public void EveryDisagreement_FallsInAListedMonth_AndIsTheMeridian()
    {
        var utc8 = new LunisolarCalculator(8);
        var seen = new HashSet<VietnameseMonth>();
        for (LocalDate day = new(1968, 1, 1); day <= new LocalDate(2100, 12, 31); day = day.PlusDays(1))
        {
            (VietnameseMonth chinaMonth, int chinaDay) = China(day);
            LunarDate vietnam = LunarDate.FromSolar(day);
            var vietnameseMonth = new VietnameseMonth(vietnam.Year, vietnam.Month, vietnam.IsLeapMonth);
            if (vietnameseMonth == chinaMonth && vietnam.Day == chinaDay)
            {
                continue;
            }

            Assert.True(s_differences.ContainsKey(vietnameseMonth), $"{day}: Vietnam {vietnam} differs from China {chinaMonth}/{chinaDay} in an unlisted month");
            seen.Add(vietnameseMonth);
            if (!s_knifeEdgeAtUtc8.Any(months => months.Contains(day)))
            {
                Assert.Equal((chinaMonth, chinaDay), AtUtc8(utc8, day));
            }
        }

        Assert.Equal(s_differences.Keys.OrderBy(m => (m.Year, m.Month, m.IsLeap)), seen.OrderBy(m => (m.Year, m.Month, m.IsLeap)));
    }

    [Fact]
    public void Differences_IncludeThePublishedTetYears()
    {
        int[] tetYears = s_differences.Keys.Where(m => m is { Month: 1, IsLeap: false }).Select(m => m.Year).ToArray();

        Assert.Equal([1968, 1969, 1985, 2007, 2030, 2053], tetYears);
    }

    [Fact]
    public void AtUtc8_OurAstronomyReproducesChinasTable_ExceptTwoKnifeEdgeNewMoons()
    {
        var utc8 = new LunisolarCalculator(8);
        var misses = new List<LocalDate>();
        for (LocalDate day = new(1968, 1, 1); day <= new LocalDate(2100, 12, 31); day = day.PlusDays(1))
        {
            if (China(day) != AtUtc8(utc8, day))
            {
                misses.Add(day);
            }
        }

        Assert.Equal(s_knifeEdgeAtUtc8.SelectMany(months => months), misses);
    }

    private static (VietnameseMonth Month, int Day) AtUtc8(LunisolarCalculator calculator, LocalDate day)
    {
        int dayNumber = LunarAstronomy.JulianDayNumber(day.Year, day.Month, day.Day);
        LunisolarCalculator.LunarMonthStart month = calculator.MonthContaining(dayNumber, day.Year);
        return (new VietnameseMonth(month.Year, month.Month, month.IsLeap), dayNumber - month.Day + 1);
    }

    private static (VietnameseMonth Month, int Day) China(LocalDate day)
    {
        DateTime moment = day.ToDateTimeUnspecified();
        int year = s_china.GetYear(moment);
        int index = s_china.GetMonth(moment);
        int leapIndex = s_china.GetLeapMonth(year); // the leap month's position among 13, e.g. 7 after month 6
        bool isLeap = leapIndex > 0 && index == leapIndex;
        int month = leapIndex > 0 && index >= leapIndex ? index - 1 : index;
        return (new VietnameseMonth(year, month, isLeap), s_china.GetDayOfMonth(moment));
    }
}
