using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using DanVan.Reporting.Internal;
using NodaTime;

namespace DanVan.Reporting;

/// <summary>
/// A document's number and symbol ("số và ký hiệu văn bản"): the registration number given by the clerical office
/// ("văn thư") plus the abbreviations of the document kind and of the issuer, printed under the issuer's name, e.g.
/// "Số 45-BC/BDVTU" (Party) or "Số: 15/QĐ-BNV" (state).
/// </summary>
/// <remarks>
/// <para>
/// Party documents (Hướng dẫn 36-HD/VPTW, <see cref="DocumentSystem.Party"/>) write <c>Số &lt;n&gt;-&lt;KIND&gt;/&lt;ISSUER&gt;</c>: no colon
/// after "Số", a hyphen between number and kind, a slash before the issuer ("Số 36-HD/VPTW"). Numbers run from 01 for
/// each kind within a committee's term (nhiệm kỳ).
/// </para>
/// <para>
/// State documents (Nghị định 30/2020/NĐ-CP, <see cref="DocumentSystem.State"/>) write <c>Số: &lt;n&gt;/&lt;KIND&gt;-&lt;ISSUER&gt;</c>
/// with a colon and a slash ("Số: 15/QĐ-BNV"); numbers restart every calendar year and numbers below 10 take a leading
/// zero. A công văn has no kind code: its symbol is the issuing body and unit ("Số: 05/BNV-VP"). Legal documents put
/// the year of issue after the number ("Số: 09/2019/NĐ-CP").
/// </para>
/// <para>
/// Equality compares every property; codes are compared ordinally. Kind codes found in <see cref="DocumentKind"/> are
/// stored in the table's spelling ("ctr" becomes "CTr"); issuer codes are kept as given. Immutable and thread-safe.
/// </para>
/// </remarks>
public sealed class DocumentNumber : IEquatable<DocumentNumber>
{
    /// <summary>The largest document number accepted (the smallest is 1).</summary>
    public const int MaxNumber = 999_999;

    private const int MinYear = 1000;
    private const int MaxYear = 9999;

    internal DocumentNumber(DocumentSystem system, int number, int? year, string? kindCode, string issuerCode)
    {
        System = system;
        Number = number;
        Year = year;
        KindCode = kindCode;
        IssuerCode = issuerCode;
    }

    /// <summary>The system whose rules the number follows; it decides how <see cref="ToString()"/> writes it.</summary>
    public DocumentSystem System { get; }

    /// <summary>The registration number, from 1 to <see cref="MaxNumber"/>.</summary>
    public int Number { get; }

    /// <summary>The year of issue written inside a state legal document's number (2019 in "Số: 09/2019/NĐ-CP"); otherwise null.</summary>
    public int? Year { get; }

    /// <summary>
    /// The abbreviation of the document kind ("BC", "QĐ", "NĐ"), or null for a state công văn, whose symbol is only the
    /// issuer ("Số: 05/BNV-VP"), and for a legal document numbered without one ("Số: 45/2019/QH14").
    /// </summary>
    public string? KindCode { get; }

    /// <summary>The abbreviation of the issuer and, if any, its unit: "BDVTU", "UBND", "BNV-VP", "TWĐTN-VP".</summary>
    public string IssuerCode { get; }

    /// <summary>
    /// The kinds ("tên loại") that <see cref="KindCode"/> stands for, from <see cref="DocumentKind"/>: usually one; two
    /// for the Party "QĐ" ("Quyết định" and "Quy định"); "Công văn" for a state number with neither kind code nor year;
    /// none when the code is not in the table (e.g. "NĐ", whose kind, Nghị định, is a legal document outside Phụ lục III).
    /// </summary>
    public IReadOnlyList<DocumentKind> Kinds =>
        KindCode is not null ? DocumentKind.FindByCode(KindCode, System)
        : System == DocumentSystem.State && Year is null ? [DocumentKind.CongVan]
        : [];

    /// <summary>Creates a Party document number, "Số 45-BC/BDVTU".</summary>
    /// <param name="number">The registration number, 1 to <see cref="MaxNumber"/>.</param>
    /// <param name="kindCode">The kind abbreviation, letters and digits only, e.g. "BC" (see <see cref="DocumentKind"/>).</param>
    /// <param name="issuerCode">The issuer abbreviation: groups of letters and digits joined by hyphens, e.g. "BDVTU", "TWĐTN-VP".</param>
    /// <returns>The number.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="number"/> is outside 1 to <see cref="MaxNumber"/>.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="kindCode"/> or <paramref name="issuerCode"/> is null.</exception>
    /// <exception cref="ArgumentException">A code is blank or contains other characters.</exception>
    public static DocumentNumber Party(int number, string kindCode, string issuerCode)
    {
        CheckNumber(number);
        CheckKindCode(kindCode);
        CheckIssuerCode(issuerCode);
        return new DocumentNumber(DocumentSystem.Party, number, null, CanonicalKindCode(kindCode, DocumentSystem.Party), issuerCode);
    }

