using DanVan.Reporting.Internal;
using NodaTime;

namespace DanVan.Reporting;

/// <summary>
/// The register of outgoing documents ("sổ đăng ký văn bản đi") kept by the clerical office ("văn thư"), reduced to what
/// numbering needs: the last number issued by each counter — one counter per document kind and per issuer — and the
/// <see cref="NumberingRule"/> that says when counters restart. Gives the next number for a new document.
/// </summary>
/// <remarks>
/// <para>
/// A counter is identified by the kind code and the issuer code of its numbers ("BC" and "BDVTU" in "Số 45-BC/BDVTU";
/// for a state công văn, no kind code and the issuer with its unit, "BNV-VP"). Kind codes are matched in the spelling of
/// <see cref="DocumentKind"/> ("ctr" is "CTr"); issuer codes ordinally, as given. A counter with nothing recorded starts
/// at 01. Hướng dẫn 36-HD/VPTW says Party numbers run "cho mỗi tên loại văn bản" (per kind); Nghị định 30/2020/NĐ-CP says
/// only that state numbers run within a year, and lets each body organise its registration: counting state numbers per
/// kind too is the SDK's choice.
/// </para>
/// <para>
/// Entries are recorded in the order documents were issued: for each counter, an entry may not be dated before the
/// counter's last entry, and within one <see cref="NumberingPeriod"/> its number must be greater than the last one (gaps
/// are allowed: a number may have been reserved or cancelled). The first number recorded in a new period may be any
/// number, so a register can start from the middle of a year or a term.
/// </para>
/// <para>
/// Immutable and thread-safe: <c>With…</c> methods return a new register. Two users of one register who both ask for
/// <see cref="NextNumber"/> get the same number; reserving numbers across users is the caller's storage's job.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// var register = new DocumentRegister(NumberingRule.Party(PartyTermStart.AfterCongress(new LocalDate(2025, 10, 10))))
///     .WithIssued(DocumentNumber.Party(187, "BC", "BDVTU"), new LocalDate(2025, 10, 3));
/// register.NextNumber("BC", "BDVTU", new LocalDate(2025, 10, 11)).ToString();   // "Số 01-BC/BDVTU" (new term)
/// </code>
/// </example>
public sealed class DocumentRegister
{
    private readonly Dictionary<CounterKey, IssuedNumber> _last;

    /// <summary>Creates an empty register: every counter starts at 01.</summary>
    /// <param name="rule">When counters restart: <see cref="NumberingRule.State"/> or a <see cref="NumberingRule.Party(PartyTermStart[])"/> rule.</param>
    /// <exception cref="ArgumentNullException"><paramref name="rule"/> is null.</exception>
    public DocumentRegister(NumberingRule rule)
        : this(Preconditions.CheckNotNull(rule, nameof(rule)), [])
    {
    }

    private DocumentRegister(NumberingRule rule, Dictionary<CounterKey, IssuedNumber> last)
    {
        Rule = rule;
        _last = last;
        LastIssued = Array.AsReadOnly(
            last.Values
                .OrderBy(entry => entry.Number.IssuerCode, StringComparer.Ordinal)
                .ThenBy(entry => entry.Number.KindCode, StringComparer.Ordinal)
                .ToArray());
    }

    /// <summary>When counters restart.</summary>
    public NumberingRule Rule { get; }

    /// <summary>The last entry of every counter, ordered by issuer code, then kind code (ordinal); save these to rebuild the register with <see cref="From"/>.</summary>
    public IReadOnlyList<IssuedNumber> LastIssued { get; }

