using DanVan.Reporting.Internal;
using NodaTime;

namespace DanVan.Reporting;

/// <summary>
/// The first day of a Party committee's term ("nhiệm kỳ cấp ủy") for numbering its documents: Party documents are
/// numbered "liên tục từ số 01 cho mỗi tên loại văn bản trong một nhiệm kỳ cấp ủy" (from 01 for each kind, continuously
/// through the term), so every kind's counter restarts on this day. See <see cref="NumberingRule.Party(PartyTermStart[])"/>.
/// </summary>
/// <remarks>
/// <para>
/// A committee ("cấp ủy": a Tỉnh ủy, an Đảng ủy, the Central Committee …) is elected by a congress ("đại hội") for a term,
/// usually five years. Hướng dẫn 36-HD/VPTW Điểm 1.3 counts the term "từ ngày liền kề sau ngày bế mạc đại hội lần này đến
/// hết ngày bế mạc đại hội lần kế tiếp" — from the day after this congress closes to the end of the day the next one
/// closes (<see cref="AfterCongress"/>) — unless the new committee holds its first meeting during the congress, in which
/// case the term is counted from the opening of that meeting (<see cref="AtFirstMeeting"/>).
/// </para>
/// <para>
/// Which of the two applies depends on when the first meeting was held, which only the user knows: the SDK does not
/// guess (UNVERIFIED in general; the choice is the caller's). Examples: a provincial congress that closes on 10/10/2025
/// with the first meeting held afterwards starts the term on 11/10/2025; the XIV National Congress (19–23/01/2026) held
/// the first meeting of the XIV Central Committee on the morning of 23/01/2026, so that term starts on 23/01/2026.
/// </para>
/// <para>
/// Dates have no time of day: a term that starts at a meeting's opening starts, here, on the whole of that day, so a
/// document dated that day but issued before the meeting opened is counted in the new term (UNVERIFIED; number such a
/// document by hand). The numbering of the congress's own documents (one series for all kinds, from the preparatory
/// session to the closing day) is not modelled.
/// </para>
/// <para>
/// Equality compares <see cref="Date"/> and <see cref="Basis"/>. The default value starts a term on 01/01/0001 under
/// <see cref="PartyTermStartBasis.DayAfterCongressClosed"/>. Immutable value type; thread-safe.
/// </para>
/// </remarks>
public readonly struct PartyTermStart : IEquatable<PartyTermStart>
{
    private PartyTermStart(LocalDate date, PartyTermStartBasis basis)
    {
        Date = date;
        Basis = basis;
    }

    /// <summary>The first day of the term, in the ISO calendar: documents dated on or after it start again from 01.</summary>
    public LocalDate Date { get; }

    /// <summary>Which rule of 36-HD/VPTW fixed <see cref="Date"/>.</summary>
    public PartyTermStartBasis Basis { get; }

    /// <summary>
    /// The general rule: the term starts the day after the congress closes ("ngày liền kề sau ngày bế mạc đại hội").
    /// A congress that closes on 10/10/2025 starts the term on 11/10/2025; documents dated 10/10/2025 still belong to the
    /// previous term.
    /// </summary>
    /// <param name="congressClosed">The closing day of the congress ("ngày bế mạc"); a date in another calendar is converted to the ISO calendar.</param>
    /// <returns>The term start, the day after <paramref name="congressClosed"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="congressClosed"/> is the last date NodaTime supports (31/12/9999).</exception>
    public static PartyTermStart AfterCongress(LocalDate congressClosed)
    {
        LocalDate closed = congressClosed.WithCalendar(CalendarSystem.Iso);
        if (closed == LocalDate.MaxIsoValue)
        {
            string shown = VietnameseDates.FormatNumeric(closed);
            throw new ArgumentOutOfRangeException(nameof(congressClosed), shown, Messages.Pick(
                Messages.Format("Ngày bế mạc đại hội {0} của tham số '{1}' là ngày cuối cùng được hỗ trợ; nhiệm kỳ mới bắt đầu từ ngày liền kề sau nên ngày bế mạc phải trước {0}.", shown, nameof(congressClosed)),
                Messages.Format("The congress closing day {0} of argument '{1}' is the last supported date; the new term starts the day after, so the closing day must be before {0}.", shown, nameof(congressClosed))));
        }

        return new PartyTermStart(closed.PlusDays(1), PartyTermStartBasis.DayAfterCongressClosed);
    }

    /// <summary>
    /// The exception for a first committee meeting held during the congress: the term starts on the day that meeting
    /// opens. The first meeting of the XIV Central Committee, on 23/01/2026 (the congress's last day), starts that term
    /// on 23/01/2026 rather than 24/01/2026.
    /// </summary>
    /// <param name="meetingOpened">The day the new committee's first meeting opened; a date in another calendar is converted to the ISO calendar.</param>
    /// <returns>The term start, on <paramref name="meetingOpened"/>.</returns>
    public static PartyTermStart AtFirstMeeting(LocalDate meetingOpened) =>
        new(meetingOpened.WithCalendar(CalendarSystem.Iso), PartyTermStartBasis.FirstMeetingDuringCongress);

    /// <summary>Whether two term starts are equal.</summary>
    /// <param name="left">The first term start.</param>
    /// <param name="right">The second term start.</param>
    /// <returns>True when they have the same date and basis.</returns>
    public static bool operator ==(PartyTermStart left, PartyTermStart right) => left.Equals(right);

    /// <summary>Whether two term starts differ.</summary>
    /// <param name="left">The first term start.</param>
    /// <param name="right">The second term start.</param>
    /// <returns>True when the date or the basis differs.</returns>
    public static bool operator !=(PartyTermStart left, PartyTermStart right) => !left.Equals(right);

    /// <summary>Whether <paramref name="other"/> has the same <see cref="Date"/> and <see cref="Basis"/>.</summary>
    /// <param name="other">The other term start.</param>
    /// <returns>True when equal.</returns>
    public bool Equals(PartyTermStart other) => Date == other.Date && Basis == other.Basis;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is PartyTermStart other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Date, Basis);

    /// <summary>
    /// The start in Vietnamese, with its rule: "từ ngày 11/10/2025 (ngày liền kề sau ngày bế mạc đại hội)",
    /// "từ ngày 23/01/2026 (ngày khai mạc hội nghị lần thứ nhất của cấp ủy khóa mới)".
    /// </summary>
    /// <returns>The text (the same under every culture).</returns>
    public override string ToString() =>
        "từ ngày " + VietnameseDates.FormatDayMonthYear(Date) + (Basis == PartyTermStartBasis.FirstMeetingDuringCongress
            ? " (ngày khai mạc hội nghị lần thứ nhất của cấp ủy khóa mới)"
            : " (ngày liền kề sau ngày bế mạc đại hội)");
}
