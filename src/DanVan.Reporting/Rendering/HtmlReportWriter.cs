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
/// kept in memory until <see cref="ReportWriterBase.EndReport"/>, for the body ending.
/// </para>
/// <para>
/// All user text is escaped: <c>&amp; &lt; &gt; " '</c> become character references and nothing else changes, so
/// Vietnamese letters stay readable in the source; an unpaired surrogate becomes U+FFFD. Lines end with "\n" and
/// nested elements are indented by two spaces; output does not depend on the current culture. The writer writes one
/// report; the <see cref="TextWriter"/> belongs to the caller and is neither flushed nor disposed. Call order and
/// arguments are checked by <see cref="ReportWriterBase"/>.
/// </para>
/// </remarks>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "The staging buffer is returned to the pool at EndReport; a writer abandoned before that leaves it to the GC, which the pool allows.")]
public sealed partial class HtmlReportWriter : ReportWriterBase
{
    private const string IndentUnit = "  ";

    // Indentation up to 32 levels in one write; deeper lines write it level by level.
    private const string Indent = "                                                                ";

    private const int FlushLength = 3072;

    private readonly TextWriter _output;
    private readonly HtmlReportWriterOptions _options;
    private readonly List<string> _closers = new(16);
    // Lines are put together here and handed to the caller's writer a few thousand characters at a time (one
    // vectorised transcoding per chunk on the UTF-8 paths); a document stays here whole until OnEndReport.
    // On the string paths the caller's pooled writer is the staging buffer itself.
    private readonly PooledStringWriter _staging;
    private readonly bool _ownsStaging;
    private int _depth;
    private int _flushes;
    private int _lastBodyStart = -1;
    private int _lastBodyEnd = -1;
    private bool _valuesOpen;
    private bool _isDocument;

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
        _output = CheckOutput(output, nameof(output));
        _options = CheckOutput(options, nameof(options));
        _ownsStaging = output is not PooledStringWriter;
        _staging = output as PooledStringWriter ?? new PooledStringWriter();
    }

    /// <inheritdoc/>
    protected override void OnBeginReport(DocumentFrame frame)
    {
        _isDocument = frame.IsDocument;
        if (frame.IsDocument)
        {
            WriteOpening(frame);
            return;
        }

        // A bare report's opening (head, style sheet, title) depends on its frame alone, and the frame of the same report
        // is the same instance from one render to the next: the last opening is kept and copied whole.
        Opening? last = Volatile.Read(ref s_lastOpening);
        if (last is not null && ReferenceEquals(last.Frame, frame) && last.FullDocument == _options.FullDocument)
        {
            _staging.Write(last.Text);
            _closers.Add("</article>");
            _depth = 1;
            return;
        }

        int start = _staging.Length;
        int flushes = _flushes;
        WriteOpening(frame);
        if (_flushes == flushes && _closers.Count == 1 && _depth == 1)
        {
            Volatile.Write(ref s_lastOpening, new Opening(frame, _options.FullDocument, new string(_staging.Written[start..])));
        }
    }

    private static Opening? s_lastOpening;

    private sealed record Opening(DocumentFrame Frame, bool FullDocument, string Text);

    private void WriteOpening(DocumentFrame frame)
    {
        string subject = HtmlText.Encode(frame.Subject ?? frame.LetterSubject ?? "");
        if (_options.FullDocument)
        {
            Line("<!DOCTYPE html>");
            Line("<html lang=\"vi\">");
            Line("<head>");
            Line("<meta charset=\"utf-8\">");
            Line("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
            Line("<title>", subject, "</title>");
            Line("<style>");
            if (frame.IsDocument)
            {
                _staging.Write(DocumentStyleSheetLines(frame)); // at the top level: no indentation
            }
            else
            {
                _staging.Write(StyleSheetLines); // at the top level: no indentation
            }

            Line("</style>");
            Line("</head>");
            Line("<body>");
        }

        if (frame.IsDocument)
        {
            Open("<article class=\"report document\">", "</article>");
            WriteDocumentHeader(frame);
            return;
        }

        Open("<article class=\"report\">", "</article>");
        Open("<header>", "</header>");
        LabelLine("<h1>", frame.KindName ?? "", "</h1>");
        if (subject.Length > 0)
        {
            Line("<p class=\"subject\">", subject, "</p>");
        }

        Close();
    }

    /// <inheritdoc/>
    protected override void OnBeginSection(string heading)
    {
        CloseValues();
        Open("<section>", "</section>");
        if (heading.Length > 0)
        {
            LabelLine("<h2>", heading, "</h2>");
        }
    }

    /// <inheritdoc/>
    protected override void OnWriteText(string? number, string label, IReadOnlyList<string> paragraphs)
    {
        bool inGroup = OpenText(number, label);
        foreach (string paragraph in paragraphs)
        {
            EncodedLine("<p>", paragraph, "</p>", "</p>".Length);
        }

        if (inGroup)
        {
            Close();
        }
    }

    /// <inheritdoc/>
    private protected override void OnWriteTextSource(string? number, string label, string text)
    {
        bool inGroup = OpenText(number, label);
        foreach (ReadOnlySpan<char> paragraph in ReportText.EnumerateParagraphs(text))
        {
            EncodedLine("<p>", paragraph, "</p>", "</p>".Length);
        }

        if (inGroup)
        {
            Close();
        }
    }

    /// <summary>A text's label: its own block inside a group, a numbered heading elsewhere; whether a block was opened.</summary>
    private bool OpenText(string? number, string label)
    {
        CloseValues();
        if (Depth > 0)
        {
            Open("<div class=\"text\">", "</div>");
            WriteLabel(label);
            return true;
        }

        if (number is not null)
        {
            PooledStringWriter target = StartLine();
            target.Write("<h3>");
            HtmlText.WriteLabel(target, number);
            target.Write(' ');
            HtmlText.WriteLabel(target, label);
            target.Write("</h3>\n");
        }

        return false;
    }

    /// <inheritdoc/>
    protected override void OnWriteValue(string label, string value)
    {
        if (!_valuesOpen)
        {
            Open("<dl>", "</dl>");
            _valuesOpen = true;
        }

        LabelLine("<dt>", label, "</dt>");
        EncodedLine("<dd>", value, "</dd>", "</dd>".Length);
    }

    /// <inheritdoc/>
    private protected override void OnWriteValueSpan(string label, ReadOnlySpan<char> value)
    {
        if (!_valuesOpen)
        {
            Open("<dl>", "</dl>");
            _valuesOpen = true;
        }

        LabelLine("<dt>", label, "</dt>");
        EncodedLine("<dd>", value, "</dd>", "</dd>".Length);
    }

    /// <inheritdoc/>
    protected override void OnBeginList(string label)
    {
        CloseValues();
        Open("<div class=\"list\">", "</div>");
        WriteLabel(label);
        Open("<ul>", "</ul>");
    }

    /// <inheritdoc/>
    protected override void OnWriteListItem(string text) => EncodedLine("<li>", text, "</li>", "</li>".Length);

    /// <inheritdoc/>
    protected override void OnEndList()
    {
        Close();
        Close();
    }

    /// <inheritdoc/>
    protected override void OnBeginGroup(string label, bool isListItem)
    {
        CloseValues();
        Open(isListItem ? "<li>" : string.Empty, isListItem ? "</li>" : string.Empty);
        Open("<div class=\"group\">", "</div>");
        WriteLabel(label);
    }

    /// <inheritdoc/>
    protected override void OnEndGroup()
    {
        CloseValues();
        Close();
        Close();
    }

    /// <inheritdoc/>
    protected override void OnEndSection()
    {
        CloseValues();
        Close();
    }

    /// <inheritdoc/>
    protected override void OnEndReport()
    {
        DocumentFrame frame = Frame;
        CloseValues();
        if (frame.IsDocument)
        {
            WriteClosing(frame);
        }

        Close();
        if (_options.FullDocument)
        {
            Line("</body>");
            Line("</html>");
        }

        if (frame.IsDocument && _lastBodyStart >= 0)
        {
            string last = new(_staging.Written[_lastBodyStart.._lastBodyEnd]);
            _staging.Replace(_lastBodyStart, last.Length, frame.EndBody(last, HtmlText.Encode));
        }

        // The document never becomes one string: the UTF-8 paths encode the buffer as it is.
        if (_ownsStaging)
        {
            _output.Write(_staging.Written);
            _staging.Dispose();
        }
    }

    private void WriteLabel(string label)
    {
        if (label.Length > 0)
        {
            LabelLine("<p class=\"label\">", label, ":</p>");
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
        if (closer.Length > 0)
        {
            _depth++;
        }
    }

    private void Close()
    {
        string closer = _closers[^1];
        _closers.RemoveAt(_closers.Count - 1);
        if (closer.Length > 0)
        {
            _depth--;
            Line(closer);
        }
    }

    /// <summary>Writes the current indentation and returns where the rest of the line goes.</summary>
    private PooledStringWriter StartLine()
    {
        PooledStringWriter target = _staging;
        int width = _depth * IndentUnit.Length;
        for (; width > Indent.Length; width -= Indent.Length)
        {
            target.Write(Indent);
        }

        target.Write(Indent.AsSpan(0, width));
        return target;
    }

    /// <summary>Writes one indented line of markup.</summary>
    private void Line(string text)
    {
        PooledStringWriter target = StartLine();
        target.Write(text);
        target.Write('\n');
        HandOver(target);
    }

    /// <summary>
    /// Writes one indented line made of three pieces, without concatenating them first. A document is kept until
    /// <see cref="OnEndReport"/>, so that the body ending can go into the last paragraph, value or list item of the body:
    /// <paramref name="closerLength"/> is the length of its closing tag, before which the ending goes (0 for other lines).
    /// </summary>
    private void Line(string open, string text, string close, int closerLength = 0)
    {
        PooledStringWriter target = StartLine();
        int start = target.Length;
        target.Write(open);
        target.Write(text);
        EndLine(target, start, close, closerLength);
    }

    /// <summary>Writes one indented line as <see cref="Line(string, string, string, int)"/> does, its middle piece a label (escaped, see <see cref="HtmlText.WriteLabel"/>).</summary>
    private void LabelLine(string open, string label, string close)
    {
        PooledStringWriter target = StartLine();
        int start = target.Length;
        target.Write(open);
        HtmlText.WriteLabel(target, label);
        EndLine(target, start, close, 0);
    }

    /// <summary>Writes one indented line as <see cref="Line(string, string, string, int)"/> does, its middle piece (a slice) escaped on the way.</summary>
    private void EncodedLine(string open, ReadOnlySpan<char> text, string close, int closerLength = 0)
    {
        PooledStringWriter target = StartLine();
        int start = target.Length;
        target.Write(open);
        HtmlText.Write(target, text);
        EndLine(target, start, close, closerLength);
    }

    /// <summary>Ends a line begun at <paramref name="start"/>: its closing piece, where a body ending would go, and "\n".</summary>
    private void EndLine(PooledStringWriter target, int start, string close, int closerLength)
    {
        target.Write(close);
        if (closerLength > 0 && _isDocument)
        {
            _lastBodyStart = start;
            _lastBodyEnd = target.Length - closerLength;
        }

        target.Write('\n');
        HandOver(target);
    }

    /// <summary>Hands a few thousand staged characters at a time to the caller's writer (a report, not a document, which stays whole).</summary>
    private void HandOver(PooledStringWriter target)
    {
        if (_ownsStaging && !_isDocument && target.Length >= FlushLength)
        {
            _output.Write(target.Written);
            target.Clear();
            _flushes++;
        }
    }
}
