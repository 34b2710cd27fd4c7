using System.Globalization;
using DanVan.Reporting.Internal;

namespace DanVan.Reporting;

/// <summary>Writes a report as CommonMark.</summary>
/// <remarks>
/// <para>Layout:</para>
/// <code>
/// # BÁO CÁO
///
/// **Sơ kết công tác dân vận 6 tháng đầu năm 2024**
///
/// ## I. KẾT QUẢ THỰC HIỆN
///
/// ### 1. Công tác lãnh đạo, chỉ đạo
///
/// (one paragraph per paragraph of the text)
///
/// - **Tỷ lệ hộ nghèo:** 36,24%
/// - **Nhiệm vụ:**
///   - (one item per line)
/// - **Các mô hình:**
///   - **1:**
///     - **Tên mô hình:** …
/// </code>
/// <para>
/// Values, lists and groups are items of one bullet list, nested two spaces per level, so that any depth renders and
/// a list never runs into the next one. Texts are "###" headings numbered within their section, then paragraphs;
/// inside a group a text is an item whose paragraphs are joined by hard line breaks. Empty labels leave out the label
/// (and the number of a text).
/// </para>
/// <para>
/// User text (labels, values, items, paragraphs, titles) is escaped so that it never turns into markup: see the
/// remarks of the escaping rules in the source (<c>MarkdownText</c>); in short a backslash goes before
/// <c>\ ` * _ [ ] &lt; &gt; &amp; # ~</c>, and before "-", "+", "=" or an ordered-list "1." at the start of a line.
/// </para>
/// <para>
/// With a <see cref="ReportHeading.Document"/>, the whole document is written by its <see cref="DocumentInfo.Layout"/>
/// as stacked lines (paragraphs whose lines end with hard breaks), bold and italic as the profile's styles say: the
/// left header block (parent body, issuer, "*", number), the right one (the profile's header lines), the date line,
/// tên loại as the "#" heading, the trích yếu, "Kính gửi:", the body with the profile's heading numbers and its ending
/// on the last paragraph, the signature block (authority and position lines, the name) and "Nơi nhận:" with its lines.
/// Lines drawn under texts have no Markdown equivalent and are left out; so are empty optional parts.
/// </para>
/// <para>
/// Lines end with "\n"; output does not depend on the current culture. The writer writes one report; the
/// <see cref="TextWriter"/> belongs to the caller and is neither flushed nor disposed. Calls out of order throw
/// <see cref="InvalidOperationException"/>.
/// </para>
/// </remarks>
public sealed class MarkdownReportWriter : IReportWriter
{
    private const string IndentUnit = "  ";

    private readonly TextWriter _output;
    private readonly ReportWriterState _state = new();
    private readonly List<int> _levels = [];
    private DocumentParts? _document;
    private string? _pendingLine;
    private bool _pendingEndable;
    private int _level;
    private int _textNumber;
    private bool _blankPending;
    private bool _wroteAnything;

