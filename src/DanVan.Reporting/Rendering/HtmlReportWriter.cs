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
public sealed partial class HtmlReportWriter : ReportWriterBase
{
    private const string IndentUnit = "  ";

    private readonly TextWriter _output;
    private readonly HtmlReportWriterOptions _options;
    private readonly List<string> _closers = [];
    private readonly System.Text.StringBuilder _buffer = new();
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
    }

    /// <inheritdoc/>
    protected override void OnBeginReport(DocumentFrame frame)
    {
        _isDocument = frame.IsDocument;
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
            foreach (string rule in frame.IsDocument ? DocumentStyleSheet(frame.Layout).Split('\n') : s_styleSheetLines)
            {
                Line(rule);
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
        Line("<h1>", HtmlText.Encode(frame.KindName ?? ""), "</h1>");
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
            Line("<h2>", HtmlText.Encode(heading), "</h2>");
        }
    }

    /// <inheritdoc/>
    protected override void OnWriteText(string? number, string label, IReadOnlyList<string> paragraphs)
    {
        CloseValues();
        string shownLabel = HtmlText.Encode(label);
        bool inGroup = Depth > 0;
        if (inGroup)
        {
            Open("<div class=\"text\">", "</div>");
            if (shownLabel.Length > 0)
            {
                Line("<p class=\"label\">", shownLabel, ":</p>");
            }
        }
        else if (number is not null)
        {
            Line("<h3>" + HtmlText.Encode(number) + " " + shownLabel + "</h3>");
        }

        foreach (string paragraph in paragraphs)
        {
            Line("<p>", HtmlText.Encode(paragraph), "</p>", "</p>".Length);
        }

        if (inGroup)
        {
            Close();
        }
    }

    /// <inheritdoc/>
    protected override void OnWriteValue(string label, string value)
    {
        if (!_valuesOpen)
        {
            Open("<dl>", "</dl>");
            _valuesOpen = true;
        }

        Line("<dt>", HtmlText.Encode(label), "</dt>");
        Line("<dd>", HtmlText.Encode(value), "</dd>", "</dd>".Length);
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
    protected override void OnWriteListItem(string text) => Line("<li>", HtmlText.Encode(text), "</li>", "</li>".Length);

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

        if (frame.IsDocument)
        {
            if (_lastBodyStart >= 0)
            {
                string last = _buffer.ToString(_lastBodyStart, _lastBodyEnd - _lastBodyStart);
                _buffer.Remove(_lastBodyStart, last.Length).Insert(_lastBodyStart, frame.EndBody(last, HtmlText.Encode));
            }

            _output.Write(_buffer.ToString());
        }
    }

    private void WriteLabel(string label)
    {
        string shownLabel = HtmlText.Encode(label);
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
    /// <see cref="OnEndReport"/>, so that the body ending can go into the last paragraph, value or list item of the body:
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

        if (!_isDocument)
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
