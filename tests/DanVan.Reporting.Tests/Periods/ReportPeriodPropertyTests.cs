using CsCheck;
using DanVan.Reporting;

namespace DanVan.Reporting.Tests.Periods;

/// <summary>Invariants over every kind, every rule and the supported years (1900–2200).</summary>
public class ReportPeriodPropertyTests
{
    [Fact]
    public void DataWindows_OfConsecutivePeriods_TileTheTimeline() =>
        Gen.Select(PeriodGenerators.Period, PeriodGenerators.Rule).Sample((period, rule) =>
        {
            ReportPeriod next = period.Next();
            DateInterval window = period.DataWindow(rule);
            DateInterval nextWindow = next.DataWindow(rule);

            if (period.Kind == PeriodKind.NineMonths)
            {
                // Nine months of consecutive years cannot tile (October–December are in none); instead they are
                // tiled by the fourth quarter of the same year.
                DateInterval fourthQuarter = ReportPeriod.Quarter(period.FirstYear, 4).DataWindow(rule);
                Assert.Equal(window.End.PlusDays(1), fourthQuarter.Start);
                Assert.Equal(ReportPeriod.Quarter(period.FirstYear, 1).DataWindow(rule).Start, window.Start);
                return;
            }

            Assert.Equal(window.End.PlusDays(1), nextWindow.Start);
        }, iter: 20_000);

    [Fact]
    public void CalendarWindow_IsThePeriodItself() =>
        PeriodGenerators.Period.Sample(period =>
            period.DataWindow(CutOffRule.Calendar) == period.Dates && period.Dates.Start == period.Start && period.Dates.End == period.End);

    [Fact]
    public void Containing_WindowContainsTheDate() =>
        Gen.Select(PeriodGenerators.Date, Gen.Int[0, PeriodGenerators.AllKinds.Length - 2], PeriodGenerators.Rule).Sample((date, kindIndex, rule) =>
        {
            PeriodKind kind = PeriodGenerators.AllKinds[kindIndex]; // every kind but Term (last in the enum)
            if (kind == PeriodKind.NineMonths && !IsInNineMonthWindow(date, rule))
            {
                Assert.Throws<ArgumentOutOfRangeException>(() => ReportPeriod.Containing(date, kind, rule));
                return;
            }

            ReportPeriod period = ReportPeriod.Containing(date, kind, rule);
            Assert.True(period.DataWindow(rule).Contains(date), $"{period} under {rule} does not contain {date}");
            Assert.True(kind == period.Kind || (kind is PeriodKind.FirstHalf or PeriodKind.SecondHalf && period.Kind is PeriodKind.FirstHalf or PeriodKind.SecondHalf));
        }, iter: 20_000);

    [Fact]
    public void ContainingTerm_WindowContainsTheDate() =>
        Gen.Select(PeriodGenerators.Date.Where(d => d.Year is > 1925 and < 2150), Gen.Int[1, 10], Gen.Int[1930, 2100], PeriodGenerators.Rule).Sample((date, length, anchor, rule) =>
        {
            ReportPeriod term = ReportPeriod.ContainingTerm(date, ReportPeriod.Term(anchor, anchor + length), rule);

            Assert.True(term.DataWindow(rule).Contains(date));
            Assert.Equal(0, Math.Abs(term.FirstYear - anchor) % length);
        });

    [Fact]
    public void Parse_OfToString_GivesThePeriodBack() =>
        PeriodGenerators.Period.Sample(period => ReportPeriod.Parse(period.ToString()) == period, iter: 20_000);

    [Fact]
    public void Next_OfPrevious_GivesThePeriodBack() =>
        PeriodGenerators.Period.Sample(period => period.Previous().Next() == period && period.Next().Previous() == period, iter: 20_000);

    [Fact]
    public void Ordering_AgreesWithEqualityAndIsAntisymmetric() =>
        Gen.Select(PeriodGenerators.Period, PeriodGenerators.Period).Sample((a, b) =>
            (a.CompareTo(b) == 0) == (a == b)
            && Math.Sign(a.CompareTo(b)) == -Math.Sign(b.CompareTo(a))
            && (a != b || a.GetHashCode() == b.GetHashCode()));

    [Fact]
    public void TryParse_AnyString_NeverThrows() =>
        Gen.String.Sample(text =>
        {
            bool parsed = ReportPeriod.TryParse(text, out ReportPeriod period);
            Assert.True(!parsed || ReportPeriod.Parse(period.ToString()) == period);
            // A text that reads as one period is also where FindIn finds that period.
            Assert.True(!parsed || ReportPeriod.FindIn(text).Contains(period), text);
        }, iter: 20_000);

    private static bool IsInNineMonthWindow(LocalDate date, CutOffRule rule)
    {
        int year = rule.CutOffDay is int day && date.Month == 12 && date.Day > day ? date.Year + 1 : date.Year;
        return ReportPeriod.NineMonths(year).DataWindow(rule).Contains(date);
    }
}
