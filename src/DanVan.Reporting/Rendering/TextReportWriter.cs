namespace DanVan.Reporting;

/// <summary>Writes a report as plain text, the way it reads in a typed report.</summary>
/// <remarks>
/// <para>Layout, for a report with one section:</para>
/// <code>
/// BÁO CÁO
/// Sơ kết công tác dân vận 6 tháng đầu năm 2024
///
/// I. KẾT QUẢ THỰC HIỆN
/// 1. Công tác lãnh đạo, chỉ đạo
/// (one line per paragraph of the text)
/// - Tỷ lệ hộ nghèo: 36,24%
/// Nhiệm vụ:
/// - (one line per item)
/// Các mô hình:
///   1:
///     - Tên mô hình: …
/// </code>
/// <para>
/// Texts are numbered "1.", "2." (the "khoản" level) within their section; texts inside a group are written as
/// "label:" and the paragraphs, indented, without a number. Groups indent their content by two spaces per level.
/// Empty labels leave out the label (and the number of a text). Labels and values are written on one line (line
/// breaks in them become spaces); a text keeps its paragraphs, one per line, trimmed, blank ones dropped.
/// </para>
/// <para>
/// With a <see cref="ReportHeading.Document"/>, the whole document is written by its <see cref="DocumentInfo.Layout"/>:
/// the two-column header as two blocks, each line centred in its column (parent body, issuer, "*" or a short line, the
/// number | the profile's header lines with their rules, the date line), tên loại and trích yếu centred, "Kính gửi:",
/// the body with the profile's heading numbers ("I-", "1-" or "I.", "1.") and its ending ("./." or ".") on the last
/// paragraph, then "Nơi nhận:" and its lines on the left, level with the signature block on the right (authority and
/// position lines, three blank lines for the signature, the name). Rules are drawn with "-". Empty optional parts are
/// left out. A document is written line by line, each line held back until the next, for the body ending.
/// </para>
/// <para>
/// Every line ends with "\n", whatever <see cref="TextWriter.NewLine"/> and the platform say; output does not depend on
/// the current culture. The writer writes one report; the <see cref="TextWriter"/> belongs to the caller and is
/// neither flushed nor disposed. Call order and arguments are checked by <see cref="ReportWriterBase"/>.
/// </para>
/// </remarks>
public sealed partial class TextReportWriter : ReportWriterBase
{
    private const string IndentUnit = "  ";

    private readonly TextWriter _output;
    private readonly List<int> _levels = [];
    private string? _pendingLine;
    private bool _pendingEndable;
    private int _level;
    private bool _blankPending;
    private bool _isDocument;

    /// <summary>Creates a writer that writes to <paramref name="output"/>.</summary>
    /// <param name="output">Where the text goes; the caller keeps ownership of it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="output"/> is null.</exception>
    public TextReportWriter(TextWriter output) => _output = CheckOutput(output, nameof(output));

    /// <inheritdoc/>
    protected override void OnBeginReport(DocumentFrame frame)
    {
        _isDocument = frame.IsDocument;
        if (frame.IsDocument)
        {
            WriteDocumentHeader(frame);
        }
        else
        {
            Line(0, frame.KindName ?? "");
            Line(0, frame.Subject ?? "");
        }

        _blankPending = true;
    }

    /// <inheritdoc/>
    protected override void OnBeginSection(string heading)
    {
        _blankPending = true;
        Line(0, heading);
    }

    /// <inheritdoc/>
    protected override void OnWriteText(string? number, string label, IReadOnlyList<string> paragraphs)
    {
        int paragraphLevel = _level;
        if (number is not null)
        {
            Line(0, number + " " + label);
        }
        else if (_level > 0 && label.Length > 0)
        {
            Line(_level, label + ":");
            paragraphLevel++;
        }

        foreach (string paragraph in paragraphs)
        {
            Line(paragraphLevel, paragraph, endable: true);
        }
    }

    /// <inheritdoc/>
    protected override void OnWriteValue(string label, string value) =>
        Line(_level, label.Length == 0 ? "- " + value : "- " + label + ": " + value, endable: true);

    /// <inheritdoc/>
    protected override void OnBeginList(string label)
    {
        if (label.Length > 0)
        {
            Line(_level, label + ":");
        }

        // Items stand at the label's level; groups in the list go one level deeper.
        Push(1);
    }

    /// <inheritdoc/>
    protected override void OnWriteListItem(string text) => Line(_level - 1, "- " + text, endable: true);

    /// <inheritdoc/>
    protected override void OnEndList() => Pop();

    /// <inheritdoc/>
    protected override void OnBeginGroup(string label, bool isListItem)
    {
        if (label.Length > 0)
        {
            Line(_level, label + ":");
        }

        Push(1);
    }

    /// <inheritdoc/>
    protected override void OnEndGroup() => Pop();

    /// <inheritdoc/>
    protected override void OnEndReport()
    {
        DocumentFrame frame = Frame;
        if (!frame.IsDocument)
        {
            return;
        }

        if (_pendingLine is not null && _pendingEndable)
        {
            _pendingLine = frame.EndBody(_pendingLine, static text => text);
        }

        FlushPending();
        if (frame.HasClosing)
        {
            _blankPending = true;
            WriteClosing(frame);
        }

        FlushPending();
    }

    private void FlushPending()
    {
        if (_pendingLine is not null)
        {
            _output.Write(_pendingLine);
            _output.Write('\n');
            _pendingLine = null;
        }
    }

    private void Push(int step)
    {
        _levels.Add(_level);
        _level += step;
    }

    private void Pop()
    {
        _level = _levels[^1];
        _levels.RemoveAt(_levels.Count - 1);
    }

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
        if (!_isDocument)
        {
            _output.Write(line.Append('\n').ToString());
            return;
        }

        FlushPending();
        _pendingLine = line.ToString();
        _pendingEndable = endable;
    }
}
