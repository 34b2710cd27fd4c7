namespace DanVan.Reporting;

/// <summary>
/// The layout rules of one document format ("thể thức và kỹ thuật trình bày"), as data: header lines, fonts and sizes per
/// element, margins, page numbers, heading numbers, signature prefixes, number form and body ending. Writers read a
/// profile; they never branch on Party or state themselves.
/// </summary>
/// <remarks>
/// <para>
/// Two versioned profiles ship: <see cref="Party2018"/> (Hướng dẫn 36-HD/VPTW ngày 03/4/2018 of Văn phòng Trung ương
/// Đảng) and <see cref="State2020"/> (Nghị định 30/2020/NĐ-CP ngày 05/3/2020 on công tác văn thư). Rules that change
/// (a 2026 Party guide, say) become new profiles, never edits of these.
/// </para>
/// <para>
/// Where a regulation gives a range (13–14 pt), a profile picks one value inside it and says so. Values that no primary
/// source confirms are marked UNVERIFIED with their source code in docs/domain/. Derive a custom
/// profile with a <c>with</c> expression, giving it a new <see cref="Name"/>:
/// <c>LayoutProfile.Party2018 with { Name = "Party2018-KonTum", Margins = new PageMargins(25, 25, 35, 15) }</c>.
/// </para>
/// <para>Immutable; equality compares every value (lists item by item).</para>
/// </remarks>
public sealed record LayoutProfile
{
    private readonly IReadOnlyList<HeaderLine> _headerLines = [];
    private readonly IReadOnlyList<SignaturePrefix> _signaturePrefixes = [];
    private readonly TextStyle? _labelStyle;

    private static readonly TextStyle s_partyText = new(14);

    private LayoutProfile()
    {
    }

    /// <summary>
    /// Party documents per Hướng dẫn 36-HD/VPTW (2018), Phụ lục 3 font table [S-08]: Times New Roman; "ĐẢNG CỘNG SẢN VIỆT
    /// NAM" 15 bold with a line under it; "*" under the issuer; numbers "Số 45-BC/BDVTU"; T/M, K/T, T/L; headings "I-", "1-".
    /// </summary>
    /// <remarks>
    /// Choices inside the table's ranges: tên loại 16 (15–16), trích yếu 14 (14–15), body and headings 14 (14–15).
    /// UNVERIFIED, each configurable: margins 20/20/30/15 mm (secondary sources [S-12][S-14]; docs/domain/format.md §1.4);
    /// signature block 14 bold capitals, signer's name 14 bold, "Nơi nhận:" 14 underlined, its list 12 (secondary,
    /// conflicting [S-12][S-14]; docs/domain/format.md §1.3); page numbers top centre from page 2, as in state documents (the older
    /// Bình Thuận handbook puts them 10 mm from the top [S-15]); body ending "." (a 2026 secondary summary [S-12];
    /// docs/domain/vectors.md J17); "Kính gửi" 14 like the body. Heading numbers use the hyphen ("I-", "1-") of 36-HD/VPTW and 66-QĐ/TW
    /// themselves (docs/domain/format.md §1.12, [S-01][S-25]); set <see cref="HeadingSeparator"/> to Dot for the 399-QĐ/TW style.
    /// </remarks>
    public static LayoutProfile Party2018 { get; } = new()
    {
        Name = "Party2018",
        Source = "Hướng dẫn 36-HD/VPTW ngày 03/4/2018 của Văn phòng Trung ương Đảng",
        System = DocumentSystem.Party,
        FontFamily = "Times New Roman",
        PageWidthMm = 210,
        PageHeightMm = 297,
        Margins = new PageMargins(20, 20, 30, 15),
        HeaderLines = Array.AsReadOnly([new HeaderLine("ĐẢNG CỘNG SẢN VIỆT NAM", new TextStyle(15, Bold: true, Uppercase: true), RuleBelow: true)]),
        ParentBodyStyle = new TextStyle(14, Uppercase: true),
        IssuerStyle = new TextStyle(14, Bold: true, Uppercase: true),
        MarkUnderIssuer = MarkUnderIssuer.Asterisk,
        NumberStyle = s_partyText,
        DateLineStyle = new TextStyle(14, Italic: true),
        KindNameStyle = new TextStyle(16, Bold: true, Uppercase: true),
        SubjectStyle = new TextStyle(14, Bold: true),
        LetterSubjectStyle = new TextStyle(12, Italic: true),
        AddresseeStyle = s_partyText,
        BodyStyle = s_partyText,
        HeadingStyle = new TextStyle(14, Bold: true, Uppercase: true),
        HeadingSeparator = HeadingSeparator.Hyphen,
        AuthorityStyle = new TextStyle(14, Bold: true, Uppercase: true),
        SignerNameStyle = new TextStyle(14, Bold: true),
        RecipientsLabelStyle = new TextStyle(14, Underline: true),
        RecipientsStyle = new TextStyle(12),
        PageNumbers = PageNumberPlacement.TopCenter,
        NumberFirstPage = false,
        PageNumberStyle = s_partyText,
        SignaturePrefixes = SignaturePrefix.PartyPrefixes,
        PadSingleDigitNumbers = true,
        BodyEnding = ".",
    };

