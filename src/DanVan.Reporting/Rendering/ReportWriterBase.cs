using DanVan.Reporting.Internal;

namespace DanVan.Reporting;

/// <summary>
/// The base of every writer: it owns the order of the <see cref="IReportWriter"/> calls, the argument checks and their
/// messages (Vietnamese, or English through <see cref="MessageSettings"/>), the document frame, the numbering of texts
/// and the shaping of user text, so that a writer implements only what it draws.
/// </summary>
/// <remarks>
/// <para>
/// Each <see cref="IReportWriter"/> method checks its arguments and its place in the call order first, and throws
/// (see <see cref="IReportWriter"/>) without calling the writer or changing any state when either is wrong; then it
/// calls the matching <c>On…</c> method. Every writer built on this base therefore rejects the same mistakes with the
/// same messages.
/// </para>
/// <para>
/// What the <c>On…</c> methods receive is already shaped and not yet escaped: labels, values, list items, headings and
/// table cells on one line (line breaks become spaces) and trimmed; a text as its paragraphs (split at line breaks,
/// trimmed, blank ones dropped); section headings and text numbers as the profile writes them ("I- KẾT QUẢ", "1-").
/// A table reaches <see cref="OnTable"/> whole, once closed, and only when it has rows.
/// </para>
/// </remarks>
public abstract class ReportWriterBase : IReportWriter
{
    private ReportWriterState _state; // a mutable struct: only ever used in place, through this field
    private DocumentFrame? _frame;
    private int _textNumber;
    private int _sectionCount;

    /// <summary>Creates a writer in its initial state: nothing begun.</summary>
    protected ReportWriterBase()
    {
    }

    /// <summary>Back to the initial state, for a built-in writer that the runtime keeps from one render to the next.</summary>
    private protected virtual void Restart()
    {
        _state = default;
        _frame = null;
        _textNumber = 0;
        _sectionCount = 0;
        Depth = 0;
    }

    /// <summary>The report's frame, computed once at <see cref="BeginReport"/>.</summary>
    /// <exception cref="InvalidOperationException">The report has not been begun.</exception>
    protected DocumentFrame Frame => _frame ?? throw new InvalidOperationException(Messages.Pick(
        "Khung văn bản chỉ có sau BeginReport.",
        "The document frame exists only after BeginReport."));

    /// <summary>How many lists and groups are open around the current call (0 directly in a section or the report).</summary>
    /// <remarks>In <c>OnBeginList</c>/<c>OnBeginGroup</c> and <c>OnEndList</c>/<c>OnEndGroup</c> it is the depth around the block, where its label goes.</remarks>
    protected int Depth { get; private set; }

    /// <inheritdoc/>
    public void BeginReport(ReportHeading heading)
    {
        Preconditions.CheckNotNull(heading.Title, nameof(heading));
        _state.BeginReport();
        _frame = DocumentFrame.For(heading);
        OnBeginReport(_frame);
    }

    /// <inheritdoc/>
    public void BeginSection(string number, string title)
    {
        Preconditions.CheckNotNull(number, nameof(number));
        Preconditions.CheckNotNull(title, nameof(title));
        _state.BeginSection(number);
        _textNumber = 0;
        OnBeginSection(_frame!.SectionHeading(_sectionCount++, ReportText.OneLineLabel(number), ReportText.OneLineLabel(title)));
    }

    /// <inheritdoc/>
    public void WriteText(string label, string text)
    {
        Preconditions.CheckNotNull(label, nameof(label));
        Preconditions.CheckNotNull(text, nameof(text));
        _state.Content(nameof(WriteText));
        string shownLabel = ReportText.OneLineLabel(label);
        string? number = Depth == 0 && shownLabel.Length > 0 ? _frame!.ClauseNumber(++_textNumber) : null;
        OnWriteTextSource(number, shownLabel, text);
    }

