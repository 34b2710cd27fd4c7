using System.Globalization;

namespace DanVan.Reporting;

/// <summary>The document frame of the HTML layout: the header table, tên loại, trích yếu, "Kính gửi:" and the footer table.</summary>
public sealed partial class HtmlReportWriter
{
    /// <summary>
    /// The two-column header (a borderless table: issuer left, the profile's header lines right; number and date line on
    /// the second row), then tên loại and trích yếu, then "Kính gửi:".
    /// </summary>
    private void WriteDocumentHeader(DocumentFrame document)
    {
        if (document.DraftNote is string draft)
        {
            Line("<p class=\"draft-note\"><span>" + HtmlText.Encode(draft) + "</span></p>");
        }

        Open(Tags.DocumentHeader, Tags.TableEnd);
        Open(Tags.Tr, Tags.TrEnd);
        Open(Tags.TdIssuer, Tags.TdBlockEnd);
        if (document.ParentLines.Count > 0)
        {
            Line("<p class=\"parent\">" + EncodedLines(document.ParentLines) + "</p>");
        }

        if (document.IssuerLines.Count > 0)
        {
            Line("<p class=\"issuer-name\">" + EncodedLines(document.IssuerLines) + "</p>");
            if (document.MarkUnderIssuerText is string mark)
            {
                Line("<p class=\"issuer-mark\">" + HtmlText.Encode(mark) + "</p>");
            }
            else if (document.MarkUnderIssuer == MarkUnderIssuer.ShortLine)
            {
                // The line's length is the document's (half the issuer's name), so it is set here, not in the profile's style sheet.
                Line("<hr class=\"issuer-rule\" style=\"width: " + Mm(document.IssuerRuleMm) + "\">");
            }
        }

        Close();
        Open(Tags.TdNational, Tags.TdBlockEnd);
        for (int i = 0; i < document.HeaderLines.Count; i++)
        {
            HeaderLine headerLine = document.HeaderLines[i];
            string text = HtmlText.Encode(headerLine.Text);
            string number = (i + 1).ToString(CultureInfo.InvariantCulture);
            Line("<p class=\"header-line-" + number + "\">" + (headerLine.RuleBelow ? "<span class=\"ruled\">" + text + "</span>" : text) + "</p>");
        }

        Close();
        Close();
        Open(Tags.Tr, Tags.TrEnd);
        Line("<td class=\"number\">" + HtmlText.Encode(document.NumberLine ?? "")
            + (document.LetterSubject is string letterSubject ? "<br><span class=\"letter-subject\">" + HtmlText.Encode(letterSubject) + "</span>" : "")
            + "</td>");
        Line("<td class=\"date\">" + HtmlText.Encode(document.DateLine ?? "") + "</td>");
        Close();
        Close();

        if (document.KindName is not null || document.Subject is not null)
        {
            Open(Tags.Header, Tags.HeaderEnd);
            if (document.KindName is string kind)
            {
                Line("<h1>" + HtmlText.Encode(kind) + "</h1>");
            }

            if (document.Subject is string subject)
            {
                Line("<p class=\"subject\">" + HtmlText.Encode(subject) + "</p>");
                if (document.SubjectRuleBelow)
                {
                    Line("<hr class=\"subject-rule\" style=\"width: " + Mm(document.SubjectRuleMm) + "\">");
                }
            }

            Close();
        }

        if (document.Addressees.Count > 0)
        {
            Open(Tags.Addressees, Tags.DivEnd);
            Line("<p>" + HtmlText.Encode(document.AddresseesLabel) + "</p>");
            IReadOnlyList<string> items = document.Addressees;
            var encoded = new List<string>(items.Count);
            foreach (string item in items)
            {
                encoded.Add(HtmlText.Encode(item));
            }

            Line("<p>" + string.Join("<br>", encoded) + "</p>");
            Close();
        }
    }

    /// <summary>The lines of a name as the frame breaks them, escaped and joined by <c>&lt;br&gt;</c>.</summary>
    private static string EncodedLines(IReadOnlyList<string> lines)
    {
        var encoded = new string[lines.Count];
        for (int i = 0; i < lines.Count; i++)
        {
            encoded[i] = HtmlText.Encode(lines[i]);
        }

        return string.Join("<br>", encoded);
    }

    /// <summary>"Nơi nhận:" on the left and the signature block on the right, in one borderless row.</summary>
    private void WriteClosing(DocumentFrame document)
    {
        if (!document.HasClosing)
        {
            return;
        }

        Open(Tags.DocumentFooter, Tags.TableEnd);
        Open(Tags.Tr, Tags.TrEnd);
        if (document.RecipientLines.Count > 0)
        {
            Open(Tags.TdRecipients, Tags.TdBlockEnd);
            Line("<p class=\"recipients-label\">" + HtmlText.Encode(document.RecipientsLabel) + "</p>");
            foreach (string line in document.RecipientLines)
            {
                Line("<p>" + HtmlText.Encode(line) + "</p>");
            }

            Close();
        }
        else
        {
            Line("<td class=\"recipients\"></td>");
        }

        Open(Tags.TdSignature, Tags.TdBlockEnd);
        foreach (string line in document.AuthorityLines)
        {
            Line("<p class=\"authority\">" + HtmlText.Encode(line) + "</p>");
        }

        if (document.SignerName is string signer)
        {
            Line("<p class=\"signature-space\"></p>");
            Line("<p class=\"signer\">" + HtmlText.Encode(signer) + "</p>");
        }

        Close();
        Close();
        Close();
    }
}