    /// <summary>
    /// State documents per Nghị định 30/2020/NĐ-CP Phụ lục I [S-20]: Times New Roman; Quốc hiệu 13 bold capitals and
    /// Tiêu ngữ 14 bold with a line under it; a short line under the issuer; numbers "Số: 15/QĐ-BNV"; TM., Q., KT., TL.,
    /// TUQ.; headings "I.", "1."; page 1 unnumbered; body ending "./.".
    /// </summary>
    /// <remarks>
    /// Choices inside the decree's ranges: Quốc hiệu 13 (12–13), Tiêu ngữ 14 (13–14), date line 14 (13–14), tên loại and
    /// trích yếu 14 (13–14), body 14 (13–14), "Kính gửi" 14 (13–14), signature block 14 (13–14), công văn "V/v" 12 (12–13),
    /// page numbers 13 (13–14); margins 20/20/30/15 mm, the lower end of 20–25/20–25/30–35/15–20 mm, the same as the Party
    /// default. Issuer name 13 bold capitals and parent body 13 capitals (12–13 in Phụ lục I Mục II khoản 2; not quoted
    /// in docs/domain/format.md, so UNVERIFIED here). "Số" 13 (docs/domain/format.md §1.5); "Nơi nhận:" 12 bold italic, its list 11 (docs/domain/format.md §1.10).
    /// </remarks>
    public static LayoutProfile State2020 { get; } = new()
    {
        Name = "State2020",
        Source = "Nghị định 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ",
        System = DocumentSystem.State,
        FontFamily = "Times New Roman",
        PageWidthMm = 210,
        PageHeightMm = 297,
        Margins = new PageMargins(20, 20, 30, 15),
        HeaderLines = Array.AsReadOnly(
        [
            new HeaderLine("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", new TextStyle(13, Bold: true, Uppercase: true)),
            new HeaderLine("Độc lập - Tự do - Hạnh phúc", new TextStyle(14, Bold: true), RuleBelow: true),
        ]),
        ParentBodyStyle = new TextStyle(13, Uppercase: true),
        IssuerStyle = new TextStyle(13, Bold: true, Uppercase: true),
        MarkUnderIssuer = MarkUnderIssuer.ShortLine,
        NumberStyle = new TextStyle(13),
        DateLineStyle = new TextStyle(14, Italic: true),
        KindNameStyle = new TextStyle(14, Bold: true, Uppercase: true),
        SubjectStyle = new TextStyle(14, Bold: true),
        LetterSubjectStyle = new TextStyle(12),
        AddresseeStyle = new TextStyle(14),
        BodyStyle = new TextStyle(14),
        HeadingStyle = new TextStyle(14, Bold: true, Uppercase: true),
        HeadingSeparator = HeadingSeparator.Dot,
        AuthorityStyle = new TextStyle(14, Bold: true, Uppercase: true),
        SignerNameStyle = new TextStyle(14, Bold: true),
        RecipientsLabelStyle = new TextStyle(12, Bold: true, Italic: true),
        RecipientsStyle = new TextStyle(11),
        PageNumbers = PageNumberPlacement.TopCenter,
        NumberFirstPage = false,
        PageNumberStyle = new TextStyle(13),
        SignaturePrefixes = SignaturePrefix.StatePrefixes,
        PadSingleDigitNumbers = true,
        BodyEnding = "./.",
        SubjectRuleBelow = true,
        CapitalizeSubject = true,
        LetterSubjectPrefix = "V/v ",
    };

