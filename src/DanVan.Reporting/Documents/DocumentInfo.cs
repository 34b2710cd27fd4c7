using NodaTime;

namespace DanVan.Reporting;

/// <summary>
/// What makes a report an official document ("văn bản"): who issues it, its number, place and date, kind and subject,
/// who signs it and where it goes. The optional <c>Document</c> property of a report; without it, renderers write the
/// title and body only.
/// </summary>
/// <remarks>
/// <para>The parts, as the formats number them (36-HD/VPTW Mục II khoản 1; Nghị định 30/2020/NĐ-CP Phụ lục I):</para>
/// <list type="bullet">
/// <item>the header: "ĐẢNG CỘNG SẢN VIỆT NAM" (Party) or "Quốc hiệu và Tiêu ngữ" — the state's name and motto,
/// "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" / "Độc lập - Tự do - Hạnh phúc" — printed from the <see cref="Layout"/>;</item>
/// <item><see cref="Issuer"/>, the "cơ quan ban hành" (issuing body) and its parent;</item>
/// <item><see cref="Number"/>, the "số và ký hiệu";</item>
/// <item><see cref="Place"/> and <see cref="Date"/>, the "địa danh và ngày, tháng, năm" line;</item>
/// <item><see cref="KindName"/>, the "tên loại" ("BÁO CÁO"), and <see cref="Subject"/>, the "trích yếu" — the summary line
/// of what the document is about;</item>
/// <item><see cref="Signature"/>, the "thẩm quyền ký" (signing authority), position and name;</item>
/// <item><see cref="Recipients"/>, the "nơi nhận" (where copies go) and the "Kính gửi" addressees.</item>
/// </list>
/// <para>
/// Building one never throws; <see cref="Validate"/> reports what breaks the rules of the layout. Immutable; equality
/// compares every part.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// var document = new DocumentInfo
/// {
///     Issuer = new IssuingBody { Parent = "TỈNH ỦY KON TUM", Name = "BAN DÂN VẬN" },
///     Number = DocumentNumber.Parse("Số 45-BC/BDVTU"),
///     Place = "Kon Tum",
///     Date = new LocalDate(2024, 7, 2),
///     KindName = "BÁO CÁO",
///     Signature = new Signature { Prefix = SignaturePrefix.PartyDeputy, SignedFor = "TRƯỞNG BAN", Position = "PHÓ TRƯỞNG BAN", SignerName = "Nguyễn Văn A" },
///     Recipients = new Recipients { Lines = ["Ban Dân vận Trung ương", "Thường trực Tỉnh ủy"], Archive = "VT, BDV" },
/// };
/// </code>
/// </example>
public sealed record DocumentInfo
{
    private readonly LayoutProfile? _layout;

    /// <summary>The issuing body ("cơ quan ban hành") and its parent.</summary>
    public required IssuingBody Issuer { get; init; }

    /// <summary>The number and symbol ("số và ký hiệu"); its system chooses the default <see cref="Layout"/>.</summary>
    public required DocumentNumber Number { get; init; }

    /// <summary>The place name of the date line ("địa danh"): "Kon Tum", "Hà Nội", "Thành phố Hồ Chí Minh".</summary>
    public required string Place { get; init; }

    /// <summary>The date of issue.</summary>
    public required LocalDate Date { get; init; }

    /// <summary>
    /// The date line as printed, when it must differ from the one written from <see cref="Place"/> and <see cref="Date"/>:
    /// e.g. the blank "Kon Tum, ngày      tháng      năm 2024" of a draft to be dated by hand. Null (the default) prints
    /// <see cref="VietnameseDates.FormatDateLine"/>. Validation checks the text against the padding rule and the date.
    /// </summary>
    public string? DateLineText { get; init; }

    /// <summary>
    /// The kind name ("tên loại văn bản"), e.g. "BÁO CÁO", "KẾ HOẠCH", "TỜ TRÌNH"; <see cref="LetterKindName"/> ("CÔNG VĂN")
    /// for a letter, which prints no kind name and puts its trích yếu under the number (see <see cref="IsLetter"/>).
    /// </summary>
    public required string KindName { get; init; }

    /// <summary>The subject ("trích yếu"), e.g. "sơ kết công tác dân vận 6 tháng đầu năm 2024"; null to use the report's title.</summary>
    public string? Subject { get; init; }

    /// <summary>The signature block ("thẩm quyền ký", position, name).</summary>
    public required Signature Signature { get; init; }

