using System.Globalization;
using DanVan.Reporting.Internal;

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
/// All user text is escaped: <c>&amp; &lt; &gt; " '</c> become character references and nothing else changes, so
/// Vietnamese letters stay readable in the source; an unpaired surrogate becomes U+FFFD. Lines end with "\n" and
/// nested elements are indented by two spaces; output does not depend on the current culture. The writer writes one
/// report; the <see cref="TextWriter"/> belongs to the caller and is neither flushed nor disposed. Calls out of order
/// throw <see cref="InvalidOperationException"/>.
/// </para>
/// </remarks>
public sealed class HtmlReportWriter : IReportWriter
{
    private const string IndentUnit = "  ";

    private const string StyleSheet =
        """
        @page { size: A4; margin: 20mm 15mm 20mm 30mm; }
        body { font-family: "Times New Roman", Times, serif; font-size: 14pt; line-height: 1.35; color: #000; background: #fff; margin: 0; }
        article { max-width: 165mm; margin: 0 auto; padding: 10mm 0; }
        header { text-align: center; margin: 0 0 12pt; }
        h1 { font-size: 15pt; font-weight: bold; margin: 0; }
        header p { font-weight: bold; text-align: center; text-indent: 0; margin: 0; }
        h2 { font-size: 14pt; font-weight: bold; margin: 12pt 0 6pt; }
        h3 { font-size: 14pt; font-weight: bold; margin: 6pt 0; }
        p { text-align: justify; text-indent: 1cm; margin: 0 0 6pt; }
        p.label { text-indent: 0; font-weight: bold; margin-bottom: 2pt; }
        dl { display: grid; grid-template-columns: max-content auto; column-gap: 0.5em; margin: 0 0 6pt; }
        dt { grid-column: 1; }
        dt:not(:empty)::after { content: ":"; }
        dd { grid-column: 2; margin: 0; }
        ul { list-style-type: "- "; margin: 0 0 6pt; padding-left: 1cm; }
        .group, .text { margin: 0 0 6pt 1cm; }
        li > .group { margin-left: 0; }
        @media print { article { max-width: none; padding: 0; } }
        """;

    private static readonly string[] s_styleSheetLines = StyleSheet.Split('\n');

