using DanVan.Reporting.Internal;

namespace DanVan.Reporting;

/// <summary>
/// Everything the layout rules decide about a document's frame, computed once from a <see cref="ReportHeading"/>, its
/// <see cref="DocumentInfo"/> and that document's <see cref="LayoutProfile"/>: the two header columns, the mark under
/// the issuer, the number and date lines (or the blank draft line), the draft note, tên loại and trích yếu (or a công
/// văn's subject line), "Kính gửi:" with one or several addressees, the heading numbers, the body ending, the signature
/// block, "Nơi nhận:" and where page numbers go. A writer lays these texts out and decides nothing about them.
/// </summary>
/// <remarks>
/// Every text is on one line (line breaks in user data become spaces), trimmed, capitalised where the profile's style
/// says "in hoa", and not yet escaped: each writer escapes for its format. Empty optional parts are left out (null
/// texts, empty lists). A report without a document block gets a bare frame (<see cref="IsDocument"/> false): tên
/// loại "BÁO CÁO" and the report's subject, "I." and "1." headings, no header, closing or body ending; its
/// <see cref="Layout"/> is <see cref="LayoutProfile.State2020"/> for page and fonts. The rules and their sources are
/// in docs/rendering.md.
/// </remarks>
public sealed class DocumentFrame
{
    /// <summary>The tên loại of a report without a document block: every report is a "Báo cáo".</summary>
    private const string BareKindName = "BÁO CÁO";

    private DocumentFrame(ReportHeading heading, DocumentInfo? document)
    {
        IsDocument = document is not null;
        Layout = document?.Layout ?? LayoutProfile.State2020;
        if (document is null)
        {
            _headings = new Heading?[MaxCachedHeadings];
            KindName = BareKindName;
            Subject = NullIfEmpty(ReportText.CapitalizeFirst(ReportText.OneLine(heading.Subject)));
            return;
        }

        IssuingBody? issuer = document.Issuer;
        Parent = Optional(issuer?.Parent, Layout.ParentBodyStyle);
        Issuer = Optional(issuer?.Name, Layout.IssuerStyle);
        MarkUnderIssuer = Issuer is null ? MarkUnderIssuer.None : Layout.MarkUnderIssuer;
        var headerLines = new List<HeaderLine>(Layout.HeaderLines.Count);
        foreach (HeaderLine line in Layout.HeaderLines)
        {
            headerLines.Add(line with { Text = Styled(ProfileText.Line(line.Text), line.Style) });
        }

        HeaderLines = headerLines;
        NumberLine = Optional(document.NumberLine, Layout.NumberStyle);
        DateLine = Optional(document.DateLine, Layout.DateLineStyle);
        DraftNote = document.IsDraft ? Optional(document.DraftNote, Layout.DraftNoteStyle) : null;
        string subject = document.SubjectOr(heading.Subject);
        if (document.IsLetter)
        {
            // A công văn: no kind name, and the trích yếu under the number ("V/v …").
            LetterSubject = Optional(LetterSubjectPrefix(Layout.LetterSubjectPrefix) + ReportText.OneLine(subject), Layout.LetterSubjectStyle);
        }
        else
        {
            KindName = Optional(document.KindName, Layout.KindNameStyle);
            Subject = Optional(Layout.CapitalizeSubject ? ReportText.CapitalizeFirst(ReportText.OneLine(subject)) : subject, Layout.SubjectStyle);
        }

        Recipients recipients = document.Recipients ?? Recipients.None;
        Addressees = AddresseeItems(Lines(recipients.Addressees, Layout.AddresseeStyle));
        RecipientLines = Lines(recipients.FormatLines(), Layout.RecipientsStyle);
        Signature? signature = document.Signature;
        AuthorityLines = signature is null ? [] : Lines(signature.TitleLines, Layout.AuthorityStyle);
        SignerName = Optional(signature?.SignerName, Layout.SignerNameStyle);
        BodyEnding = ProfileText.Line(Layout.BodyEnding);
        (ParentLines, IssuerLines, IssuerColumnPercent) = HeaderColumns();
        SignatureColumnPercent = SignatureColumnShare();
    }

