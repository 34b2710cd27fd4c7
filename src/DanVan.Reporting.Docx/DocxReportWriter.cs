using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DanVan.Reporting.Docx;

/// <summary>
/// Writes a report as a Word document (DOCX, WordprocessingML) laid out by the report's <see cref="LayoutProfile"/>:
/// the Party format of Hướng dẫn 36-HD/VPTW or the state format of Nghị định 30/2020/NĐ-CP.
/// </summary>
/// <remarks>
/// <para>
/// The page is the profile's (A4), with its margins, font (Times New Roman) and sizes. When the heading carries a
/// <see cref="ReportHeading.Document"/>, page 1 opens with a borderless two-column table: on the left the parent body, the
/// issuer (bold), its mark ("*" or a short line) and the number line; on the right the profile's header lines
/// ("ĐẢNG CỘNG SẢN VIỆT NAM", or Quốc hiệu and Tiêu ngữ) with the line under them, then the italic date line. Then the
/// kind name and subject, centred and bold, "Kính gửi:" when there are addressees, the body, the profile's body ending,
/// and a borderless two-column table with "Nơi nhận:" on the left and the signature block on the right. Page numbers
/// follow the profile (state and Party: top centre, page 1 unnumbered). Without a document block the page shows the
/// title ("BÁO CÁO"), the subject and the body, with <see cref="LayoutProfile.State2020"/>'s page and fonts.
/// </para>
/// <para>
/// In the body, sections are "I." or "I-" (the profile's <see cref="LayoutProfile.HeadingSeparator"/>) and the title;
/// texts directly in a section are numbered "1.", "2." (or "1-"); labelled values are "- label: value"; list items
/// "- item"; an item of a list of records (a group whose label is its number) opens its first line with "a)", "b)"
/// (the "điểm" level), other groups are "label:". Every body paragraph is justified with a first-line indent of 1 cm,
/// 0.5 cm more for each level of nesting.
/// </para>
/// <para>
/// The same report gives the same bytes: relationship ids are fixed, no dates are written in the package's properties,
/// and the zip is rewritten with one fixed time stamp and a fixed entry order. Characters that XML 1.0 forbids (control
/// characters other than tab and line breaks, unpaired surrogates) are removed from user text. Output does not depend on
/// the current culture. The document is written to the stream at <see cref="EndReport"/>; the stream belongs to the
/// caller and is neither flushed nor disposed. The writer writes one report. Calls out of order throw
/// <see cref="InvalidOperationException"/>.
/// </para>
/// </remarks>
public sealed class DocxReportWriter : IReportWriter
{
    private const int IndentStep = 284; // 0.5 cm more first-line indent per nesting level
    private const int FirstLineIndent = 567; // 1 cm, Nghị định 30/2020 Phụ lục I
    private const int ParagraphAfter = 120; // 6 pt
    private const int BodyLine = 276; // 1.15 lines, between single and 1.5

    private readonly Stream _output;
    private readonly List<OpenXmlElement> _body = [];
    private readonly ReportWriterState _state = new();
    private readonly List<int> _levels = [];
    private LayoutProfile _profile = LayoutProfile.State2020;
    private DocumentParts? _parts;
    private bool _bodyEndsWithTable;
    private int _level;
    private int _textNumber;
    private Paragraph? _lastBodyParagraph;
    private string _lastBodyText = "";
    private string? _pendingPoint;

    /// <summary>Creates a writer that writes the document to <paramref name="output"/> when the report ends.</summary>
    /// <param name="output">A writable stream; the caller keeps ownership of it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="output"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="output"/> is not writable.</exception>
    public DocxReportWriter(Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (!output.CanWrite)
        {
            throw new ArgumentException("Luồng ghi không ghi được (the output stream is not writable).", nameof(output));
        }

        _output = output;
    }