    /// <summary>Creates a state document number: "Số: 15/QĐ-BNV", a công văn "Số: 05/BNV-VP", a legal document "Số: 09/2019/NĐ-CP".</summary>
    /// <param name="number">The registration number, 1 to <see cref="MaxNumber"/>.</param>
    /// <param name="kindCode">
    /// The kind abbreviation, or null for a công văn. Without <paramref name="year"/> it must be a code of Nghị định
    /// 30/2020 Phụ lục III (any letter case), because "Số: 05/XYZ-BNV" would otherwise read as a công văn of unit XYZ-BNV.
    /// </param>
    /// <param name="issuerCode">The issuer abbreviation, with its unit for a công văn: "BNV", "BNV-VP", "UBND-VX".</param>
    /// <param name="year">The year of issue of a legal document, 1000 to 9999, or null.</param>
    /// <returns>The number.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="number"/> or <paramref name="year"/> is out of range.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="issuerCode"/> is null.</exception>
    /// <exception cref="ArgumentException">A code is blank, contains other characters, or the number would read back differently.</exception>
    public static DocumentNumber State(int number, string? kindCode, string issuerCode, int? year = null)
    {
        CheckNumber(number);
        if (year is int y)
        {
            Preconditions.CheckRange(y, MinYear, MaxYear, nameof(year), "năm ban hành", "year of issue");
        }

        if (kindCode is not null)
        {
            CheckKindCode(kindCode);
        }

        CheckIssuerCode(issuerCode);
        if (kindCode is not null && year is null && !DocumentKind.TryFindByCode(kindCode, DocumentSystem.State, out _))
        {
            throw new ArgumentException(Messages.Pick(
                Messages.Format("Ký hiệu tên loại {0} không có trong Phụ lục III Nghị định 30/2020/NĐ-CP; khi không có năm, \"{1:00}/{3}-{2}\" sẽ được hiểu là công văn của đơn vị \"{3}-{2}\". Hãy dùng mã trong DocumentKind, truyền năm ban hành, hoặc truyền kindCode = null và issuerCode = \"{3}-{2}\".", Messages.Quote(kindCode), number, issuerCode, kindCode),
                Messages.Format("The kind code {0} is not in Nghị định 30/2020/NĐ-CP Phụ lục III; without a year, \"{1:00}/{3}-{2}\" reads as a công văn of unit \"{3}-{2}\". Use a code of DocumentKind, pass the year of issue, or pass kindCode = null and issuerCode = \"{3}-{2}\".", Messages.Quote(kindCode), number, issuerCode, kindCode)),
                nameof(kindCode));
        }

        if (kindCode is null && year is null && DocumentKind.TryFindByCode(DocumentSymbolText.FirstGroup(issuerCode), DocumentSystem.State, out _))
        {
            throw new ArgumentException(Messages.Pick(
                Messages.Format("Ký hiệu cơ quan {0} bắt đầu bằng một ký hiệu tên loại của Nghị định 30/2020/NĐ-CP; hãy truyền ký hiệu đó qua tham số kindCode.", Messages.Quote(issuerCode)),
                Messages.Format("The issuer code {0} starts with a kind code of Nghị định 30/2020/NĐ-CP; pass that code as kindCode.", Messages.Quote(issuerCode))),
                nameof(issuerCode));
        }

        if (kindCode is null && year is not null && issuerCode.Contains('-', StringComparison.Ordinal))
        {
            throw new ArgumentException(Messages.Pick(
                Messages.Format("Khi có năm ban hành, nhóm đầu của ký hiệu {0} là ký hiệu tên loại; hãy truyền nó qua tham số kindCode.", Messages.Quote(issuerCode)),
                Messages.Format("With a year of issue, the first group of the symbol {0} is the kind code; pass it as kindCode.", Messages.Quote(issuerCode))),
                nameof(issuerCode));
        }

        string? kind = kindCode is null ? null : CanonicalKindCode(kindCode, DocumentSystem.State);
        return new DocumentNumber(DocumentSystem.State, number, year, kind, issuerCode);
    }