    /// <summary>The frame of a report: its document's when <see cref="ReportHeading.Document"/> is set, a bare one otherwise.</summary>
    /// <param name="heading">The report's heading, as <see cref="IReportWriter.BeginReport"/> receives it.</param>
    /// <returns>The frame.</returns>
    /// <exception cref="ArgumentNullException">The heading's title is null.</exception>
    public static DocumentFrame For(ReportHeading heading)
    {
        Preconditions.CheckNotNull(heading.Title, nameof(heading));
        if (heading.Document is not null)
        {
            return new DocumentFrame(heading, heading.Document);
        }

        // A bare report's frame depends on its title and period alone, and a frame never changes: the last one is kept
        // for the next render of the same report (replaced whole, so another thread sees the old one or the new one).
        BareFrame? last = Volatile.Read(ref s_lastBareFrame);
        if (last is not null && string.Equals(last.Title, heading.Title, StringComparison.Ordinal) && last.Period == heading.Period)
        {
            return last.Frame;
        }

        var frame = new DocumentFrame(heading, null);
        Volatile.Write(ref s_lastBareFrame, new BareFrame(heading.Title, heading.Period, frame));
        return frame;
    }

    private static BareFrame? s_lastBareFrame;

    private sealed record BareFrame(string Title, ReportPeriod Period, DocumentFrame Frame);

    /// <summary>Whether the report has a document block (header, closing, body ending); false for a bare report.</summary>
    public bool IsDocument { get; }

    /// <summary>The profile the document follows: sizes, styles, margins, page numbers. <see cref="LayoutProfile.State2020"/> for a bare report.</summary>
    public LayoutProfile Layout { get; }

    /// <summary>A draft's note ("Dự thảo"), printed in a box at the top right of page 1, or null.</summary>
    public string? DraftNote { get; }

    /// <summary>The parent body above the issuer ("TỈNH ỦY KON TUM"), or null.</summary>
    public string? Parent { get; }

    /// <summary>The issuer's name ("BAN DÂN VẬN"), or null when blank.</summary>
    public string? Issuer { get; }

    /// <summary>
    /// <see cref="Parent"/> as the header column prints it: one line, or two when it does not fit its column beside the
    /// right one ("ĐẢNG ỦY PHƯỜNG THỚI SƠN" becomes "ĐẢNG ỦY" / "PHƯỜNG THỚI SƠN"). A name breaks before the word that
    /// names an administrative unit (tỉnh, thành phố, huyện, quận, thị xã, xã, phường, thị trấn), so a place name is
    /// never split, and otherwise where the two lines are most even; no word is left alone on a line when another
    /// break fits. Empty when there is no parent.
    /// </summary>
    public IReadOnlyList<string> ParentLines { get; } = [];

    /// <summary><see cref="Issuer"/> as the header column prints it, broken as <see cref="ParentLines"/> is; empty when there is no issuer.</summary>
    public IReadOnlyList<string> IssuerLines { get; } = [];

    /// <summary>
    /// The least room, in millimetres, between the texts of two columns side by side (the header's issuer and Quốc hiệu
    /// columns, "Nơi nhận" and the signature block): 5 mm. Two centred texts are (W - L - R) / 2 apart whatever the split
    /// of the width W between their columns (L and R their widths), so a header name too wide for it is broken into two
    /// lines (<see cref="ParentLines"/>, <see cref="IssuerLines"/>); when no break brings it under, the gap is what is left.
    /// </summary>
    public int ColumnGapMm { get; } = 5;

    /// <summary>The mark under the issuer's name: the profile's, or <see cref="MarkUnderIssuer.None"/> when there is no issuer.</summary>
    public MarkUnderIssuer MarkUnderIssuer { get; } = MarkUnderIssuer.None;