    /// <summary>Where the document goes ("nơi nhận", "Kính gửi"); <see cref="Recipients.None"/> by default.</summary>
    public Recipients Recipients { get; init; } = Recipients.None;

    /// <summary>
    /// The layout profile; by default the shipped profile of the <see cref="Number"/>'s system
    /// (<see cref="LayoutProfile.Party2018"/> or <see cref="LayoutProfile.State2020"/>). Set it for a derived profile or
    /// for an organisation whose numbers and layout follow different systems.
    /// </summary>
    public LayoutProfile Layout
    {
        get => _layout ?? LayoutProfile.For(Number?.System ?? DocumentSystem.State);
        init => _layout = value;
    }

    /// <summary>
    /// The "chỉ dẫn về dự thảo văn bản" (draft note, 36-HD/VPTW box 11b), e.g. "Dự thảo" or "Dự thảo lần 2"; null (the
    /// default) for a document being issued. A draft prints the note in a box at the top right of page 1 (the position
    /// is UNVERIFIED: 36-HD/VPTW's layout diagram was not available), its number with the counter left blank for the
    /// clerk ("Số      -BC/BDVTU", see <see cref="DocumentNumber.ToBlankCounterString"/>) and, unless
    /// <see cref="DateLineText"/> says otherwise, the date line with the day and month left blank
    /// (<see cref="VietnameseDates.FormatBlankDateLine"/>).
    /// </summary>
    public string? DraftNote { get; init; }

    /// <summary>Whether the document is a draft: <see cref="DraftNote"/> is set.</summary>
    public bool IsDraft => !string.IsNullOrWhiteSpace(DraftNote);

    /// <summary>
    /// The date line as printed: <see cref="DateLineText"/> if set; for a draft, the blank date line
    /// ("Kon Tum, ngày      tháng      năm 2024"); else "Kon Tum, ngày 02 tháng 7 năm 2024".
    /// </summary>
    public string DateLine =>
        DateLineText
        ?? (IsDraft && !string.IsNullOrWhiteSpace(Place) ? VietnameseDates.FormatBlankDateLine(Place, Date.Year) : null)
        ?? (string.IsNullOrWhiteSpace(Place) ? VietnameseDates.FormatDate(Date) : VietnameseDates.FormatDateLine(Place, Date));

    /// <summary>The number line as the layout prints it: "Số 45-BC/BDVTU", "Số: 03/BC-UBND"; for a draft "Số      -BC/BDVTU".</summary>
    public string NumberLine => Number is null ? "" : IsDraft ? Number.ToBlankCounterString() : Layout.FormatNumber(Number);

    /// <summary>The kind name of a letter ("công văn"): a document without a printed kind name.</summary>
    public const string LetterKindName = "CÔNG VĂN";

    /// <summary>
    /// Whether the document is a công văn (an administrative letter): its <see cref="KindName"/> is "CÔNG VĂN" (in any
    /// case, with or without diacritics). A letter prints no tên loại; its trích yếu goes under the number in the left
    /// column, in the profile's <see cref="LayoutProfile.LetterSubjectStyle"/>, after
    /// <see cref="LayoutProfile.LetterSubjectPrefix"/> ("V/v " in state documents): Nghị định 30/2020/NĐ-CP Phụ lục I
    /// ô 5b; 36-HD/VPTW (docs/domain/format.md §1.8).
    /// </summary>
    public bool IsLetter => KindName is not null && Internal.VietnameseFolding.Fold(KindName.Trim()) == "cong van";

    /// <summary>The subject to print: <see cref="Subject"/>, or <paramref name="reportTitle"/> when there is none.</summary>
    /// <param name="reportTitle">The report's title with its period, e.g. <see cref="ReportHeading.Subject"/>.</param>
    /// <returns>The subject.</returns>
    public string SubjectOr(string reportTitle) => string.IsNullOrWhiteSpace(Subject) ? reportTitle : Subject;

    /// <summary>
    /// Checks the document against a layout's rules: missing parts, forms of the other system, the date line's padding,
    /// the signature block, and the organisational changes of 2025. Messages cite the rule, in the language of
    /// <see cref="MessageSettings.Current"/>. Never throws.
    /// </summary>
    /// <param name="profile">The layout to check against; <see cref="Layout"/> when null.</param>
    /// <returns>Errors and warnings; see <see cref="ValidationCodes"/> for the codes.</returns>
    public DocumentCheck Validate(LayoutProfile? profile = null) => DocumentValidation.Check(this, profile ?? Layout);
}
