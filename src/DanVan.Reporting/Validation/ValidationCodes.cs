namespace DanVan.Reporting;

/// <summary>
/// The stable codes of <see cref="ValidationError.Code"/>. Codes never change meaning and are never reused; messages
/// may be reworded.
/// </summary>
public static class ValidationCodes
{
    /// <summary>A required value is missing: null, or an empty or blank text ([Required]).</summary>
    public const string Required = "required";

    /// <summary>A number is outside its range ([Range], [Percent] without a range is not checked).</summary>
    public const string Range = "range";

    /// <summary>A number is not finite (NaN or infinity).</summary>
    public const string NotFinite = "not-finite";

    /// <summary>A text is shorter or longer than allowed ([StringLength]).</summary>
    public const string StringLength = "string-length";

    /// <summary>A text or list is shorter than allowed ([MinLength]).</summary>
    public const string MinLength = "min-length";

    /// <summary>A text or list is longer than allowed ([MaxLength]).</summary>
    public const string MaxLength = "max-length";

    /// <summary>A text does not match its pattern ([RegularExpression]).</summary>
    public const string Pattern = "pattern";

    /// <summary>A date is outside the report's period or data window ([InPeriod]).</summary>
    public const string InPeriod = "in-period";

    /// <summary>The report's <c>Period</c> is not of the kind its [Report] attribute declares.</summary>
    public const string PeriodKind = "period-kind";

    /// <summary>
    /// Nested records go deeper than <c>ValidationContext.MaxNesting</c> levels or number more than
    /// <c>ValidationContext.MaxVisits</c> (a cycle or a shared subtree in the data): the rest is not validated, and
    /// rendering stops at the same place with a note. Reported once per validation.
    /// </summary>
    public const string NestingLimit = "nesting-limit";

    /// <summary>
    /// Error from <see cref="LayoutProfile.Check"/>: a profile text is unusable as is: a <see cref="LayoutProfile.FontFamily"/>
    /// that is not a plain font name of at most 31 characters, or a line break or control character in the name, the
    /// source, the body ending, the letter subject prefix or a header line. Writers substitute or drop it.
    /// </summary>
    public const string ProfileText = "profile-text";

    // Document checks (DocumentInfo.Validate). Each code is always an error or always a warning, as its summary says:
    // errors go to DocumentCheck.Errors, warnings to DocumentCheck.Warnings. Missing components use Required.

    /// <summary>
    /// Error: a date line given as text (<see cref="DocumentInfo.DateLineText"/>) breaks the padding rule (day below 10 and
    /// months 1, 2 with a leading zero, the year in full; Nghị định 30/2020/NĐ-CP Phụ lục I, Mục II khoản 4 b), has no
    /// readable date, or does not start with the place and a comma.
    /// </summary>
    public const string DocumentDateLine = "document-date-line";

    /// <summary>Error: the date in <see cref="DocumentInfo.DateLineText"/> is not <see cref="DocumentInfo.Date"/>.</summary>
    public const string DocumentDateMismatch = "document-date-mismatch";

    /// <summary>
    /// Error: a signature prefix without the body signed for ("T/M" alone), or a body signed for without a prefix (a head
    /// signing directly writes only the position).
    /// </summary>
    public const string DocumentSignedFor = "document-signed-for";

    /// <summary>
    /// Warning: a signature prefix the layout does not use, e.g. the state "KT." in a Party document, which writes "K/T"
    /// (36-HD/VPTW Điểm 1.7; Nghị định 30/2020/NĐ-CP Phụ lục I, Mục II khoản 7). A warning, not an error: organisations
    /// that follow the Party style (Đoàn, mass organisations) are attested using state forms.
    /// </summary>
    public const string DocumentSignaturePrefix = "document-signature-prefix";

    /// <summary>
    /// Warning: the document number is of the other system than the layout: a Party number "Số 45-BC/BDVTU" (no colon)
    /// in a state document, which writes "Số: 45/BC-UBND" (Nghị định 30/2020/NĐ-CP Phụ lục I, Mục II khoản 3), or a
    /// state number (colon, slash) in a Party document (36-HD/VPTW Điểm 1.3).
    /// </summary>
    public const string DocumentNumberSystem = "document-number-system";

    /// <summary>
    /// Warning: a district-level issuer (Huyện ủy, UBND huyện, a body of a quận or thị xã, or <see cref="IssuerLevel.District"/>)
    /// on a document dated on or after <see cref="AdministrativeChanges.TwoLevelLocalGovernment"/> (1/7/2025), when local
    /// government has two levels and no district level.
    /// </summary>
    public const string DocumentDistrictIssuer = "document-district-issuer";

    /// <summary>
    /// Warning: an issuer named "Ban Dân vận" on a document dated on or after <see cref="AdministrativeChanges.DanVanMerger"/>
    /// (3/2/2025), when Ban Tuyên giáo and Ban Dân vận merged into Ban Tuyên giáo và Dân vận.
    /// </summary>
    public const string DocumentDanVanRenamed = "document-dan-van-renamed";

    /// <summary>Warning: the document has no recipients ("nơi nhận", a mandatory component of both formats).</summary>
    public const string DocumentRecipients = "document-recipients";

    /// <summary>
    /// Warning: a document laid out under a state profile (Nghị định 30/2020/NĐ-CP) whose issuer is a Party body
    /// (Thành ủy, Đảng ủy, Ban Dân vận, Khối Dân vận, …): Party bodies issue under 36-HD/VPTW.
    /// </summary>
    public const string DocumentPartyIssuerState = "document-party-issuer-state";

    /// <summary>
    /// Warning: a state báo cáo, tờ trình or công văn without "Kính gửi:" addressees (needed when it goes to a superior),
    /// or with addressees but no "- Như trên;" line under "Nơi nhận:" (Nghị định 30/2020/NĐ-CP Phụ lục I).
    /// </summary>
    public const string DocumentAddressees = "document-addressees";
}
