using System.Globalization;
using DanVan.Reporting.Internal;

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
/// Every line ends with "\n", whatever <see cref="TextWriter.NewLine"/> and the platform say; output does not depend on
/// the current culture. The writer writes one report; the <see cref="TextWriter"/> belongs to the caller and is
/// neither flushed nor disposed. Calls out of order throw <see cref="InvalidOperationException"/>.
/// </para>
/// </remarks>
public sealed class TextReportWriter : IReportWriter
{
    private const string IndentUnit = "  ";

    private readonly TextWriter _output;
    private readonly ReportWriterState _state = new();
    private readonly List<int> _levels = [];
    private int _level;
    private int _textNumber;
    private bool _blankPending;

    /// <summary>Creates a writer that writes to <paramref name="output"/>.</summary>
    /// <param name="output">Where the text goes; the caller keeps ownership of it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="output"/> is null.</exception>
    public TextReportWriter(TextWriter output) => _output = Preconditions.CheckNotNull(output, nameof(output));

    /// <inheritdoc/>
    /// <exception cref="ArgumentNullException">The heading's title is null.</exception>
    /// <exception cref="InvalidOperationException">The report was already begun.</exception>
    public void BeginReport(ReportHeading heading)
    {
        Preconditions.CheckNotNull(heading.Title, nameof(heading));
        _state.BeginReport();
        Line(0, ReportText.DocumentKind);
        Line(0, ReportText.Subject(heading));
        _blankPending = true;
    }

    /// <inheritdoc/>
    /// <exception cref="ArgumentNullException"><paramref name="number"/> or <paramref name="title"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The report is not open, or a section, list or group is still open.</exception>
    public void BeginSection(string number, string title)
    {
        Preconditions.CheckNotNull(number, nameof(number));
        Preconditions.CheckNotNull(title, nameof(title));
        _state.BeginSection(number);
        _blankPending = true;
        _textNumber = 0;
        Line(0, ReportText.SectionHeading(ReportText.OneLine(number), ReportText.OneLine(title)));
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
        int paragraphLevel = _level;
        if (_level == 0)
        {
            if (shownLabel.Length > 0)
            {
                _textNumber++;
                Line(0, _textNumber.ToString(CultureInfo.InvariantCulture) + ". " + shownLabel);
            }
        }
        else if (shownLabel.Length > 0)
        {
            Line(_level, shownLabel + ":");
            paragraphLevel++;
        }

        foreach (string paragraph in ReportText.Paragraphs(text))
        {
            Line(paragraphLevel, paragraph);
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
        string shownValue = ReportText.OneLine(value);
        Line(_level, shownLabel.Length == 0 ? "- " + shownValue : "- " + shownLabel + ": " + shownValue);
    }

    /// <inheritdoc/>
    /// <exception cref="ArgumentNullException"><paramref name="label"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The report is not open, or a list is the innermost open block.</exception>
    public void BeginList(string label)
    {
        Preconditions.CheckNotNull(label, nameof(label));
        _state.BeginList(label);
        string shownLabel = ReportText.OneLine(label);
        if (shownLabel.Length > 0)
        {
            Line(_level, shownLabel + ":");
        }

        // Items stand at the label's level; groups in the list go one level deeper.
        Push(1);
    }

    /// <inheritdoc/>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="InvalidOperationException">No list is the innermost open block.</exception>
    public void WriteListItem(string text)
    {
        Preconditions.CheckNotNull(text, nameof(text));
        _state.ListItem();
        Line(_level - 1, "- " + ReportText.OneLine(text));
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
        string shownLabel = ReportText.OneLine(label);
        if (shownLabel.Length > 0)
        {
            Line(_level, shownLabel + ":");
        }

        Push(1);
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
    }
}
