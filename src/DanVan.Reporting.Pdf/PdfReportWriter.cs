using System.Globalization;
using DanVan.Reporting.Pdf.Layout;

namespace DanVan.Reporting.Pdf;

/// <summary>
/// Writes a report as a PDF laid out by the report's <see cref="LayoutProfile"/>, as the DOCX writer lays it out: the
/// Party format of Hướng dẫn 36-HD/VPTW or the state format of Nghị định 30/2020/NĐ-CP. Drawn and written natively
/// (the package's own PDF writer and TrueType subsetter); no office suite and no PDF library is involved.
/// </summary>
/// <remarks>
/// <para>
/// The page is the profile's (A4) with its margins and sizes, set in <see cref="PdfReportWriterOptions.Fonts"/>
/// (Liberation Serif, metrically compatible with the Times New Roman the formats name), embedded as subsets with a
/// Unicode map for every glyph, so copying or extracting the text gives it back exactly. Page 1 opens with the two
/// header columns (parent body, issuer and its mark, the number line; the profile's header lines with the line under
/// them, the date line), then tên loại and trích yếu, "Kính gửi:", the body, the body ending, and the signature block
/// beside "Nơi nhận:". Body paragraphs are justified with a first-line indent of 1 cm (0.5 cm more per level of
/// nesting); tables have thin borders, content-sized columns and a header row repeated on every page. Page numbers
/// follow the profile (top centre, page 1 unnumbered).
/// </para>
/// <para>
/// Page breaks: a heading or label never ends a page, no paragraph leaves a single line at the foot or the top of a
/// page, a table row moves whole to the next page (only a row taller than a page is split between its lines), and the
/// signature block stays on the page of the body's last lines. The same report gives the same bytes: the creation date
/// is <see cref="PdfReportWriterOptions.CreationDate"/> (a constant by default, never the clock), the font subset
/// tags are numbered in order of use, and the file id and XMP ids are derived from a hash of the content. The document is written at <see cref="ReportWriterBase.EndReport"/>; the stream
/// belongs to the caller and is neither flushed nor disposed.
/// </para>
/// </remarks>
public sealed class PdfReportWriter : ReportWriterBase
{
    private const double Cm = 72 / 2.54;
    private const double FirstLineIndent = 1 * Cm; // Nghị định 30/2020 Phụ lục I: 1 cm to 1.27 cm
    private const double IndentStep = 0.5 * Cm;
    private const double ParagraphAfter = 6;
    private const double BodyLine = 1.15; // as the DOCX body: between single and 1.5 lines

    private readonly Stream _output;
    private readonly PdfReportWriterOptions _options;
    private readonly PdfText _text;
    private readonly List<Block> _blocks = [];
    private LayoutProfile _profile = LayoutProfile.State2020;
    private int _lastBodyParagraph = -1;
    private bool _bodyEndsWithTable;
    private string? _pendingPoint;
    private PdfDocumentInfo? _info;

    /// <summary>Creates a writer with the default options that writes the PDF to <paramref name="output"/> when the report ends.</summary>
    /// <param name="output">A writable stream; the caller keeps ownership of it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="output"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="output"/> is not writable.</exception>
    public PdfReportWriter(Stream output)
        : this(output, PdfReportWriterOptions.Default)
    {
    }

    /// <summary>Creates a writer that writes the PDF to <paramref name="output"/> when the report ends.</summary>
    /// <param name="output">A writable stream; the caller keeps ownership of it.</param>
    /// <param name="options">Fonts and the warning handler.</param>
    /// <exception cref="ArgumentNullException"><paramref name="output"/> or <paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="output"/> is not writable.</exception>
    public PdfReportWriter(Stream output, PdfReportWriterOptions options)
    {
        _output = CheckWritable(output, nameof(output));
        _options = CheckOutput(options, nameof(options));
        _text = new PdfText(options.Fonts.Book, options.Fonts.Name);
    }

    /// <summary>The warnings so far: characters the fonts lack, each replaced by "?" in the PDF.</summary>
    public IReadOnlyList<string> Warnings => _text.Warnings;

    private double TextWidth => (_profile.PageWidthMm - _profile.Margins.LeftMm - _profile.Margins.RightMm) * PageSetup.PointsPerMm;

