using System.Globalization;
using DanVan.Reporting.Internal;

namespace DanVan.Reporting;

/// <summary>Writes a report as HTML5: a whole document ready to print on A4, or only its <c>&lt;article&gt;</c>.</summary>
/// <remarks>
/// <para>
/// Structure: <c>&lt;article&gt;</c> holds a <c>&lt;header&gt;</c> (<c>&lt;h1&gt;</c> "BÁO CÁO" and the subject line) and one
/// <c>&lt;section&gt;</c> per section (<c>&lt;h2&gt;</c> "I. KẾT QUẢ THỰC HIỆN"). A text is an <c>&lt;h3&gt;</c> numbered
/// within its section ("1. Công tác lãnh đạo, chỉ đạo") and one <c>&lt;p&gt;</c> per paragraph; consecutive values make
/// one <c>&lt;dl&gt;</c>; a list is a <c>&lt;div class="list"&gt;</c> with its label and a <c>&lt;ul&gt;</c>; a group is a
/// <c>&lt;div class="group"&gt;</c> (inside a list, inside its <c>&lt;li&gt;</c>), which nests. Inside a group a text is
/// a <c>&lt;div class="text"&gt;</c> with its label, unnumbered. Empty labels leave out the label element.
/// </para>
/// <para>
/// The full document declares <c>lang="vi"</c> and UTF-8 and embeds a small style sheet: Times New Roman, 14 pt body,
/// A4 with the Nghị định 30/2020 margins (<c>@page { size: A4; margin: 20mm 15mm 20mm 30mm; }</c>), justified
/// paragraphs with a 1 cm first-line indent.
/// </para>
/// <para>
/// With a <see cref="ReportHeading.Document"/>, the whole document is written by its <see cref="DocumentInfo.Layout"/>:
/// a borderless two-column <c>&lt;table class="document-header"&gt;</c> (parent body, issuer, "*" or a short line |
/// the profile's header lines, ruled where the profile says; then the number | the date line), tên loại and trích
/// yếu, "Kính gửi:", the body with the profile's heading numbers and its ending on the last paragraph, and a
/// borderless <c>&lt;table class="document-footer"&gt;</c> with "Nơi nhận:" left and the signature block right. The
/// style sheet is built from the profile: page size and margins, font family, every element's size and style, and page
/// numbers as CSS page margin boxes (printed by Chromium 131+, ignored by Firefox and Safari; a comment in the style
/// sheet says so). Empty optional parts are left out. A document is
/// kept in memory until <see cref="EndReport"/>, for the body ending.
/// </para>
/// <para>
/// All user text is escaped: <c>&amp; &lt; &gt; " '</c> become character references and nothing else changes, so
/// Vietnamese letters stay readable in the source; an unpaired surrogate becomes U+FFFD. Lines end with "\n" and
/// nested elements are indented by two spaces; output does not depend on the current culture. The writer writes one
/// report; the <see cref="TextWriter"/> belongs to the caller and is neither flushed nor disposed. Calls out of order
/// throw <see cref="InvalidOperationException"/>.
/// </para>
/// </remarks>
public sealed class HtmlReportWriter : IReportWriter
{
    private const string IndentUnit = "  ";

    private const string StyleSheet =
        """
        @page { size: A4; margin: 20mm 15mm 20mm 30mm; }
        body { font-family: "Times New Roman", Times, serif; font-size: 14pt; line-height: 1.35; color: #000; background: #fff; margin: 0; }
        article { max-width: 165mm; margin: 0 auto; padding: 10mm 0; }
        header { text-align: center; margin: 0 0 12pt; }
        h1 { font-size: 15pt; font-weight: bold; margin: 0; }
        header p { font-weight: bold; text-align: center; text-indent: 0; margin: 0; }
        h2 { font-size: 14pt; font-weight: bold; margin: 12pt 0 6pt; }
        h3 { font-size: 14pt; font-weight: bold; margin: 6pt 0; }
        p { text-align: justify; text-indent: 1cm; margin: 0 0 6pt; }
        p.label { text-indent: 0; font-weight: bold; margin-bottom: 2pt; }
        dl { display: grid; grid-template-columns: max-content auto; column-gap: 0.5em; margin: 0 0 6pt; }
        dt { grid-column: 1; }
        dt:not(:empty)::after { content: ":"; }
        dd { grid-column: 2; margin: 0; }
        ul { list-style-type: "- "; margin: 0 0 6pt; padding-left: 1cm; }
        .group, .text { margin: 0 0 6pt 1cm; }
        li > .group { margin-left: 0; }
        table.data { width: 100%; border-collapse: collapse; margin: 0 0 6pt; }
        table.data th, table.data td { border: 1px solid #000; padding: 2pt 4pt; vertical-align: top; text-align: left; }
        table.data th { font-weight: bold; text-align: center; }
        table.data td.center { text-align: center; width: 3em; }
        table.data td.right { text-align: right; white-space: nowrap; }
        table.data tr { break-inside: avoid; page-break-inside: avoid; }
        @media print { article { max-width: none; padding: 0; } }
        """;

