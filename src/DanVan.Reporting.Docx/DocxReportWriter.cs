using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using static DanVan.Reporting.Docx.DocxElements;

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
/// the current culture. The document is written to the stream at <see cref="ReportWriterBase.EndReport"/>; the stream belongs to the
/// caller and is neither flushed nor disposed. The writer writes one report. Call order and arguments are checked by
/// <see cref="ReportWriterBase"/>; the writer uses the public API of DanVan.Reporting only.
/// </para>
/// </remarks>
public sealed partial class DocxReportWriter : ReportWriterBase
{
    private readonly Stream _output;
    private readonly List<OpenXmlElement> _body = [];
    private LayoutProfile _profile = LayoutProfile.State2020;
    private bool _bodyEndsWithTable;
    private Paragraph? _lastBodyParagraph;
    private string _lastBodyText = "";
    private string? _pendingPoint;

    /// <summary>Creates a writer that writes the document to <paramref name="output"/> when the report ends.</summary>
    /// <param name="output">A writable stream; the caller keeps ownership of it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="output"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="output"/> is not writable.</exception>
    public DocxReportWriter(Stream output) => _output = CheckWritable(output, nameof(output));

    /// <inheritdoc/>
    protected override void OnBeginReport(DocumentFrame frame)
    {
        _profile = frame.Layout;
        if (!frame.IsDocument)
        {
            _body.Add(Centered(DocxText.Clean(frame.KindName ?? ""), _profile.KindNameStyle, before: 0, after: 0));
            _body.Add(Centered(DocxText.Clean(frame.Subject ?? ""), _profile.SubjectStyle, before: 0, after: 360));
            return;
        }

        // The texts of the frame come from DocumentFrame, shared with every writer; this writer only lays them out.
        if (frame.DraftNote is string draft)
        {
            _body.Add(DraftNote(DocxText.Clean(draft)));
        }

        _body.Add(HeaderTable(frame));
        if (frame.KindName is string kind)
        {
            _body.Add(Centered(DocxText.Clean(kind), _profile.KindNameStyle, before: 360, after: 0));
        }
        else
        {
            // A công văn: no kind name; its trích yếu is under the number, in the header table.
            _body.Add(Plain([], JustificationValues.Left, 0, 0, 240));
        }

        if (frame.Subject is string subject)
        {
            string shown = DocxText.Clean(subject);
            if (frame.SubjectRuleBelow)
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

        AddAddressees(frame);
    }

    /// <inheritdoc/>
    protected override void OnBeginSection(string heading) =>
        AddBody(BodyParagraph([(DocxText.OneLine(heading), _profile.HeadingStyle)], 0, keepNext: true, before: ParagraphAfter));

    /// <inheritdoc/>
    protected override void OnWriteText(string? number, string label, IReadOnlyList<string> paragraphs)
    {
        string shownLabel = DocxText.OneLine(label);
        List<string> shownParagraphs = DocxText.Paragraphs(paragraphs);
        TextStyle body = _profile.BodyStyle;
        int level = Depth;
        if (level == 0)
        {
            if (number is not null)
            {
                var style = new TextStyle(_profile.HeadingStyle.Size, Bold: true);
                AddBody(BodyParagraph([(number + " " + shownLabel, style)], 0, keepNext: true));
            }

            foreach (string paragraph in shownParagraphs)
            {
                AddBody(BodyParagraph([(paragraph, body)], 0));
            }

            return;
        }

        if (shownLabel.Length > 0 && shownParagraphs.Count == 1)
        {
            AddBody(BodyParagraph([(shownLabel + ": ", Frame.LabelStyle), (shownParagraphs[0], body)], level));
            return;
        }

        if (shownLabel.Length > 0)
        {
            AddBody(BodyParagraph([(shownLabel + ":", Frame.LabelStyle)], level, keepNext: true));
        }

        foreach (string paragraph in shownParagraphs)
        {
            AddBody(BodyParagraph([(paragraph, body)], level));
        }
    }

    /// <inheritdoc/>
    protected override void OnWriteValue(string label, string value)
    {
        string shownLabel = DocxText.OneLine(label);
        string shownValue = DocxText.OneLine(value);
        TextStyle body = _profile.BodyStyle;
        AddBody(BodyParagraph(shownLabel.Length == 0 ? [("- " + shownValue, body)] : [("- ", body), (shownLabel + ":", Frame.LabelStyle), (" " + shownValue, body)], Depth));
    }

    /// <inheritdoc/>
    protected override void OnBeginList(string label)
    {
        string shownLabel = DocxText.OneLine(label);
        if (shownLabel.Length > 0)
        {
            AddBody(BodyParagraph([(shownLabel + ":", Frame.LabelStyle)], Depth, keepNext: true));
        }
    }

    /// <inheritdoc/>
    protected override void OnWriteListItem(string text) =>
        AddBody(BodyParagraph([("- " + DocxText.OneLine(text), _profile.BodyStyle)], Depth - 1));

    /// <inheritdoc/>
    protected override void OnEndList()
    {
    }

    /// <inheritdoc/>
    protected override void OnBeginGroup(string label, bool isListItem)
    {
        string shownLabel = DocxText.OneLine(label);
        if (int.TryParse(shownLabel, NumberStyles.None, CultureInfo.InvariantCulture, out int n) && n >= 1 && n <= 23)
        {
            // An item of a list of records: "a)" opens the item's first line.
            FlushPoint();
            _pendingPoint = HeadingNumbering.Point(n) + " ";
        }
        else if (shownLabel.Length > 0)
        {
            AddBody(BodyParagraph([(shownLabel + ":", Frame.LabelStyle)], Depth, keepNext: true));
        }
    }

    /// <inheritdoc/>
    protected override void OnEndGroup() => FlushPoint(Depth + 1);

    /// <inheritdoc/>
    protected override void OnTable(ReportTable table)
    {
        FlushPoint();
        if (table.Label.Length > 0)
        {
            AddBody(BodyParagraph([(DocxText.OneLine(table.Label) + ":", Frame.LabelStyle)], Depth, keepNext: true));
        }

        _body.Add(DocxDataTable.Build(table, _profile.BodyStyle, TextWidth));

        // A little space under the table. The body ending goes after text, never into or under a table (as in the other writers).
        _body.Add(Plain([], JustificationValues.Left, 0, 0, 0));
        _bodyEndsWithTable = true;
    }

    /// <inheritdoc/>
    protected override void OnEndReport()
    {
        DocumentFrame frame = Frame;
        if (frame.IsDocument)
        {
            AddBodyEnding(frame);
            _body.Add(SignatureTable(frame));
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

    private void FlushPoint() => FlushPoint(Depth);

    /// <summary>An item of a list of records with nothing written yet still shows its "a)", on an empty line at <paramref name="level"/>.</summary>
    private void FlushPoint(int level)
    {
        if (_pendingPoint is not null)
        {
            AddBody(BodyParagraph([], level));
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

    private void AddBodyEnding(DocumentFrame frame)
    {
        string mark = DocxText.OneLine(frame.BodyEnding);
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
        string append = DocxText.OneLine(frame.BodyEndingAfter(_lastBodyText));
        if (append.Length > 0)
        {
            _lastBodyParagraph.Append(TextRun(append, _profile.BodyStyle));
        }
    }
}