    /// <summary>The mark under the issuer as text: "*" for the asterisk; null for a line or nothing.</summary>
    public string? MarkUnderIssuerText => MarkUnderIssuer == MarkUnderIssuer.Asterisk ? "*" : null;

    /// <summary>
    /// The length of the short line under the issuer (<see cref="MarkUnderIssuer.ShortLine"/>), in millimetres: half
    /// its widest line (Nghị định 30/2020/NĐ-CP Phụ lục I: a third to a half of the name's length); 0 when there is no
    /// issuer. Measured with <see cref="TextMetrics"/>.
    /// </summary>
    public double IssuerRuleMm
    {
        get
        {
            double widest = 0;
            foreach (string line in IssuerLines)
            {
                widest = Math.Max(widest, Width(line, Layout.IssuerStyle));
            }

            return Math.Round(widest / 2 * 25.4 / 72, 1);
        }
    }

    /// <summary>
    /// The length of the line under the trích yếu when <see cref="SubjectRuleBelow"/>, in millimetres: a third of the
    /// trích yếu's printed length, at most a third of the text width (Nghị định 30/2020/NĐ-CP Phụ lục I). Measured with
    /// <see cref="TextMetrics"/>.
    /// </summary>
    public double SubjectRuleMm => Math.Round(Math.Min(ContentWidthPt, Width(Subject, Layout.SubjectStyle)) / 3 * 25.4 / 72, 1);

    /// <summary>The issuer's mark in its own style: the issuer's size, not bold (the mark is a separator, not a title).</summary>
    public TextStyle MarkUnderIssuerStyle => Layout.IssuerStyle with { Bold = false };

    /// <summary>
    /// The share of the text width, in percent, that the left header column (parent body, issuer, number) takes: its
    /// widest line with <see cref="ColumnGapMm"/> beside it, at least 40, at most 55 and at most what the right column's
    /// widest line (Quốc hiệu, the Party title, the date line) leaves; never narrower than its own widest line. Measured
    /// with <see cref="TextMetrics"/>.
    /// </summary>
    public int IssuerColumnPercent { get; } = 40;

    /// <summary>
    /// The share of the text width, in percent, that the signature column takes: wide enough for its longest line and
    /// <see cref="ColumnGapMm"/> ("PHÓ TRƯỞNG BAN THƯỜNG TRỰC" on one line), between 55 and 62; "Nơi nhận" takes the rest.
    /// </summary>
    public int SignatureColumnPercent { get; } = 55;

    /// <summary>The first-line indent of body paragraphs and headings, in millimetres (1 cm, Nghị định 30/2020/NĐ-CP, Phụ lục I), the same in every format that indents.</summary>
    public int FirstLineIndentMm { get; } = 10;

    /// <summary>The right header column ("ĐẢNG CỘNG SẢN VIỆT NAM", or Quốc hiệu and Tiêu ngữ), texts shaped, with their styles and rules; empty for a bare report.</summary>
    public IReadOnlyList<HeaderLine> HeaderLines { get; } = [];

    /// <summary>"Số 45-BC/BDVTU", "Số: 15/BC-UBND", or null.</summary>
    public string? NumberLine { get; }

    /// <summary>"Kon Tum, ngày 02 tháng 7 năm 2024" (or a draft's blank line), or null.</summary>
    public string? DateLine { get; }

    /// <summary>The trích yếu of a công văn as printed under its number ("V/v tổ chức hội nghị …"), or null.</summary>
    public string? LetterSubject { get; }

    /// <summary>Tên loại ("BÁO CÁO"), or null (and null for a công văn).</summary>
    public string? KindName { get; }

    /// <summary>The trích yếu, or null (and null for a công văn).</summary>
    public string? Subject { get; }

    /// <summary>Whether a short line is drawn under the trích yếu (the profile's rule).</summary>
    public bool SubjectRuleBelow => IsDocument && Layout.SubjectRuleBelow && Subject is not null;

