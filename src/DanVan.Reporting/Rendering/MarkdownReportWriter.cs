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
/// - Tỷ lệ hộ nghèo: 36,24%
/// - Nhiệm vụ:
///   - (one item per line)
/// - Các mô hình:
///   - 1:
///     - Tên mô hình: …
/// </code>
/// <para>
/// Values, lists and groups are items of one bullet list, nested two spaces per level, so that any depth renders and
/// a list never runs into the next one. Texts are "###" headings numbered within their section, then paragraphs;
/// inside a group a text is an item whose paragraphs are joined by hard line breaks. Empty labels leave out the label
/// (and the number of a text). Labels are printed in the profile's <see cref="LayoutProfile.LabelStyle"/> (plain in
/// both shipped profiles), as in every other format; in a document, a top-level list's or group's label is a line of
/// its own with its "- " lines under it, as the text, DOCX and PDF layouts print it.
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
/// <see cref="TextWriter"/> belongs to the caller and is neither flushed nor disposed. Call order and arguments are
/// checked by <see cref="ReportWriterBase"/>.
/// </para>
/// </remarks>
public sealed partial class MarkdownReportWriter : ReportWriterBase
{
    private readonly LineOutput _lines;

    /// <summary>Creates a writer that writes to <paramref name="output"/>.</summary>
    /// <param name="output">Where the Markdown goes; the caller keeps ownership of it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="output"/> is null.</exception>
    public MarkdownReportWriter(TextWriter output) => _lines = new LineOutput(CheckOutput(output, nameof(output)));

    /// <inheritdoc/>
    protected override void OnBeginReport(DocumentFrame frame)
    {
        _lines.IsDocument = frame.IsDocument;
        if (frame.IsDocument)
        {
            WriteDocumentHeader(frame);
            return;
        }

        Block("# " + MarkdownText.Escape(frame.KindName ?? ""));
        if (frame.Subject is string subject)
        {
            Block("**" + MarkdownText.Escape(subject) + "**");
        }
    }

    /// <inheritdoc/>
    protected override void OnBeginSection(string heading) => Block("## " + MarkdownText.Escape(heading));

    /// <inheritdoc/>
    protected override void OnWriteText(string? number, string label, IReadOnlyList<string> paragraphs)
    {
        if (Depth == 0)
        {
            if (number is not null)
            {
                Block("### " + MarkdownText.Escape(number) + " " + MarkdownText.Escape(label));
            }

            foreach (string paragraph in paragraphs)
            {
                Block(MarkdownText.EscapeLineStart(paragraph), endable: true);
            }

            return;
        }

        // Inside a group: one item, the paragraphs joined by hard line breaks (a trailing backslash).
        string first = label.Length == 0 ? string.Empty : Label(label);
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
                    Item(_lines.Level, first);
                }

                Line(_lines.Level + 1, escaped + end, endable: true);
            }
        }

        if (paragraphs.Count <= 1)
        {
            Item(_lines.Level, first, endable: true);
        }
    }

    /// <inheritdoc/>
    protected override void OnWriteValue(string label, string value)
    {
        string shownValue = MarkdownText.EscapeLineStart(value);
        Item(_lines.Level, label.Length == 0 ? shownValue : Label(label) + " " + shownValue, endable: true);
    }

    /// <inheritdoc/>
    protected override void OnBeginList(string label) => OpenLabelled(label);

    /// <inheritdoc/>
    protected override void OnWriteListItem(string text) => Item(_lines.Level, MarkdownText.EscapeLineStart(text), endable: true);

    /// <inheritdoc/>
    protected override void OnEndList() => _lines.Pop();

    /// <inheritdoc/>
    protected override void OnBeginGroup(string label, bool isListItem) => OpenLabelled(label);

    /// <inheritdoc/>
    protected override void OnEndGroup() => _lines.Pop();

    /// <inheritdoc/>
    protected override void OnEndReport()
    {
        DocumentFrame frame = Frame;
        if (!frame.IsDocument)
        {
            return;
        }

        _lines.EndBody(frame, MarkdownText.Escape);
        _lines.FlushPending();
        WriteClosing(frame);
        _lines.FlushPending();
    }

    /// <summary>A label and its ":" in the frame's label style (<see cref="DocumentFrame.LabelStyle"/>): plain, or "**…:**" when the profile bolds labels.</summary>
    private string Label(string label)
    {
        TextStyle style = Frame.LabelStyle;
        string mark = style.Bold && style.Italic ? "***" : style.Bold ? "**" : style.Italic ? "*" : "";
        return mark + MarkdownText.Escape(label) + ":" + mark;
    }

    /// <summary>
    /// A list or group: an item "label:" whose content nests one level deeper; no item when the label is empty. In a
    /// document a top-level label is a line of its own with its "- " lines under it, as every other format prints it.
    /// </summary>
    private void OpenLabelled(string label)
    {
        if (label.Length == 0)
        {
            _lines.Push(0);
            return;
        }

        if (_lines.IsDocument && _lines.Level == 0)
        {
            Block(Label(label));
            _lines.Push(0);
            return;
        }

        Item(_lines.Level, Label(label));
        _lines.Push(1);
    }

    /// <summary>A heading or paragraph: blank lines around it.</summary>
    private void Block(string text, bool endable = false)
    {
        _lines.BlankPending = _lines.WroteAnything;
        Line(0, text, endable);
        _lines.BlankPending = true;
    }

    private void Item(int level, string content, bool endable = false) => Line(level, content.Length == 0 ? "-" : "- " + content, endable);

    private void Line(int level, string text, bool endable = false) => _lines.Line(level, text, endable);
}
