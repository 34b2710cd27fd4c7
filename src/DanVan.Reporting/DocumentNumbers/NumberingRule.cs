using DanVan.Reporting.Internal;
using NodaTime;

namespace DanVan.Reporting;

/// <summary>
/// When document counters restart ("số và ký hiệu văn bản" are registration numbers counted per document kind): state
/// counters every 1 January (<see cref="State"/>), Party counters at the start of each committee term
/// (<see cref="Party(PartyTermStart[])"/>). Gives the <see cref="NumberingPeriod"/> of a date and the next number after
/// the last one issued.
/// </summary>
/// <remarks>
/// <para>
/// State: Nghị định 30/2020/NĐ-CP Phụ lục I, Mục II khoản 3 numbers documents in the order issued "trong một năm", so a
/// Báo cáo dated 02/01/2026 after the 2025 series ended at 187 is "Số: 01/BC-…".
/// </para>
/// <para>
/// Party: Hướng dẫn 36-HD/VPTW Điểm 1.3 numbers documents "liên tục từ số 01 cho mỗi tên loại văn bản trong một nhiệm
/// kỳ cấp ủy": continuously, for each kind, through the committee's term, whatever the calendar year; the counter
/// restarts on each <see cref="PartyTermStart"/>. A rule knows only the term starts it is given: dates before the
/// earliest belong to an earlier term whose start is unknown, dates after the latest to the current term.
/// </para>
/// <para>
/// Counters are kept per kind and per issuer (see <see cref="DocumentRegister"/>); this type holds only the restart rule.
/// Immutable and thread-safe.
/// </para>
/// </remarks>
public sealed class NumberingRule
{
    private readonly PartyTermStart[] _termStarts;

    private NumberingRule(DocumentSystem system, PartyTermStart[] termStarts)
    {
        System = system;
        _termStarts = termStarts;
        TermStarts = Array.AsReadOnly(termStarts);
    }

    /// <summary>The state rule of Nghị định 30/2020/NĐ-CP: every counter restarts at 01 on 1 January.</summary>
    public static NumberingRule State { get; } = new(DocumentSystem.State, []);

    /// <summary>The system whose numbers the rule counts.</summary>
    public DocumentSystem System { get; }

    /// <summary>The Party term starts the rule restarts on, in date order; empty for <see cref="State"/>.</summary>
    public IReadOnlyList<PartyTermStart> TermStarts { get; }

    /// <summary>
    /// The Party rule of Hướng dẫn 36-HD/VPTW: counters run continuously through a committee's term and restart at 01 on
    /// each of <paramref name="termStarts"/>.
    /// </summary>
    /// <param name="termStarts">
    /// At least one term start, in any order, no two on the same day. Which factory makes each start —
    /// <see cref="PartyTermStart.AfterCongress"/> or <see cref="PartyTermStart.AtFirstMeeting"/> — is the caller's choice:
    /// it depends on whether the new committee's first meeting was held during the congress.
    /// </param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="termStarts"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="termStarts"/> is empty, or two starts fall on the same day.</exception>
    public static NumberingRule Party(params PartyTermStart[] termStarts) =>
        Party((IEnumerable<PartyTermStart>)Preconditions.CheckNotNull(termStarts, nameof(termStarts)));