    /// <summary>The profile's name, e.g. "Party2018"; give a derived profile a name of its own.</summary>
    public required string Name { get; init; }

    /// <summary>The regulation the profile follows, cited in validation messages: "Hướng dẫn 36-HD/VPTW ngày 03/4/2018 …".</summary>
    public required string Source { get; init; }

    /// <summary>The system whose number form, signature prefixes and conventions the profile follows.</summary>
    public required DocumentSystem System { get; init; }

    /// <summary>The font of every element: "Times New Roman" (Unicode, TCVN 6909:2001) in both shipped profiles.</summary>
    public required string FontFamily { get; init; }

    /// <summary>The page width in millimetres: 210 (A4).</summary>
    public required int PageWidthMm { get; init; }

    /// <summary>The page height in millimetres: 297 (A4).</summary>
    public required int PageHeightMm { get; init; }

    /// <summary>The page margins.</summary>
    public required PageMargins Margins { get; init; }

    /// <summary>
    /// The top-right header of page 1, top to bottom: the Party title, or Quốc hiệu and Tiêu ngữ ("Quốc hiệu và Tiêu
    /// ngữ", the state's name and motto). A null list (as JSON's <c>"headerLines": null</c> gives) is empty, and null
    /// items are left out.
    /// </summary>
    public required IReadOnlyList<HeaderLine> HeaderLines
    {
        get => _headerLines;
        init => _headerLines = value is null ? [] : Array.AsReadOnly(value.Where(line => line is not null).ToArray());
    }

    /// <summary>The superior or governing body above the issuer's name ("tên cơ quan cấp trên", "cơ quan chủ quản").</summary>
    public required TextStyle ParentBodyStyle { get; init; }

    /// <summary>The issuing body's name ("tên cơ quan ban hành").</summary>
    public required TextStyle IssuerStyle { get; init; }

    /// <summary>The mark under the issuer's name: "*" (Party) or a short line (state).</summary>
    public required MarkUnderIssuer MarkUnderIssuer { get; init; }

    /// <summary>The number and symbol ("số và ký hiệu").</summary>
    public required TextStyle NumberStyle { get; init; }

    /// <summary>The place and date line ("địa danh và ngày, tháng, năm").</summary>
    public required TextStyle DateLineStyle { get; init; }

    /// <summary>The kind name ("tên loại"): "BÁO CÁO".</summary>
    public required TextStyle KindNameStyle { get; init; }

    /// <summary>The subject ("trích yếu", the one-line summary of what the document is about) under the kind name.</summary>
    public required TextStyle SubjectStyle { get; init; }

    /// <summary>The subject of a công văn (letter), printed under its number ("V/v …" in state documents).</summary>
    public required TextStyle LetterSubjectStyle { get; init; }

    /// <summary>The addressees after "Kính gửi:".</summary>
    public required TextStyle AddresseeStyle { get; init; }

    /// <summary>The body text ("nội dung").</summary>
    public required TextStyle BodyStyle { get; init; }