    private static readonly string[] s_styleSheetLines = StyleSheet.Split('\n');

    private readonly TextWriter _output;
    private readonly HtmlReportWriterOptions _options;
    private readonly ReportWriterState _state = new();
    private readonly List<string> _closers = [];
    private DocumentParts? _document;
    private readonly System.Text.StringBuilder _buffer = new();
    private int _lastBodyStart = -1;
    private int _lastBodyEnd = -1;
    private int _nesting;
    private int _textNumber;
    private bool _valuesOpen;

    /// <summary>Creates a writer that writes a full HTML document to <paramref name="output"/>.</summary>
    /// <param name="output">Where the HTML goes; the caller keeps ownership of it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="output"/> is null.</exception>
    public HtmlReportWriter(TextWriter output)
        : this(output, HtmlReportWriterOptions.Default)
    {
    }

    /// <summary>Creates a writer that writes to <paramref name="output"/> as <paramref name="options"/> say.</summary>
    /// <param name="output">Where the HTML goes; the caller keeps ownership of it.</param>
    /// <param name="options">The choices, e.g. <see cref="HtmlReportWriterOptions.FullDocument"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="output"/> or <paramref name="options"/> is null.</exception>
    public HtmlReportWriter(TextWriter output, HtmlReportWriterOptions options)
    {
        _output = Preconditions.CheckNotNull(output, nameof(output));
        _options = Preconditions.CheckNotNull(options, nameof(options));
    }