    /// <inheritdoc/>
    /// <exception cref="ArgumentNullException">The heading's title is null.</exception>
    /// <exception cref="InvalidOperationException">The report was already begun.</exception>
    public void BeginReport(ReportHeading heading)
    {
        ArgumentNullException.ThrowIfNull(heading.Title, nameof(heading));
        _state.BeginReport();
        DocumentInfo? document = heading.Document;
        _profile = document?.Layout ?? LayoutProfile.State2020;
        if (document is null)
        {
            _body.Add(Centered("BÁO CÁO", _profile.KindNameStyle, before: 0, after: 0));
            _body.Add(Centered(DocxText.Clean(ReportText.Subject(heading)), _profile.SubjectStyle, before: 0, after: 360));
            return;
        }

        // The texts of the frame come from DocumentParts, shared with the other writers; this writer only lays them out.
        var parts = new DocumentParts(heading, document);
        if (parts.DraftNote is string draft)
        {
            _body.Add(DraftNote(DocxText.Clean(draft)));
        }

        _body.Add(HeaderTable(parts));
        if (parts.KindName is string kind)
        {
            _body.Add(Centered(DocxText.Clean(kind), _profile.KindNameStyle, before: 360, after: 0));
        }
        else
        {
            // A công văn: no kind name; its trích yếu is under the number, in the header table.
            _body.Add(Plain([], JustificationValues.Left, 0, 0, 240));
        }

        if (parts.Subject is string subject)
        {
            string shown = DocxText.Clean(subject);
            if (_profile.SubjectRuleBelow)
            {
                // A short solid line under the trích yếu, a third of its length (Nghị định 30/2020 Phụ lục I).
                _body.Add(Centered(shown, _profile.SubjectStyle, before: 0, after: 0));
                int lineWidth = Math.Min(TextWidth, EstimateWidth(shown, _profile.SubjectStyle)) / 3;
                _body.Add(Rule(Math.Max(0, (TextWidth - lineWidth) / 2), after: 360));
            }
            else
            {
                _body.Add(Centered(shown, _profile.SubjectStyle, before: 0, after: 360));
            }
        }

        AddAddressees(parts.Addressees);
        _parts = parts;
    }

    /// <inheritdoc/>
    /// <exception cref="ArgumentNullException"><paramref name="number"/> or <paramref name="title"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The report is not open, or a section, list or group is still open.</exception>
    public void BeginSection(string number, string title)
    {
        ArgumentNullException.ThrowIfNull(number);
        ArgumentNullException.ThrowIfNull(title);
        _state.BeginSection(number);
        _textNumber = 0;
        string shownNumber = DocxText.OneLine(number);
        string shownTitle = DocxText.OneLine(title);
        string mark = _profile.HeadingSeparator == HeadingSeparator.Hyphen ? "-" : ".";
        string heading = shownNumber.Length == 0 ? shownTitle
            : shownTitle.Length == 0 ? shownNumber + mark
            : shownNumber + mark + " " + shownTitle;
        AddBody(BodyParagraph([(heading, _profile.HeadingStyle)], 0, keepNext: true, before: ParagraphAfter));
    }

    /// <inheritdoc/>
    /// <exception cref="ArgumentNullException"><paramref name="label"/> or <paramref name="text"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The report is not open, or a list is the innermost open block.</exception>
    public void WriteText(string label, string text)
    {
        ArgumentNullException.ThrowIfNull(label);
        ArgumentNullException.ThrowIfNull(text);
        _state.Content(nameof(WriteText));
        string shownLabel = DocxText.OneLine(label);
        List<string> paragraphs = DocxText.Paragraphs(text);
        TextStyle body = _profile.BodyStyle;
        if (_level == 0)
        {
            if (shownLabel.Length > 0)
            {
                _textNumber++;
                string number = HeadingNumbering.Arabic(_textNumber, _profile.HeadingSeparator);
                var style = new TextStyle(_profile.HeadingStyle.Size, Bold: true);
                AddBody(BodyParagraph([(number + " " + shownLabel, style)], 0, keepNext: true));
            }

            foreach (string paragraph in paragraphs)
            {
                AddBody(BodyParagraph([(paragraph, body)], 0));
            }

            return;
        }

        if (shownLabel.Length > 0 && paragraphs.Count == 1)
        {
            AddBody(BodyParagraph([(shownLabel + ": ", body with { Italic = true }), (paragraphs[0], body)], _level));
            return;
        }

        if (shownLabel.Length > 0)
        {
            AddBody(BodyParagraph([(shownLabel + ":", body with { Italic = true })], _level, keepNext: true));
        }

        foreach (string paragraph in paragraphs)
        {
            AddBody(BodyParagraph([(paragraph, body)], _level));
        }
    }