    /// <inheritdoc/>
    public void WriteValue(string label, string value)
    {
        Preconditions.CheckNotNull(label, nameof(label));
        Preconditions.CheckNotNull(value, nameof(value));
        _state.Content(nameof(WriteValue));
        OnWriteValue(ReportText.OneLineLabel(label), ReportText.OneLine(value));
    }

    /// <summary>
    /// <see cref="WriteValue(string, string)"/> for a value formatted into a span (the render paths of
    /// <see cref="Rendering.FieldFormatting"/>): the same checks, and no string for the value when the writer draws spans.
    /// </summary>
    internal void WriteValue(string label, ReadOnlySpan<char> value)
    {
        Preconditions.CheckNotNull(label, nameof(label));
        _state.Content(nameof(WriteValue));
        OnWriteValueSource(ReportText.OneLineLabel(label), value);
    }

    /// <inheritdoc/>
    public void BeginList(string label)
    {
        Preconditions.CheckNotNull(label, nameof(label));
        _state.BeginList(label);
        OnBeginList(ReportText.OneLineLabel(label));
        Depth++;
    }

    /// <inheritdoc/>
    public void WriteListItem(string text)
    {
        Preconditions.CheckNotNull(text, nameof(text));
        _state.ListItem();
        OnWriteListItemSource(text);
    }

    /// <inheritdoc/>
    public void EndList()
    {
        _state.End(ReportBlock.List);
        Depth--;
        OnEndList();
    }

    /// <inheritdoc/>
    public void BeginGroup(string label)
    {
        Preconditions.CheckNotNull(label, nameof(label));
        bool listItem = _state.BeginGroup(label);
        OnBeginGroup(ReportText.OneLineLabel(label), listItem);
        Depth++;
    }

    /// <inheritdoc/>
    public void EndGroup()
    {
        _state.End(ReportBlock.Group);
        Depth--;
        OnEndGroup();
    }

    /// <inheritdoc/>
    public void BeginTable(string label, IReadOnlyList<TableColumn> columns)
    {
        Preconditions.CheckNotNull(label, nameof(label));
        Preconditions.CheckNotNull(columns, nameof(columns));
        _state.BeginTable(label, columns);
    }

    /// <inheritdoc/>
    public void BeginTableRow() => _state.BeginTableRow();

    /// <inheritdoc/>
    public void WriteCell(string text) => _state.Cell(Preconditions.CheckNotNull(text, nameof(text)));

    /// <inheritdoc/>
    public void EndTableRow() => _state.EndTableRow();

    /// <inheritdoc/>
    public void EndTable()
    {
        ReportTable table = _state.EndTable();
        if (table.Rows.Count > 0)
        {
            OnTable(table); // a table without rows is left out, label and all
        }
    }

    /// <inheritdoc/>
    public void EndSection()
    {
        _state.End(ReportBlock.Section);
        OnEndSection();
    }

    /// <inheritdoc/>
    public void EndReport()
    {
        _state.EndReport();
        OnEndReport();
    }

    /// <summary>Checks a writer's output argument: throws <see cref="ArgumentNullException"/> with the library's message when it is null.</summary>
    /// <typeparam name="T">The output's type.</typeparam>
    /// <param name="output">The output.</param>
    /// <param name="paramName">The argument's name.</param>
    /// <returns><paramref name="output"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="output"/> is null.</exception>
    protected static T CheckOutput<T>(T? output, string paramName)
        where T : class => Preconditions.CheckNotNull(output, paramName);

    /// <summary>Checks a stream a writer writes to: not null, and writable.</summary>
    /// <param name="output">The stream.</param>
    /// <param name="paramName">The argument's name.</param>
    /// <returns><paramref name="output"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="output"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="output"/> is not writable.</exception>
    protected static Stream CheckWritable(Stream? output, string paramName)
    {
        Stream stream = Preconditions.CheckNotNull(output, paramName);
        if (!stream.CanWrite)
        {
            throw new ArgumentException(
                Messages.Pick("Luồng ghi không ghi được.", "The output stream is not writable."),
                paramName);
        }

        return stream;
    }