    /// <summary>The Party rule, from a sequence of term starts (see <see cref="Party(PartyTermStart[])"/>).</summary>
    /// <param name="termStarts">At least one term start, in any order, no two on the same day.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="termStarts"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="termStarts"/> is empty, or two starts fall on the same day.</exception>
    public static NumberingRule Party(IEnumerable<PartyTermStart> termStarts)
    {
        Preconditions.CheckNotNull(termStarts, nameof(termStarts));
        PartyTermStart[] sorted = [.. termStarts.OrderBy(start => start.Date)];
        if (sorted.Length == 0)
        {
            throw new ArgumentException(Messages.Pick(
                "Tham số 'termStarts' cần ít nhất một ngày bắt đầu nhiệm kỳ cấp ủy: số văn bản của Đảng ghi liên tục trong một nhiệm kỳ cấp ủy (Hướng dẫn 36-HD/VPTW Điểm 1.3).",
                "Argument 'termStarts' needs at least one committee term start: Party documents are numbered continuously within a committee's term (Hướng dẫn 36-HD/VPTW Điểm 1.3)."),
                nameof(termStarts));
        }

        for (int i = 1; i < sorted.Length; i++)
        {
            if (sorted[i].Date == sorted[i - 1].Date)
            {
                string shown = VietnameseDates.FormatNumeric(sorted[i].Date);
                throw new ArgumentException(Messages.Pick(
                    Messages.Format("Tham số 'termStarts' có hai nhiệm kỳ cùng bắt đầu ngày {0}; mỗi ngày chỉ có thể bắt đầu một nhiệm kỳ.", shown),
                    Messages.Format("Argument 'termStarts' has two terms starting on {0}; a day can start only one term.", shown)),
                    nameof(termStarts));
            }
        }

        return new NumberingRule(DocumentSystem.Party, sorted);
    }

    /// <summary>This Party rule with one more term start, e.g. after the next congress.</summary>
    /// <param name="termStart">The new term start; no other start may fall on its day.</param>
    /// <returns>The new rule.</returns>
    /// <exception cref="InvalidOperationException">This is the <see cref="State"/> rule, which has no terms.</exception>
    /// <exception cref="ArgumentException">A term already starts on that day.</exception>
    public NumberingRule WithTermStart(PartyTermStart termStart)
    {
        if (System != DocumentSystem.Party)
        {
            throw new InvalidOperationException(Messages.Pick(
                "Quy tắc đánh số văn bản nhà nước bắt đầu lại từ 01 mỗi năm (Nghị định 30/2020/NĐ-CP), không theo nhiệm kỳ cấp ủy; hãy dùng NumberingRule.Party cho văn bản của Đảng.",
                "The state numbering rule restarts at 01 every year (Nghị định 30/2020/NĐ-CP), not per committee term; use NumberingRule.Party for Party documents."));
        }

        return Party(_termStarts.Append(termStart));
    }

    /// <summary>
    /// The period whose counter numbers a document issued on <paramref name="issuedOn"/>: its calendar year under
    /// <see cref="State"/>; under a Party rule, the term from the latest term start on or before the date to the day
    /// before the next start (open at the end when there is none, open at the start when the date precedes every start).
    /// </summary>
    /// <param name="issuedOn">The issue date; a date in another calendar is converted to the ISO calendar.</param>
    /// <returns>The period, which contains <paramref name="issuedOn"/>.</returns>
    public NumberingPeriod PeriodOf(LocalDate issuedOn)
    {
        LocalDate date = issuedOn.WithCalendar(CalendarSystem.Iso);
        if (System == DocumentSystem.State)
        {
            return NumberingPeriod.ForState(date);
        }

        int term = TermIndex(date);
        LocalDate? start = term == 0 ? null : _termStarts[term - 1].Date;
        LocalDate? end = term == _termStarts.Length ? null : _termStarts[term].Date.PlusDays(-1);
        return new NumberingPeriod(DocumentSystem.Party, start, end);
    }

    /// <summary>
    /// The number to give a document issued on <paramref name="issuedOn"/>, after the counter's last document, numbered
    /// <paramref name="lastNumber"/> and issued on <paramref name="lastIssuedOn"/>: 1 when the two dates lie in different
    /// periods (the counter restarted), else <paramref name="lastNumber"/> + 1.
    /// </summary>
    /// <param name="lastNumber">The last number issued by the counter, 1 to <see cref="DocumentNumber.MaxNumber"/>.</param>
    /// <param name="lastIssuedOn">The issue date of that number.</param>
    /// <param name="issuedOn">The new document's issue date, on or after <paramref name="lastIssuedOn"/>: numbers are given in the order documents are issued.</param>
    /// <returns>The next number, from 1 to <see cref="DocumentNumber.MaxNumber"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="lastNumber"/> is outside [1-999999], or <paramref name="issuedOn"/> is before <paramref name="lastIssuedOn"/>.</exception>
    /// <exception cref="InvalidOperationException">The counter reached <see cref="DocumentNumber.MaxNumber"/> and the period has not changed.</exception>
    public int NextNumber(int lastNumber, LocalDate lastIssuedOn, LocalDate issuedOn)
    {
        Preconditions.CheckRange(lastNumber, 1, DocumentNumber.MaxNumber, nameof(lastNumber), "số văn bản đã cấp gần nhất", "last issued document number");
        return Next(lastNumber, lastIssuedOn.WithCalendar(CalendarSystem.Iso), issuedOn.WithCalendar(CalendarSystem.Iso), nameof(issuedOn));
    }