    /// <inheritdoc/>
    protected override void OnBeginReport(DocumentFrame frame)
    {
        _profile = frame.Layout;
        string kind = frame.KindName ?? "";
        string subject = frame.Subject ?? frame.LetterSubject ?? "";
        _info = new PdfDocumentInfo((kind + " " + subject).Trim(), frame.Issuer ?? "", subject, _options.CreationDate);
        if (!frame.IsDocument)
        {
            _blocks.Add(Centered(frame.KindName ?? "", _profile.KindNameStyle) with { KeepWithNext = true });
            _blocks.Add(Centered(frame.Subject ?? "", _profile.SubjectStyle) with { SpaceAfter = 18, KeepWithNext = true });
            return;
        }

        if (frame.DraftNote is string draft)
        {
            _blocks.Add(new BoxBlock(_text.Styled(draft, _profile.DraftNoteStyle)) { SpaceAfter = 6, KeepWithNext = true });
        }

        AddHeader(frame);
        if (frame.KindName is string kindName)
        {
            _blocks.Add(Centered(kindName, _profile.KindNameStyle) with { SpaceBefore = 18, KeepWithNext = true });
        }
        else
        {
            _blocks.Add(Spacer(12));
        }

        if (frame.Subject is string shown)
        {
            if (frame.SubjectRuleBelow)
            {
                // A short solid line under the trích yếu, a third of its length (Nghị định 30/2020 Phụ lục I).
                _blocks.Add(Centered(shown, _profile.SubjectStyle) with { KeepWithNext = true });
                double width = Math.Min(TextWidth, _options.Fonts.Book.Width(_text.Prepare(shown, _profile.SubjectStyle), _profile.SubjectStyle));
                _blocks.Add(new RuleBlock(width / 3) { SpaceAfter = 15, KeepWithNext = true });
            }
            else
            {
                _blocks.Add(Centered(shown, _profile.SubjectStyle) with { SpaceAfter = 18, KeepWithNext = true });
            }
        }

        AddAddressees(frame);
    }

    /// <inheritdoc/>
    protected override void OnBeginSection(string heading) =>
        AddBody(Body([(heading, _profile.HeadingStyle)], 0) with { KeepWithNext = true, SpaceBefore = ParagraphAfter });

    /// <inheritdoc/>
    protected override void OnWriteText(string? number, string label, IReadOnlyList<string> paragraphs)
    {
        TextStyle body = _profile.BodyStyle;
        if (Depth == 0)
        {
            if (label.Length > 0)
            {
                string title = number is null ? label : number + " " + label;
                AddBody(Body([(title, new TextStyle(_profile.HeadingStyle.Size, Bold: true))], 0) with { KeepWithNext = true });
            }

            foreach (string paragraph in paragraphs)
            {
                AddBody(Body([(paragraph, body)], 0));
            }

            return;
        }

        if (label.Length > 0 && paragraphs.Count == 1)
        {
            AddBody(Body([(label + ": ", Frame.LabelStyle), (paragraphs[0], body)], Depth));
            return;
        }

        if (label.Length > 0)
        {
            AddBody(Body([(label + ":", Frame.LabelStyle)], Depth) with { KeepWithNext = true });
        }

        foreach (string paragraph in paragraphs)
        {
            AddBody(Body([(paragraph, body)], Depth));
        }
    }

    /// <inheritdoc/>
    protected override void OnWriteValue(string label, string value) =>
        AddBody(Body(label.Length == 0 ? [("- " + value, _profile.BodyStyle)] : [("- ", _profile.BodyStyle), (label + ":", Frame.LabelStyle), (" " + value, _profile.BodyStyle)], Depth));

    /// <inheritdoc/>
    protected override void OnBeginList(string label)
    {
        if (label.Length > 0)
        {
            AddBody(Body([(label + ":", Frame.LabelStyle)], Depth) with { KeepWithNext = true });
        }
    }

    /// <inheritdoc/>
    protected override void OnWriteListItem(string text) => AddBody(Body([("- " + text, _profile.BodyStyle)], Depth - 1));

    /// <inheritdoc/>
    protected override void OnEndList()
    {
    }

    /// <inheritdoc/>
    protected override void OnBeginGroup(string label, bool isListItem)
    {
        if (int.TryParse(label, NumberStyles.None, CultureInfo.InvariantCulture, out int n) && n >= 1 && n <= 23)
        {
            // An item of a list of records: "a)" opens the item's first line.
            FlushPoint();
            _pendingPoint = HeadingNumbering.Point(n) + " ";
        }
        else if (label.Length > 0)
        {
            AddBody(Body([(label + ":", Frame.LabelStyle)], Depth) with { KeepWithNext = true });
        }
    }

    /// <inheritdoc/>
    protected override void OnEndGroup() => FlushPoint();