    /// <summary>
    /// How labels inside the body are printed (a list's or group's "Nhiệm vụ:", a figure's "Số xã …:", a table's label):
    /// the profile's <see cref="LayoutProfile.LabelStyle"/>, plain in both shipped profiles and in a bare report. Every
    /// writer that has emphasis applies this one rule.
    /// </summary>
    public TextStyle LabelStyle => Layout.LabelStyle;

    /// <summary>The label before the addressees.</summary>
    public string AddresseesLabel { get; } = "Kính gửi:";

    /// <summary>
    /// The addressees as printed after "Kính gửi:": one addressee is one item, "Ủy ban nhân dân tỉnh." on the label's
    /// line; several are "- A;" … "- B." one per line (Nghị định 30/2020/NĐ-CP, Phụ lục I). The last ends with "." in
    /// both cases; an addressee's own final ";" or "." is not doubled. Empty for none.
    /// </summary>
    public IReadOnlyList<string> Addressees { get; } = [];

    /// <summary>Whether the addressees share the label's line (exactly one addressee).</summary>
    public bool AddresseeOnLabelLine => Addressees.Count == 1;

    /// <summary>The label above the distribution list.</summary>
    public string RecipientsLabel { get; } = "Nơi nhận:";

    /// <summary>The lines under "Nơi nhận:" ("- Như trên;" … "- Lưu: VT, BDV."); empty for none.</summary>
    public IReadOnlyList<string> RecipientLines { get; } = [];

    /// <summary>The authority and position lines of the signature block ("K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN").</summary>
    public IReadOnlyList<string> AuthorityLines { get; } = [];

    /// <summary>The signer's name, or null.</summary>
    public string? SignerName { get; }

    /// <summary>Whether there is a signature block or a distribution list to write at the end.</summary>
    public bool HasClosing => AuthorityLines.Count > 0 || SignerName is not null || RecipientLines.Count > 0;

    /// <summary>The profile's body ending ("./." or "."), appended to the body's last paragraph; empty for none and for a bare report.</summary>
    public string BodyEnding { get; } = "";

    /// <summary>Where page numbers go (<see cref="PageNumberPlacement"/>), and whether page 1 carries one, are the profile's: <see cref="LayoutProfile.PageNumbers"/>.</summary>
    public PageNumberPlacement PageNumbers => Layout.PageNumbers;

    /// <summary>
    /// A section's heading: "I- KẾT QUẢ" (Party), "I. KẾT QUẢ" (State, and a bare report): the number, the profile's
    /// separator and the title in the profile's heading style; the title alone when the number is empty.
    /// </summary>
    /// <param name="number">The number as written ("I"), on one line.</param>
    /// <param name="title">The title, on one line.</param>
    /// <returns>The heading, not yet escaped.</returns>
    public string SectionHeading(string number, string title)
    {
        Preconditions.CheckNotNull(number, nameof(number));
        Preconditions.CheckNotNull(title, nameof(title));
        if (!IsDocument)
        {
            return ReportText.SectionHeading(number, title);
        }

        string shownTitle = Styled(title, Layout.HeadingStyle);
        return number.Length == 0 ? shownTitle
            : shownTitle.Length == 0 ? number + Separator
            : number + Separator + " " + shownTitle;
    }

    /// <summary>
    /// <see cref="SectionHeading(string, string)"/> of the section at <paramref name="index"/> (0 for the first): a bare
    /// report's frame is kept from one render of the report to the next, and so are its headings, as long as the section's
    /// number and title are the same strings (a generated title names the period and is itself kept).
    /// </summary>
    internal string SectionHeading(int index, string number, string title)
    {
        if (_headings is null || (uint)index >= (uint)_headings.Length)
        {
            return SectionHeading(number, title);
        }

        Heading? last = Volatile.Read(ref _headings[index]);
        if (last is not null && string.Equals(last.Number, number, StringComparison.Ordinal) && string.Equals(last.Title, title, StringComparison.Ordinal))
        {
            return last.Text;
        }

        string text = SectionHeading(number, title);
        Volatile.Write(ref _headings[index], new Heading(number, title, text)); // replaced whole: another thread sees old or new
        return text;
    }

