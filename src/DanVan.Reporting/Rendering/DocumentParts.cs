namespace DanVan.Reporting;

/// <summary>
/// The texts of a document's frame, shaped once for every writer from a <see cref="DocumentInfo"/> and its
/// <see cref="LayoutProfile"/>: the two header columns, the date line, tên loại and trích yếu, "Kính gửi", the heading
/// numbers, the body ending, the signature block and "Nơi nhận". Each text is on one line, capitalised where the
/// profile's style says "in hoa", not yet escaped; empty optional parts are left out (empty lists, null lines).
/// </summary>
internal sealed class DocumentParts
{
    /// <summary>The label before the addressees.</summary>
    public const string AddresseesLabel = "Kính gửi:";

    /// <summary>The label above the distribution list.</summary>
    public const string RecipientsLabel = "Nơi nhận:";

    public DocumentParts(ReportHeading heading, DocumentInfo document)
    {
        Layout = document.Layout;
        IssuingBody? issuer = document.Issuer;
        Parent = Optional(issuer?.Parent, Layout.ParentBodyStyle);
        Issuer = Optional(issuer?.Name, Layout.IssuerStyle);
        NumberLine = Optional(document.NumberLine, Layout.NumberStyle);
        DateLine = Optional(document.DateLine, Layout.DateLineStyle);
        DraftNote = document.IsDraft ? Optional(document.DraftNote, Layout.DraftNoteStyle) : null;
        string subject = document.SubjectOr(heading.Subject);
        if (document.IsLetter)
        {
            // A công văn: no kind name, and the trích yếu under the number ("V/v …").
            string prefix = ProfileText.Line(Layout.LetterSubjectPrefix) + (Layout.LetterSubjectPrefix?.EndsWith(' ') == true ? " " : "");
            LetterSubject = Optional(prefix + ReportText.OneLine(subject), Layout.LetterSubjectStyle);
        }
        else
        {
            KindName = Optional(document.KindName, Layout.KindNameStyle);
            Subject = Optional(Layout.CapitalizeSubject ? ReportText.CapitalizeFirst(subject) : subject, Layout.SubjectStyle);
        }

        Recipients recipients = document.Recipients ?? Recipients.None;
        Addressees = Lines(recipients.Addressees, Layout.AddresseeStyle);
        RecipientLines = Lines(recipients.FormatLines(), Layout.RecipientsStyle);
        Signature? signature = document.Signature;
        AuthorityLines = signature is null ? [] : Lines(signature.TitleLines, Layout.AuthorityStyle);
        SignerName = Optional(signature?.SignerName, Layout.SignerNameStyle);
    }

    /// <summary>The profile the document follows.</summary>
    public LayoutProfile Layout { get; }

    /// <summary>The parent body above the issuer ("TỈNH ỦY KON TUM"), or null.</summary>
    public string? Parent { get; }

    /// <summary>The issuer's name ("BAN DÂN VẬN"), or null when blank.</summary>
    public string? Issuer { get; }

    /// <summary>"Số 45-BC/BDVTU", "Số: 15/BC-UBND", or null.</summary>
    public string? NumberLine { get; }

    /// <summary>"Kon Tum, ngày 02 tháng 7 năm 2024", or null.</summary>
    public string? DateLine { get; }

    /// <summary>"BÁO CÁO", or null (and null for a công văn).</summary>
    public string? KindName { get; }

    /// <summary>The trích yếu, or null (and null for a công văn).</summary>
    public string? Subject { get; }

    /// <summary>A draft's note ("Dự thảo"), printed in a box at the top right of page 1, or null.</summary>
    public string? DraftNote { get; }

    /// <summary>The trích yếu of a công văn as printed under its number ("V/v tổ chức hội nghị …"), or null.</summary>
    public string? LetterSubject { get; }

    /// <summary>The addressees after "Kính gửi:"; empty for none.</summary>
    public IReadOnlyList<string> Addressees { get; }

    /// <summary>The lines under "Nơi nhận:" ("- Như trên;" … "- Lưu: VT, BDV."); empty for none.</summary>
    public IReadOnlyList<string> RecipientLines { get; }

    /// <summary>The authority and position lines of the signature block ("K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN").</summary>
    public IReadOnlyList<string> AuthorityLines { get; }

    /// <summary>The signer's name, or null.</summary>
    public string? SignerName { get; }

    /// <summary>Whether there is a signature block or a distribution list to write at the end.</summary>
    public bool HasClosing => AuthorityLines.Count > 0 || SignerName is not null || RecipientLines.Count > 0;

    /// <summary>The mark after the issuer's name as text: "*" for the asterisk; null for a line or nothing.</summary>
    public string? IssuerMarkText => Layout.IssuerMark == IssuerMark.Asterisk ? "*" : null;

    /// <summary>The text of a header line, capitalised per its style.</summary>
    public static string HeaderText(HeaderLine line) => Styled(ProfileText.Line(line.Text), line.Style);

    /// <summary>"I- KẾT QUẢ" (Party) or "I. KẾT QUẢ" (state): number, the profile's separator, title in the heading style.</summary>
    public string SectionHeading(string number, string title)
    {
        string shownTitle = Styled(title, Layout.HeadingStyle);
        return number.Length == 0 ? shownTitle
            : shownTitle.Length == 0 ? number + Separator
            : number + Separator + " " + shownTitle;
    }

    /// <summary>"1-" (Party) or "1." (state).</summary>
    public string ClauseNumber(int n) => HeadingNumbering.Arabic(n, Layout.HeadingSeparator);

    /// <summary>
    /// The last paragraph with the profile's body ending appended (docs/domain/vectors.md J17): "… báo cáo./." for "./."; a final "." of
    /// the paragraph is shared with an ending that starts with one ("báo cáo." + "./." → "báo cáo./.", + "." → "báo cáo.").
    /// </summary>
    public string EndBody(string escapedLastText, Func<string, string> escape)
    {
        string escapedEnding = escape(BodyEnding);
        if (escapedEnding.Length == 0)
        {
            return escapedLastText;
        }

        string text = escapedLastText.TrimEnd();
        return text.EndsWith('.') && escapedEnding[0] == '.' ? text + escapedEnding[1..] : text + escapedEnding;
    }

    /// <summary>Several addressees as listed after "Kính gửi:": "- A;" … "- B." (Nghị định 30/2020/NĐ-CP, Phụ lục I).</summary>
    public static IReadOnlyList<string> AddresseeItems(IReadOnlyList<string> addressees)
    {
        var items = new string[addressees.Count];
        for (int i = 0; i < items.Length; i++)
        {
            items[i] = "- " + addressees[i].TrimEnd(';', '.', ' ') + (i == items.Length - 1 ? "." : ";");
        }

        return items;
    }

    /// <summary>The profile's body ending, "./." or ".".</summary>
    public string BodyEnding => ProfileText.Line(Layout.BodyEnding); // untrusted: a line break would change Markdown's structure

    private string Separator => Layout.HeadingSeparator == HeadingSeparator.Hyphen ? "-" : ".";

    private static string Styled(string text, TextStyle style) => style.Uppercase ? Internal.CaseMapping.ToUpper(text) : text;

    private static string? Optional(string? text, TextStyle style)
    {
        string shown = ReportText.OneLine(text ?? "");
        return shown.Length == 0 ? null : Styled(shown, style);
    }

    private static List<string> Lines(IEnumerable<string> lines, TextStyle style)
    {
        var shown = new List<string>();
        foreach (string line in lines)
        {
            if (Optional(line, style) is string text)
            {
                shown.Add(text);
            }
        }

        return shown;
    }
}
