using System.Text;

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
    // What closes each open element, innermost last (an empty piece for a block that writes no element).
    private Markup[] _closers = new Markup[16];
    private int _open;
    // Lines are put together in one of two stagings and handed to the caller a few thousand characters at a time; a
    // document stays there whole until OnEndReport. On the string paths the caller's pooled writer is the UTF-16 staging
    // itself. On the UTF-8 paths the staging holds bytes: markup, indentation, the opening and labels seen before are
    // copied already encoded, and only user text is transcoded.
    private readonly PooledStringWriter? _chars;
    private PooledUtf8Buffer? _bytes;
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
        if (output is Utf8TextWriter)
        {
            _bytes = PooledUtf8Buffer.Rent();
            _ownsStaging = true;
        }
        else
        {
            _ownsStaging = output is not PooledStringWriter;
            _chars = output as PooledStringWriter ?? new PooledStringWriter();
        }
    }

    // One writer per thread for renders to a string and one for renders to UTF-8, kept with the thread's pooled writer
    // it writes to: such a render then builds no writer and no closer stack. Taken out while in use, like that writer.
    [ThreadStatic]
    private static HtmlReportWriter? t_keptUtf16;

    [ThreadStatic]
    private static HtmlReportWriter? t_keptUtf8;

    /// <summary>A writer to <paramref name="output"/>: the thread's kept one if it last wrote there with the same options, else a new one.</summary>
    internal static HtmlReportWriter Rent(TextWriter output, HtmlReportWriterOptions options)
    {
        ref HtmlReportWriter? slot = ref KeptSlot(output is Utf8TextWriter);
        HtmlReportWriter? kept = slot;
        if (kept is not null && ReferenceEquals(kept._output, output) && ReferenceEquals(kept._options, options))
        {
            slot = null;
            kept.Restart();
            return kept;
        }

        return new HtmlReportWriter(output, options);
    }

    /// <summary>Keeps <paramref name="writer"/> for the thread's next render of its kind.</summary>
    internal static void Return(HtmlReportWriter writer) => KeptSlot(writer._bytes is not null) = writer;

    private static ref HtmlReportWriter? KeptSlot(bool utf8) => ref utf8 ? ref t_keptUtf8 : ref t_keptUtf16;

    private protected override void Restart()
    {
        base.Restart();
        if (_bytes is not null)
        {
            _bytes = PooledUtf8Buffer.Rent(); // the last one went back at OnEndReport
        }

        Array.Clear(_closers, 0, _open);
        _open = 0;
        _depth = 0;
        _flushes = 0;
        _lastBodyStart = -1;
        _lastBodyEnd = -1;
        _valuesOpen = false;
        _isDocument = false;
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
            if (_bytes is not null)
            {
                _bytes.WriteUtf8(last.Utf8);
            }
            else
            {
                _chars!.WriteLead(last.Text);
            }

            PushCloser(Tags.ArticleEnd);
            _depth = 1;
            return;
        }

        int start = StagedLength();
        int flushes = _flushes;
        WriteOpening(frame);
        if (_flushes == flushes && _open == 1 && _depth == 1)
        {
            string text = _bytes is not null ? Encoding.UTF8.GetString(_bytes.Written[start..]) : new string(_chars!.Written[start..]);
            Volatile.Write(ref s_lastOpening, new Opening(frame, _options.FullDocument, text, Encoding.UTF8.GetBytes(text)));
        }
    }

    private static Opening? s_lastOpening;

    private sealed record Opening(DocumentFrame Frame, bool FullDocument, string Text, byte[] Utf8);

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
            StartLine();
            Put("<title>");
            Put(subject);
            Put("</title>\n");
            Line("<style>");
            Put(frame.IsDocument ? DocumentStyleSheetLines(frame) : StyleSheetLines); // at the top level: no indentation

            Line("</style>");
            Line("</head>");
            Line("<body>");
        }

        if (frame.IsDocument)
        {
            Open(Tags.DocumentArticle, Tags.ArticleEnd);
            WriteDocumentHeader(frame);
            return;
        }

        Open(Tags.Article, Tags.ArticleEnd);
        Open(Tags.Header, Tags.HeaderEnd);
        LabelLine(Tags.H1, frame.KindName ?? "", Tags.H1End);
        if (subject.Length > 0)
        {
            StartLine();
            Put("<p class=\"subject\">");
            Put(subject);
            Put("</p>\n");
        }

        Close();
    }

    /// <inheritdoc/>
    protected override void OnBeginSection(string heading)
    {
        if (_bytes is not null)
        {
            BeginSection<Utf8>(heading);
        }
        else
        {
            BeginSection<Utf16>(heading);
        }
    }

    /// <inheritdoc/>
    protected override void OnWriteText(string? number, string label, IReadOnlyList<string> paragraphs)
    {
        if (_bytes is not null)
        {
            WriteParagraphs<Utf8>(number, label, paragraphs);
        }
        else
        {
            WriteParagraphs<Utf16>(number, label, paragraphs);
        }
    }

    /// <inheritdoc/>
    private protected override void OnWriteTextSource(string? number, string label, string text)
    {
        if (_bytes is not null)
        {
            WriteText<Utf8>(number, label, text);
        }
        else
        {
            WriteText<Utf16>(number, label, text);
        }
    }

    /// <inheritdoc/>
    protected override void OnWriteValue(string label, string value) => OnWriteValueSpan(label, value);

    /// <inheritdoc/>
    private protected override void OnWriteValueSource(string label, ReadOnlySpan<char> value) => OnWriteValueSpan(label, value);

    /// <inheritdoc/>
    private protected override void OnWriteValueSpan(string label, ReadOnlySpan<char> value)
    {
        if (_bytes is not null)
        {
            WriteValue<Utf8>(label, value);
        }
        else
        {
            WriteValue<Utf16>(label, value);
        }
    }

    /// <inheritdoc/>
    protected override void OnBeginList(string label)
    {
        if (_bytes is not null)
        {
            BeginList<Utf8>(label);
        }
        else
        {
            BeginList<Utf16>(label);
        }
    }

    /// <inheritdoc/>
    protected override void OnWriteListItem(string text) => OnWriteListItemSource(text);

    /// <inheritdoc/>
    private protected override void OnWriteListItemSource(string text)
    {
        if (_bytes is not null)
        {
            OneLine<Utf8>(Tags.Li, text, Tags.LiEnd);
        }
        else
        {
            OneLine<Utf16>(Tags.Li, text, Tags.LiEnd);
        }
    }

    /// <inheritdoc/>
    protected override void OnEndList()
    {
        Close();
        Close();
    }

    /// <inheritdoc/>
    protected override void OnBeginGroup(string label, bool isListItem)
    {
        if (_bytes is not null)
        {
            BeginGroup<Utf8>(label, isListItem);
        }
        else
        {
            BeginGroup<Utf16>(label, isListItem);
        }
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
            Line(Tags.BodyEnd);
            Line(Tags.HtmlEnd);
        }

        if (frame.IsDocument && _lastBodyStart >= 0)
        {
            EndBody(frame);
        }

        // The document never becomes one string: the UTF-8 paths hand over the bytes as they are.
        if (_ownsStaging)
        {
            HandOverAll();
            _chars?.Dispose();
            if (_bytes is not null)
            {
                PooledUtf8Buffer.Return(_bytes); // not on an exception: that buffer is left to the GC
            }
        }
    }

    /// <summary>Puts the profile's body ending into the last paragraph, value or list item of the body.</summary>
    private void EndBody(DocumentFrame frame)
    {
        int length = _lastBodyEnd - _lastBodyStart;
        if (_bytes is not null)
        {
            string last = Encoding.UTF8.GetString(_bytes.Written.Slice(_lastBodyStart, length));
            _bytes.Replace(_lastBodyStart, length, Encoding.UTF8.GetBytes(frame.EndBody(last, HtmlText.Encode)));
        }
        else
        {
            string last = new(_chars!.Written.Slice(_lastBodyStart, length));
            _chars.Replace(_lastBodyStart, length, frame.EndBody(last, HtmlText.Encode));
        }
    }
}