    /// <summary>
    /// The number and symbol of a document issued on <paramref name="issuedOn"/> after <paramref name="lastIssued"/>, of
    /// the same kind and issuer: "Số 01-BC/BDVTU" on the first day of a new term, "Số: 188/BC-UBND" later in the same
    /// year. A state legal document's number (with a year, "Số: 09/2019/NĐ-CP") carries the new issue date's year.
    /// </summary>
    /// <param name="lastIssued">The counter's last number; it must be of this rule's <see cref="System"/>.</param>
    /// <param name="lastIssuedOn">The issue date of <paramref name="lastIssued"/>.</param>
    /// <param name="issuedOn">The new document's issue date, on or after <paramref name="lastIssuedOn"/>.</param>
    /// <returns>The next document number, with the kind and issuer codes of <paramref name="lastIssued"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="lastIssued"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="lastIssued"/> is a number of the other system (a state number under a Party rule, or the reverse).</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="issuedOn"/> is before <paramref name="lastIssuedOn"/>.</exception>
    /// <exception cref="InvalidOperationException">The counter reached <see cref="DocumentNumber.MaxNumber"/> and the period has not changed.</exception>
    public DocumentNumber Next(DocumentNumber lastIssued, LocalDate lastIssuedOn, LocalDate issuedOn)
    {
        Preconditions.CheckNotNull(lastIssued, nameof(lastIssued));
        CheckSystem(lastIssued, nameof(lastIssued));
        LocalDate date = issuedOn.WithCalendar(CalendarSystem.Iso);
        int number = Next(lastIssued.Number, lastIssuedOn.WithCalendar(CalendarSystem.Iso), date, nameof(issuedOn));
        return lastIssued.WithNumber(number, date);
    }

    /// <summary>
    /// The rule in Vietnamese: "Nghị định 30/2020/NĐ-CP: số văn bản ghi từ 01 theo từng năm" or "Hướng dẫn 36-HD/VPTW:
    /// số văn bản ghi liên tục từ 01 trong một nhiệm kỳ cấp ủy; nhiệm kỳ bắt đầu ngày 11/10/2025".
    /// </summary>
    /// <returns>The text (the same under every culture).</returns>
    public override string ToString() =>
        System == DocumentSystem.State
            ? "Nghị định 30/2020/NĐ-CP: số văn bản ghi từ 01 theo từng năm"
            : "Hướng dẫn 36-HD/VPTW: số văn bản ghi liên tục từ 01 trong một nhiệm kỳ cấp ủy; nhiệm kỳ bắt đầu ngày "
                + string.Join(", ", _termStarts.Select(start => VietnameseDates.FormatDayMonthYear(start.Date)));

    /// <summary>Whether documents issued on two ISO dates share a counter period.</summary>
    internal bool SamePeriod(LocalDate first, LocalDate second) =>
        System == DocumentSystem.State ? first.Year == second.Year : TermIndex(first) == TermIndex(second);