    /// <inheritdoc/>
    protected override void OnTable(ReportTable table)
    {
        FlushPoint();
        if (table.Label.Length > 0)
        {
            AddBody(Body([(table.Label + ":", Frame.LabelStyle)], Depth) with { KeepWithNext = true });
        }

        TextStyle cell = _profile.BodyStyle with { Bold = false, Italic = false, Uppercase = false, Underline = false };
        var header = new List<StyledText>(table.Columns.Count);
        var alignments = new List<Alignment>(table.Columns.Count);
        foreach (TableColumn column in table.Columns)
        {
            header.Add(_text.Styled(PdfText.OneLine(column.Header), cell with { Bold = true }));
            alignments.Add(column.Alignment switch
            {
                TableAlignment.Center => Alignment.Center,
                TableAlignment.Right => Alignment.Right,
                _ => Alignment.Left,
            });
        }

        var rows = new List<IReadOnlyList<StyledText>>(table.Rows.Count);
        foreach (IReadOnlyList<string> row in table.Rows)
        {
            var cells = new StyledText[row.Count];
            for (int i = 0; i < cells.Length; i++)
            {
                cells[i] = _text.Styled(row[i], cell);
            }

            rows.Add(cells);
        }

        _blocks.Add(new TableBlock(header, rows, alignments) { SpaceAfter = ParagraphAfter * 2 });
        _bodyEndsWithTable = true;
    }

    /// <inheritdoc/>
    protected override void OnEndReport()
    {
        FlushPoint();
        DocumentFrame frame = Frame;
        if (frame.IsDocument)
        {
            AddBodyEnding(frame);
            if (frame.HasClosing)
            {
                _blocks.Add(Closing(frame));
            }
        }

        PdfComposer.Write(_blocks, PageSetup.From(_profile), _options.Fonts, _info!, _options.PdfA, _output);
        if (_options.OnWarning is Action<string> warn)
        {
            foreach (string warning in _text.Warnings)
            {
                warn(warning);
            }
        }
    }

    private void AddHeader(DocumentFrame frame)
    {
        // The parent and the issuer as the frame breaks them, in the column the frame sizes from their text (as in
        // the DOCX and HTML), so that no line wraps and the columns keep the frame's gap.
        var leftTop = new List<Block>();
        foreach (string line in frame.ParentLines)
        {
            leftTop.Add(Centered(line, _profile.ParentBodyStyle));
        }

        double issuerWidth = 0;
        foreach (string line in frame.IssuerLines)
        {
            leftTop.Add(Centered(line, _profile.IssuerStyle));
            issuerWidth = Math.Max(issuerWidth, Measure(line, _profile.IssuerStyle));
        }

        double leftShare = frame.IssuerColumnPercent / 100.0;
        double leftWidth = TextWidth * leftShare;
        double rightWidth = TextWidth - leftWidth;
        switch (frame.MarkUnderIssuer)
        {
            case MarkUnderIssuer.Asterisk:
                leftTop.Add(Centered(frame.MarkUnderIssuerText ?? "*", frame.MarkUnderIssuerStyle));
                break;
            case MarkUnderIssuer.ShortLine:
                leftTop.Add(new RuleBlock(Math.Min(issuerWidth, leftWidth) / 2));
                break;
            default:
                break;
        }

        var rightTop = new List<Block>();
        foreach (HeaderLine line in frame.HeaderLines)
        {
            rightTop.Add(Centered(line.Text, line.Style));
            if (line.RuleBelow)
            {
                rightTop.Add(new RuleBlock(Math.Min(Measure(line.Text, line.Style), rightWidth)));
            }
        }

        _blocks.Add(new ColumnsBlock([leftShare, 1 - leftShare], [leftTop, rightTop]) { KeepWithNext = true });

        var leftBottom = new List<Block> { Centered(frame.NumberLine ?? "", _profile.NumberStyle) with { SpaceBefore = 6 } };
        if (frame.LetterSubject is string letterSubject)
        {
            leftBottom.Add(Centered(letterSubject, _profile.LetterSubjectStyle) with { SpaceBefore = 3 });
        }

        var rightBottom = new List<Block> { Centered(frame.DateLine ?? "", _profile.DateLineStyle) with { SpaceBefore = 6 } };
        _blocks.Add(new ColumnsBlock([leftShare, 1 - leftShare], [leftBottom, rightBottom]) { KeepWithNext = true });
    }

    private void AddAddressees(DocumentFrame frame)
    {
        IReadOnlyList<string> items = frame.Addressees;
        TextStyle style = _profile.AddresseeStyle;
        if (items.Count == 0)
        {
            return;
        }

        if (frame.AddresseeOnLabelLine)
        {
            _blocks.Add(Centered(frame.AddresseesLabel + " " + items[0], style) with { SpaceAfter = 12 });
            return;
        }

        _blocks.Add(new ParagraphBlock([_text.Styled(frame.AddresseesLabel, style)], Alignment.Left) { LeftIndent = 3 * Cm, KeepWithNext = true, EmptySize = style.Size });
        for (int i = 0; i < items.Count; i++)
        {
            _blocks.Add(new ParagraphBlock([_text.Styled(items[i], style)], Alignment.Left)
            {
                LeftIndent = 5 * Cm,
                SpaceAfter = i == items.Count - 1 ? 12 : 0,
                KeepWithNext = i < items.Count - 1,
                EmptySize = style.Size,
            });
        }
    }

