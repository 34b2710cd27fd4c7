using CsCheck;
using DanVan.Reporting.Calendar;

namespace DanVan.Reporting.Tests.Calendar;

/// <summary>Invariants of the lunar calendar over the whole supported range, 1900–2199.</summary>
public class LunarDatePropertyTests
{
    [Fact]
    public void ToSolarOfFromSolar_EveryDayOfTheRange_GivesTheDayBack()
    {
        LunarDate previous = LunarDate.FromSolar(LunarDate.MinSolarDate);
        for (LocalDate day = LunarDate.MinSolarDate; day <= LunarDate.MaxSolarDate; day = day.PlusDays(1))
        {
            LunarDate lunar = LunarDate.FromSolar(day);
            Assert.Equal(day, lunar.ToSolar());
            Assert.Equal(lunar, new LunarDate(lunar.Year, lunar.Month, lunar.Day, lunar.IsLeapMonth));

            // Consecutive days: the next day in the month, or day 1 of the next month.
            if (day > LunarDate.MinSolarDate)
            {
                Assert.True(lunar.Day == previous.Day + 1 || (lunar.Day == 1 && previous.Day == previous.DaysInMonth), $"{previous} → {lunar}");
            }

            previous = lunar;
        }
    }

    [Fact]
    public void Months_Have29Or30Days_AndYears12Or13Months()
    {
        for (int year = 1900; year <= 2198; year++)
        {
            LocalDate tet = LunarDate.Tet(year);
            int months = 0;
            for (LunarDate month = LunarDate.FromSolar(tet); month.ToSolar() < LunarDate.Tet(year + 1); month = month.PlusDays(month.DaysInMonth))
            {
                Assert.Equal(1, month.Day);
                Assert.InRange(month.DaysInMonth, 29, 30);
                months++;
            }

            Assert.Equal(LunarDate.LeapMonthOf(year) is null ? 12 : 13, months);
        }
    }

    [Fact]
    public void WinterSolstice_FallsInMonth11_EveryYear()
    {
        for (int year = 1900; year <= 2199; year++)
        {
            LocalDate solstice = SolsticeDayAtUtc7(year);
            LunarDate lunar = LunarDate.FromSolar(solstice);

            Assert.Equal(11, lunar.Month);
            Assert.False(lunar.IsLeapMonth);
        }
    }

    [Fact]
    public void LeapMonth_HasNoPrincipalTerm()
    {
        for (int year = 1900; year <= 2198; year++)
        {
            if (LunarDate.LeapMonthOf(year) is int month)
            {
                LunarDate leap = new(year, month, 1, isLeapMonth: true);
                int start = SectorAt(leap.ToSolar());
                int next = SectorAt(leap.ToSolar().PlusDays(leap.DaysInMonth));
                Assert.Equal(start, next);
            }
        }
    }

    [Fact]
    public void Conversions_FromManyThreadsAtOnce_AgreeWithOneThread()
    {
        var calculator = new LunisolarCalculator(7);
        LocalDate[] days = Enumerable.Range(0, 20_000).Select(i => new LocalDate(1900, 1, 1).PlusDays(i * 5)).ToArray();
        var results = new LunisolarCalculator.LunarMonthStart[days.Length];

        Parallel.For(0, days.Length, i => results[i] = calculator.MonthContaining(DayNumber(days[i]), days[i].Year));

        for (int i = 0; i < days.Length; i++)
        {
            Assert.Equal(LunisolarCalculator.Vietnam.MonthContaining(DayNumber(days[i]), days[i].Year), results[i]);
        }
    }

    [Fact]
    public void Ordering_FollowsTheSolarDate() =>
        Gen.Select(Gen.Int[0, 109_000], Gen.Int[0, 109_000]).Sample((a, b) =>
        {
            LocalDate first = LunarDate.MinSolarDate.PlusDays(a);
            LocalDate second = LunarDate.MinSolarDate.PlusDays(b);
            return Math.Sign(LunarDate.FromSolar(first).CompareTo(LunarDate.FromSolar(second))) == Math.Sign(first.CompareTo(second));
        });

    private static int DayNumber(LocalDate day) => LunarAstronomy.JulianDayNumber(day.Year, day.Month, day.Day);

    private static int SectorAt(LocalDate day) => LunarAstronomy.SunSector(DayNumber(day), 7);

    // The day at whose end (local midnight, UTC+7) the sun has passed 270°.
    private static LocalDate SolsticeDayAtUtc7(int year)
    {
        for (LocalDate day = new(year, 12, 15); ; day = day.PlusDays(1))
        {
            if (SectorAt(day) == 8 && SectorAt(day.PlusDays(1)) == 9)
            {
                return day;
            }
        }
    }
}
