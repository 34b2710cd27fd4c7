using CsCheck;
using DanVan.Reporting;

namespace DanVan.Reporting.Tests.Periods;

/// <summary>CsCheck generators of periods, dates and rules over the supported years.</summary>
internal static class PeriodGenerators
{
    public static readonly PeriodKind[] AllKinds = Enum.GetValues<PeriodKind>();

    public static readonly CutOffRule[] Rules = [CutOffRule.Calendar, CutOffRule.Decree09, CutOffRule.EndingOnDay(20, "Quy định thử")];

    /// <summary>
    /// Any period whose neighbours on both sides are also supported: years 1901–2199, and for terms (up to 20 years
    /// long) 1920–2179.
    /// </summary>
    public static readonly Gen<ReportPeriod> Period =
        Gen.Int[0, AllKinds.Length - 1].SelectMany(kindIndex =>
        {
            PeriodKind kind = AllKinds[kindIndex];
            int margin = kind == PeriodKind.Term ? ReportPeriod.MaxTermYears : 1;
            return Gen.Int[ReportPeriod.MinYear + margin, ReportPeriod.MaxYear - margin - (kind == PeriodKind.Term ? 1 : 0)]
                .SelectMany(year => Gen.Int[1, 12].Select(n => Make(kind, year, n)));
        });

    public static readonly Gen<CutOffRule> Rule = Gen.Int[0, Rules.Length - 1].Select(i => Rules[i]);

    /// <summary>Any day whose reporting year, under every rule, is supported.</summary>
    public static readonly Gen<LocalDate> Date =
        Gen.Int[0, NodaTime.Period.DaysBetween(new LocalDate(ReportPeriod.MinYear, 1, 1), new LocalDate(ReportPeriod.MaxYear, 11, 30))].Select(offset => new LocalDate(ReportPeriod.MinYear, 1, 1).PlusDays(offset));

    public static ReportPeriod Make(PeriodKind kind, int year, int n) => kind switch
    {
        PeriodKind.Month => ReportPeriod.Month(year, n),
        PeriodKind.Quarter => ReportPeriod.Quarter(year, ((n - 1) % 4) + 1),
        PeriodKind.FirstHalf => ReportPeriod.FirstHalf(year),
        PeriodKind.SecondHalf => ReportPeriod.SecondHalf(year),
        PeriodKind.NineMonths => ReportPeriod.NineMonths(year),
        PeriodKind.Year => ReportPeriod.Year(year),
        _ => ReportPeriod.Term(year, year + ((n - 1) % 10) + 1),
    };
}
