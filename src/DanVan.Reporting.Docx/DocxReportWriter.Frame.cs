using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using static DanVan.Reporting.Docx.DocxElements;

namespace DanVan.Reporting.Docx;

/// <summary>The document frame of the DOCX layout: the header table, "Kính gửi:", the signature table and the draft box.</summary>
public sealed partial class DocxReportWriter
{
    /// <summary>"Kính gửi:" and the addressees as the frame shapes them: one on the label's line, centred; several listed under it.</summary>
    private void AddAddressees(DocumentFrame frame)
    {
        TextStyle style = _profile.AddresseeStyle;
        IReadOnlyList<string> items = frame.Addressees;
        if (items.Count == 0)
        {
            return;
        }

        if (frame.AddresseeOnLabelLine)
        {
            _body.Add(Centered(frame.AddresseesLabel + " " + DocxText.Clean(items[0]), style, before: 0, after: 240));
            return;
        }

        _body.Add(Plain([(frame.AddresseesLabel, style)], JustificationValues.Left, left: 1701, before: 0, after: 0));
        for (int i = 0; i < items.Count; i++)
        {
            _body.Add(Plain([(DocxText.Clean(items[i]), style)], JustificationValues.Left, left: 2835, before: 0, after: i == items.Count - 1 ? 240 : 0));
        }
    }

    private int TextWidth => Mm(_profile.PageWidthMm - _profile.Margins.LeftMm - _profile.Margins.RightMm);

    private Table HeaderTable(DocumentFrame parts)
    {
        int total = TextWidth;
        int left = total * parts.IssuerColumnPercent / 100;
        int right = total - left;

        // The parent and the issuer as the frame breaks them to fit the column (one paragraph per line).
        var leftTop = new List<OpenXmlElement>();
        foreach (string line in parts.ParentLines)
        {
            leftTop.Add(Centered(DocxText.Clean(line), _profile.ParentBodyStyle, 0, 0));
        }

        int issuerWidth = 0;
        foreach (string line in parts.IssuerLines)
        {
            string shown = DocxText.Clean(line);
            leftTop.Add(Centered(shown, _profile.IssuerStyle, 0, 0));
            issuerWidth = Math.Max(issuerWidth, EstimateWidth(shown, _profile.IssuerStyle));
        }

        switch (parts.MarkUnderIssuer)
        {
            case MarkUnderIssuer.Asterisk:
                leftTop.Add(Centered(parts.MarkUnderIssuerText ?? "", parts.MarkUnderIssuerStyle, 0, 0));
                break;
            case MarkUnderIssuer.ShortLine:
                int lineWidth = Math.Min(issuerWidth, left) / 2;
                leftTop.Add(Rule(Math.Max(0, (left - lineWidth) / 2)));
                break;
            default:
                break;
        }

        var rightTop = new List<OpenXmlElement>();
        foreach (HeaderLine line in parts.HeaderLines)
        {
            string text = DocxText.Clean(line.Text);
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

    private Table SignatureTable(DocumentFrame parts)
    {
        int total = TextWidth;
        int right = total * parts.SignatureColumnPercent / 100;
        int left = total - right;

        var leftCell = new List<OpenXmlElement>();
        if (parts.RecipientLines.Count > 0)
        {
            leftCell.Add(Plain([(parts.RecipientsLabel, _profile.RecipientsLabelStyle)], JustificationValues.Left, 0, 240, 0));
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
}