    /// <summary>Creates a writer that writes to <paramref name="output"/>.</summary>
    /// <param name="output">Where the Markdown goes; the caller keeps ownership of it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="output"/> is null.</exception>
    public MarkdownReportWriter(TextWriter output) => _output = Preconditions.CheckNotNull(output, nameof(output));

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
            WriteDocumentHeader(_document);
            return;
        }

        Block("# " + ReportText.DocumentKind);
        string subject = ReportText.Subject(heading);
        if (subject.Length > 0)
        {
            Block("**" + MarkdownText.Escape(subject) + "**");
        }
    }

    /// <inheritdoc/>
    /// <exception cref="ArgumentNullException"><paramref name="number"/> or <paramref name="title"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The report is not open, or a section, list or group is still open.</exception>
    public void BeginSection(string number, string title)
    {
        Preconditions.CheckNotNull(number, nameof(number));
        Preconditions.CheckNotNull(title, nameof(title));
        _state.BeginSection(number);
        _textNumber = 0;
        Block("## " + (_document is null
            ? ReportText.SectionHeading(MarkdownText.Escape(ReportText.OneLine(number)), MarkdownText.Escape(ReportText.OneLine(title)))
            : MarkdownText.Escape(_document.SectionHeading(ReportText.OneLine(number), ReportText.OneLine(title)))));
    }

    /// <inheritdoc/>
    /// <exception cref="ArgumentNullException"><paramref name="label"/> or <paramref name="text"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The report is not open, or a list is the innermost open block.</exception>
    public void WriteText(string label, string text)
    {
        Preconditions.CheckNotNull(label, nameof(label));
        Preconditions.CheckNotNull(text, nameof(text));
        _state.Content(nameof(WriteText));
        string shownLabel = ReportText.OneLine(label);
        List<string> paragraphs = ReportText.Paragraphs(text);
        if (_level == 0)
        {
            if (shownLabel.Length > 0)
            {
                _textNumber++;
                Block("### " + ClauseNumber(_textNumber) + " " + MarkdownText.Escape(shownLabel));
            }

            foreach (string paragraph in paragraphs)
            {
                Block(MarkdownText.EscapeLineStart(paragraph), endable: true);
            }

            return;
        }

        // Inside a group: one item, the paragraphs joined by hard line breaks (a trailing backslash).
        string first = shownLabel.Length == 0 ? string.Empty : Bold(shownLabel);
        for (int i = 0; i < paragraphs.Count; i++)
        {
            string escaped = MarkdownText.EscapeLineStart(paragraphs[i]);
            string end = i < paragraphs.Count - 1 ? "\\" : string.Empty;
            if (i == 0)
            {
                first = first.Length == 0 ? escaped + end : first + " " + escaped + end;
            }
            else
            {
                if (i == 1)
                {
                    Item(_level, first);
                }

                Line(_level + 1, escaped + end, endable: true);
            }
        }

        if (paragraphs.Count <= 1)
        {
            Item(_level, first, endable: true);
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
        string shownLabel = ReportText.OneLine(label);
        string shownValue = MarkdownText.EscapeLineStart(ReportText.OneLine(value));
        Item(_level, shownLabel.Length == 0 ? shownValue : Bold(shownLabel) + " " + shownValue, endable: true);
    }

    /// <inheritdoc/>
    /// <exception cref="ArgumentNullException"><paramref name="label"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The report is not open, or a list is the innermost open block.</exception>
    public void BeginList(string label)
    {
        Preconditions.CheckNotNull(label, nameof(label));
        _state.BeginList(label);
        OpenLabelled(label);
    }

    /// <inheritdoc/>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="InvalidOperationException">No list is the innermost open block.</exception>
    public void WriteListItem(string text)
    {
        Preconditions.CheckNotNull(text, nameof(text));
        _state.ListItem();
        Item(_level, MarkdownText.EscapeLineStart(ReportText.OneLine(text)), endable: true);
    }

    /// <inheritdoc/>
    /// <exception cref="InvalidOperationException">No list is the innermost open block.</exception>
    public void EndList()
    {
        _state.End(ReportBlock.List);
        Pop();
    }

    /// <inheritdoc/>
    /// <exception cref="ArgumentNullException"><paramref name="label"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The report is not open.</exception>
    public void BeginGroup(string label)
    {
        Preconditions.CheckNotNull(label, nameof(label));
        _state.BeginGroup(label);
        OpenLabelled(label);
    }

    /// <inheritdoc/>
    /// <exception cref="InvalidOperationException">No group is the innermost open block.</exception>
    public void EndGroup()
    {
        _state.End(ReportBlock.Group);
        Pop();
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


        // A pipe table (GitHub Flavored Markdown) under its label; inside a group it is the content of the label's item.
        int level = _level;
        if (table.Label.Length > 0)
        {
            if (_level == 0)
            {
                Block(Bold(table.Label));
            }
            else
            {
                Item(_level, Bold(table.Label));
                level++;
            }
        }

        _blankPending = _wroteAnything;
        var header = new List<string>(table.Columns.Count);
        var alignments = new List<string>(table.Columns.Count);
        foreach (TableColumn column in table.Columns)
        {
            header.Add(Cell(column.Header));
            alignments.Add(column.Alignment switch
            {
                TableAlignment.Center => ":-:",
                TableAlignment.Right => "--:",
                _ => "---",
            });
        }

        Line(level, "| " + string.Join(" | ", header) + " |");
        Line(level, "| " + string.Join(" | ", alignments) + " |");
        foreach (string[] row in table.Rows)
        {
            var cells = new string[row.Length];
            for (int i = 0; i < row.Length; i++)
            {
                cells[i] = Cell(row[i]);
            }

            Line(level, "| " + string.Join(" | ", cells) + " |");
        }

        _blankPending = true;
    }

    /// <inheritdoc/>
    /// <exception cref="InvalidOperationException">No section is the innermost open block.</exception>
    public void EndSection() => _state.End(ReportBlock.Section);

    // A cell's text: escaped, with "|" escaped too since it would end the cell.
    private static string Cell(string text) => MarkdownText.Escape(ReportText.OneLine(text)).Replace("|", "\\|", StringComparison.Ordinal);

    /// <inheritdoc/>
    /// <exception cref="InvalidOperationException">The report is not open, or a section, list or group is still open.</exception>
    public void EndReport()
    {
        _state.EndReport();
        if (_document is null)
        {
            return;
        }

        if (_pendingLine is not null && _pendingEndable)
        {
            _pendingLine = _document.EndBody(_pendingLine, MarkdownText.Escape);
        }

        FlushPending();
        WriteClosing(_document);
        FlushPending();
    }

    /// <summary>Text in the emphasis of a style: "**bold**", "*italic*", "***both***"; Markdown has no underline.</summary>
    private static string Styled(string text, TextStyle style)
    {
        string escaped = MarkdownText.EscapeLineStart(text);
        string mark = style.Bold && style.Italic ? "***" : style.Bold ? "**" : style.Italic ? "*" : "";
        return mark + escaped + mark;
    }

    /// <summary>Lines of one paragraph joined by hard line breaks (a trailing backslash); nothing for no lines.</summary>
    private void Stacked(List<string> lines)
    {
        for (int i = 0; i < lines.Count; i++)
        {
            string end = i < lines.Count - 1 ? "\\" : "";
            if (i == 0)
            {
                _blankPending = _wroteAnything;
            }

            Line(0, lines[i] + end);
        }

        _blankPending = lines.Count > 0 || _blankPending;
    }

    /// <summary>
    /// The two-column header as two stacked blocks, left (parent, issuer, "*", number) then right (the profile's header
    /// lines, the date line); lines drawn under texts are left out. Then tên loại as the "#" heading, the trích yếu, and
    /// "Kính gửi:".
    /// </summary>
    private void WriteDocumentHeader(DocumentParts document)
    {
        LayoutProfile layout = document.Layout;
        if (document.DraftNote is string draft)
        {
            Block(Styled("[" + draft + "]", layout.DraftNoteStyle));
        }

        var left = new List<string>();
        if (document.Parent is string parent)
        {
            left.Add(Styled(parent, layout.ParentBodyStyle));
        }

        if (document.Issuer is string issuer)
        {
            left.Add(Styled(issuer, layout.IssuerStyle));
            if (document.IssuerMarkText is string mark)
            {
                left.Add(MarkdownText.EscapeLineStart(mark));
            }
        }

        if (document.NumberLine is string number)
        {
            left.Add(Styled(number, layout.NumberStyle));
        }

        if (document.LetterSubject is string letterSubject)
        {
            left.Add(Styled(letterSubject, layout.LetterSubjectStyle));
        }

        Stacked(left);
        var right = new List<string>();
        foreach (HeaderLine headerLine in layout.HeaderLines)
        {
            right.Add(Styled(DocumentParts.HeaderText(headerLine), headerLine.Style));
        }

        Stacked(right);
        if (document.DateLine is string date)
        {
            Block(Styled(date, layout.DateLineStyle));
        }

        if (document.KindName is string kind)
        {
            Block("# " + MarkdownText.Escape(kind));
        }

        if (document.Subject is string subject)
        {
            Block(Styled(subject, layout.SubjectStyle));
        }

        if (document.Addressees.Count == 1)
        {
            Block(MarkdownText.Escape(DocumentParts.AddresseesLabel) + " " + Styled(document.Addressees[0], layout.AddresseeStyle));
        }
        else if (document.Addressees.Count > 1)
        {
            var lines = new List<string> { MarkdownText.Escape(DocumentParts.AddresseesLabel) };
            foreach (string item in DocumentParts.AddresseeItems(document.Addressees))
            {
                lines.Add(Styled(item, layout.AddresseeStyle));
            }

            Stacked(lines);
        }
    }

    /// <summary>The signature block (authority lines, a blank line for the signature, the name), then "Nơi nhận:" and its lines.</summary>
    private void WriteClosing(DocumentParts document)
    {
        LayoutProfile layout = document.Layout;
        var authority = new List<string>();
        foreach (string line in document.AuthorityLines)
        {
            authority.Add(Styled(line, layout.AuthorityStyle));
        }

        Stacked(authority);
        if (document.SignerName is string signer)
        {
            Block(Styled(signer, layout.SignerNameStyle));
        }

        if (document.RecipientLines.Count > 0)
        {
            var lines = new List<string> { Styled(DocumentParts.RecipientsLabel, layout.RecipientsLabelStyle) };
            foreach (string line in document.RecipientLines)
            {
                lines.Add(Styled(line, layout.RecipientsStyle));
            }

            Stacked(lines);
        }
    }

    private string ClauseNumber(int n) =>
        _document is null ? n.ToString(CultureInfo.InvariantCulture) + "." : _document.ClauseNumber(n);

    private void FlushPending()
    {
        if (_pendingLine is not null)
        {
            _output.Write(_pendingLine);
            _output.Write('\n');
            _pendingLine = null;
        }
    }

    private static string Bold(string label) => "**" + MarkdownText.Escape(label) + ":**";

    /// <summary>A list or group: an item "**label:**" whose content nests one level deeper; no item when the label is empty.</summary>
    private void OpenLabelled(string label)
    {
        string shownLabel = ReportText.OneLine(label);
        _levels.Add(_level);
        if (shownLabel.Length > 0)
        {
            Item(_level, Bold(shownLabel));
            _level++;
        }
    }

    private void Pop()
    {
        _level = _levels[^1];
        _levels.RemoveAt(_levels.Count - 1);
    }

    /// <summary>A heading or paragraph: blank lines around it.</summary>
    private void Block(string text, bool endable = false)
    {
        _blankPending = _wroteAnything;
        Line(0, text, endable);
        _blankPending = true;
    }

    private void Item(int level, string content, bool endable = false) => Line(level, content.Length == 0 ? "-" : "- " + content, endable);

    /// <summary>
    /// Writes a line. In a document, the line is held back until the next one, so that the body ending can be appended
    /// to the last line of the body (<paramref name="endable"/>: a paragraph, value or list item).
    /// </summary>
    private void Line(int level, string text, bool endable = false)
    {
        var line = new System.Text.StringBuilder();
        if (_blankPending)
        {
            line.Append('\n');
            _blankPending = false;
        }

        for (int i = 0; i < level; i++)
        {
            line.Append(IndentUnit);
        }

        line.Append(text);
        _wroteAnything = true;
        if (_document is null)
        {
            _output.Write(line.Append('\n').ToString());
            return;
        }

        FlushPending();
        _pendingLine = line.ToString();
        _pendingEndable = endable;
    }
}