    /// <summary>Throws unless <paramref name="number"/> is of this rule's system.</summary>
    internal void CheckSystem(DocumentNumber number, string paramName)
    {
        if (number.System != System)
        {
            throw new ArgumentException(System == DocumentSystem.Party
                ? Messages.Pick(
                    Messages.Format("Số văn bản {0} của tham số '{1}' là số văn bản nhà nước (có dấu hai chấm và gạch chéo), nhưng quy tắc đánh số là của Đảng (Hướng dẫn 36-HD/VPTW, dạng \"Số 45-BC/BDVTU\"); không trộn số văn bản của Đảng và của Nhà nước trong một bộ đếm.", Messages.Quote(number.ToString()), paramName),
                    Messages.Format("The document number {0} of argument '{1}' is a state number (colon and slash), but the numbering rule is the Party's (Hướng dẫn 36-HD/VPTW, \"Số 45-BC/BDVTU\"); do not mix Party and state numbers in one counter.", Messages.Quote(number.ToString()), paramName))
                : Messages.Pick(
                    Messages.Format("Số văn bản {0} của tham số '{1}' là số văn bản của Đảng (gạch nối, không có dấu hai chấm), nhưng quy tắc đánh số là của Nhà nước (Nghị định 30/2020/NĐ-CP, dạng \"Số: 15/QĐ-BNV\"); không trộn số văn bản của Đảng và của Nhà nước trong một bộ đếm.", Messages.Quote(number.ToString()), paramName),
                    Messages.Format("The document number {0} of argument '{1}' is a Party number (hyphen, no colon), but the numbering rule is the state's (Nghị định 30/2020/NĐ-CP, \"Số: 15/QĐ-BNV\"); do not mix Party and state numbers in one counter.", Messages.Quote(number.ToString()), paramName)),
                paramName);
        }
    }

    /// <summary>The next number after <paramref name="lastNumber"/> (already checked), both dates in the ISO calendar.</summary>
    internal int Next(int lastNumber, LocalDate lastIssuedOn, LocalDate issuedOn, string issuedOnName)
    {
        CheckOrder(lastNumber, lastIssuedOn, issuedOn, issuedOnName);
        if (!SamePeriod(lastIssuedOn, issuedOn))
        {
            return 1;
        }

        if (lastNumber >= DocumentNumber.MaxNumber)
        {
            throw new InvalidOperationException(Messages.Pick(
                Messages.Format("Bộ đếm đã cấp đến số {0}, số lớn nhất được hỗ trợ, và ngày {1} vẫn thuộc {2}; không còn số để cấp.", lastNumber, VietnameseDates.FormatNumeric(issuedOn), PeriodOf(issuedOn)),
                Messages.Format("The counter has reached {0}, the largest supported number, and {1} is still in {2}; no number is left to give.", lastNumber, VietnameseDates.FormatNumeric(issuedOn), PeriodOf(issuedOn))));
        }

        return lastNumber + 1;
    }

    /// <summary>Throws unless <paramref name="issuedOn"/> is on or after <paramref name="lastIssuedOn"/> (both ISO).</summary>
    internal static void CheckOrder(int lastNumber, LocalDate lastIssuedOn, LocalDate issuedOn, string issuedOnName)
    {
        if (issuedOn < lastIssuedOn)
        {
            string shown = VietnameseDates.FormatNumeric(issuedOn);
            string last = VietnameseDates.FormatNumeric(lastIssuedOn);
            throw new ArgumentOutOfRangeException(issuedOnName, shown, Messages.Pick(
                Messages.Format("Ngày ban hành {0} của tham số '{1}' trước ngày {2} của văn bản số {3} đã cấp gần nhất; số văn bản được cấp theo thứ tự ban hành, nên ngày ban hành phải từ {2} trở đi.", shown, issuedOnName, last, lastNumber),
                Messages.Format("The issue date {0} of argument '{1}' is before {2}, the date of the last issued number {3}; numbers are given in the order documents are issued, so the issue date must be {2} or later.", shown, issuedOnName, last, lastNumber)));
        }
    }

    /// <summary>How many term starts fall on or before <paramref name="date"/>: 0 before the first start.</summary>
    private int TermIndex(LocalDate date)
    {
        int low = 0;
        int high = _termStarts.Length;
        while (low < high)
        {
            int middle = low + ((high - low) / 2);
            if (_termStarts[middle].Date <= date)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}