    /// <summary>Section headings of the body ("I- KẾT QUẢ …").</summary>
    public required TextStyle HeadingStyle { get; init; }

    /// <summary>The mark after heading numbers: hyphen "I-" or dot "I." (see <see cref="HeadingNumbering"/>).</summary>
    public required HeadingSeparator HeadingSeparator { get; init; }

    /// <summary>
    /// The labels inside the body: a list's or a group's heading line ("Nhiệm vụ:", "Một số kết quả của Lực lượng Biên
    /// phòng tỉnh:"), the label of a figure ("Số xã triển khai …: 11 xã") and of a table. One rule for every writer (HTML,
    /// Markdown, DOCX, PDF; plain text has no emphasis). By default the body's own style, so plain in both shipped
    /// profiles: 36-HD/VPTW Phụ lục 3 and Nghị định 30/2020/NĐ-CP Phụ lục I set the body ("nội dung") in thường, đứng,
    /// and give no emphasis to the labels inside it (docs/rendering.md, "Labels"). Set it (e.g. <c>BodyStyle with { Bold
    /// = true }</c>) for a house style with bold labels. Optional.
    /// </summary>
    public TextStyle LabelStyle
    {
        get => _labelStyle ?? BodyStyle;
        init => _labelStyle = value;
    }

    /// <summary>The authority and position lines of the signature block ("quyền hạn, chức vụ").</summary>
    public required TextStyle AuthorityStyle { get; init; }

    /// <summary>The signer's name.</summary>
    public required TextStyle SignerNameStyle { get; init; }

    /// <summary>The label "Nơi nhận:".</summary>
    public required TextStyle RecipientsLabelStyle { get; init; }

    /// <summary>The lines under "Nơi nhận:".</summary>
    public required TextStyle RecipientsStyle { get; init; }

    /// <summary>Where page numbers go.</summary>
    public required PageNumberPlacement PageNumbers { get; init; }

    /// <summary>Whether page 1 carries a number (false in both shipped profiles: Nghị định 30/2020 does not number page 1).</summary>
    public required bool NumberFirstPage { get; init; }

    /// <summary>The page numbers.</summary>
    public required TextStyle PageNumberStyle { get; init; }

    /// <summary>The signature prefixes this format uses; <see cref="DocumentInfo.Validate"/> warns about any other.</summary>
    /// <remarks>A null list is empty, and null items are left out.</remarks>
    public required IReadOnlyList<SignaturePrefix> SignaturePrefixes
    {
        get => _signaturePrefixes;
        init => _signaturePrefixes = value is null ? [] : Array.AsReadOnly(value.Where(prefix => prefix is not null).ToArray());
    }

    /// <summary>
    /// Whether document numbers 1–9 take a leading zero ("Số 05-BC/…"). Required for state numbers; for Party numbers
    /// 36-HD/VPTW says "từ số 01", the zero for 2–9 is UNVERIFIED (docs/domain/vectors.md B5), true by default.
    /// </summary>
    public required bool PadSingleDigitNumbers { get; init; }

    /// <summary>The mark that ends the body: "./." in state samples [S-22]; "." for Party2018 (UNVERIFIED, [S-12]; docs/domain/vectors.md J17).</summary>
    public required string BodyEnding { get; init; }

    /// <summary>
    /// Whether a short solid line (1/3 to 1/2 of the text's length) is drawn under the trích yếu: true for
    /// <see cref="State2020"/> (Nghị định 30/2020/NĐ-CP Phụ lục I; docs/domain/format.md §1.8); false for <see cref="Party2018"/>,
    /// whose rule for it was not retrieved (UNVERIFIED). Optional, false unless set.
    /// </summary>
    public bool SubjectRuleBelow { get; init; }

