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
    private readonly LineOutput _lines;

    /// <summary>Creates a writer that writes to <paramref name="output"/>.</summary>
    /// <param name="output">Where the text goes; the caller keeps ownership of it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="output"/> is null.</exception>
    public TextReportWriter(TextWriter output) => _lines = new LineOutput(CheckOutput(output, nameof(output)));

    /// <inheritdoc/>
    protected override void OnBeginReport(DocumentFrame frame)
    {
        _lines.IsDocument = frame.IsDocument;
        if (frame.IsDocument)
        {
            WriteDocumentHeader(frame);
        }
        else
        {
            Line(0, frame.KindName ?? "");
            Line(0, frame.Subject ?? "");
        }

        _lines.BlankPending = true;
    }

    /// <inheritdoc/>
    protected override void OnBeginSection(string heading)
    {
        _lines.BlankPending = true;
        Line(0, heading);
    }

    /// <inheritdoc/>
    protected override void OnWriteText(string? number, string label, IReadOnlyList<string> paragraphs)
    {
        int paragraphLevel = _lines.Level;
        if (number is not null)
        {
            Line(0, number + " " + label);
        }
        else if (_lines.Level > 0 && label.Length > 0)
        {
            Line(_lines.Level, label + ":");
            paragraphLevel++;
        }

        foreach (string paragraph in paragraphs)
        {
            Line(paragraphLevel, paragraph, endable: true);
        }
    }

    /// <inheritdoc/>
    protected override void OnWriteValue(string label, string value) =>
        Line(_lines.Level, label.Length == 0 ? "- " + value : "- " + label + ": " + value, endable: true);

    /// <inheritdoc/>
    protected override void OnBeginList(string label)
    {
        if (label.Length > 0)
        {
            Line(_lines.Level, label + ":");
        }

        // Items stand at the label's level; groups in the list go one level deeper.
        _lines.Push(1);
    }

    /// <inheritdoc/>
    protected override void OnWriteListItem(string text) => Line(_lines.Level - 1, "- " + text, endable: true);

    /// <inheritdoc/>
    protected override void OnEndList() => _lines.Pop();

    /// <inheritdoc/>
    protected override void OnBeginGroup(string label, bool isListItem)
    {
        if (label.Length > 0)
        {
            Line(_lines.Level, label + ":");
        }

        _lines.Push(1);
    }

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

        _lines.EndBody(frame, static text => text);
        _lines.FlushPending();
        if (frame.HasClosing)
        {
            _lines.BlankPending = true;
            WriteClosing(frame);
        }

        _lines.FlushPending();
    }

    private void Line(int level, string text, bool endable = false) => _lines.Line(level, text, endable);
}
