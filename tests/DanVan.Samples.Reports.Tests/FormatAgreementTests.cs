using System.Net;
using System.Text.RegularExpressions;
using DanVan.Reporting;
using DanVan.Reporting.Docx;
using DanVan.Reporting.Pdf;
using DanVan.Reporting.Testing;
using DanVan.Samples.Reports.Reports;

namespace DanVan.Samples.Reports.Tests;

/// <summary>
/// One document in every format (review checklist 11): for each seed in both layouts, the body reads the same in plain
/// text, Markdown without its markup, the HTML as its style sheet prints it, the DOCX and the PDF: the same paragraphs,
/// headings, "- " lines, labels and table rows, in the same order; and the closing lists "Nơi nhận" before the
/// signature block wherever the format stacks them. Labels follow one rule, the profile's LabelStyle.
/// </summary>
public class FormatAgreementTests
{
    public static TheoryData<string, string> Cases() => SeedReportTests.Cases();

    [Theory]
    [MemberData(nameof(Cases))]
    public void Body_IsTheSameParagraphsInTheSameOrder_InTextMarkdownHtmlAndDocx(string file, string layout)
    {
        IReport report = SeedReportTests.Report(file, layout);
        List<string> text = TextBody(report.RenderText());

        Assert.True(text.Count > 3, string.Join("\n", text));
        Assert.Equal(text, MarkdownBody(report.RenderMarkdown()));
        Assert.Equal(text, HtmlBody(report.RenderHtml()));
        Assert.Equal(text, DocxBody(DocxProjection.ToText(report.RenderDocx())));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Body_IsTheSameWordsInTheSameOrder_InThePdf(string file, string layout)
    {
        IReport report = SeedReportTests.Report(file, layout);
        List<string> expected = Words(TextBody(report.RenderText()));

        Assert.Equal(expected, Words(PdfBody(PdfProjection.ToText(report.RenderPdf()))));
    }

    // Markdown, HTML and DOCX stack or lay out the closing; each puts "Nơi nhận" (left) before the signature (right),
    // reading left to right as the header does.
    [Theory]
    [MemberData(nameof(SeedReportTests.DocumentCases), MemberType = typeof(SeedReportTests))]
    public void Closing_NoiNhanComesBeforeTheSignature_InMarkdownHtmlAndDocx(string file, string layout)
    {
        IReport report = SeedReportTests.Report(file, layout);
        DocumentInfo document = SeedReportTests.DocumentOf(report)!;
        string signer = document.Signature.SignerName!;

        foreach (string output in new[] { report.RenderMarkdown(), report.RenderHtml(), DocxProjection.ToText(report.RenderDocx()) })
        {
            int recipients = output.IndexOf("Nơi nhận:", StringComparison.Ordinal);
            int lastRecipient = output.IndexOf("- Lưu", StringComparison.Ordinal);
            Assert.True(recipients > 0 && lastRecipient > recipients, output);
            Assert.True(output.IndexOf(signer, StringComparison.Ordinal) > lastRecipient, output);
        }
    }

    // Checklist 11: labels ("Nhiệm vụ:", "Một số kết quả của Lực lượng Biên phòng tỉnh:") are printed as the profile's
    // LabelStyle says, in every format: plain by default (the body's style), bold when a profile asks for it.
    [Theory]
    [InlineData("default", false)]
    [InlineData("state2020", false)]
    [InlineData("default", true)]
    public void Labels_FollowTheProfilesLabelStyle_InEveryFormat(string layout, bool bold)
    {
        IReport report = SeedReportTests.Report("004-giao-ban-quy-dak-nong", layout);
        DocumentInfo document = SeedReportTests.DocumentOf(report)!;
        LayoutProfile profile = bold ? document.Layout with { Name = "Party2018-bold-labels", LabelStyle = document.Layout.BodyStyle with { Bold = true } } : document.Layout;
        report = WithDocument(report, document with { Layout = profile });
        const string Label = "Một số kết quả của Lực lượng Biên phòng tỉnh:";

        Assert.Equal(bold, profile.LabelStyle.Bold);
        Assert.Contains("\n" + Label + "\n", report.RenderText(), StringComparison.Ordinal);
        Assert.Contains("\n" + (bold ? "**" + Label + "**" : Label) + "\n", report.RenderMarkdown(), StringComparison.Ordinal);
        string html = report.RenderHtml();
        Assert.Contains("<p class=\"label\">" + Label + "</p>", html, StringComparison.Ordinal);
        Assert.Contains("p.label { text-indent: 10mm; font-size: 14pt; font-weight: " + (bold ? "bold" : "normal") + "; font-style: normal;", html, StringComparison.Ordinal);
        Assert.Matches(@"\n\[[^\]]*keep-next" + (bold ? " b" : "") + @"\] " + Regex.Escape(Label) + "\n", DocxProjection.ToText(report.RenderDocx()));
        Assert.Matches(@"\[" + (bold ? "b " : "") + @"14pt\] " + Regex.Escape(Label) + "\n", PdfProjection.ToText(report.RenderPdf()));
    }

    // Checklist 10b: every header and signature line of every seed fits its column with the frame's gap beside it, so
    // no renderer wraps one ("PHÓ TRƯỞNG BAN THƯỜNG TRỰC", "ĐẢNG ỦY PHƯỜNG THỚI SƠN"); the PDF, measured with the
    // embedded font, prints each on one line.
    [Theory]
    [MemberData(nameof(SeedReportTests.DocumentCases), MemberType = typeof(SeedReportTests))]
    public void FrameColumns_FitTheirTextWithTheGap(string file, string layout)
    {
        IReport report = SeedReportTests.Report(file, layout);
        DocumentFrame frame = DocumentFrame.For(new ReportHeading("báo cáo", report.Period) { Document = SeedReportTests.DocumentOf(report) });
        LayoutProfile profile = frame.Layout;
        double width = (profile.PageWidthMm - profile.Margins.LeftMm - profile.Margins.RightMm) * 72 / 25.4;
        double gap = frame.ColumnGapMm * 72 / 25.4;
        double left = frame.IssuerColumnPercent * width / 100;
        double signature = frame.SignatureColumnPercent * width / 100;
        var leftLines = frame.ParentLines.Select(line => (line, profile.ParentBodyStyle))
            .Concat(frame.IssuerLines.Select(line => (line, profile.IssuerStyle)))
            .Append((frame.NumberLine!, profile.NumberStyle)).ToList();
        var rightLines = frame.HeaderLines.Select(line => (line.Text, line.Style)).Append((frame.DateLine!, profile.DateLineStyle)).ToList();
        var signatureLines = frame.AuthorityLines.Select(line => (line, profile.AuthorityStyle)).Append((frame.SignerName!, profile.SignerNameStyle)).ToList();
        double widestLeft = leftLines.Max(l => TextMetrics.EstimateWidthPt(l.Item1, l.Item2));
        double widestRight = rightLines.Max(l => TextMetrics.EstimateWidthPt(l.Item1, l.Item2));

        Assert.True(widestLeft < left && widestRight < width - left, file);
        Assert.True((width - widestLeft - widestRight) / 2 >= gap, file); // two centred texts are (W - L - R) / 2 apart
        Assert.True(signatureLines.Max(l => TextMetrics.EstimateWidthPt(l.Item1, l.Item2)) + gap <= signature, file);
        string pdf = PdfProjection.ToText(report.RenderPdf());
        foreach ((string line, _) in leftLines.Concat(rightLines).Concat(signatureLines))
        {
            Assert.Matches(@"\] " + Regex.Escape(line) + @"( \||\n)", pdf);
        }
    }

    private static IReport WithDocument(IReport report, DocumentInfo document) => report switch
    {
        SoKetCongTacDanVan r => r with { Document = document },
        GiaoBanQuy r => r with { Document = document },
        SoKetPhoiHop r => r with { Document = document },
        DanVan.Reporting.Catalog.CatalogReport r => (IReport)(r with { Document = document }),
        _ => throw new InvalidOperationException(report.GetType().Name),
    };

    // The body runs from section I ("I-" or "I.") to the closing ("Nơi nhận:"), or to the end.
    private static readonly Regex s_firstHeading = new(@"^I[-.] ", RegexOptions.CultureInvariant);

    private static List<string> Body(IEnumerable<string> paragraphs, Func<string, bool> isClosing)
    {
        var body = new List<string>();
        bool inBody = false;
        foreach (string raw in paragraphs)
        {
            string paragraph = Regex.Replace(raw, @"\s+", " ").Trim();
            inBody |= s_firstHeading.IsMatch(paragraph);
            if (!inBody || paragraph.Length == 0 || IsTableRule(paragraph))
            {
                continue;
            }

            if (isClosing(paragraph))
            {
                break;
            }

            body.Add(paragraph.StartsWith('|') ? TableRow(paragraph) : paragraph);
        }

        return body;
    }

    private static bool IsTableRule(string line) => line.StartsWith('|') && line.All(c => c is '|' or '-' or ':' or ' ');

    private static string TableRow(string line) =>
        string.Join(" | ", line.Trim('|', ' ').Split('|').Select(cell => Regex.Replace(cell, @"^\s*\[[^\]]*\]\s*", "").Trim()));

    // Plain text: one line per paragraph, heading, item or table row; the closing starts with "Nơi nhận:".
    private static List<string> TextBody(string text) =>
        Body(text.Split('\n'), line => line.StartsWith("Nơi nhận:", StringComparison.Ordinal));

    // Markdown: without heading marks, emphasis, escapes and hard breaks; a "- " item is a "- " line as in text.
    private static List<string> MarkdownBody(string markdown) =>
        Body(markdown.Split('\n').Select(StripMarkdown), line => line.StartsWith("Nơi nhận:", StringComparison.Ordinal));

    private static string StripMarkdown(string line)
    {
        string shown = Regex.Replace(line.Trim(), @"^#+ ", "");
        shown = Regex.Replace(shown, @"(?<!\\)\*+", "");
        shown = Regex.Replace(shown, @"\\$", "");
        return Regex.Replace(shown, @"\\(.)", "$1");
    }

    // HTML as its style sheet prints it: an item of a list is "- " and the text (li::before "- "), a figure is
    // "- label: value" (dt::before "- ", dt::after ": "); headings, paragraphs and labels as they are; table rows cell by cell.
    private static List<string> HtmlBody(string html)
    {
        Assert.Contains("li::before { content: \"- \"; }", html, StringComparison.Ordinal);
        Assert.Contains("dt::before { content: \"- \"; }", html, StringComparison.Ordinal);
        Assert.Contains("dt:not(:empty)::after { content: \": \"; }", html, StringComparison.Ordinal);
        string article = html[html.IndexOf("<section>", StringComparison.Ordinal)..];
        int footer = article.IndexOf("<table class=\"document-footer\"", StringComparison.Ordinal);
        article = footer < 0 ? article : article[..footer];
        var paragraphs = new List<string>();
        var row = new List<string>();
        string? term = null;
        foreach (Match match in Regex.Matches(article, @"<(?<tag>h2|h3|p|li|dt|dd|th|td)\b[^>]*>(?<text>.*?)</\k<tag>>|(?<end></tr>)", RegexOptions.Singleline))
        {
            if (match.Groups["end"].Success)
            {
                paragraphs.Add("| " + string.Join(" | ", row) + " |");
                row.Clear();
                continue;
            }

            string text = WebUtility.HtmlDecode(Regex.Replace(match.Groups["text"].Value, "<[^>]+>", ""));
            switch (match.Groups["tag"].Value)
            {
                case "li":
                    paragraphs.Add("- " + text);
                    break;
                case "dt":
                    term = text;
                    break;
                case "dd":
                    paragraphs.Add(term is { Length: > 0 } ? "- " + term + ": " + text : "- " + text);
                    break;
                case "th" or "td":
                    row.Add(text);
                    break;
                default:
                    paragraphs.Add(text);
                    break;
            }
        }

        return Body(paragraphs, _ => false);
    }

    // DOCX: one projected line per paragraph (its formatting bracket dropped) or table row; the closing is the
    // borderless table after the body.
    private static List<string> DocxBody(string projection)
    {
        string body = projection[(projection.IndexOf("\n---\n", StringComparison.Ordinal) + 5)..];
        IEnumerable<string> paragraphs = body.Split('\n')
            .Where(line => !line.StartsWith("table (bordered)", StringComparison.Ordinal))
            .Select(line => line.StartsWith('|') ? line : Regex.Replace(line, @"^\[[^\]]*\] ?", ""));
        return Body(paragraphs, line => line.StartsWith("table: ", StringComparison.Ordinal));
    }

    // PDF: the lines of the body pages, parts of a line (table cells) in order, without the page numbers in the top margin.
    private static List<string> PdfBody(string projection)
    {
        var lines = new List<string>();
        foreach (string line in projection.Split('\n'))
        {
            Match position = Regex.Match(line, @"^  y=(?<y>[\d.]+) ");
            if (!position.Success || double.Parse(position.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture) < 20)
            {
                continue;
            }

            lines.Add(string.Join(" ", Regex.Split(line[position.Length..], @" \| (?=x=)").Select(part => Regex.Replace(part, @"^x=[\d.]+ \[[^\]]*\] ", ""))));
        }

        return Body(lines, line => line.StartsWith("Nơi nhận:", StringComparison.Ordinal));
    }

    private static List<string> Words(IEnumerable<string> paragraphs) =>
        paragraphs.SelectMany(paragraph => paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Where(word => word != "|").ToList();
}