    /// <summary>
    /// Whether the trích yếu is printed with a capital first letter ("Kết quả thực hiện …"), as the state samples of
    /// Nghị định 30/2020/NĐ-CP write it: true for <see cref="State2020"/>. False for <see cref="Party2018"/>, whose
    /// trích yếu starts lowercase ("về quy hoạch cán bộ lãnh đạo, quản lý", 36-HD/VPTW; docs/domain/format.md §1.8): the text is then
    /// printed as written. Never lowercases. Optional, false unless set.
    /// </summary>
    public bool CapitalizeSubject { get; init; }

    /// <summary>
    /// What goes before the trích yếu of a công văn under its number: "V/v " ("về việc", concerning) for
    /// <see cref="State2020"/> (Nghị định 30/2020/NĐ-CP Phụ lục I ô 5b; docs/domain/format.md §1.8). Empty for
    /// <see cref="Party2018"/>: its sample letter subject ("Chế độ hội nghị và công tác phí") has none (UNVERIFIED whether
    /// Party letters never use it). Optional, empty unless set.
    /// </summary>
    public string LetterSubjectPrefix { get; init; } = "";

    /// <summary>
    /// The style of a draft's note ("Dự thảo", <see cref="DocumentInfo.DraftNote"/>), printed in a box at the top right of
    /// page 1: 13 bold by default for both shipped profiles (UNVERIFIED: neither source gives it). Optional.
    /// </summary>
    public TextStyle DraftNoteStyle { get; init; } = new(13, Bold: true);

    /// <summary>
    /// Checks the profile's own texts, which applications may load from storage and must treat as untrusted: the
    /// <see cref="FontFamily"/> must be a plain font name (letters, digits, spaces, '-', '_', '.'; at most 31
    /// characters, Word's limit), and <see cref="Name"/>, <see cref="Source"/>, <see cref="BodyEnding"/>,
    /// <see cref="LetterSubjectPrefix"/> and the header lines must be on one line without control characters. Writers
    /// never fail on such a profile: they use "Times New Roman" for an unusable font and drop line breaks and control
    /// characters; this check tells you they did. Never throws.
    /// </summary>
    /// <returns>One error per unusable text (code <see cref="ValidationCodes.ProfileText"/>); empty when the profile is usable as is.</returns>
    public IReadOnlyList<ValidationError> Check()
    {
        var errors = new List<ValidationError>();
        if (!ProfileText.IsPlainFontName(FontFamily))
        {
            errors.Add(new ValidationError(nameof(FontFamily), ValidationCodes.ProfileText, Internal.Messages.Pick(
                Internal.Messages.Format("Phông chữ {0} không dùng được: tên phông chỉ gồm chữ, số, dấu cách, '-', '_', '.' và dài 1 đến {1} ký tự; các bộ ghi dùng \"{2}\".", Internal.Messages.Quote(FontFamily, 40), ProfileText.MaxFontFamilyLength, ProfileText.FallbackFont),
                Internal.Messages.Format("The font family {0} is not usable: a font name has only letters, digits, spaces, '-', '_', '.' and 1 to {1} characters; the writers use \"{2}\".", Internal.Messages.Quote(FontFamily, 40), ProfileText.MaxFontFamilyLength, ProfileText.FallbackFont))));
        }

        CheckLine(errors, nameof(Name), Name);
        CheckLine(errors, nameof(Source), Source);
        CheckLine(errors, nameof(BodyEnding), BodyEnding);
        CheckLine(errors, nameof(LetterSubjectPrefix), LetterSubjectPrefix);
        for (int i = 0; i < HeaderLines.Count; i++)
        {
            CheckLine(errors, nameof(HeaderLines) + "[" + i.ToString(global::System.Globalization.CultureInfo.InvariantCulture) + "].Text", HeaderLines[i].Text);
        }

        return Array.AsReadOnly(errors.ToArray());
    }