    /// <inheritdoc/>
    /// <exception cref="ArgumentNullException">The heading's title is null.</exception>
    /// <exception cref="InvalidOperationException">The report was already begun.</exception>
    public void BeginReport(ReportHeading heading)
    {
        Preconditions.CheckNotNull(heading.Title, nameof(heading));
        _state.BeginReport();
        if (heading.Document is DocumentInfo document)
        {
            _document = new DocumentParts(heading, document);
        }

        string subject = HtmlText.Encode(_document is null ? ReportText.Subject(heading) : _document.Subject ?? _document.LetterSubject ?? "");
        if (_options.FullDocument)
        {
            Line("<!DOCTYPE html>");
            Line("<html lang=\"vi\">");
            Line("<head>");
            Line("<meta charset=\"utf-8\">");
            Line("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
            Line("<title>", subject, "</title>");
            Line("<style>");
            foreach (string rule in _document is null ? s_styleSheetLines : DocumentStyleSheet(_document.Layout).Split('\n'))
            {
                Line(rule);
            }

            Line("</style>");
            Line("</head>");
            Line("<body>");
        }

        if (_document is not null)
        {
            Open("<article class=\"report document\">", "</article>");
            WriteDocumentHeader(_document);
            return;
        }

        Open("<article class=\"report\">", "</article>");
        Open("<header>", "</header>");
        Line("<h1>", ReportText.DocumentKind, "</h1>");
        if (subject.Length > 0)
        {
            Line("<p class=\"subject\">", subject, "</p>");
        }

        Close();
    }

    /// <inheritdoc/>
    /// <exception cref="ArgumentNullException"><paramref name="number"/> or <paramref name="title"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The report is not open, or a section, list or group is still open.</exception>
    public void BeginSection(string number, string title)
    {
        Preconditions.CheckNotNull(number, nameof(number));
        Preconditions.CheckNotNull(title, nameof(title));
        _state.BeginSection(number);
        CloseValues();
        _textNumber = 0;
        Open("<section>", "</section>");
        string heading = _document is null
            ? ReportText.SectionHeading(ReportText.OneLine(number), ReportText.OneLine(title))
            : _document.SectionHeading(ReportText.OneLine(number), ReportText.OneLine(title));
        if (heading.Length > 0)
        {
            Line("<h2>", HtmlText.Encode(heading), "</h2>");
        }
    }

    /// <inheritdoc/>
    /// <exception cref="ArgumentNullException"><paramref name="label"/> or <paramref name="text"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The report is not open, or a list is the innermost open block.</exception>
    public void WriteText(string label, string text)
    {
        Preconditions.CheckNotNull(label, nameof(label));
        Preconditions.CheckNotNull(text, nameof(text));
        _state.Content(nameof(WriteText));
        CloseValues();
        string shownLabel = HtmlText.Encode(ReportText.OneLine(label));
        bool inGroup = _nesting > 0;
        if (inGroup)
        {
            Open("<div class=\"text\">", "</div>");
            if (shownLabel.Length > 0)
            {
                Line("<p class=\"label\">", shownLabel, ":</p>");
            }
        }
        else if (shownLabel.Length > 0)
        {
            _textNumber++;
            Line("<h3>" + ClauseNumber(_textNumber) + " " + shownLabel + "</h3>");
        }

        foreach (string paragraph in ReportText.Paragraphs(text))
        {
            Line("<p>", HtmlText.Encode(paragraph), "</p>", "</p>".Length);
        }

        if (inGroup)
        {
            Close();
        }
    }

    /// <inheritdoc/>
    /// <exception cref="ArgumentNullException"><paramref name="label"/> or <paramref name="value"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The report is not open, or a list is the innermost open block.</exception>
    public void WriteValue(string label, string value)
    {
        Preconditions.CheckNotNull(label, nameof(label));
        Preconditions.CheckNotNull(value, nameof(value));
        _state.Content(nameof(WriteValue));
        if (!_valuesOpen)
        {
            Open("<dl>", "</dl>");
            _valuesOpen = true;
        }

        Line("<dt>", HtmlText.Encode(ReportText.OneLine(label)), "</dt>");
        Line("<dd>", HtmlText.Encode(ReportText.OneLine(value)), "</dd>", "</dd>".Length);
    }

    /// <inheritdoc/>
    /// <exception cref="ArgumentNullException"><paramref name="label"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The report is not open, or a list is the innermost open block.</exception>
    public void BeginList(string label)
    {
        Preconditions.CheckNotNull(label, nameof(label));
        _state.BeginList(label);
        CloseValues();
        _nesting++;
        Open("<div class=\"list\">", "</div>");
        WriteLabel(label);
        Open("<ul>", "</ul>");
    }

    /// <inheritdoc/>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="InvalidOperationException">No list is the innermost open block.</exception>
    public void WriteListItem(string text)
    {
        Preconditions.CheckNotNull(text, nameof(text));
        _state.ListItem();
        Line("<li>", HtmlText.Encode(ReportText.OneLine(text)), "</li>", "</li>".Length);
    }

    /// <inheritdoc/>
    /// <exception cref="InvalidOperationException">No list is the innermost open block.</exception>
    public void EndList()
    {
        _state.End(ReportBlock.List);
        Close();
        Close();
        _nesting--;
    }

    /// <inheritdoc/>
    /// <exception cref="ArgumentNullException"><paramref name="label"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The report is not open.</exception>
    public void BeginGroup(string label)
    {
        Preconditions.CheckNotNull(label, nameof(label));
        bool listItem = _state.InList;
        _state.BeginGroup(label);
        CloseValues();
        _nesting++;
        Open(listItem ? "<li>" : string.Empty, listItem ? "</li>" : string.Empty);
        Open("<div class=\"group\">", "</div>");
        WriteLabel(label);
    }

    /// <inheritdoc/>
    /// <exception cref="InvalidOperationException">No group is the innermost open block.</exception>
    public void EndGroup()
    {
        _state.End(ReportBlock.Group);
        CloseValues();
        Close();
        Close();
        _nesting--;
    }

    /// <inheritdoc/>
    /// <exception cref="ArgumentNullException"><paramref name="label"/> or <paramref name="columns"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="columns"/> is empty or holds null.</exception>
    /// <exception cref="InvalidOperationException">The report is not open, or a list or table is the innermost open block.</exception>
    public void BeginTable(string label, IReadOnlyList<TableColumn> columns)
    {
        Preconditions.CheckNotNull(label, nameof(label));
        Preconditions.CheckNotNull(columns, nameof(columns));
        _state.BeginTable(label, columns);
    }

    /// <inheritdoc/>
    /// <exception cref="InvalidOperationException">No table is the innermost open block.</exception>
    public void BeginTableRow() => _state.BeginTableRow();

    /// <inheritdoc/>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="InvalidOperationException">No row is open, or the row is full.</exception>
    public void WriteCell(string text) => _state.Cell(Preconditions.CheckNotNull(text, nameof(text)));

    /// <inheritdoc/>
    /// <exception cref="InvalidOperationException">No row is the innermost open block.</exception>
    public void EndTableRow() => _state.EndTableRow();

    /// <inheritdoc/>
    /// <exception cref="InvalidOperationException">No table is the innermost open block.</exception>
    public void EndTable()
    {
        TableBuffer table = _state.EndTable();
        if (table.Rows.Count == 0)
        {
            return; // an empty table is left out, label and all
        }

        CloseValues();
        WriteLabel(table.Label);
        Open("<table class=\"data\">", "</table>");
        Open("<thead>", "</thead>");
        Open("<tr>", "</tr>");
        foreach (TableColumn column in table.Columns)
        {
            Line("<th>", HtmlText.Encode(column.Header), "</th>");
        }

        Close();
        Close();
        Open("<tbody>", "</tbody>");
        foreach (string[] row in table.Rows)
        {
            Open("<tr>", "</tr>");
            for (int i = 0; i < row.Length; i++)
            {
                Line(table.Columns[i].Alignment switch
                {
                    TableAlignment.Center => "<td class=\"center\">",
                    TableAlignment.Right => "<td class=\"right\">",
                    _ => "<td>",
                }, HtmlText.Encode(row[i]), "</td>");
            }

            Close();
        }

        Close();
        Close();

        // The body ending goes after text, never into or under a table, nor into the paragraph before it.
        _lastBodyStart = -1;
    }

    /// <inheritdoc/>
    /// <exception cref="InvalidOperationException">No section is the innermost open block.</exception>
    public void EndSection()
    {
        _state.End(ReportBlock.Section);
        CloseValues();
        Close();
    }

    /// <inheritdoc/>
    /// <exception cref="InvalidOperationException">The report is not open, or a section, list or group is still open.</exception>
    public void EndReport()
    {
        _state.EndReport();
        CloseValues();
        if (_document is not null)
        {
            WriteClosing(_document);
        }

        Close();
        if (_options.FullDocument)
        {
            Line("</body>");
            Line("</html>");
        }

        if (_document is not null)
        {
            if (_lastBodyStart >= 0)
            {
                string last = _buffer.ToString(_lastBodyStart, _lastBodyEnd - _lastBodyStart);
                _buffer.Remove(_lastBodyStart, last.Length).Insert(_lastBodyStart, _document.EndBody(last, HtmlText.Encode));
            }

            _output.Write(_buffer.ToString());
        }
    }

    /// <summary>CSS declarations for a style: "font-size: 14pt; font-weight: bold; …".</summary>
    private static string Css(TextStyle style) =>
        "font-size: " + style.Size.ToString(CultureInfo.InvariantCulture) + "pt; font-weight: " + (style.Bold ? "bold" : "normal")
        + "; font-style: " + (style.Italic ? "italic" : "normal") + (style.Underline ? "; text-decoration: underline" : "") + ";";

    private static string Mm(int millimetres) => millimetres.ToString(CultureInfo.InvariantCulture) + "mm";

    /// <summary>The print style sheet of a document, every size, margin and font taken from its profile.</summary>
    private static string DocumentStyleSheet(LayoutProfile layout)
    {
        PageMargins margins = layout.Margins;
        string page = layout.PageWidthMm == 210 && layout.PageHeightMm == 297 ? "A4" : Mm(layout.PageWidthMm) + " " + Mm(layout.PageHeightMm);
        int contentWidth = layout.PageWidthMm - margins.LeftMm - margins.RightMm;
        string? box = layout.PageNumbers switch
        {
            PageNumberPlacement.TopCenter => "@top-center",
            PageNumberPlacement.BottomCenter => "@bottom-center",
            _ => null,
        };
        string pageRule = "@page { size: " + page + "; margin: " + Mm(margins.TopMm) + " " + Mm(margins.RightMm) + " " + Mm(margins.BottomMm) + " " + Mm(margins.LeftMm) + ";";
        var css = new List<string> { "/* Layout " + ProfileText.CssComment(layout.Name) + ": " + ProfileText.CssComment(layout.Source) + ". */" };
        if (box is null)
        {
            css.Add(pageRule + " }");
        }
        else
        {
            css.Add("/* Page numbers: HTML has no page numbers of its own, and without JavaScript only the page margin boxes of CSS");
            css.Add("   Paged Media can print them. Chromium 131 and later print these (checked with headless Chromium 156, print to PDF);");
            css.Add("   Firefox and Safari ignore them and print no numbers. For numbered pages everywhere, print the DOCX. */");
            css.Add(pageRule + " " + box + " { content: counter(page); font-family: \"" + ProfileText.FontFamily(layout.FontFamily) + "\", serif; " + Css(layout.PageNumberStyle) + " } }");
            if (!layout.NumberFirstPage)
            {
                css.Add("@page :first { " + box + " { content: none; } }");
            }
        }

        css.AddRange(
        [
            "body { font-family: \"" + ProfileText.FontFamily(layout.FontFamily) + "\", serif; " + Css(layout.BodyStyle) + " line-height: 1.3; color: #000; background: #fff; margin: 0; }",
            "body { font-family: \"" + ProfileText.FontFamily(layout.FontFamily) + "\", serif; " + Css(layout.BodyStyle) + " line-height: 1.3; color: #000; background: #fff; margin: 0; }",
            "article { max-width: " + Mm(contentWidth) + "; margin: 0 auto; padding: 10mm 0; }",
            "table.document-header, table.document-footer { width: 100%; border-collapse: collapse; border: none; }",
            "table.document-header td, table.document-footer td { border: none; padding: 0; vertical-align: top; text-align: center; }",
            "table.document-header td.issuer, table.document-footer td.recipients { width: 40%; padding-right: 5mm; }",
            "table.document-header td.issuer p { text-wrap: balance; }",
            "table.document-header td.national { white-space: nowrap; }",
            "table p { text-indent: 0; margin: 0; text-align: center; }",
            ".parent { " + Css(layout.ParentBodyStyle) + " }",
            ".issuer-name { " + Css(layout.IssuerStyle) + " }",
            ".issuer-mark { " + Css(layout.IssuerStyle) + " }",
            "hr.issuer-rule { width: 30%; border: 0; border-top: 1px solid #000; margin: 3pt auto 0; }",
            ".number { " + Css(layout.NumberStyle) + " padding-top: 6pt; }",
            ".date { " + Css(layout.DateLineStyle) + " padding-top: 6pt; }",
            ".letter-subject { " + Css(layout.LetterSubjectStyle) + " }",
            "p.draft-note { text-align: right; text-indent: 0; margin: 0 0 6pt; }",
            "p.draft-note span { " + Css(layout.DraftNoteStyle) + " border: 1px solid #000; padding: 1pt 6pt; }",
            ".ruled { display: inline-block; border-bottom: 1px solid #000; padding-bottom: 1pt; }",
        ]);
        for (int i = 0; i < layout.HeaderLines.Count; i++)
        {
            css.Add(".header-line-" + (i + 1).ToString(CultureInfo.InvariantCulture) + " { " + Css(layout.HeaderLines[i].Style) + " }");
        }

        css.AddRange(
        [
            "header { text-align: center; margin: 18pt 0 12pt; }",
            "h1 { " + Css(layout.KindNameStyle) + " margin: 0; }",
            "header p.subject { " + Css(layout.SubjectStyle) + " text-align: center; text-indent: 0; margin: 0; }",
            "hr.subject-rule { width: 30%; border: 0; border-top: 1px solid #000; margin: 2pt auto 0; }",
            ".addressees { " + Css(layout.AddresseeStyle) + " display: flex; justify-content: center; gap: 0.3em; margin: 0 0 12pt; }",
            ".addressees p { text-indent: 0; margin: 0; text-align: left; }",
            "h2 { " + Css(layout.HeadingStyle) + " margin: 12pt 0 6pt; }",
            "h3 { " + Css(layout.BodyStyle with { Bold = true }) + " margin: 6pt 0; }",
            "p { text-align: justify; text-indent: 1cm; margin: 0 0 6pt; }",
            "p.label { text-indent: 0; font-weight: bold; margin-bottom: 2pt; }",
            "dl { display: grid; grid-template-columns: max-content auto; column-gap: 0.5em; margin: 0 0 6pt; }",
            "dt { grid-column: 1; }",
            "dt:not(:empty)::after { content: \":\"; }",
            "dd { grid-column: 2; margin: 0; }",
            "ul { list-style-type: \"- \"; margin: 0 0 6pt; padding-left: 1cm; }",
            ".group, .text { margin: 0 0 6pt 1cm; }",
            "li > .group { margin-left: 0; }",
            "table.data { width: 100%; border-collapse: collapse; margin: 0 0 6pt; }",
            "table.data th, table.data td { border: 1px solid #000; padding: 2pt 4pt; vertical-align: top; text-align: left; }",
            "table.data th { font-weight: bold; text-align: center; }",
            "table.data td.center { text-align: center; width: 3em; }",
            "table.data td.right { text-align: right; white-space: nowrap; }",
            "table.data tr { break-inside: avoid; page-break-inside: avoid; }",
            "table.document-footer { margin-top: 12pt; break-inside: avoid; page-break-inside: avoid; }",
            "td.recipients p { text-align: left; " + Css(layout.RecipientsStyle) + " }",
            "td.recipients p.recipients-label { " + Css(layout.RecipientsLabelStyle) + " }",
            ".authority { " + Css(layout.AuthorityStyle) + " }",
            ".signature-space { height: 25mm; }",
            ".signer { " + Css(layout.SignerNameStyle) + " }",
            "@media print { article { max-width: none; padding: 0; } }",
        ]);
        return string.Join("\n", css);
    }

    /// <summary>
    /// The two-column header (a borderless table: issuer left, the profile's header lines right; number and date line on
    /// the second row), then tên loại and trích yếu, then "Kính gửi:".
    /// </summary>
    private void WriteDocumentHeader(DocumentParts document)
    {
        LayoutProfile layout = document.Layout;
        if (document.DraftNote is string draft)
        {
            Line("<p class=\"draft-note\"><span>" + HtmlText.Encode(draft) + "</span></p>");
        }

        Open("<table class=\"document-header\" role=\"presentation\">", "</table>");
        Open("<tr>", "</tr>");
        Open("<td class=\"issuer\">", "</td>");
        if (document.Parent is string parent)
        {
            Line("<p class=\"parent\">" + HtmlText.Encode(parent) + "</p>");
        }

        if (document.Issuer is string issuer)
        {
            Line("<p class=\"issuer-name\">" + HtmlText.Encode(issuer) + "</p>");
            if (document.IssuerMarkText is string mark)
            {
                Line("<p class=\"issuer-mark\">" + HtmlText.Encode(mark) + "</p>");
            }
            else if (layout.IssuerMark == IssuerMark.ShortLine)
            {
                Line("<hr class=\"issuer-rule\">");
            }
        }

        Close();
        Open("<td class=\"national\">", "</td>");
        for (int i = 0; i < layout.HeaderLines.Count; i++)
        {
            HeaderLine headerLine = layout.HeaderLines[i];
            string text = HtmlText.Encode(DocumentParts.HeaderText(headerLine));
            string number = (i + 1).ToString(CultureInfo.InvariantCulture);
            Line("<p class=\"header-line-" + number + "\">" + (headerLine.RuleBelow ? "<span class=\"ruled\">" + text + "</span>" : text) + "</p>");
        }

        Close();
        Close();
        Open("<tr>", "</tr>");
        Line("<td class=\"number\">" + HtmlText.Encode(document.NumberLine ?? "")
            + (document.LetterSubject is string letterSubject ? "<br><span class=\"letter-subject\">" + HtmlText.Encode(letterSubject) + "</span>" : "")
            + "</td>");
        Line("<td class=\"date\">" + HtmlText.Encode(document.DateLine ?? "") + "</td>");
        Close();
        Close();

        if (document.KindName is not null || document.Subject is not null)
        {
            Open("<header>", "</header>");
            if (document.KindName is string kind)
            {
                Line("<h1>" + HtmlText.Encode(kind) + "</h1>");
            }

            if (document.Subject is string subject)
            {
                Line("<p class=\"subject\">" + HtmlText.Encode(subject) + "</p>");
                if (layout.SubjectRuleBelow)
                {
                    Line("<hr class=\"subject-rule\">");
                }
            }

            Close();
        }

        if (document.Addressees.Count > 0)
        {
            Open("<div class=\"addressees\">", "</div>");
            Line("<p>" + HtmlText.Encode(DocumentParts.AddresseesLabel) + "</p>");
            IReadOnlyList<string> items = document.Addressees.Count == 1 ? document.Addressees : DocumentParts.AddresseeItems(document.Addressees);
            var encoded = new List<string>(items.Count);
            foreach (string item in items)
            {
                encoded.Add(HtmlText.Encode(item));
            }

            Line("<p>" + string.Join("<br>", encoded) + "</p>");
            Close();
        }
    }

    /// <summary>"Nơi nhận:" on the left and the signature block on the right, in one borderless row.</summary>
    private void WriteClosing(DocumentParts document)
    {
        if (!document.HasClosing)
        {
            return;
        }

        Open("<table class=\"document-footer\" role=\"presentation\">", "</table>");
        Open("<tr>", "</tr>");
        if (document.RecipientLines.Count > 0)
        {
            Open("<td class=\"recipients\">", "</td>");
            Line("<p class=\"recipients-label\">" + HtmlText.Encode(DocumentParts.RecipientsLabel) + "</p>");
            foreach (string line in document.RecipientLines)
            {
                Line("<p>" + HtmlText.Encode(line) + "</p>");
            }

            Close();
        }
        else
        {
            Line("<td class=\"recipients\"></td>");
        }

        Open("<td class=\"signature\">", "</td>");
        foreach (string line in document.AuthorityLines)
        {
            Line("<p class=\"authority\">" + HtmlText.Encode(line) + "</p>");
        }

        if (document.SignerName is string signer)
        {
            Line("<p class=\"signature-space\"></p>");
            Line("<p class=\"signer\">" + HtmlText.Encode(signer) + "</p>");
        }

        Close();
        Close();
        Close();
    }

    private string ClauseNumber(int n) =>
        _document is null ? n.ToString(CultureInfo.InvariantCulture) + "." : HtmlText.Encode(_document.ClauseNumber(n));


    private void WriteLabel(string label)
    {
        string shownLabel = HtmlText.Encode(ReportText.OneLine(label));
        if (shownLabel.Length > 0)
        {
            Line("<p class=\"label\">", shownLabel, ":</p>");
        }
    }

    private void CloseValues()
    {
        if (_valuesOpen)
        {
            _valuesOpen = false;
            Close();
        }
    }

    /// <summary>Writes an opening tag and indents what follows until <see cref="Close"/>; an empty tag writes and indents nothing.</summary>
    private void Open(string tag, string closer)
    {
        if (tag.Length > 0)
        {
            Line(tag);
        }

        _closers.Add(closer);
    }

    private void Close()
    {
        string closer = _closers[^1];
        _closers.RemoveAt(_closers.Count - 1);
        if (closer.Length > 0)
        {
            Line(closer);
        }
    }

    private void Line(string text) => Line(text, string.Empty, string.Empty);

    /// <summary>
    /// Writes one indented line made of three pieces, without concatenating them first. A document is kept until
    /// <see cref="EndReport"/>, so that the body ending can go into the last paragraph, value or list item of the body:
    /// <paramref name="closerLength"/> is the length of its closing tag, before which the ending goes (0 for other lines).
    /// </summary>
    private void Line(string open, string text, string close, int closerLength = 0)
    {
        int depth = 0;
        foreach (string closer in _closers)
        {
            if (closer.Length > 0)
            {
                depth++;
            }
        }

        if (_document is null)
        {
            for (int i = 0; i < depth; i++)
            {
                _output.Write(IndentUnit);
            }

            _output.Write(open);
            _output.Write(text);
            _output.Write(close);
            _output.Write('\n');
            return;
        }

        _buffer.Append(' ', depth * IndentUnit.Length);
        int length = open.Length + text.Length + close.Length;
        if (closerLength > 0)
        {
            _lastBodyStart = _buffer.Length;
            _lastBodyEnd = _buffer.Length + length - closerLength;
        }

        _buffer.Append(open).Append(text).Append(close).Append('\n');
    }
}