    /// <summary>
    /// Draws a text from its source: the writers of this assembly walk its paragraphs as slices
    /// (<see cref="ReportText.EnumerateParagraphs"/>); any other writer gets them as strings through <see cref="OnWriteText"/>.
    /// </summary>
    private protected virtual void OnWriteTextSource(string? number, string label, string text) =>
        OnWriteText(number, label, ReportText.Paragraphs(text));

    /// <summary>Draws a labelled value given as a span, already on one line; by default through <see cref="OnWriteValue"/>.</summary>
    private protected virtual void OnWriteValueSpan(string label, ReadOnlySpan<char> value) => OnWriteValue(label, value.ToString());

    /// <summary>
    /// Draws a labelled value given as a span, as the caller gave it: by default put on one line
    /// (<see cref="ReportText.OneLine"/>) and drawn through <see cref="OnWriteValueSpan"/>. A writer that scans the value
    /// anyway (to escape it) looks for line breaks in the same pass.
    /// </summary>
    private protected virtual void OnWriteValueSource(string label, ReadOnlySpan<char> value)
    {
        if (ReportText.IsOneLine(value))
        {
            OnWriteValueSpan(label, value);
        }
        else
        {
            OnWriteValue(label, ReportText.OneLine(value.ToString()));
        }
    }

    /// <summary>Draws a list item as the caller gave it: by default put on one line and drawn through <see cref="OnWriteListItem"/>.</summary>
    private protected virtual void OnWriteListItemSource(string text) => OnWriteListItem(ReportText.OneLine(text));

    /// <summary>Draws the opening of the report: the document's header (or a bare report's title) from <paramref name="frame"/>.</summary>
    /// <param name="frame">The frame, also available as <see cref="Frame"/>.</param>
    protected abstract void OnBeginReport(DocumentFrame frame);

    /// <summary>Draws a section's heading and opens the section.</summary>
    /// <param name="heading">The heading as the profile writes it ("I- KẾT QUẢ THỰC HIỆN"); empty when number and title are.</param>
    protected abstract void OnBeginSection(string heading);

    /// <summary>Draws a text.</summary>
    /// <param name="number">Its number within its section ("1-", "1.") when it stands directly in the section or report and has a label; null otherwise (inside a list or group, or unlabelled).</param>
    /// <param name="label">The label, on one line; empty for none.</param>
    /// <param name="paragraphs">The paragraphs, each on one line; may be empty.</param>
    protected abstract void OnWriteText(string? number, string label, IReadOnlyList<string> paragraphs);

    /// <summary>Draws a labelled value.</summary>
    /// <param name="label">The label, on one line; empty for none.</param>
    /// <param name="value">The formatted value, on one line.</param>
    protected abstract void OnWriteValue(string label, string value);

    /// <summary>Opens a list under its label.</summary>
    /// <param name="label">The label, on one line; empty for none.</param>
    protected abstract void OnBeginList(string label);

    /// <summary>Draws one item of a list of texts.</summary>
    /// <param name="text">The item, on one line.</param>
    protected abstract void OnWriteListItem(string text);

    /// <summary>Closes the list opened last.</summary>
    protected abstract void OnEndList();

    /// <summary>Opens a group.</summary>
    /// <param name="label">The label, on one line; empty for none.</param>
    /// <param name="isListItem">Whether the group is one item of a list of records (a list is the innermost open block).</param>
    protected abstract void OnBeginGroup(string label, bool isListItem);

    /// <summary>Closes the group opened last.</summary>
    protected abstract void OnEndGroup();

    /// <summary>Draws a closed table that has rows.</summary>
    /// <param name="table">The table.</param>
    protected abstract void OnTable(ReportTable table);

    /// <summary>Closes the section opened last; nothing by default.</summary>
    protected virtual void OnEndSection()
    {
    }

    /// <summary>Draws the end of the report: the body ending, the closing (signature block and "Nơi nhận") from <see cref="Frame"/>, and flushes what the writer held back.</summary>
    protected abstract void OnEndReport();
}