    private static void CheckLine(List<ValidationError> errors, string path, string? text)
    {
        if (ProfileText.HasControl(text))
        {
            errors.Add(new ValidationError(path, ValidationCodes.ProfileText, Internal.Messages.Pick(
                Internal.Messages.Format("{0} của mẫu trình bày có ký tự xuống dòng hoặc ký tự điều khiển: {1}; các bộ ghi bỏ các ký tự đó.", path, Internal.Messages.Quote(text, 40)),
                Internal.Messages.Format("The profile's {0} holds a line break or a control character: {1}; the writers drop them.", path, Internal.Messages.Quote(text, 40)))));
        }
    }

    /// <summary>The shipped profile of a system: <see cref="Party2018"/> or <see cref="State2020"/>.</summary>
    /// <param name="system">The system.</param>
    /// <returns>The profile.</returns>
    public static LayoutProfile For(DocumentSystem system) => system == DocumentSystem.Party ? Party2018 : State2020;

    /// <summary>Writes a document number as this profile prints it: "Số 45-BC/BDVTU", "Số: 03/BC-UBND".</summary>
    /// <param name="number">The number.</param>
    /// <returns>The text, in the number's own system's form (a mismatch with <see cref="System"/> is a validation warning).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="number"/> is null.</exception>
    public string FormatNumber(DocumentNumber number) =>
        Internal.Preconditions.CheckNotNull(number, nameof(number)).ToString(PadSingleDigitNumbers);

    /// <summary>Whether <paramref name="other"/> has the same values, lists compared item by item.</summary>
    /// <param name="other">The other profile, or null.</param>
    /// <returns>True when equal.</returns>
    public bool Equals(LayoutProfile? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (string.Equals(Name, other.Name, StringComparison.Ordinal)
                && string.Equals(Source, other.Source, StringComparison.Ordinal)
                && System == other.System
                && string.Equals(FontFamily, other.FontFamily, StringComparison.Ordinal)
                && PageWidthMm == other.PageWidthMm
                && PageHeightMm == other.PageHeightMm
                && Margins == other.Margins
                && HeaderLines.SequenceEqual(other.HeaderLines)
                && ParentBodyStyle == other.ParentBodyStyle
                && IssuerStyle == other.IssuerStyle
                && MarkUnderIssuer == other.MarkUnderIssuer
                && NumberStyle == other.NumberStyle
                && DateLineStyle == other.DateLineStyle
                && KindNameStyle == other.KindNameStyle
                && SubjectStyle == other.SubjectStyle
                && LetterSubjectStyle == other.LetterSubjectStyle
                && AddresseeStyle == other.AddresseeStyle
                && BodyStyle == other.BodyStyle
                && HeadingStyle == other.HeadingStyle
                && LabelStyle == other.LabelStyle
                && HeadingSeparator == other.HeadingSeparator
                && AuthorityStyle == other.AuthorityStyle
                && SignerNameStyle == other.SignerNameStyle
                && RecipientsLabelStyle == other.RecipientsLabelStyle
                && RecipientsStyle == other.RecipientsStyle
                && PageNumbers == other.PageNumbers
                && NumberFirstPage == other.NumberFirstPage
                && PageNumberStyle == other.PageNumberStyle
                && SignaturePrefixes.SequenceEqual(other.SignaturePrefixes)
                && PadSingleDigitNumbers == other.PadSingleDigitNumbers
                && string.Equals(BodyEnding, other.BodyEnding, StringComparison.Ordinal)
                && SubjectRuleBelow == other.SubjectRuleBelow
                && CapitalizeSubject == other.CapitalizeSubject
                && LetterSubjectPrefix == other.LetterSubjectPrefix
                && DraftNoteStyle == other.DraftNoteStyle));

    /// <inheritdoc/>
    public override int GetHashCode() =>
        HashCode.Combine(StringComparer.Ordinal.GetHashCode(Name), System, Margins, BodyStyle, HeadingSeparator, HeaderLines.Count, SignaturePrefixes.Count);

    /// <summary>The profile's name.</summary>
    /// <returns><see cref="Name"/>.</returns>
    public override string ToString() => Name;
}
