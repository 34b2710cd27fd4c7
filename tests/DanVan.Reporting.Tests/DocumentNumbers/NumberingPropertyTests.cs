using CsCheck;
using DanVan.Reporting;

namespace DanVan.Reporting.Tests.DocumentNumbers;

/// <summary>Invariants of document counters, over random rules and issue dates in 1900–2199.</summary>
public class NumberingPropertyTests
{
    private static readonly LocalDate s_first = new(1900, 1, 1);
    private static readonly int s_days = Period.DaysBetween(s_first, new LocalDate(2199, 12, 31));

    private static readonly Gen<LocalDate> s_date = Gen.Int[0, s_days].Select(offset => s_first.PlusDays(offset));

    private static readonly Gen<PartyTermStart> s_termStart =
        Gen.Select(s_date, Gen.Bool, (date, atMeeting) => atMeeting ? PartyTermStart.AtFirstMeeting(date) : PartyTermStart.AfterCongress(date));

    // Party rules with 1–12 terms on distinct days, and the state rule.
    private static readonly Gen<NumberingRule> s_rule = Gen.Frequency(
        (1, Gen.Const(NumberingRule.State)),
        (3, s_termStart.Array[1, 12].Select(starts => NumberingRule.Party(starts.DistinctBy(start => start.Date)))));

    // Issue dates in order, with runs on the same day and long and short gaps.
    private static readonly Gen<LocalDate[]> s_issueDates =
        Gen.Select(s_date, Gen.Frequency((3, Gen.Int[0, 3]), (2, Gen.Int[0, 400]), (1, Gen.Int[0, 3000])).Array[1, 60], (start, gaps) =>
        {
            var dates = new LocalDate[gaps.Length];
            LocalDate date = start;
            for (int i = 0; i < gaps.Length; i++)
            {
                date = date.PlusDays(gaps[i]);
                dates[i] = date;
            }

            return dates;
        });

    [Fact]
    public void Register_NumbersStrictlyIncreaseWithinAPeriodAndRestartAtOne() =>
        Gen.Select(s_rule, s_issueDates).Sample((rule, dates) =>
        {
            var register = new DocumentRegister(rule);
            DocumentNumber? previous = null;
            LocalDate previousDate = default;
            foreach (LocalDate date in dates)
            {
                DocumentNumber number = register.NextNumber("BC", "BDVTU", date);
                if (previous is null || rule.PeriodOf(previousDate) != rule.PeriodOf(date))
                {
                    Assert.Equal(1, number.Number); // the first document of a new period is 01
                }
                else
                {
                    Assert.Equal(previous.Number + 1, number.Number); // continuous, strictly increasing
                }

                Assert.Equal(rule.System, number.System);
                register = register.WithIssued(number, date);
                (previous, previousDate) = (number, date);
            }
        }, iter: 2_000);

    [Fact]
    public void NextNumber_IsOneExactlyWhenThePeriodChanges() =>
        Gen.Select(s_rule, s_date, Gen.Int[0, 5000], Gen.Int[1, DocumentNumber.MaxNumber - 1]).Sample((rule, last, gap, lastNumber) =>
        {
            LocalDate issued = last.PlusDays(gap);
            bool samePeriod = rule.PeriodOf(last) == rule.PeriodOf(issued);

            Assert.Equal(samePeriod ? lastNumber + 1 : 1, rule.NextNumber(lastNumber, last, issued));
        }, iter: 5_000);

    [Fact]
    public void StatePeriod_OfAnyDate_ContainsItAndIsItsCalendarYear() =>
        Gen.Int[0, Period.DaysBetween(LocalDate.MinIsoValue, LocalDate.MaxIsoValue)].Select(offset => LocalDate.MinIsoValue.PlusDays(offset)).Sample(date =>
        {
            NumberingPeriod period = NumberingPeriod.ForState(date);

            Assert.True(period.Contains(date));
            Assert.Equal(new LocalDate(date.Year, 1, 1), period.Start);
            Assert.Equal(new LocalDate(date.Year, 12, 31), period.End);
            Assert.Equal(period, NumberingRule.State.PeriodOf(date));
            if (date.Year > LocalDate.MinIsoValue.Year)
            {
                Assert.False(period.Contains(new LocalDate(date.Year, 1, 1).PlusDays(-1)));
            }

            if (date.Year < LocalDate.MaxIsoValue.Year)
            {
                Assert.False(period.Contains(new LocalDate(date.Year, 12, 31).PlusDays(1)));
            }
        }, iter: 5_000);

    [Fact]
    public void PartyPeriod_OfAnyDate_ContainsItAndIsBoundedByTermStarts() =>
        Gen.Select(s_rule.Where(rule => rule.System == DocumentSystem.Party), s_date).Sample((rule, date) =>
        {
            NumberingPeriod period = rule.PeriodOf(date);

            Assert.True(period.Contains(date));
            // It starts on a term start (or is open before the first) and ends the day before the next one (or is open).
            Assert.Equal(rule.TermStarts.Select(start => (LocalDate?)start.Date).LastOrDefault(start => start <= date), period.Start);
            Assert.Equal(rule.TermStarts.Select(start => (LocalDate?)start.Date).FirstOrDefault(start => start > date)?.PlusDays(-1), period.End);
            // No term start falls strictly inside the period after its start.
            Assert.DoesNotContain(rule.TermStarts, start => period.Contains(start.Date) && start.Date != period.Start);
        }, iter: 5_000);

    [Fact]
    public void TermStart_AfterCongress_IsTheNextDay_AtFirstMeeting_IsThatDay() =>
        s_date.Sample(date =>
        {
            Assert.Equal(date.PlusDays(1), PartyTermStart.AfterCongress(date).Date);
            Assert.Equal(date, PartyTermStart.AtFirstMeeting(date).Date);
            Assert.NotEqual(PartyTermStart.AfterCongress(date.PlusDays(-1)), PartyTermStart.AtFirstMeeting(date)); // same day, other basis
        });
}
