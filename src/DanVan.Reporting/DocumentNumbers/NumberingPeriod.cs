using NodaTime;

namespace DanVan.Reporting;

/// <summary>
/// The span of days within which a document counter runs without restarting: a calendar year for state documents, a
/// committee's term ("nhiệm kỳ cấp ủy") for Party documents. The first document of each kind in a period is numbered 01.
/// </summary>
/// <remarks>
/// <para>
/// State documents (Nghị định 30/2020/NĐ-CP Phụ lục I, Mục II khoản 3) are numbered in the order issued "trong một năm":
/// the period is 1 January to 31 December (<see cref="ForState"/>). Party documents (Hướng dẫn 36-HD/VPTW Điểm 1.3) are
/// numbered continuously through a committee's term: the period runs from a <see cref="PartyTermStart"/> to the day before
/// the next one, as <see cref="NumberingRule.PeriodOf"/> finds it from the term starts it knows.
/// </para>
/// <para>
/// <see cref="Start"/> and <see cref="End"/> are inclusive. A Party period can be open at either end: <see cref="End"/> is
/// null for the latest known term (its successor has not begun, or is not known), <see cref="Start"/> is null for the
/// days before the earliest known term start (a term whose beginning was not given). State periods are never open.
/// </para>
/// <para>
/// Equality compares <see cref="System"/>, <see cref="Start"/> and <see cref="End"/>. Immutable and thread-safe.
/// </para>
/// </remarks>
public sealed class NumberingPeriod : IEquatable<NumberingPeriod>
{
    internal NumberingPeriod(DocumentSystem system, LocalDate? start, LocalDate? end)
    {
        System = system;
        Start = start;
        End = end;
    }

    /// <summary>The document system whose rule made the period: <see cref="DocumentSystem.State"/> for a year, <see cref="DocumentSystem.Party"/> for a term.</summary>
    public DocumentSystem System { get; }

    /// <summary>The first day (inclusive), in the ISO calendar; null for a Party term that began before the earliest term start given.</summary>
    public LocalDate? Start { get; }

    /// <summary>The last day (inclusive), in the ISO calendar; null for a Party term with no later term start given.</summary>
    public LocalDate? End { get; }

    /// <summary>The calendar year that numbers a state document issued on <paramref name="issuedOn"/>: state numbers restart every 1 January.</summary>
    /// <param name="issuedOn">The issue date; a date in another calendar is converted to the ISO calendar.</param>
    /// <returns>1 January to 31 December of the issue date's year.</returns>
    public static NumberingPeriod ForState(LocalDate issuedOn)
    {
        int year = issuedOn.WithCalendar(CalendarSystem.Iso).Year;
        return new NumberingPeriod(DocumentSystem.State, new LocalDate(year, 1, 1), new LocalDate(year, 12, 31));
    }

    /// <summary>Whether <paramref name="date"/> falls in the period (both ends included; an open end admits every date on that side).</summary>
    /// <param name="date">The date; a date in another calendar is converted to the ISO calendar.</param>
    /// <returns>True when the date is in the period.</returns>
    public bool Contains(LocalDate date)
    {
        LocalDate iso = date.WithCalendar(CalendarSystem.Iso);
        return (Start is not LocalDate start || iso >= start) && (End is not LocalDate end || iso <= end);
    }

    /// <summary>Whether two periods are equal (see <see cref="Equals(NumberingPeriod)"/>).</summary>
    /// <param name="left">The first period, or null.</param>
    /// <param name="right">The second period, or null.</param>
    /// <returns>True when both are null or equal.</returns>
    public static bool operator ==(NumberingPeriod? left, NumberingPeriod? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Whether two periods differ.</summary>
    /// <param name="left">The first period, or null.</param>
    /// <param name="right">The second period, or null.</param>
    /// <returns>True when they differ.</returns>
    public static bool operator !=(NumberingPeriod? left, NumberingPeriod? right) => !(left == right);

    /// <summary>Whether <paramref name="other"/> has the same system, start and end.</summary>
    /// <param name="other">The other period, or null.</param>
    /// <returns>True when equal.</returns>
    public bool Equals(NumberingPeriod? other) =>
        other is not null && System == other.System && Start == other.Start && End == other.End;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as NumberingPeriod);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(System, Start, End);

    /// <summary>
    /// The period in Vietnamese: "năm 2026" for a state year; "nhiệm kỳ cấp ủy từ ngày 11/10/2025",
    /// "nhiệm kỳ cấp ủy từ ngày 11/10/2025 đến ngày 22/01/2026" or "nhiệm kỳ cấp ủy đến ngày 10/10/2025" for a Party term.
    /// </summary>
    /// <returns>The text (the same under every culture).</returns>
    public override string ToString()
    {
        if (System == DocumentSystem.State && Start is LocalDate first)
        {
            return "năm " + VietnameseDates.YearNumber(first.Year);
        }

        string from = Start is LocalDate start ? " từ ngày " + VietnameseDates.FormatDayMonthYear(start) : "";
        string to = End is LocalDate end ? " đến ngày " + VietnameseDates.FormatDayMonthYear(end) : "";
        return "nhiệm kỳ cấp ủy" + from + to;
    }
}