    private readonly TextWriter _output;
    private readonly HtmlReportWriterOptions _options;
    private readonly ReportWriterState _state = new();
    private readonly List<string> _closers = [];
    private int _nesting;
    private int _textNumber;
    private bool _valuesOpen;

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
        _output = Preconditions.CheckNotNull(output, nameof(output));
        _options = Preconditions.CheckNotNull(options, nameof(options));
    }

    /// <inheritdoc/>
    /// <exception cref="ArgumentNullException">The heading's title is null.</exception>
    /// <exception cref="InvalidOperationException">The report was already begun.</exception>
    public void BeginReport(ReportHeading heading)
    {
        Preconditions.CheckNotNull(heading.Title, nameof(heading));
        _state.BeginReport();
        string subject = HtmlText.Encode(ReportText.Subject(heading));
        if (_options.FullDocument)
        {
            Line("<!DOCTYPE html>");
            Line("<html lang=\"vi\">");
            Line("<head>");
            Line("<meta charset=\"utf-8\">");
            Line("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
            Line("<title>", subject, "</title>");
            Line("<style>");
            foreach (string rule in s_styleSheetLines)
            {
                Line(rule);
            }

            Line("</style>");
            Line("</head>");
            Line("<body>");
        }

        Open("<article class=\"report\">", "</article>");
        Open("<header>", "</header>");
        Line("<h1>", ReportText.DocumentKind, "</h1>");
        if (subject.Length > 0)
        {
            Line("<p class=\"subject\">", subject, "</p>");
        }

        Close();
    }

    /// <inheritdoc/>
    /// <exception cref="ArgumentNullException"><paramref name="number"/> or <paramref name="title"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The report is not open, or a section, list or group is still open.</exception>
    public void BeginSection(string number, string title)
    {
        Preconditions.CheckNotNull(number, nameof(number));
        Preconditions.CheckNotNull(title, nameof(title));
        _state.BeginSection(number);
        CloseValues();
        _textNumber = 0;
        Open("<section>", "</section>");
        string heading = ReportText.SectionHeading(ReportText.OneLine(number), ReportText.OneLine(title));
        if (heading.Length > 0)
        {
            Line("<h2>", HtmlText.Encode(heading), "</h2>");
        }
    }

    /// <inheritdoc/>
    /// <exception cref="ArgumentNullException"><paramref name="label"/> or <paramref name="text"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The report is not open, or a list is the innermost open block.</exception>
    public void WriteText(string label, string text)
    {
        Preconditions.CheckNotNull(label, nameof(label));
        Preconditions.CheckNotNull(text, nameof(text));
        _state.Content(nameof(WriteText));
        CloseValues();
        string shownLabel = HtmlText.Encode(ReportText.OneLine(label));
        bool inGroup = _nesting > 0;
        if (inGroup)
        {
            Open("<div class=\"text\">", "</div>");
            if (shownLabel.Length > 0)
            {
                Line("<p class=\"label\">", shownLabel, ":</p>");
            }
        }
        else if (shownLabel.Length > 0)
        {
            _textNumber++;
            Line("<h3>" + _textNumber.ToString(CultureInfo.InvariantCulture) + ". " + shownLabel + "</h3>");
        }

        foreach (string paragraph in ReportText.Paragraphs(text))
        {
            Line("<p>", HtmlText.Encode(paragraph), "</p>");
        }

        if (inGroup)
        {
            Close();
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
        if (!_valuesOpen)
        {
            Open("<dl>", "</dl>");
            _valuesOpen = true;
        }

        Line("<dt>", HtmlText.Encode(ReportText.OneLine(label)), "</dt>");
        Line("<dd>", HtmlText.Encode(ReportText.OneLine(value)), "</dd>");
    }

    /// <inheritdoc/>
    /// <exception cref="ArgumentNullException"><paramref name="label"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The report is not open, or a list is the innermost open block.</exception>
    public void BeginList(string label)
    {
        Preconditions.CheckNotNull(label, nameof(label));
        _state.BeginList(label);
        CloseValues();
        _nesting++;
        Open("<div class=\"list\">", "</div>");
        WriteLabel(label);
        Open("<ul>", "</ul>");
    }

    /// <inheritdoc/>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="InvalidOperationException">No list is the innermost open block.</exception>
    public void WriteListItem(string text)
    {
        Preconditions.CheckNotNull(text, nameof(text));
        _state.ListItem();
        Line("<li>", HtmlText.Encode(ReportText.OneLine(text)), "</li>");
    }

    /// <inheritdoc/>
    /// <exception cref="InvalidOperationException">No list is the innermost open block.</exception>
    public void EndList()
    {
        _state.End(ReportBlock.List);
        Close();
        Close();
        _nesting--;
    }

    /// <inheritdoc/>
    /// <exception cref="ArgumentNullException"><paramref name="label"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The report is not open.</exception>
    public void BeginGroup(string label)
    {
        Preconditions.CheckNotNull(label, nameof(label));
        bool listItem = _state.InList;
        _state.BeginGroup(label);
        CloseValues();
        _nesting++;
        Open(listItem ? "<li>" : string.Empty, listItem ? "</li>" : string.Empty);
        Open("<div class=\"group\">", "</div>");
        WriteLabel(label);
    }

    /// <inheritdoc/>
    /// <exception cref="InvalidOperationException">No group is the innermost open block.</exception>
    public void EndGroup()
    {
        _state.End(ReportBlock.Group);
        CloseValues();
        Close();
        Close();
        _nesting--;
    }

    /// <inheritdoc/>
    /// <exception cref="InvalidOperationException">No section is the innermost open block.</exception>
    public void EndSection()
    {
        _state.End(ReportBlock.Section);
        CloseValues();
        Close();
    }

    /// <inheritdoc/>
    /// <exception cref="InvalidOperationException">The report is not open, or a section, list or group is still open.</exception>
    public void EndReport()
    {
        _state.EndReport();
        CloseValues();
        Close();
        if (_options.FullDocument)
        {
            Line("</body>");
            Line("</html>");
        }
    }

    private void WriteLabel(string label)
    {
        string shownLabel = HtmlText.Encode(ReportText.OneLine(label));
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

    /// <summary>Writes one indented line made of three pieces, without concatenating them first.</summary>
    private void Line(string open, string text, string close)
    {
        int depth = 0;
        foreach (string closer in _closers)
        {
            if (closer.Length > 0)
            {
                depth++;
            }
        }

        for (int i = 0; i < depth; i++)
        {
            _output.Write(IndentUnit);
        }

        _output.Write(open);
        _output.Write(text);
        _output.Write(close);
        _output.Write('\n');
    }
}
