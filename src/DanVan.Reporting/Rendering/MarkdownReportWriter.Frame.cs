namespace DanVan.Reporting;

/// <summary>The document frame of the Markdown layout: stacked header blocks, tên loại, trích yếu, "Kính gửi:" and the closing.</summary>
public sealed partial class MarkdownReportWriter
{
    /// <summary>Text in the emphasis of a style: "**bold**", "*italic*", "***both***"; Markdown has no underline.</summary>
    private static string Styled(string text, TextStyle style)
    {
        string escaped = MarkdownText.EscapeLineStart(text);
        string mark = style.Bold && style.Italic ? "***" : style.Bold ? "**" : style.Italic ? "*" : "";
        return mark + escaped + mark;
    }

    /// <summary>Lines of one paragraph joined by hard line breaks (a trailing backslash); nothing for no lines.</summary>
    private void Stacked(List<string> lines)
    {
        for (int i = 0; i < lines.Count; i++)
        {
            string end = i < lines.Count - 1 ? "\\" : "";
            if (i == 0)
            {
                _lines.BlankPending = _lines.WroteAnything;
            }

            Line(0, lines[i] + end);
        }

        _lines.BlankPending = lines.Count > 0 || _lines.BlankPending;
    }

    /// <summary>
    /// The two-column header as two stacked blocks, left (parent, issuer, "*", number) then right (the profile's header
    /// lines, the date line); lines drawn under texts are left out. Then tên loại as the "#" heading, the trích yếu, and
    /// "Kính gửi:".
    /// </summary>
    private void WriteDocumentHeader(DocumentFrame frame)
    {
        LayoutProfile layout = frame.Layout;
        if (frame.DraftNote is string draft)
        {
            Block(Styled("[" + draft + "]", layout.DraftNoteStyle));
        }

        var left = new List<string>();
        if (frame.Parent is string parent)
        {
            left.Add(Styled(parent, layout.ParentBodyStyle));
        }

        if (frame.Issuer is string issuer)
        {
            left.Add(Styled(issuer, layout.IssuerStyle));
            if (frame.MarkUnderIssuerText is string mark)
            {
                left.Add(MarkdownText.EscapeLineStart(mark));
            }
        }

        if (frame.NumberLine is string number)
        {
            left.Add(Styled(number, layout.NumberStyle));
        }

        if (frame.LetterSubject is string letterSubject)
        {
            left.Add(Styled(letterSubject, layout.LetterSubjectStyle));
        }

        Stacked(left);
        var right = new List<string>();
        foreach (HeaderLine headerLine in frame.HeaderLines)
        {
            right.Add(Styled(headerLine.Text, headerLine.Style));
        }

        Stacked(right);
        if (frame.DateLine is string date)
        {
            Block(Styled(date, layout.DateLineStyle));
        }

        if (frame.KindName is string kind)
        {
            Block("# " + MarkdownText.Escape(kind));
        }

        if (frame.Subject is string subject)
        {
            Block(Styled(subject, layout.SubjectStyle));
        }

        if (frame.AddresseeOnLabelLine)
        {
            Block(MarkdownText.Escape(frame.AddresseesLabel) + " " + Styled(frame.Addressees[0], layout.AddresseeStyle));
        }
        else if (frame.Addressees.Count > 1)
        {
            var lines = new List<string> { MarkdownText.Escape(frame.AddresseesLabel) };
            foreach (string item in frame.Addressees)
            {
                lines.Add(Styled(item, layout.AddresseeStyle));
            }

            Stacked(lines);
        }
    }

    /// <summary>
    /// The closing in reading order, left column then right as in the header: "Nơi nhận:" and its lines, then the
    /// signature block (authority lines, the name).
    /// </summary>
    private void WriteClosing(DocumentFrame frame)
    {
        LayoutProfile layout = frame.Layout;
        if (frame.RecipientLines.Count > 0)
        {
            var lines = new List<string> { Styled(frame.RecipientsLabel, layout.RecipientsLabelStyle) };
            foreach (string line in frame.RecipientLines)
            {
                lines.Add(Styled(line, layout.RecipientsStyle));
            }

            Stacked(lines);
        }

        var authority = new List<string>();
        foreach (string line in frame.AuthorityLines)
        {
            authority.Add(Styled(line, layout.AuthorityStyle));
        }

        Stacked(authority);
        if (frame.SignerName is string signer)
        {
            Block(Styled(signer, layout.SignerNameStyle));
        }
    }
}