    private const int MaxCachedHeadings = 8;

    private readonly Heading?[]? _headings;

    private sealed record Heading(string Number, string Title, string Text);

    /// <summary>The number of the <paramref name="n"/>th text of a section (the "khoản" level): "1-" (Party) or "1." (State, bare).</summary>
    /// <param name="n">1 or more.</param>
    /// <returns>The number and its mark.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="n"/> is less than 1.</exception>
    public string ClauseNumber(int n)
    {
        HeadingSeparator separator = IsDocument ? Layout.HeadingSeparator : HeadingSeparator.Dot;
        string[]? common = separator switch
        {
            HeadingSeparator.Dot => s_dotClauseNumbers,
            HeadingSeparator.Hyphen => s_hyphenClauseNumbers,
            _ => null,
        };
        return common is not null && n >= 1 && n <= common.Length ? common[n - 1] : HeadingNumbering.Arabic(n, separator);
    }

    // Clause numbers are written for every text of every render: the common ones are made once.
    private static readonly string[] s_dotClauseNumbers = ClauseNumbers(HeadingSeparator.Dot);

    private static readonly string[] s_hyphenClauseNumbers = ClauseNumbers(HeadingSeparator.Hyphen);

    private static string[] ClauseNumbers(HeadingSeparator separator)
    {
        var numbers = new string[64];
        for (int i = 0; i < numbers.Length; i++)
        {
            numbers[i] = HeadingNumbering.Arabic(i + 1, separator);
        }

        return numbers;
    }

    /// <summary>
    /// The body's last paragraph with <see cref="BodyEnding"/> appended (docs/domain/vectors.md J17): "… báo cáo./." for "./."; a final
    /// "." of the paragraph is shared with an ending that starts with one ("báo cáo." + "./." → "báo cáo./.", + "." →
    /// "báo cáo.").
    /// </summary>
    /// <param name="escapedLastText">The paragraph as the writer wrote it (escaped for its format).</param>
    /// <param name="escape">The writer's escaping, applied to the ending.</param>
    /// <returns>The paragraph with the ending.</returns>
    public string EndBody(string escapedLastText, Func<string, string> escape)
    {
        Preconditions.CheckNotNull(escapedLastText, nameof(escapedLastText));
        Preconditions.CheckNotNull(escape, nameof(escape));
        string escapedEnding = escape(BodyEnding);
        if (escapedEnding.Length == 0)
        {
            return escapedLastText;
        }

        string text = escapedLastText.TrimEnd();
        return text.EndsWith('.') && escapedEnding[0] == '.' ? text + escapedEnding[1..] : text + escapedEnding;
    }

    /// <summary>What <see cref="EndBody"/> appends to a paragraph that reads <paramref name="lastText"/> (unescaped): the ending, less a "." the paragraph already ends with.</summary>
    /// <param name="lastText">The body's last paragraph as shown.</param>
    /// <returns>The text to append; empty for none.</returns>
    public string BodyEndingAfter(string lastText)
    {
        Preconditions.CheckNotNull(lastText, nameof(lastText));
        return BodyEnding.Length == 0 ? ""
            : lastText.TrimEnd().EndsWith('.') && BodyEnding[0] == '.' ? BodyEnding[1..]
            : BodyEnding;
    }

    private double ContentWidthPt => (Layout.PageWidthMm - Layout.Margins.LeftMm - Layout.Margins.RightMm) * 72 / 25.4;

