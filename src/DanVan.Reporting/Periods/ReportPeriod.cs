using DanVan.Reporting.Internal;
using NodaTime;

namespace DanVan.Reporting;

/// <summary>
/// A reporting period ("kỳ báo cáo"): a month, a quarter ("quý"), a half year ("6 tháng đầu năm", "6 tháng cuối năm"),
/// the first nine months ("9 tháng"), a year ("năm") or a term of office ("nhiệm kỳ").
/// </summary>
/// <remarks>
/// <para>
/// <see cref="Start"/> and <see cref="End"/> are calendar dates, both inclusive. The dates whose figures a report counts
/// (its data window, "thời gian chốt số liệu") can differ: see <see cref="DataWindow(CutOffRule)"/> and
/// <see cref="CutOffRule"/>.
/// </para>
/// <para>
/// Supported years are <see cref="MinYear"/> to <see cref="MaxYear"/>; factories reject others with
/// <see cref="ArgumentOutOfRangeException"/>.
/// </para>
/// <para>
/// A term ("nhiệm kỳ 2020 - 2025") is known by its first and last year. The exact days it begins and ends are the
/// dates of the congresses ("đại hội") that open and close it, which differ from one organisation to another and are
/// not part of this type. For period arithmetic a term spans 1 January of its first year to 31 December of the year
/// before its last: the congress that closes a term opens the next one in that last year, so consecutive terms
/// (2020 - 2025, 2025 - 2030) tile the timeline. This is the SDK's convention, not a legal rule.
/// </para>
/// <para>
/// Equality: two periods are equal when they have the same kind and the same dates. Ordering: by <see cref="Start"/>,
/// then by <see cref="End"/>, then by <see cref="Kind"/>. The default value is "tháng 01 năm 1900". This type is an
/// immutable value type and thread-safe.
/// </para>
/// </remarks>
public readonly partial struct ReportPeriod : IEquatable<ReportPeriod>, IComparable<ReportPeriod>, IComparable
{
    /// <summary>The first supported year.</summary>
    public const int MinYear = 1900;

    /// <summary>The last supported year.</summary>
    public const int MaxYear = 2200;

    /// <summary>The longest supported term, in years (the Party's khóa III ran 1960 - 1976).</summary>
    public const int MaxTermYears = 20;

    // Stored so that default(ReportPeriod) is a valid period: year offset from MinYear and a zero-based index
    // (month - 1, quarter - 1, or term length - 1).
    private readonly short _yearOffset;
    private readonly byte _index;
    private readonly PeriodKind _kind;

    private ReportPeriod(PeriodKind kind, int year, int index)
    {
        _kind = kind;
        _yearOffset = (short)(year - MinYear);
        _index = (byte)index;
    }

    #region Factories

    /// <summary>A calendar month, e.g. <c>Month(2024, 7)</c> is "tháng 7 năm 2024".</summary>
    /// <param name="year">The year, <see cref="MinYear"/> to <see cref="MaxYear"/>.</param>
    /// <param name="month">The month, 1 to 12.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is outside its range.</exception>
    public static ReportPeriod Month(int year, int month)
    {
        CheckYear(year, nameof(year));
        Preconditions.CheckRange(month, 1, 12, nameof(month), "tháng", "month");
        return new ReportPeriod(PeriodKind.Month, year, month - 1);
    }

    /// <summary>A quarter ("quý"), e.g. <c>Quarter(2024, 2)</c> is "quý II năm 2024" (April to June).</summary>
    /// <param name="year">The year, <see cref="MinYear"/> to <see cref="MaxYear"/>.</param>
    /// <param name="quarter">The quarter, 1 to 4.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is outside its range.</exception>
    public static ReportPeriod Quarter(int year, int quarter)
    {
        CheckYear(year, nameof(year));
        Preconditions.CheckRange(quarter, 1, 4, nameof(quarter), "quý", "quarter");
        return new ReportPeriod(PeriodKind.Quarter, year, quarter - 1);
    }

    /// <summary>The first half of a year ("6 tháng đầu năm"), January to June.</summary>
    /// <param name="year">The year, <see cref="MinYear"/> to <see cref="MaxYear"/>.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside the supported range.</exception>
    public static ReportPeriod FirstHalf(int year)
    {
        CheckYear(year, nameof(year));
        return new ReportPeriod(PeriodKind.FirstHalf, year, 0);
    }

    /// <summary>The second half of a year ("6 tháng cuối năm"), July to December.</summary>
    /// <param name="year">The year, <see cref="MinYear"/> to <see cref="MaxYear"/>.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside the supported range.</exception>
    public static ReportPeriod SecondHalf(int year)
    {
        CheckYear(year, nameof(year));
        return new ReportPeriod(PeriodKind.SecondHalf, year, 0);
    }

    /// <summary>The first nine months of a year ("9 tháng đầu năm"), January to September.</summary>
    /// <param name="year">The year, <see cref="MinYear"/> to <see cref="MaxYear"/>.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside the supported range.</exception>
    public static ReportPeriod NineMonths(int year)
    {
        CheckYear(year, nameof(year));
        return new ReportPeriod(PeriodKind.NineMonths, year, 0);
    }

    /// <summary>A calendar year ("năm").</summary>
    /// <param name="year">The year, <see cref="MinYear"/> to <see cref="MaxYear"/>.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside the supported range.</exception>
    public static ReportPeriod Year(int year)
    {
        CheckYear(year, nameof(year));
        return new ReportPeriod(PeriodKind.Year, year, 0);
    }

    /// <summary>A term of office ("nhiệm kỳ"), e.g. <c>Term(2020, 2025)</c> is "nhiệm kỳ 2020 - 2025".</summary>
    /// <param name="firstYear">The year of the congress that opens the term, <see cref="MinYear"/> to <see cref="MaxYear"/>.</param>
    /// <param name="lastYear">The year of the congress that closes it: 1 to <see cref="MaxTermYears"/> years later, at most <see cref="MaxYear"/>.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is outside its range.</exception>
    public static ReportPeriod Term(int firstYear, int lastYear)
    {
        CheckYear(firstYear, nameof(firstYear));
        Preconditions.CheckRange(lastYear, firstYear + 1L, Math.Min(firstYear + MaxTermYears, MaxYear), nameof(lastYear), "năm cuối nhiệm kỳ", "last year of the term");
        return new ReportPeriod(PeriodKind.Term, firstYear, lastYear - firstYear - 1);
    }

    /// <summary>
    /// The period of <paramref name="kind"/> whose data window under <paramref name="rule"/> contains
    /// <paramref name="date"/>. Under <see cref="CutOffRule.Decree09"/>, 20/12/2024 belongs to the year 2025.
    /// </summary>
    /// <param name="date">The date.</param>
    /// <param name="kind">The kind of period wanted. Not <see cref="PeriodKind.Term"/>: terms are aligned differently
    /// by each organisation, so use <see cref="ContainingTerm"/>.</param>
    /// <param name="rule">The cut-off rule.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentOutOfRangeException">No supported period of that kind contains the date (a date outside
    /// the supported years, or an October date for <see cref="PeriodKind.NineMonths"/>).</exception>
    /// <exception cref="ArgumentException"><paramref name="kind"/> is <see cref="PeriodKind.Term"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined <see cref="PeriodKind"/>.</exception>
    public static ReportPeriod Containing(LocalDate date, PeriodKind kind, CutOffRule rule)
    {
        Preconditions.CheckNotNull(rule, nameof(rule));
        if (kind == PeriodKind.Term)
        {
            throw new ArgumentException(Messages.Pick(
                "Không xác định được nhiệm kỳ chỉ từ ngày: mỗi tổ chức có nhiệm kỳ riêng. Hãy dùng ReportPeriod.ContainingTerm(ngày, một nhiệm kỳ đã biết của tổ chức, quy tắc).",
                "A term cannot be found from a date alone: each organisation has its own terms. Use ReportPeriod.ContainingTerm(date, a known term of the organisation, rule)."), nameof(kind));
        }

        (int year, int month) = DataMonthOf(date, rule);
        if (kind == PeriodKind.NineMonths && month > 9)
        {
            throw new ArgumentOutOfRangeException(nameof(date), VietnameseDates.FormatNumeric(date), Messages.Pick(
                Messages.Format("Ngày {0} không thuộc kỳ 9 tháng nào theo quy tắc \"{1}\": kỳ 9 tháng năm {2} chỉ tính đến hết tháng 9.", VietnameseDates.FormatNumeric(date), rule.Name, year),
                Messages.Format("The date {0} is in no nine-month period under the rule \"{1}\": the nine months of {2} end with September.", VietnameseDates.FormatNumeric(date), rule.Name, year)));
        }

        CheckContainingYear(year, date);
        return kind switch
        {
            PeriodKind.Month => new ReportPeriod(PeriodKind.Month, year, month - 1),
            PeriodKind.Quarter => new ReportPeriod(PeriodKind.Quarter, year, (month - 1) / 3),
            PeriodKind.FirstHalf or PeriodKind.SecondHalf => new ReportPeriod(month <= 6 ? PeriodKind.FirstHalf : PeriodKind.SecondHalf, year, 0),
            PeriodKind.NineMonths => new ReportPeriod(PeriodKind.NineMonths, year, 0),
            PeriodKind.Year => new ReportPeriod(PeriodKind.Year, year, 0),
            _ => throw UnknownKind(kind),
        };
    }

    /// <summary>
    /// The term of an organisation whose data window under <paramref name="rule"/> contains <paramref name="date"/>,
    /// found from any one known term of the same organisation (its terms follow each other with the same length).
    /// </summary>
    /// <param name="date">The date.</param>
    /// <param name="knownTerm">A term of the organisation, e.g. <c>ReportPeriod.Term(2020, 2025)</c> for a provincial Party committee.</param>
    /// <param name="rule">The cut-off rule.</param>
    /// <returns>The term.</returns>
    /// <exception cref="ArgumentException"><paramref name="knownTerm"/> is not a term.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The term that contains the date is outside the supported years.</exception>
    public static ReportPeriod ContainingTerm(LocalDate date, ReportPeriod knownTerm, CutOffRule rule)
    {
        Preconditions.CheckNotNull(rule, nameof(rule));
        if (knownTerm.Kind != PeriodKind.Term)
        {
            throw new ArgumentException(Messages.Pick(
                Messages.Format("Tham số 'knownTerm' phải là một nhiệm kỳ; giá trị nhận được: {0}.", knownTerm),
                Messages.Format("Argument 'knownTerm' must be a term; got {0}.", knownTerm)), nameof(knownTerm));
        }

        (int year, _) = DataMonthOf(date, rule);
        int length = knownTerm.TermYears;
        int first = knownTerm.FirstYear + (int)Math.Floor((year - knownTerm.FirstYear) / (double)length) * length;
        if (first < MinYear || first + length > MaxYear)
        {
            throw new ArgumentOutOfRangeException(nameof(date), VietnameseDates.FormatNumeric(date), Messages.Pick(
                Messages.Format("Nhiệm kỳ chứa ngày {0} nằm ngoài các năm được hỗ trợ [{1}-{2}].", VietnameseDates.FormatNumeric(date), MinYear, MaxYear),
                Messages.Format("The term containing {0} is outside the supported years [{1}-{2}].", VietnameseDates.FormatNumeric(date), MinYear, MaxYear)));
        }

        return new ReportPeriod(PeriodKind.Term, first, length - 1);
    }

    #endregion

    #region Properties

    /// <summary>The kind of period.</summary>
    public PeriodKind Kind => _kind;

    /// <summary>The period's (first) year: the year of a month, quarter, half or year; the first year of a term.</summary>
    public int FirstYear => _yearOffset + MinYear;

    /// <summary>The period's last year: equal to <see cref="FirstYear"/> except for a term ("nhiệm kỳ 2020 - 2025" → 2025).</summary>
    public int LastYear => _kind == PeriodKind.Term ? FirstYear + TermYears : FirstYear;

    /// <summary>
    /// The number of the period within its year: the month (1–12) of a month, the quarter (1–4) of a quarter;
    /// 1 for a first half, 2 for a second half; 0 for nine months, a year or a term.
    /// </summary>
    public int Number => _kind switch
    {
        PeriodKind.Month or PeriodKind.Quarter => _index + 1,
        PeriodKind.FirstHalf => 1,
        PeriodKind.SecondHalf => 2,
        _ => 0,
    };

    /// <summary>The first calendar day of the period.</summary>
    public LocalDate Start => FirstMonth.OnDayOfMonth(1);

    /// <summary>The last calendar day of the period (inclusive).</summary>
    public LocalDate End
    {
        get
        {
            YearMonth last = LastMonth;
            return last.OnDayOfMonth(CalendarSystem.Iso.GetDaysInMonth(last.Year, last.Month));
        }
    }

    /// <summary>The calendar dates of the period, both ends inclusive.</summary>
    public DateInterval Dates => new(Start, End);

    /// <summary>The first calendar month of the period.</summary>
    public YearMonth FirstMonth => _kind switch
    {
        PeriodKind.Month => new YearMonth(FirstYear, _index + 1),
        PeriodKind.Quarter => new YearMonth(FirstYear, (_index * 3) + 1),
        PeriodKind.SecondHalf => new YearMonth(FirstYear, 7),
        _ => new YearMonth(FirstYear, 1),
    };

    /// <summary>The last calendar month of the period.</summary>
    public YearMonth LastMonth => _kind switch
    {
        PeriodKind.Month => new YearMonth(FirstYear, _index + 1),
        PeriodKind.Quarter => new YearMonth(FirstYear, (_index * 3) + 3),
        PeriodKind.FirstHalf => new YearMonth(FirstYear, 6),
        PeriodKind.NineMonths => new YearMonth(FirstYear, 9),
        PeriodKind.Term => new YearMonth(FirstYear + TermYears - 1, 12),
        _ => new YearMonth(FirstYear, 12),
    };

    private int TermYears => _index + 1;

    #endregion

    #region Navigation

    /// <summary>
    /// The period that follows this one in its series: the next month, quarter, year or term; after the first half, the
    /// second half of the same year and after that the first half of the next year; the nine months of the next year.
    /// This is the period a report's "phương hướng, nhiệm vụ" (plans and tasks) section looks ahead to.
    /// </summary>
    /// <returns>The next period.</returns>
    /// <exception cref="InvalidOperationException">The next period is after <see cref="MaxYear"/>.</exception>
    public ReportPeriod Next() => Shift(+1);

    /// <summary>
    /// The period a report on this period plans for, its "phương hướng, nhiệm vụ" section (docs/planning-periods.md):
    /// a month plans the next month, a quý the next quý, 6 tháng đầu năm the 6 tháng cuối năm, 6 tháng cuối năm the
    /// 6 tháng đầu năm of the next year, a year the next year, a term the next term, and 9 tháng đầu năm the rest of its
    /// year, quý IV (<see cref="NineMonthsPlanning.FourthQuarter"/>, the default). For every kind but the nine months
    /// this is <see cref="Next"/>.
    /// </summary>
    /// <param name="nineMonths">What a nine-month report plans for; the rule is UNVERIFIED, hence the option.</param>
    /// <returns>The planning period.</returns>
    /// <exception cref="InvalidOperationException">The planning period is after <see cref="MaxYear"/>.</exception>
    public ReportPeriod PlanningPeriod(NineMonthsPlanning nineMonths = NineMonthsPlanning.FourthQuarter) =>
        _kind == PeriodKind.NineMonths && nineMonths != NineMonthsPlanning.NextNineMonths ? Quarter(FirstYear, 4) : Next();

    /// <summary>The period that comes before this one in its series (see <see cref="Next"/>).</summary>
    /// <returns>The previous period.</returns>
    /// <exception cref="InvalidOperationException">The previous period is before <see cref="MinYear"/>.</exception>
    public ReportPeriod Previous() => Shift(-1);

    /// <summary>Whether <paramref name="date"/> is one of the period's calendar days.</summary>
    /// <param name="date">The date.</param>
    /// <returns><c>true</c> when <see cref="Start"/> ≤ date ≤ <see cref="End"/>.</returns>
    public bool Contains(LocalDate date) => date >= Start && date <= End;

    /// <summary>The data window ("thời gian chốt số liệu") of the period under <paramref name="rule"/>.</summary>
    /// <param name="rule">The cut-off rule, e.g. <see cref="CutOffRule.Decree09"/>.</param>
    /// <returns>The dates whose figures the period's report counts, both ends inclusive.</returns>
    public DateInterval DataWindow(CutOffRule rule) => Preconditions.CheckNotNull(rule, nameof(rule)).Window(this);

    private ReportPeriod Shift(int step)
    {
        int year = FirstYear;
        (PeriodKind kind, int newYear, int index) = _kind switch
        {
            PeriodKind.Month => (_kind, year + FloorDiv(_index + step, 12), FloorMod(_index + step, 12)),
            PeriodKind.Quarter => (_kind, year + FloorDiv(_index + step, 4), FloorMod(_index + step, 4)),
            PeriodKind.FirstHalf => (PeriodKind.SecondHalf, step > 0 ? year : year - 1, 0),
            PeriodKind.SecondHalf => (PeriodKind.FirstHalf, step > 0 ? year + 1 : year, 0),
            PeriodKind.Term => (_kind, year + (step * TermYears), (int)_index),
            _ => (_kind, year + step, 0),
        };

        int lastYear = kind == PeriodKind.Term ? newYear + index + 1 : newYear;
        if (newYear < MinYear || lastYear > MaxYear)
        {
            throw new InvalidOperationException(Messages.Pick(
                Messages.Format("Không có kỳ báo cáo {0} {1} trong các năm được hỗ trợ [{2}-{3}].", step > 0 ? "sau" : "trước", this, MinYear, MaxYear),
                Messages.Format("There is no reporting period {0} {1} within the supported years [{2}-{3}].", step > 0 ? "after" : "before", this, MinYear, MaxYear)));
        }

        return new ReportPeriod(kind, newYear, index);
    }

    #endregion

    #region Equality and ordering

    /// <inheritdoc/>
    public bool Equals(ReportPeriod other) => _kind == other._kind && _yearOffset == other._yearOffset && _index == other._index;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ReportPeriod other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(_kind, _yearOffset, _index);

    /// <summary>Orders by <see cref="Start"/>, then <see cref="End"/>, then <see cref="Kind"/>.</summary>
    /// <param name="other">The period to compare with.</param>
    /// <returns>Negative, zero or positive, as this period comes before, with or after <paramref name="other"/>.</returns>
    public int CompareTo(ReportPeriod other)
    {
        int byStart = Start.CompareTo(other.Start);
        if (byStart != 0)
        {
            return byStart;
        }

        int byEnd = End.CompareTo(other.End);
        return byEnd != 0 ? byEnd : _kind.CompareTo(other._kind);
    }

    /// <inheritdoc/>
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        ReportPeriod other => CompareTo(other),
        _ => throw new ArgumentException(Messages.Pick("Chỉ so sánh được với một ReportPeriod.", "Can only compare with a ReportPeriod."), nameof(obj)),
    };

    /// <summary>Whether two periods are equal.</summary>
    public static bool operator ==(ReportPeriod left, ReportPeriod right) => left.Equals(right);

    /// <summary>Whether two periods differ.</summary>
    public static bool operator !=(ReportPeriod left, ReportPeriod right) => !left.Equals(right);

    /// <summary>Whether <paramref name="left"/> comes before <paramref name="right"/>.</summary>
    public static bool operator <(ReportPeriod left, ReportPeriod right) => left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> comes before or with <paramref name="right"/>.</summary>
    public static bool operator <=(ReportPeriod left, ReportPeriod right) => left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/> comes after <paramref name="right"/>.</summary>
    public static bool operator >(ReportPeriod left, ReportPeriod right) => left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> comes after or with <paramref name="right"/>.</summary>
    public static bool operator >=(ReportPeriod left, ReportPeriod right) => left.CompareTo(right) >= 0;

    #endregion

    #region Helpers

    private static void CheckYear(int year, string paramName) =>
        Preconditions.CheckRange(year, MinYear, MaxYear, paramName, "năm", "year");

    private static void CheckContainingYear(int year, LocalDate date)
    {
        if (year < MinYear || year > MaxYear)
        {
            throw new ArgumentOutOfRangeException(nameof(date), VietnameseDates.FormatNumeric(date), Messages.Pick(
                Messages.Format("Ngày {0} thuộc năm báo cáo {1}, nằm ngoài các năm được hỗ trợ [{2}-{3}].", VietnameseDates.FormatNumeric(date), year, MinYear, MaxYear),
                Messages.Format("The date {0} belongs to reporting year {1}, outside the supported years [{2}-{3}].", VietnameseDates.FormatNumeric(date), year, MinYear, MaxYear)));
        }
    }

    /// <summary>The calendar month whose data a date is counted in: under a cut-off day d, a date after day d counts in the next month.</summary>
    private static (int Year, int Month) DataMonthOf(LocalDate date, CutOffRule rule)
    {
        if (rule.CutOffDay is int cutOffDay && date.Day > cutOffDay)
        {
            return date.Month == 12 ? (date.Year + 1, 1) : (date.Year, date.Month + 1);
        }

        return (date.Year, date.Month);
    }

    private static int FloorDiv(int a, int b) => (int)Math.Floor(a / (double)b);

    private static int FloorMod(int a, int b) => ((a % b) + b) % b;

    // An integer cast to PeriodKind that names no kind (e.g. from a database column): reported, never mapped to a kind.
    private static ArgumentOutOfRangeException UnknownKind(PeriodKind kind) =>
        new(nameof(kind), (int)kind, Messages.Pick(
            Messages.Format("Loại kỳ {0} không tồn tại: chỉ có Month, Quarter, FirstHalf, SecondHalf, NineMonths, Year và Term.", (int)kind),
            Messages.Format("The period kind {0} does not exist: the kinds are Month, Quarter, FirstHalf, SecondHalf, NineMonths, Year and Term.", (int)kind)));

    #endregion
}
