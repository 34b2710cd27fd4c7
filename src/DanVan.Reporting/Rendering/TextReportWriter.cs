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
/// neither flushed nor disposed. Calls out of order throw <see cref="InvalidOperationException"/>.
/// </para>
/// </remarks>
public sealed class TextReportWriter : IReportWriter
{
    private const string IndentUnit = "  ";

    private readonly TextWriter _output;
    private readonly ReportWriterState _state = new();
    private const int ColumnGap = 4;

    private readonly List<int> _levels = [];
    private DocumentParts? _document;
    private string? _pendingLine;
    private bool _pendingEndable;
    private int _rightColumn;
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
        if (heading.Document is DocumentInfo document)
        {
            _document = new DocumentParts(heading, document);
            WriteDocumentHeader(_document);
        }
        else
        {
            Line(0, ReportText.DocumentKind);
            Line(0, ReportText.Subject(heading));
        }

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
        Line(0, _document is null
            ? ReportText.SectionHeading(ReportText.OneLine(number), ReportText.OneLine(title))
            : _document.SectionHeading(ReportText.OneLine(number), ReportText.OneLine(title)));
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
                Line(0, ClauseNumber(_textNumber) + " " + shownLabel);
            }
        }
        else if (shownLabel.Length > 0)
        {
            Line(_level, shownLabel + ":");
            paragraphLevel++;
        }

        foreach (string paragraph in ReportText.Paragraphs(text))
        {
            Line(paragraphLevel, paragraph, endable: true);
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
        Line(_level, shownLabel.Length == 0 ? "- " + shownValue : "- " + shownLabel + ": " + shownValue, endable: true);
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
        Line(_level - 1, "- " + ReportText.OneLine(text), endable: true);
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

        if (table.Label.Length > 0)
        {
            Line(_level, table.Label + ":");
        }

        int[] widths = new int[table.Columns.Count];
        for (int c = 0; c < widths.Length; c++)
        {
            widths[c] = TextWidth(table.Columns[c].Header);
            foreach (string[] row in table.Rows)
            {
                widths[c] = Math.Max(widths[c], TextWidth(row[c]));
            }
        }

        var headers = new string[widths.Length];
        var rule = new string[widths.Length];
        for (int c = 0; c < widths.Length; c++)
        {
            headers[c] = table.Columns[c].Header;
            rule[c] = new string('-', widths[c]);
        }

        Line(_level, TableLine(headers, widths, table.Columns, header: true));
        Line(_level, "|-" + string.Join("-|-", rule) + "-|");
        foreach (string[] row in table.Rows)
        {
            Line(_level, TableLine(row, widths, table.Columns, header: false));
        }
    }

    /// <inheritdoc/>
    /// <exception cref="InvalidOperationException">No section is the innermost open block.</exception>
    public void EndSection() => _state.End(ReportBlock.Section);

    // "| 1   | Dân vận khéo | 120 hộ |": headers are centred, cells aligned as their column says.
    private static string TableLine(string[] cells, int[] widths, IReadOnlyList<TableColumn> columns, bool header)
    {
        var line = new System.Text.StringBuilder("|");
        for (int c = 0; c < cells.Length; c++)
        {
            int space = widths[c] - TextWidth(cells[c]);
            TableAlignment alignment = header ? TableAlignment.Center : columns[c].Alignment;
            int before = alignment switch
            {
                TableAlignment.Right => space,
                TableAlignment.Center => space / 2,
                _ => 0,
            };
            line.Append(' ', before + 1).Append(cells[c]).Append(' ', space - before + 1).Append('|');
        }

        return line.ToString();
    }

    // Characters as a monospace terminal shows them: a combining mark (text typed in NFD) takes no column.
    private static int TextWidth(string text)
    {
        int width = 0;
        foreach (char c in text)
        {
            if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) is not (System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.EnclosingMark)
                && !char.IsLowSurrogate(c))
            {
                width++;
            }
        }

        return width;
    }

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
            _pendingLine = _document.EndBody(_pendingLine, ReportText.OneLine);
        }

        FlushPending();
        if (_document.HasClosing)
        {
            _blankPending = true;
            WriteClosing(_document);
        }

        FlushPending();
    }

    /// <summary>Lines centred in a column of <paramref name="width"/> characters, starting at <paramref name="start"/>.</summary>
    private static string Centred(string text, int start, int width) =>
        text.Length == 0 ? "" : new string(' ', start + Math.Max(0, (width - text.Length) / 2)) + text;

    private static int Widest(List<string> lines)
    {
        int width = 0;
        foreach (string line in lines)
        {
            width = Math.Max(width, line.Length);
        }

        return width;
    }

    private static string Rule(int length) => new('-', Math.Max(3, length));

    /// <summary>Two blocks side by side, each line centred in its column; the right column starts at <paramref name="rightStart"/>.</summary>
    private void Columns(List<string> left, List<string> right, int leftWidth, int rightStart, int rightWidth)
    {
        for (int i = 0; i < Math.Max(left.Count, right.Count); i++)
        {
            string leftText = i < left.Count ? Centred(left[i], 0, leftWidth) : "";
            string rightText = i < right.Count ? right[i] : "";
            string line = rightText.Length == 0
                ? leftText
                : leftText + new string(' ', Math.Max(0, rightStart + Math.Max(0, (rightWidth - rightText.Length) / 2) - leftText.Length)) + rightText;
            Line(0, line.TrimEnd());
        }
    }

    private void WriteDocumentHeader(DocumentParts document)
    {
        LayoutProfile layout = document.Layout;
        var left = new List<string>();
        if (document.Parent is string parent)
        {
            left.Add(parent);
        }

        if (document.Issuer is string issuer)
        {
            left.Add(issuer);
            if (document.IssuerMarkText is string mark)
            {
                left.Add(mark);
            }
            else if (layout.IssuerMark == IssuerMark.ShortLine)
            {
                left.Add(Rule(issuer.Length / 3));
            }
        }

        var right = new List<string>();
        foreach (HeaderLine headerLine in layout.HeaderLines)
        {
            string text = DocumentParts.HeaderText(headerLine);
            right.Add(text);
            if (headerLine.RuleBelow)
            {
                right.Add(Rule(text.Length));
            }
        }

        // The number and the date line share the row under the taller column.
        int rows = Math.Max(left.Count, right.Count);
        while (left.Count < rows)
        {
            left.Add("");
        }

        while (right.Count < rows)
        {
            right.Add("");
        }

        left.Add(document.NumberLine ?? "");
        right.Add(document.DateLine ?? "");
        if (document.LetterSubject is string letterSubject)
        {
            // A công văn's trích yếu, under its number.
            left.Add(letterSubject);
            right.Add("");
        }

        int leftWidth = Widest(left);
        _rightColumn = leftWidth + ColumnGap;
        int rightWidth = Widest(right);
        int width = _rightColumn + rightWidth;
        if (document.DraftNote is string draft)
        {
            // The draft note, boxed by brackets at the top right.
            string boxed = "[" + draft + "]";
            Line(0, new string(' ', Math.Max(0, width - boxed.Length)) + boxed);
        }

        Columns(left, right, leftWidth, _rightColumn, rightWidth);

        _blankPending = true;
        if (document.KindName is string kind)
        {
            Line(0, Centred(kind, 0, width));
        }

        if (document.Subject is string subject)
        {
            Line(0, Centred(subject, 0, width));
            if (layout.SubjectRuleBelow)
            {
                Line(0, Centred(Rule(subject.Length / 3), 0, width));
            }
        }

        if (document.Addressees.Count > 0)
        {
            _blankPending = true;
            if (document.Addressees.Count == 1)
            {
                Line(0, Centred(DocumentParts.AddresseesLabel + " " + document.Addressees[0], 0, width));
            }
            else
            {
                IReadOnlyList<string> items = DocumentParts.AddresseeItems(document.Addressees);
                int blockWidth = DocumentParts.AddresseesLabel.Length + 1 + Widest([.. items]);
                string indent = new(' ', Math.Max(0, (width - blockWidth) / 2));
                for (int i = 0; i < items.Count; i++)
                {
                    string label = i == 0 ? DocumentParts.AddresseesLabel : new string(' ', DocumentParts.AddresseesLabel.Length);
                    Line(0, indent + label + " " + items[i]);
                }
            }
        }
    }

    private void WriteClosing(DocumentParts document)
    {
        var left = new List<string>();
        if (document.RecipientLines.Count > 0)
        {
            left.Add(DocumentParts.RecipientsLabel);
            left.AddRange(document.RecipientLines);
        }

        var right = new List<string>(document.AuthorityLines);
        if (document.SignerName is string signer)
        {
            // Room for the signature and the seal.
            right.AddRange(["", "", ""]);
            right.Add(signer);
        }

        int leftWidth = Widest(left);
        int rightStart = Math.Max(_rightColumn, leftWidth + ColumnGap);
        var lines = new List<string>(left.Count);
        foreach (string line in left)
        {
            lines.Add(line);
        }

        // "Nơi nhận" is flush left, not centred.
        Columns(PadRight(lines, leftWidth), right, leftWidth, rightStart, Widest(right));
    }

    private static List<string> PadRight(List<string> lines, int width)
    {
        var padded = new List<string>(lines.Count);
        foreach (string line in lines)
        {
            padded.Add(line.PadRight(width));
        }

        return padded;
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