    /// <summary>
    /// Reads a document number, finding the system from its shape: a hyphen after the number means Party
    /// ("Số 45-BC/BDVTU"), a slash means state ("Số: 15/QĐ-BNV", "Số: 05/BNV-VP", "Số: 09/2019/NĐ-CP").
    /// </summary>
    /// <remarks>
    /// Tolerates "Số:", "Số", "số", "SỐ", "So" or no prefix at all, NFD input, leading zeros, and spaces around the
    /// hyphens and slashes ("367 - QĐ/TWĐTN-VP"). A Party-shaped number written with a colon ("Số: 66-QĐ/TW", as in
    /// some web transcriptions) is read as Party. In a state symbol without a year, the first group is the kind code
    /// only when it is in Nghị định 30/2020 Phụ lục III; otherwise the whole symbol is a công văn's issuer.
    /// </remarks>
    /// <param name="text">The text to read.</param>
    /// <returns>The number.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a document number; the message quotes it and lists the accepted forms.</exception>
    public static DocumentNumber Parse(string text)
    {
        Preconditions.CheckNotNull(text, nameof(text));
        return DocumentNumberParser.TryParse(text, out DocumentNumber? result, out DocumentNumberParser.Failure failure)
            ? result
            : throw DocumentNumberParser.CreateException(text, failure);
    }

    /// <summary>Reads a document number like <see cref="Parse"/>, without throwing.</summary>
    /// <param name="text">The text to read; may be null.</param>
    /// <param name="result">The number read, or null.</param>
    /// <returns>True when <paramref name="text"/> is a document number; false otherwise, including for null.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out DocumentNumber? result)
    {
        result = null;
        return text is not null && DocumentNumberParser.TryParse(text, out result, out _);
    }

    /// <summary>
    /// Writes the number in the canonical form of its system, numbers below 10 with a leading zero:
    /// "Số 45-BC/BDVTU", "Số 05-BC/BDVTU", "Số: 15/QĐ-BNV", "Số: 05/BNV-VP", "Số: 09/2019/NĐ-CP".
    /// </summary>
    /// <returns>The number and symbol as printed under the issuer's name.</returns>
    public override string ToString() => ToString(padSingleDigit: true);

    /// <summary>Writes the number in the canonical form of its system, choosing whether 1–9 take a leading zero.</summary>
    /// <remarks>
    /// Nghị định 30/2020 requires the zero in state numbers ("những số nhỏ hơn 10 phải ghi thêm số 0 phía trước"). For
    /// Party numbers 36-HD/VPTW says numbering runs "từ số 01", which shows the zero for 1; whether 2–9 take it is
    /// UNVERIFIED, hence this option. <see cref="Parse"/> reads both forms.
    /// </remarks>
    /// <param name="padSingleDigit">True to write 1–9 as "01"–"09"; false to write them as "1"–"9".</param>
    /// <returns>The number and symbol, e.g. "Số 5-BC/BDVTU" when <paramref name="padSingleDigit"/> is false.</returns>
    public string ToString(bool padSingleDigit) =>
        (System == DocumentSystem.Party ? "Số " : "Số: ") + ToCitationString(padSingleDigit);

    /// <summary>
    /// Writes the number line of a draft ("dự thảo"), whose number is given by the clerk ("văn thư") when the document is
    /// issued: the counter is left blank and the rest kept, "Số      -BC/BDVTU" (Party) or "Số:      /BC-UBND" (state).
    /// </summary>
    /// <returns>The number line with six spaces in place of the counter.</returns>
    public string ToBlankCounterString()
    {
        const string Blank = "      ";
        if (System == DocumentSystem.Party)
        {
            return "Số " + Blank + "-" + KindCode + "/" + IssuerCode;
        }

        string year = Year is int y ? y.ToString(CultureInfo.InvariantCulture) + "/" : "";
        string kind = KindCode is null ? "" : KindCode + "-";
        return "Số: " + Blank + "/" + year + kind + IssuerCode;
    }

    /// <summary>
    /// Writes the number and symbol without "Số", as cited in running text after the kind and "số":
    /// "45-BC/BDVTU" in "Báo cáo số 45-BC/BDVTU", "09/2019/NĐ-CP" in "Nghị định số 09/2019/NĐ-CP".
    /// </summary>
    /// <param name="padSingleDigit">True (the default) to write 1–9 with a leading zero; see <see cref="ToString(bool)"/>.</param>
    /// <returns>The number and symbol.</returns>
    public string ToCitationString(bool padSingleDigit = true)
    {
        string number = Number.ToString(padSingleDigit ? "00" : "0", CultureInfo.InvariantCulture);
        if (System == DocumentSystem.Party)
        {
            return number + "-" + KindCode + "/" + IssuerCode;
        }

        string year = Year is int y ? y.ToString(CultureInfo.InvariantCulture) + "/" : "";
        string kind = KindCode is null ? "" : KindCode + "-";
        return number + "/" + year + kind + IssuerCode;
    }