    /// <summary>
    /// A register built from issued numbers, in any order: entries are sorted by issue date, then by number, and recorded
    /// as by <see cref="WithIssued(IssuedNumber)"/>.
    /// </summary>
    /// <param name="rule">When counters restart.</param>
    /// <param name="issued">The issued numbers, e.g. read from the register book or a database; all of <paramref name="rule"/>'s system.</param>
    /// <returns>The register.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rule"/> or <paramref name="issued"/> is null, or <paramref name="issued"/> contains null.</exception>
    /// <exception cref="ArgumentException">An entry is of the other system, or repeats or goes back on its counter's number within one period.</exception>
    public static DocumentRegister From(NumberingRule rule, IEnumerable<IssuedNumber> issued)
    {
        Preconditions.CheckNotNull(rule, nameof(rule));
        Preconditions.CheckNotNull(issued, nameof(issued));
        IssuedNumber[] entries = [.. issued];
        foreach (IssuedNumber entry in entries)
        {
            Preconditions.CheckNotNull(entry, nameof(issued));
        }

        var last = new Dictionary<CounterKey, IssuedNumber>();
        foreach (IssuedNumber entry in entries.OrderBy(e => e.IssuedOn).ThenBy(e => e.Number.Number))
        {
            Record(rule, last, entry, nameof(issued));
        }

        return new DocumentRegister(rule, last);
    }

    /// <summary>The last entry of a counter, or null when nothing is recorded for it.</summary>
    /// <param name="kindCode">The kind code ("BC", any letter case for codes of <see cref="DocumentKind"/>), or null for a state công văn.</param>
    /// <param name="issuerCode">The issuer code, exactly as in the numbers ("BDVTU", "BNV-VP").</param>
    /// <returns>The entry, or null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="issuerCode"/> is null.</exception>
    public IssuedNumber? LastIssuedOf(string? kindCode, string issuerCode)
    {
        Preconditions.CheckNotNull(issuerCode, nameof(issuerCode));
        return _last.GetValueOrDefault(KeyOf(kindCode, issuerCode, Rule.System));
    }

    /// <summary>
    /// The number and symbol for a document of the kind and issuer given, issued on <paramref name="issuedOn"/>: 01 when
    /// the counter has nothing recorded or its last entry lies in an earlier <see cref="NumberingPeriod"/>, else the last
    /// number plus one. Does not record it: call <see cref="WithIssued(DocumentNumber, LocalDate)"/> once the number is used.
    /// </summary>
    /// <param name="kindCode">The kind code ("BC"); null only for a state công văn, whose symbol is the issuer and unit.</param>
    /// <param name="issuerCode">The issuer code ("BDVTU", "UBND", "BNV-VP").</param>
    /// <param name="issuedOn">The issue date, on or after the counter's last entry; a date in another calendar is converted to the ISO calendar.</param>
    /// <returns>The document number.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="issuerCode"/> is null, or <paramref name="kindCode"/> is null under a Party rule.</exception>
    /// <exception cref="ArgumentException">A code is malformed (see <see cref="DocumentNumber.Party"/> and <see cref="DocumentNumber.State"/>).</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="issuedOn"/> is before the counter's last entry.</exception>
    /// <exception cref="InvalidOperationException">The counter reached <see cref="DocumentNumber.MaxNumber"/> in the current period.</exception>
    public DocumentNumber NextNumber(string? kindCode, string issuerCode, LocalDate issuedOn)
    {
        Preconditions.CheckNotNull(issuerCode, nameof(issuerCode));
        LocalDate date = issuedOn.WithCalendar(CalendarSystem.Iso);
        if (_last.TryGetValue(KeyOf(kindCode, issuerCode, Rule.System), out IssuedNumber? last))
        {
            int number = Rule.Next(last.Number.Number, last.IssuedOn, date, nameof(issuedOn));
            return last.Number.WithNumber(number, date);
        }

        return Rule.System == DocumentSystem.Party
            ? DocumentNumber.Party(1, kindCode!, issuerCode)
            : DocumentNumber.State(1, kindCode, issuerCode);
    }

    /// <summary>This register with one more issued number recorded (it becomes its counter's last entry).</summary>
    /// <param name="number">The number given; of <see cref="Rule"/>'s system.</param>
    /// <param name="issuedOn">Its issue date; a date in another calendar is converted to the ISO calendar.</param>
    /// <returns>The new register.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="number"/> is null.</exception>
    /// <exception cref="ArgumentException">The number is of the other system, or is not greater than its counter's last number in the same period.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="issuedOn"/> is before the counter's last entry.</exception>
    public DocumentRegister WithIssued(DocumentNumber number, LocalDate issuedOn) => WithIssued(new IssuedNumber(number, issuedOn));

