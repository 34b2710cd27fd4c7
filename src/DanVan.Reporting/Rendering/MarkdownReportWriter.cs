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
        Block("## " + ReportText.SectionHeading(MarkdownText.Escape(ReportText.OneLine(number)), MarkdownText.Escape(ReportText.OneLine(title))));
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
                Block("### " + _textNumber.ToString(CultureInfo.InvariantCulture) + ". " + MarkdownText.Escape(shownLabel));
            }

            foreach (string paragraph in paragraphs)
            {
                Block(MarkdownText.EscapeLineStart(paragraph));
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

                Line(_level + 1, escaped + end);
            }
        }

        if (paragraphs.Count <= 1)
        {
            Item(_level, first);
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
        Item(_level, shownLabel.Length == 0 ? shownValue : Bold(shownLabel) + " " + shownValue);
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
        Item(_level, MarkdownText.EscapeLineStart(ReportText.OneLine(text)));
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
    /// <exception cref="InvalidOperationException">No section is the innermost open block.</exception>
    public void EndSection() => _state.End(ReportBlock.Section);

    /// <inheritdoc/>
    /// <exception cref="InvalidOperationException">The report is not open, or a section, list or group is still open.</exception>
    public void EndReport() => _state.EndReport();

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
    private void Block(string text)
    {
        _blankPending = _wroteAnything;
        Line(0, text);
        _blankPending = true;
    }

    private void Item(int level, string content) => Line(level, content.Length == 0 ? "-" : "- " + content);

    private void Line(int level, string text)
    {
        if (_blankPending)
        {
            _output.Write('\n');
            _blankPending = false;
        }

        for (int i = 0; i < level; i++)
        {
            _output.Write(IndentUnit);
        }

        _output.Write(text);
        _output.Write('\n');
        _wroteAnything = true;
    }
}