    /// <summary>"Nơi nhận:" on the left and the signature block on the right, kept with the body's last lines.</summary>
    private ColumnsBlock Closing(DocumentFrame frame)
    {
        var left = new List<Block>();
        if (frame.RecipientLines.Count > 0)
        {
            left.Add(Plain(frame.RecipientsLabel, _profile.RecipientsLabelStyle) with { SpaceBefore = 12 });
            foreach (string line in frame.RecipientLines)
            {
                left.Add(Plain(line, _profile.RecipientsStyle));
            }
        }

        var right = new List<Block>();
        bool first = true;
        foreach (string line in frame.AuthorityLines)
        {
            right.Add(Centered(line, _profile.AuthorityStyle) with { SpaceBefore = first ? 12 : 0 });
            first = false;
        }

        // Room for the signature and the seal, as in the DOCX.
        right.Add(Spacer(4 * _options.Fonts.Book.LineHeight(_profile.BodyStyle)));
        if (frame.SignerName is string name)
        {
            right.Add(Centered(name, _profile.SignerNameStyle) with { SpaceBefore = 12 });
        }

        // The signature column as wide as the frame sizes it from its text (DOCX and HTML use the same share), so
        // "PHÓ TRƯỞNG BAN THƯỜNG TRỰC" stays on one line as in the DOCX.
        double signature = frame.SignatureColumnPercent / 100.0;
        return new ColumnsBlock([1 - signature, signature], [left, right]) { KeepWithPrevious = true };
    }

    private void AddBodyEnding(DocumentFrame frame)
    {
        if (frame.BodyEnding.Length == 0 || _bodyEndsWithTable)
        {
            return;
        }

        if (_lastBodyParagraph < 0)
        {
            AddBody(Body([(frame.BodyEnding, _profile.BodyStyle)], 0));
            return;
        }

        // "… thực hiện." + "./." reads "… thực hiện./.": the full stop is not doubled.
        var last = (ParagraphBlock)_blocks[_lastBodyParagraph];
        string text = string.Concat(last.Runs.Select(r => r.Text));
        string append = frame.BodyEndingAfter(text);
        if (append.Length > 0)
        {
            _blocks[_lastBodyParagraph] = last with { Runs = [.. last.Runs, _text.Styled(append, _profile.BodyStyle)] };
        }
    }

    private void FlushPoint()
    {
        if (_pendingPoint is not null)
        {
            AddBody(Body([], Depth));
        }
    }

    private void AddBody(ParagraphBlock paragraph)
    {
        if (_pendingPoint is not null)
        {
            paragraph = paragraph with { Runs = [_text.Styled(_pendingPoint, _profile.BodyStyle), .. paragraph.Runs] };
            _pendingPoint = null;
        }

        _lastBodyParagraph = _blocks.Count;
        _blocks.Add(paragraph);
        _bodyEndsWithTable = false;
    }

    private ParagraphBlock Body(IReadOnlyList<(string Text, TextStyle Style)> runs, int level)
    {
        var styled = new List<StyledText>(runs.Count);
        foreach ((string text, TextStyle style) in runs)
        {
            styled.Add(_text.Styled(text, style));
        }

        return new ParagraphBlock(styled, Alignment.Justify)
        {
            FirstLineIndent = FirstLineIndent + (Math.Max(0, level) * IndentStep),
            LineSpacing = BodyLine,
            SpaceAfter = ParagraphAfter,
            EmptySize = _profile.BodyStyle.Size,
        };
    }

    private ParagraphBlock Centered(string text, TextStyle style) =>
        new(text.Length == 0 ? [] : [_text.Styled(text, style)], Alignment.Center) { EmptySize = style.Size, KeepTogether = true };

    private ParagraphBlock Plain(string text, TextStyle style) =>
        new(text.Length == 0 ? [] : [_text.Styled(text, style)], Alignment.Left) { EmptySize = style.Size };

    private static ParagraphBlock Spacer(double height) => new([], Alignment.Left) { EmptySize = Math.Max(1, height / 1.15) };

    private double Measure(string text, TextStyle style) => _options.Fonts.Book.Width(_text.Prepare(text, style), style);
}