    /// <summary>
    /// The parent and issuer lines and the left column's share. Two centred texts side by side are (W - L - R) / 2 apart
    /// whatever the split (W the text width, L and R the widest lines of the two columns): a name is broken into two
    /// lines when that is less than the gap, and the split then gives each text room to spare.
    /// </summary>
    private (IReadOnlyList<string> Parent, IReadOnlyList<string> Issuer, int Percent) HeaderColumns()
    {
        IReadOnlyList<string> parent = Parent is null ? [] : [Parent];
        IReadOnlyList<string> issuer = Issuer is null ? [] : [Issuer];
        double width = ContentWidthPt;
        double right = Width(DateLine, Layout.DateLineStyle);
        foreach (HeaderLine line in HeaderLines)
        {
            right = Math.Max(right, Width(line.Text, line.Style));
        }

        // The left column takes at most 55% and what the right column's text leaves.
        double most = Math.Min(width * 0.55, width - right - SparePt);
        double room = Math.Min(most - SparePt, width - right - (2 * GapPt));
        if (Parent is not null && Width(Parent, Layout.ParentBodyStyle) > room)
        {
            parent = TitleLines.Break(Parent, Layout.ParentBodyStyle, room);
        }

        if (Issuer is not null && Width(Issuer, Layout.IssuerStyle) > room)
        {
            issuer = TitleLines.Break(Issuer, Layout.IssuerStyle, room);
        }

        double left = Width(NumberLine, Layout.NumberStyle);
        foreach (string line in parent)
        {
            left = Math.Max(left, Width(line, Layout.ParentBodyStyle));
        }

        foreach (string line in issuer)
        {
            left = Math.Max(left, Width(line, Layout.IssuerStyle));
        }

        // At least 40% (a narrower column looks squeezed) and the text with the gap beside it, within what the right
        // column leaves; never narrower than the text itself.
        double share = Math.Max(left + SparePt, Math.Min(Math.Max(width * 0.40, left + GapPt + SparePt), most));
        int percent = (int)Math.Ceiling((share * 100 / width) - 1e-9);
        if (percent * width / 100 > width - right - SparePt && Math.Floor(share * 100 / width) * width / 100 >= left + SparePt)
        {
            // Rounding up would take the room the right column's text needs.
            percent = (int)Math.Floor(share * 100 / width);
        }

        return (parent, issuer, percent);
    }

    private int SignatureColumnShare()
    {
        double widest = Width(SignerName, Layout.SignerNameStyle);
        foreach (string line in AuthorityLines)
        {
            widest = Math.Max(widest, Width(line, Layout.AuthorityStyle));
        }

        return Math.Clamp((int)Math.Ceiling((widest + GapPt + SparePt) * 100 / ContentWidthPt), 55, 62);
    }

    private double GapPt => ColumnGapMm * 72 / 25.4;

    // 3 pt to spare, so that rounding in a renderer does not wrap a line that just fits.
    private const double SparePt = 3;


    private static double Width(string? text, TextStyle style) => text is null ? 0 : TextMetrics.EstimateWidthPt(text, style);

    private string Separator => Layout.HeadingSeparator == HeadingSeparator.Hyphen ? "-" : ".";

    private static List<string> AddresseeItems(List<string> addressees)
    {
        var trimmed = new List<string>(addressees.Count);
        foreach (string addressee in addressees)
        {
            string item = addressee.TrimEnd(';', '.', ' ');
            if (item.Length > 0)
            {
                trimmed.Add(item);
            }
        }

        var items = new List<string>(trimmed.Count);
        for (int i = 0; i < trimmed.Count; i++)
        {
            string end = i == trimmed.Count - 1 ? "." : ";";
            items.Add(trimmed.Count == 1 ? trimmed[i] + end : "- " + trimmed[i] + end);
        }

        return items;
    }

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;

    // The prefix keeps its own spacing ("V/v "); only a line break or a control character (untrusted profile text) goes.
    private static string LetterSubjectPrefix(string? prefix) =>
        prefix is null ? "" : ProfileText.HasControl(prefix) ? ProfileText.Line(prefix) + " " : prefix;

    private static string Styled(string text, TextStyle style) => style.ApplyCase(text);

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