    /// <summary>Whether two numbers are equal in system, number, year, kind code and issuer code.</summary>
    /// <param name="left">The first number, or null.</param>
    /// <param name="right">The second number, or null.</param>
    /// <returns>True when both are null or equal.</returns>
    public static bool operator ==(DocumentNumber? left, DocumentNumber? right) =>
        left is null ? right is null : left.Equals(right);

    /// <summary>Whether two numbers differ (see <see cref="op_Equality"/>).</summary>
    /// <param name="left">The first number, or null.</param>
    /// <param name="right">The second number, or null.</param>
    /// <returns>True when they differ.</returns>
    public static bool operator !=(DocumentNumber? left, DocumentNumber? right) => !(left == right);

    /// <summary>Whether this number equals <paramref name="other"/> in every property (codes compared ordinally).</summary>
    /// <param name="other">The other number, or null.</param>
    /// <returns>True when equal.</returns>
    public bool Equals(DocumentNumber? other) =>
        other is not null
        && System == other.System
        && Number == other.Number
        && Year == other.Year
        && string.Equals(KindCode, other.KindCode, StringComparison.Ordinal)
        && string.Equals(IssuerCode, other.IssuerCode, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as DocumentNumber);

    /// <inheritdoc/>
    public override int GetHashCode() =>
        HashCode.Combine(
            System,
            Number,
            Year,
            KindCode is null ? 0 : StringComparer.Ordinal.GetHashCode(KindCode),
            StringComparer.Ordinal.GetHashCode(IssuerCode));

    /// <summary>
    /// This number's kind, issuer and system with another registration number: the counter's next document. A state legal
    /// document's year becomes the year of <paramref name="issuedOn"/>.
    /// </summary>
    internal DocumentNumber WithNumber(int number, LocalDate issuedOn) =>
        Year is null
            ? new DocumentNumber(System, number, null, KindCode, IssuerCode)
            : State(number, KindCode, IssuerCode, issuedOn.Year);

    /// <summary>The table's spelling of a kind code ("ctr" → "CTr"), or the code as given when the table lacks it.</summary>
    internal static string CanonicalKindCode(string kindCode, DocumentSystem system) =>
        DocumentKind.TryFindByCode(kindCode, system, out DocumentKind? kind) ? kind.CodeIn(system)! : kindCode;

    private static void CheckNumber(int number) =>
        Preconditions.CheckRange(number, 1, MaxNumber, nameof(number), "số văn bản", "document number");

    private static void CheckKindCode(string kindCode)
    {
        Preconditions.CheckNotBlank(kindCode, nameof(kindCode), "ký hiệu tên loại văn bản", "document kind code");
        if (!DocumentSymbolText.IsCode(kindCode))
        {
            throw new ArgumentException(Messages.Pick(
                Messages.Format("Ký hiệu tên loại văn bản {0} chỉ được gồm chữ cái và chữ số, không dấu cách, gạch nối hay gạch chéo (ví dụ \"BC\", \"QĐ\", \"CTr\").", Messages.Quote(kindCode)),
                Messages.Format("The document kind code {0} must be letters and digits only, without spaces, hyphens or slashes (e.g. \"BC\", \"QĐ\", \"CTr\").", Messages.Quote(kindCode))),
                nameof(kindCode));
        }
    }

    private static void CheckIssuerCode(string issuerCode)
    {
        Preconditions.CheckNotBlank(issuerCode, nameof(issuerCode), "ký hiệu cơ quan ban hành", "issuer code");
        if (!DocumentSymbolText.IsIssuer(issuerCode))
        {
            throw new ArgumentException(Messages.Pick(
                Messages.Format("Ký hiệu cơ quan ban hành {0} phải gồm các nhóm chữ cái, chữ số nối bằng một dấu gạch nối (-), không dấu cách (ví dụ \"UBND\", \"BNV-VP\").", Messages.Quote(issuerCode)),
                Messages.Format("The issuer code {0} must be groups of letters and digits joined by single hyphens (-), without spaces (e.g. \"UBND\", \"BNV-VP\").", Messages.Quote(issuerCode))),
                nameof(issuerCode));
        }
    }
}