    /// <inheritdoc/>
    /// <exception cref="ArgumentNullException"><paramref name="label"/> or <paramref name="value"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The report is not open, or a list is the innermost open block.</exception>
    public void WriteValue(string label, string value)
    {
        ArgumentNullException.ThrowIfNull(label);
        ArgumentNullException.ThrowIfNull(value);
        _state.Content(nameof(WriteValue));
        string shownLabel = DocxText.OneLine(label);
        string shownValue = DocxText.OneLine(value);
        AddBody(BodyParagraph([(shownLabel.Length == 0 ? "- " + shownValue : "- " + shownLabel + ": " + shownValue, _profile.BodyStyle)], _level));
    }

    /// <inheritdoc/>
    /// <exception cref="ArgumentNullException"><paramref name="label"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The report is not open, or a list is the innermost open block.</exception>
    public void BeginList(string label)
    {
        ArgumentNullException.ThrowIfNull(label);
        _state.BeginList(label);
        string shownLabel = DocxText.OneLine(label);
        if (shownLabel.Length > 0)
        {
            AddBody(BodyParagraph([(shownLabel + ":", _profile.BodyStyle)], _level, keepNext: true));
        }

        Push(1);
    }

    /// <inheritdoc/>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="InvalidOperationException">No list is the innermost open block.</exception>
    public void WriteListItem(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        _state.ListItem();

        AddBody(BodyParagraph([("- " + DocxText.OneLine(text), _profile.BodyStyle)], _level - 1));
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
        ArgumentNullException.ThrowIfNull(label);
        _state.BeginGroup(label);
        string shownLabel = DocxText.OneLine(label);
        if (int.TryParse(shownLabel, NumberStyles.None, CultureInfo.InvariantCulture, out int n) && n >= 1 && n <= 23)
        {
            // An item of a list of records: "a)" opens the item's first line.
            FlushPoint();
            _pendingPoint = HeadingNumbering.Point(n) + " ";
        }
        else if (shownLabel.Length > 0)
        {
            AddBody(BodyParagraph([(shownLabel + ":", _profile.BodyStyle with { Bold = true })], _level, keepNext: true));
        }

        Push(1);
    }

    /// <inheritdoc/>
    /// <exception cref="InvalidOperationException">No group is the innermost open block.</exception>
    public void EndGroup()
    {
        _state.End(ReportBlock.Group);
        FlushPoint();
        Pop();
    }

    /// <inheritdoc/>
    /// <exception cref="ArgumentNullException"><paramref name="label"/> or <paramref name="columns"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="columns"/> is empty or holds null.</exception>
    /// <exception cref="InvalidOperationException">The report is not open, or a list or table is the innermost open block.</exception>
    public void BeginTable(string label, IReadOnlyList<TableColumn> columns)
    {
        ArgumentNullException.ThrowIfNull(label);
        ArgumentNullException.ThrowIfNull(columns);
        _state.BeginTable(label, columns);
    }

    /// <inheritdoc/>
    /// <exception cref="InvalidOperationException">No table is the innermost open block.</exception>
    public void BeginTableRow() => _state.BeginTableRow();

    /// <inheritdoc/>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="InvalidOperationException">No row is open, or the row is full.</exception>
    public void WriteCell(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        _state.Cell(text);
    }

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