    /// <summary>This register with one more issued number recorded (see <see cref="WithIssued(DocumentNumber, LocalDate)"/>).</summary>
    /// <param name="issued">The entry.</param>
    /// <returns>The new register.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="issued"/> is null.</exception>
    /// <exception cref="ArgumentException">The number is of the other system, or is not greater than its counter's last number in the same period.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The entry is dated before its counter's last entry.</exception>
    public DocumentRegister WithIssued(IssuedNumber issued)
    {
        Preconditions.CheckNotNull(issued, nameof(issued));
        var last = new Dictionary<CounterKey, IssuedNumber>(_last);
        Record(Rule, last, issued, nameof(issued));
        return new DocumentRegister(Rule, last);
    }

    /// <summary>This register's entries under another rule, e.g. the same Party rule with the new term's start added.</summary>
    /// <param name="rule">The new rule; every recorded number must be of its system.</param>
    /// <returns>The new register.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rule"/> is null.</exception>
    /// <exception cref="ArgumentException">A recorded number is of the other system.</exception>
    public DocumentRegister WithRule(NumberingRule rule)
    {
        Preconditions.CheckNotNull(rule, nameof(rule));
        foreach (IssuedNumber entry in LastIssued)
        {
            rule.CheckSystem(entry.Number, nameof(rule));
        }

        return new DocumentRegister(rule, _last);
    }

    /// <summary>The rule and the number of counters, e.g. "Nghị định 30/2020/NĐ-CP: số văn bản ghi từ 01 theo từng năm; 3 bộ đếm".</summary>
    /// <returns>The text (the same under every culture).</returns>
    public override string ToString() => Messages.Format("{0}; {1} bộ đếm", Rule, _last.Count);

    private static void Record(NumberingRule rule, Dictionary<CounterKey, IssuedNumber> last, IssuedNumber entry, string paramName)
    {
        DocumentNumber number = entry.Number;
        rule.CheckSystem(number, paramName);
        var key = new CounterKey(number.KindCode, number.IssuerCode);
        if (last.TryGetValue(key, out IssuedNumber? previous))
        {
            NumberingRule.CheckOrder(previous.Number.Number, previous.IssuedOn, entry.IssuedOn, paramName);
            if (rule.SamePeriod(previous.IssuedOn, entry.IssuedOn) && number.Number <= previous.Number.Number)
            {
                NumberingPeriod period = rule.PeriodOf(entry.IssuedOn);
                throw new ArgumentException(Messages.Pick(
                    Messages.Format("Số văn bản {0} ngày {1} không lớn hơn số {2} đã cấp ngày {3} trong cùng {4}; số văn bản của mỗi loại được ghi liên tục, tăng dần trong {5}.", Messages.Quote(number.ToString()), VietnameseDates.FormatNumeric(entry.IssuedOn), Messages.Quote(previous.Number.ToString()), VietnameseDates.FormatNumeric(previous.IssuedOn), period, rule.System == DocumentSystem.Party ? "một nhiệm kỳ cấp ủy (Hướng dẫn 36-HD/VPTW)" : "một năm (Nghị định 30/2020/NĐ-CP)"),
                    Messages.Format("The document number {0}, dated {1}, is not greater than {2}, dated {3}, in the same period ({4}); each kind's numbers run continuously upwards within {5}.", Messages.Quote(number.ToString()), VietnameseDates.FormatNumeric(entry.IssuedOn), Messages.Quote(previous.Number.ToString()), VietnameseDates.FormatNumeric(previous.IssuedOn), period, rule.System == DocumentSystem.Party ? "a committee's term (Hướng dẫn 36-HD/VPTW)" : "a year (Nghị định 30/2020/NĐ-CP)")),
                    paramName);
            }
        }

        last[key] = entry;
    }

    private static CounterKey KeyOf(string? kindCode, string issuerCode, DocumentSystem system) =>
        new(kindCode is null ? null : DocumentNumber.CanonicalKindCode(kindCode, system), issuerCode);

    private readonly record struct CounterKey(string? KindCode, string IssuerCode);
}
