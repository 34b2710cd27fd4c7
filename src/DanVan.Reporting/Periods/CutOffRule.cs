using DanVan.Reporting.Internal;
using NodaTime;

namespace DanVan.Reporting;

/// <summary>
/// How the data window ("thời gian chốt số liệu", the dates whose figures a report counts) of a reporting period
/// is drawn.
/// </summary>
/// <remarks>
/// <para>
/// Two rules are built in. <see cref="Calendar"/> counts whole calendar months: the first half of 2024 counts
/// 01/01/2024–30/06/2024. <see cref="Decree09"/> is Nghị định 09/2019/NĐ-CP Điều 12, binding on state administrative
/// bodies: a window runs from day 15 of the month before the period to day 14 of its last month, so the first half of
/// 2024 counts 15/12/2023–14/06/2024. Party committees, Ban Dân vận, Mặt trận Tổ quốc and the mass organisations are
/// not subject to that decree; which rule each of them uses is set by its own regulations (UNVERIFIED), so the rule is
/// always a parameter, never a default.
/// </para>
/// <para>
/// Nghị định 09/2019 defines monthly, quarterly, six-monthly and yearly windows only. For "9 tháng" (the first nine
/// months) provinces add their own rule; <see cref="Decree09"/> applies the same pattern (15/12 of the previous year to
/// 14/9), as Khánh Hòa's QĐ 01/2023/QĐ-UBND Điều 4 does. <see cref="Basis"/> says which text each window rests on.
/// </para>
/// <para>
/// Windows of consecutive periods of one series (months, quarters, halves, years, terms) tile the timeline with no gap
/// and no overlap, under every rule. Instances are immutable and thread-safe; two rules are equal when they draw the
/// same windows.
/// </para>
/// </remarks>
public sealed class CutOffRule : IEquatable<CutOffRule>
{
    private const int NoCutOffDay = 0;

    private readonly int _cutOffDay;

    private CutOffRule(int cutOffDay, string name)
    {
        _cutOffDay = cutOffDay;
        Name = name;
    }

    /// <summary>Whole calendar months: a period's window is the period itself (01/01–30/06 for the first half).</summary>
    public static CutOffRule Calendar { get; } = new(NoCutOffDay, "Theo tháng dương lịch");

    /// <summary>
    /// Nghị định 09/2019/NĐ-CP Điều 12: from day 15 of the month before the period to day 14 of its last month
    /// (15/12/2023–14/06/2024 for the first half of 2024).
    /// </summary>
    public static CutOffRule Decree09 { get; } = new(14, "Nghị định số 09/2019/NĐ-CP, Điều 12");

    /// <summary>
    /// A rule of the same shape as <see cref="Decree09"/> with another cut-off day: each window ends on day
    /// <paramref name="cutOffDay"/> of the period's last month and starts the day after that in the month before the
    /// period. For an issuer whose own regulation sets another day.
    /// </summary>
    /// <param name="cutOffDay">The last day counted, 1 to 27 (so that the next day exists in every month).</param>
    /// <param name="name">What the rule is called in output, e.g. the regulation that sets it.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="cutOffDay"/> is outside [1-27].</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty.</exception>
    public static CutOffRule EndingOnDay(int cutOffDay, string name)
    {
        Preconditions.CheckRange(cutOffDay, 1, 27, nameof(cutOffDay), "ngày chốt số liệu", "cut-off day");
        Preconditions.CheckNotBlank(name, nameof(name), "tên quy định", "rule name");
        return new CutOffRule(cutOffDay, name);
    }

    /// <summary>The rule's name as written in output, e.g. "Nghị định số 09/2019/NĐ-CP, Điều 12".</summary>
    public string Name { get; }

    /// <summary>The last day of a month counted in a window, or <c>null</c> when windows are whole calendar months.</summary>
    public int? CutOffDay => _cutOffDay == NoCutOffDay ? null : _cutOffDay;

    /// <summary>The data window of <paramref name="period"/> under this rule (both ends inclusive).</summary>
    /// <param name="period">The reporting period.</param>
    /// <returns>The dates whose figures the period's report counts.</returns>
    public DateInterval Window(ReportPeriod period)
    {
        (LocalDate start, LocalDate end) = Bounds(period);
        return new DateInterval(start, end);
    }

    /// <summary>The first and last day of the window, without allocating an interval (for hot validation paths).</summary>
    internal (LocalDate Start, LocalDate End) Bounds(ReportPeriod period)
    {
        if (_cutOffDay == NoCutOffDay)
        {
            return (period.Start, period.End);
        }

        return (period.FirstMonth.PlusMonths(-1).OnDayOfMonth(_cutOffDay + 1), period.LastMonth.OnDayOfMonth(_cutOffDay));
    }

    /// <summary>The text that the window of a period of <paramref name="kind"/> rests on, in Vietnamese.</summary>
    /// <param name="kind">The kind of period.</param>
    /// <returns>For example "Nghị định số 09/2019/NĐ-CP, Điều 12" or, for nine months, a note that it is a local rule.</returns>
    public string Basis(PeriodKind kind)
    {
        if (_cutOffDay == NoCutOffDay)
        {
            return Name;
        }

        if (!ReferenceEquals(this, Decree09))
        {
            return Name;
        }

        return kind switch
        {
            PeriodKind.NineMonths => "Quy định địa phương (Nghị định số 09/2019/NĐ-CP không quy định kỳ 9 tháng; ví dụ Quyết định số 01/2023/QĐ-UBND tỉnh Khánh Hòa, Điều 4)",
            PeriodKind.Term => "Gộp thời gian chốt số liệu các năm của nhiệm kỳ theo Nghị định số 09/2019/NĐ-CP, Điều 12 (quy ước của DanVan SDK)",
            _ => Name,
        };
    }

    /// <inheritdoc/>
    public bool Equals(CutOffRule? other) => other is not null && other._cutOffDay == _cutOffDay;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as CutOffRule);

    /// <inheritdoc/>
    public override int GetHashCode() => _cutOffDay;

    /// <summary>The rule's <see cref="Name"/>.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Name;

    /// <summary>Whether two rules draw the same windows.</summary>
    public static bool operator ==(CutOffRule? left, CutOffRule? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Whether two rules draw different windows.</summary>
    public static bool operator !=(CutOffRule? left, CutOffRule? right) => !(left == right);
}