        FlushPoint();
        if (table.Label.Length > 0)
        {
            AddBody(BodyParagraph([(DocxText.OneLine(table.Label) + ":", _profile.BodyStyle)], _level, keepNext: true));
        }

        _body.Add(DocxDataTable.Build(table, _profile.BodyStyle, TextWidth));

        // A little space under the table. The body ending goes after text, never into or under a table (as in the other writers).
        _body.Add(Plain([], JustificationValues.Left, 0, 0, 0));
        _bodyEndsWithTable = true;
    }

    /// <inheritdoc/>
    /// <exception cref="InvalidOperationException">No section is the innermost open block.</exception>
    public void EndSection() => _state.End(ReportBlock.Section);

    /// <inheritdoc/>
    /// <exception cref="InvalidOperationException">The report is not open, or a section, list or group is still open.</exception>
    public void EndReport()
    {
        _state.EndReport();
        if (_parts is not null)
        {
            AddBodyEnding(ProfileText.Line(_profile.BodyEnding));
            _body.Add(SignatureTable(_parts!));
        }

        using var package = new MemoryStream();
        DocxPackage.Write(package, _body, _profile);

        // The final zip is made in memory too: written straight to a stream that cannot seek, it would take another
        // layout (data descriptors), and the same report would give other bytes.
        using var zip = new MemoryStream();
        DeterministicZip.Rewrite(package, zip);
        zip.Position = 0;
        zip.CopyTo(_output);
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

    private void FlushPoint()
    {
        if (_pendingPoint is not null)
        {
            AddBody(BodyParagraph([], _level));
        }
    }

    private void AddBody(Paragraph paragraph)
    {
        if (_pendingPoint is not null)
        {
            // After the paragraph properties, before the first run.
            paragraph.InsertAt(TextRun(_pendingPoint, _profile.BodyStyle), 1);
            _pendingPoint = null;
        }

        _body.Add(paragraph);
        _bodyEndsWithTable = false;
        _lastBodyParagraph = paragraph;
        _lastBodyText = paragraph.InnerText;
    }

    private void AddBodyEnding(string ending)
    {
        string mark = DocxText.OneLine(ending);
        if (mark.Length == 0 || _bodyEndsWithTable)
        {
            return;
        }

        if (_lastBodyParagraph is null)
        {
            AddBody(BodyParagraph([(mark, _profile.BodyStyle)], 0));
            return;
        }

        // "… thực hiện." + "./." reads "… thực hiện./.": the full stop is not doubled.
        string text = _lastBodyText;
        string append = text.EndsWith('.') && mark.StartsWith('.') ? mark[1..] : mark;
        if (append.Length > 0)
        {
            _lastBodyParagraph.Append(TextRun(append, _profile.BodyStyle));
        }
    }

    private void AddAddressees(IReadOnlyList<string> addressees)
    {
        var items = new List<string>(addressees.Count);
        foreach (string addressee in addressees)
        {
            string item = DocxText.OneLine(addressee ?? "").TrimEnd(';', '.', ' ');
            if (item.Length > 0)
            {
                items.Add(item);
            }
        }

        TextStyle style = _profile.AddresseeStyle;
        if (items.Count == 0)
        {
            return;
        }

        if (items.Count == 1)
        {
            _body.Add(Centered("Kính gửi: " + items[0] + ".", style, before: 0, after: 240));
            return;
        }

        _body.Add(Plain([("Kính gửi:", style)], JustificationValues.Left, left: 1701, before: 0, after: 0));
        for (int i = 0; i < items.Count; i++)
        {
            _body.Add(Plain([("- " + items[i] + (i == items.Count - 1 ? "." : ";"), style)], JustificationValues.Left, left: 2835, before: 0, after: i == items.Count - 1 ? 240 : 0));
        }
    }

    private int TextWidth => Mm(_profile.PageWidthMm - _profile.Margins.LeftMm - _profile.Margins.RightMm);

    private Table HeaderTable(DocumentParts parts)
    {
        int total = TextWidth;
        int left = total * 2 / 5;
        int right = total - left;

        var leftTop = new List<OpenXmlElement>();
        if (parts.Parent is string parent)
        {
            leftTop.Add(Centered(DocxText.Clean(parent), _profile.ParentBodyStyle, 0, 0));
        }

        string issuer = DocxText.Clean(parts.Issuer ?? "");
        if (issuer.Length > 0)
        {
            leftTop.Add(Centered(issuer, _profile.IssuerStyle, 0, 0));
        }

        switch (_profile.IssuerMark)
        {
            case IssuerMark.Asterisk:
                leftTop.Add(Centered("*", _profile.IssuerStyle with { Bold = false }, 0, 0));
                break;
            case IssuerMark.ShortLine:
                int lineWidth = Math.Min(EstimateWidth(issuer, _profile.IssuerStyle), left) / 2;
                leftTop.Add(Rule(Math.Max(0, (left - lineWidth) / 2)));
                break;
            default:
                break;
        }

        var rightTop = new List<OpenXmlElement>();
        foreach (HeaderLine line in _profile.HeaderLines)
        {
            string text = DocxText.OneLine(line.Text);
            rightTop.Add(Centered(text, line.Style, 0, 0));
            if (line.RuleBelow)
            {
                int width = Math.Min(EstimateWidth(text, line.Style), right);
                rightTop.Add(Rule(Math.Max(0, (right - width) / 2)));
            }
        }

        var leftBottom = new List<OpenXmlElement> { Centered(DocxText.Clean(parts.NumberLine ?? ""), _profile.NumberStyle, 120, 0) };
        if (parts.LetterSubject is string letterSubject)
        {
            leftBottom.Add(Centered(DocxText.Clean(letterSubject), _profile.LetterSubjectStyle, 60, 0));
        }

        var rightBottom = new List<OpenXmlElement> { Centered(DocxText.Clean(parts.DateLine ?? ""), _profile.DateLineStyle, 120, 0) };

        return BorderlessTable([left, right], [[leftTop, rightTop], [leftBottom, rightBottom]]);
    }

    private Table SignatureTable(DocumentParts parts)
    {
        int total = TextWidth;
        int left = total / 2;
        int right = total - left;

        var leftCell = new List<OpenXmlElement>();
        if (parts.RecipientLines.Count > 0)
        {
            leftCell.Add(Plain([(DocumentParts.RecipientsLabel, _profile.RecipientsLabelStyle)], JustificationValues.Left, 0, 240, 0));
            foreach (string line in parts.RecipientLines)
            {
                leftCell.Add(Plain([(DocxText.Clean(line), _profile.RecipientsStyle)], JustificationValues.Left, 0, 0, 0));
            }
        }

        var rightCell = new List<OpenXmlElement>();
        bool first = true;
        foreach (string line in parts.AuthorityLines)
        {
            rightCell.Add(Centered(DocxText.Clean(line), _profile.AuthorityStyle, first ? 240 : 0, 0));
            first = false;
        }

        // Room for the signature and the seal.
        for (int i = 0; i < 4; i++)
        {
            rightCell.Add(Centered("", _profile.BodyStyle, 0, 0));
        }

        if (parts.SignerName is string name)
        {
            rightCell.Add(Centered(DocxText.Clean(name), _profile.SignerNameStyle, 240, 0));
        }

        Table table = BorderlessTable([left, right], [[leftCell, rightCell]]);

        // The signature block stays in one piece, on the page of the body's last lines.
        table.GetFirstChild<TableRow>()!.PrependChild(new TableRowProperties(new CantSplit()));
        if (_lastBodyParagraph?.ParagraphProperties is ParagraphProperties last)
        {
            last.KeepNext = new KeepNext();
        }

        return table;
    }

    private static Table BorderlessTable(int[] widths, List<OpenXmlElement>[][] rows)
    {
        int total = 0;
        foreach (int width in widths)
        {
            total += width;
        }

        var properties = new TableProperties
        {
            TableWidth = new TableWidth { Width = Invariant(total), Type = TableWidthUnitValues.Dxa },
            TableBorders = new TableBorders(
                new TopBorder { Val = BorderValues.None },
                new LeftBorder { Val = BorderValues.None },
                new BottomBorder { Val = BorderValues.None },
                new RightBorder { Val = BorderValues.None },
                new InsideHorizontalBorder { Val = BorderValues.None },
                new InsideVerticalBorder { Val = BorderValues.None }),
            TableLayout = new TableLayout { Type = TableLayoutValues.Fixed },
            TableCellMarginDefault = new TableCellMarginDefault(
                new TableCellLeftMargin { Width = 0, Type = TableWidthValues.Dxa },
                new TableCellRightMargin { Width = 0, Type = TableWidthValues.Dxa }),
        };

        var grid = new TableGrid();
        foreach (int width in widths)
        {
            grid.Append(new GridColumn { Width = Invariant(width) });
        }

        var table = new Table(properties, grid);
        foreach (List<OpenXmlElement>[] cells in rows)
        {
            var row = new TableRow();
            for (int i = 0; i < cells.Length; i++)
            {
                var cell = new TableCell(new TableCellProperties
                {
                    TableCellWidth = new TableCellWidth { Width = Invariant(widths[i]), Type = TableWidthUnitValues.Dxa },
                });
                if (cells[i].Count == 0)
                {
                    cell.Append(new Paragraph());
                }
                else
                {
                    cell.Append(cells[i]);
                }

                row.Append(cell);
            }

            table.Append(row);
        }

        return table;
    }

    private static Paragraph BodyParagraph(IReadOnlyList<(string Text, TextStyle Style)> runs, int level, bool keepNext = false, int before = 0)
    {
        var properties = new ParagraphProperties();
        if (keepNext)
        {
            properties.KeepNext = new KeepNext();
        }

        properties.SpacingBetweenLines = new SpacingBetweenLines
        {
            Before = Invariant(before),
            After = Invariant(ParagraphAfter),
            Line = Invariant(BodyLine),
            LineRule = LineSpacingRuleValues.Auto,
        };
        properties.Indentation = new Indentation { FirstLine = Invariant(FirstLineIndent + (level * IndentStep)) };
        properties.Justification = new Justification { Val = JustificationValues.Both };
        var paragraph = new Paragraph(properties);
        foreach ((string text, TextStyle style) in runs)
        {
            paragraph.Append(TextRun(text, style));
        }

        return paragraph;
    }

    private static Paragraph Centered(string text, TextStyle style, int before, int after) =>
        Plain([(text, style)], JustificationValues.Center, 0, before, after);

    private static Paragraph Plain(IReadOnlyList<(string Text, TextStyle Style)> runs, JustificationValues justification, int left, int before, int after)
    {
        var properties = new ParagraphProperties
        {
            SpacingBetweenLines = new SpacingBetweenLines
            {
                Before = Invariant(before),
                After = Invariant(after),
                Line = "240",
                LineRule = LineSpacingRuleValues.Auto,
            },
        };
        if (left > 0)
        {
            properties.Indentation = new Indentation { Left = Invariant(left) };
        }

        properties.Justification = new Justification { Val = justification };
        if (runs.Count > 0)
        {
            // The paragraph mark takes the size of the text, so that an empty line is as high as a line of text.
            properties.ParagraphMarkRunProperties = new ParagraphMarkRunProperties(
                new FontSize { Val = Invariant(runs[0].Style.Size * 2) },
                new FontSizeComplexScript { Val = Invariant(runs[0].Style.Size * 2) });
        }

        var paragraph = new Paragraph(properties);
        foreach ((string text, TextStyle style) in runs)
        {
            if (text.Length > 0)
            {
                paragraph.Append(TextRun(text, style));
            }
        }

        return paragraph;
    }

    /// <summary>A draft's note ("Dự thảo") in a box at the top right: a right-aligned paragraph bordered on four sides,
    /// indented so that the box is as wide as the text.</summary>
    private Paragraph DraftNote(string note)
    {
        TextStyle style = _profile.DraftNoteStyle;
        int boxWidth = Math.Min(TextWidth, EstimateWidth(note, style) + 400);
        var properties = new ParagraphProperties
        {
            ParagraphBorders = new ParagraphBorders(
                new TopBorder { Val = BorderValues.Single, Size = 6, Space = 1, Color = "000000" },
                new LeftBorder { Val = BorderValues.Single, Size = 6, Space = 4, Color = "000000" },
                new BottomBorder { Val = BorderValues.Single, Size = 6, Space = 1, Color = "000000" },
                new RightBorder { Val = BorderValues.Single, Size = 6, Space = 4, Color = "000000" }),
            SpacingBetweenLines = new SpacingBetweenLines { Before = "0", After = "120", Line = "240", LineRule = LineSpacingRuleValues.Auto },
            Indentation = new Indentation { Left = Invariant(TextWidth - boxWidth) },
            Justification = new Justification { Val = JustificationValues.Center },
        };
        return new Paragraph(properties, TextRun(note, style));
    }

    /// <summary>An empty paragraph whose bottom border is a horizontal line, indented by <paramref name="indent"/> on both sides.</summary>
    private static Paragraph Rule(int indent, int after = 0)
    {
        var properties = new ParagraphProperties
        {
            ParagraphBorders = new ParagraphBorders(new BottomBorder { Val = BorderValues.Single, Size = 6, Space = 1, Color = "000000" }),
            SpacingBetweenLines = new SpacingBetweenLines { Before = "0", After = Invariant(after), Line = "100", LineRule = LineSpacingRuleValues.Exact },
            Indentation = new Indentation { Left = Invariant(indent), Right = Invariant(indent) },
            Justification = new Justification { Val = JustificationValues.Center },
            ParagraphMarkRunProperties = new ParagraphMarkRunProperties(new FontSize { Val = "4" }, new FontSizeComplexScript { Val = "4" }),
        };
        return new Paragraph(properties);
    }

    internal static Run TextRun(string text, TextStyle style)
    {
        var properties = new RunProperties();
        if (style.Bold)
        {
            properties.Bold = new Bold();
            properties.BoldComplexScript = new BoldComplexScript();
        }

        if (style.Italic)
        {
            properties.Italic = new Italic();
            properties.ItalicComplexScript = new ItalicComplexScript();
        }

        properties.FontSize = new FontSize { Val = Invariant(style.Size * 2) };
        properties.FontSizeComplexScript = new FontSizeComplexScript { Val = Invariant(style.Size * 2) };
        if (style.Underline)
        {
            properties.Underline = new Underline { Val = UnderlineValues.Single };
        }

        string shown = style.Uppercase ? Internal.CaseMapping.ToUpper(text) : text;
        return new Run(properties, new Text(shown) { Space = SpaceProcessingModeValues.Preserve });
    }

    /// <summary>
    /// An estimate of the printed width of a line of Times New Roman, in twips: capitals about 0.7 em, other letters
    /// about 0.4 em (bold about 3% wider). Used for lines drawn as long as a text.
    /// </summary>
    private static int EstimateWidth(string text, TextStyle style)
    {
        double em = 0;
        foreach (char c in text)
        {
            em += c == ' ' ? 0.25 : char.IsUpper(c) || style.Uppercase ? 0.7 : c is '-' or '.' or ',' ? 0.33 : 0.4;
        }

        if (style.Bold)
        {
            em *= 1.03;
        }

        return (int)Math.Round(em * style.Size * 20);
    }

    /// <summary>Millimetres to twips (1/1440 inch), rounded.</summary>
    internal static int Mm(int millimetres) => (int)Math.Round(millimetres * 1440 / 25.4, MidpointRounding.AwayFromZero);

    internal static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}
