using System.Globalization;

namespace DanVan.Reporting;

/// <summary>The style sheets of the HTML layout: a fixed one for a bare report, and one built from a document's profile.</summary>
public sealed partial class HtmlReportWriter
{
    // Labels ("p.label", "dt") are printed in the body's style, as every writer prints them: the label rule of the
    // profile a bare report is laid out by (LayoutProfile.State2020, whose LabelStyle is its plain body style).
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
        p.label { text-indent: 0; margin-bottom: 2pt; }
        dl { display: grid; grid-template-columns: max-content auto; column-gap: 0.5em; margin: 0 0 6pt; }
        dt { grid-column: 1; }
        dt:not(:empty)::after { content: ":"; }
        dd { grid-column: 2; margin: 0; }
        ul { list-style-type: "- "; margin: 0 0 6pt; padding-left: 1cm; }
        .group, .text { margin: 0 0 6pt 1cm; }
        li > .group { margin-left: 0; }
        table.data { width: 100%; border-collapse: collapse; margin: 0 0 6pt; }
        table.data th, table.data td { border: 1px solid #000; padding: 2pt 4pt; vertical-align: top; text-align: left; }
        table.data th { font-weight: bold; text-align: center; }
        table.data td.center { text-align: center; width: 3em; }
        table.data td.right { text-align: right; white-space: nowrap; }
        table.data tr { break-inside: avoid; page-break-inside: avoid; }
        @media print { article { max-width: none; padding: 0; } }
        """;

    /// <summary>The bare report's style sheet as its lines are written: each with its "\n".</summary>
    private const string StyleSheetLines = StyleSheet + "\n";

    // A document's style sheet depends only on its profile and its two column shares (everything else DocumentStyleSheet
    // reads from the frame, the column gap and the first-line indent, is fixed): the last few are kept, keyed by the
    // profile instance, so that documents of one profile share one. Whatever the style sheet comes to read from the
    // frame must join the key.
    private static readonly StyleSheetEntry?[] s_styleSheets = new StyleSheetEntry?[4];
    private static int s_nextStyleSheet;

    private sealed record StyleSheetEntry(LayoutProfile Layout, int IssuerColumnPercent, int SignatureColumnPercent, string Lines);

    /// <summary>The document's style sheet as its lines are written, each with its "\n": made once per profile and column shares.</summary>
    private static string DocumentStyleSheetLines(DocumentFrame frame)
    {
        for (int i = 0; i < s_styleSheets.Length; i++)
        {
            StyleSheetEntry? entry = Volatile.Read(ref s_styleSheets[i]);
            if (entry is not null && ReferenceEquals(entry.Layout, frame.Layout)
                && entry.IssuerColumnPercent == frame.IssuerColumnPercent && entry.SignatureColumnPercent == frame.SignatureColumnPercent)
            {
                return entry.Lines;
            }
        }

        string lines = DocumentStyleSheet(frame) + "\n";
        int slot = (Interlocked.Increment(ref s_nextStyleSheet) & int.MaxValue) % s_styleSheets.Length;
        Volatile.Write(ref s_styleSheets[slot], new StyleSheetEntry(frame.Layout, frame.IssuerColumnPercent, frame.SignatureColumnPercent, lines));
        return lines;
    }

    /// <summary>CSS declarations for a style: "font-size: 14pt; font-weight: bold; …".</summary>
    private static string Css(TextStyle style) =>
        "font-size: " + style.Size.ToString(CultureInfo.InvariantCulture) + "pt; font-weight: " + (style.Bold ? "bold" : "normal")
        + "; font-style: " + (style.Italic ? "italic" : "normal") + (style.Underline ? "; text-decoration: underline" : "") + ";";

    private static string Percent(int percent) => percent.ToString(CultureInfo.InvariantCulture) + "%";

    private static string Mm(int millimetres) => millimetres.ToString(CultureInfo.InvariantCulture) + "mm";

    /// <summary>A length in millimetres with one decimal at most: "26.4mm".</summary>
    private static string Mm(double millimetres)
    {
        int tenths = (int)Math.Round(Math.Max(0, millimetres) * 10, MidpointRounding.AwayFromZero);
        return (tenths / 10).ToString(CultureInfo.InvariantCulture) + (tenths % 10 == 0 ? "" : "." + (tenths % 10).ToString(CultureInfo.InvariantCulture)) + "mm";
    }

    /// <summary>The print style sheet of a document, every size, margin and font taken from its profile.</summary>
    private static string DocumentStyleSheet(DocumentFrame frame)
    {
        LayoutProfile layout = frame.Layout;
        PageMargins margins = layout.Margins;
        string page = layout.PageWidthMm == 210 && layout.PageHeightMm == 297 ? "A4" : Mm(layout.PageWidthMm) + " " + Mm(layout.PageHeightMm);
        int contentWidth = layout.PageWidthMm - margins.LeftMm - margins.RightMm;
        string? box = layout.PageNumbers switch
        {
            PageNumberPlacement.TopCenter => "@top-center",
            PageNumberPlacement.BottomCenter => "@bottom-center",
            _ => null,
        };
        string pageRule = "@page { size: " + page + "; margin: " + Mm(margins.TopMm) + " " + Mm(margins.RightMm) + " " + Mm(margins.BottomMm) + " " + Mm(margins.LeftMm) + ";";
        var css = new List<string> { "/* Layout " + ProfileText.CssComment(layout.Name) + ": " + ProfileText.CssComment(layout.Source) + ". */" };
        if (box is null)
        {
            css.Add(pageRule + " }");
        }
        else
        {
            css.Add("/* Page numbers: HTML has no page numbers of its own, and without JavaScript only the page margin boxes of CSS");
            css.Add("   Paged Media can print them. Chromium 131 and later print these (checked with headless Chromium 156, print to PDF);");
            css.Add("   Firefox and Safari ignore them and print no numbers. For numbered pages everywhere, print the DOCX. */");
            css.Add(pageRule + " " + box + " { content: counter(page); font-family: \"" + ProfileText.FontFamily(layout.FontFamily) + "\", serif; " + Css(layout.PageNumberStyle) + " } }");
            if (!layout.NumberFirstPage)
            {
                css.Add("@page :first { " + box + " { content: none; } }");
            }
        }

        css.AddRange(
        [
            "body { font-family: \"" + ProfileText.FontFamily(layout.FontFamily) + "\", serif; " + Css(layout.BodyStyle) + " line-height: 1.3; color: #000; background: #fff; margin: 0; }",
            "article { max-width: " + Mm(contentWidth) + "; margin: 0 auto; padding: 10mm 0; }",
            "/* Column widths from the document frame: each text fits its column with the frame's gap beside it. */",
            "table.document-header, table.document-footer { width: 100%; table-layout: fixed; border-collapse: collapse; border: none; }",
            "table.document-header td, table.document-footer td { border: none; padding: 0; vertical-align: top; text-align: center; }",
            "table.document-header td.issuer { width: " + Percent(frame.IssuerColumnPercent) + "; }",
            "table.document-footer td.recipients { width: " + Percent(100 - frame.SignatureColumnPercent) + "; padding-right: " + Mm(frame.ColumnGapMm) + "; }",
            "table.document-header td.national { white-space: nowrap; }",
            "table p { text-indent: 0; margin: 0; text-align: center; }",
            ".parent { " + Css(layout.ParentBodyStyle) + " }",
            ".issuer-name { " + Css(layout.IssuerStyle) + " }",
            ".issuer-mark { " + Css(frame.MarkUnderIssuerStyle) + " }",
            "hr.issuer-rule { border: 0; border-top: 1px solid #000; margin: 3pt auto 6pt; }",
            "table.document-header td.number { " + Css(layout.NumberStyle) + " padding-top: 6pt; }",
            "table.document-header td.date { " + Css(layout.DateLineStyle) + " padding-top: 6pt; }",
            ".letter-subject { " + Css(layout.LetterSubjectStyle) + " }",
            "p.draft-note { text-align: right; text-indent: 0; margin: 0 0 6pt; }",
            "p.draft-note span { " + Css(layout.DraftNoteStyle) + " border: 1px solid #000; padding: 1pt 6pt; }",
            ".ruled { display: inline-block; border-bottom: 1px solid #000; padding-bottom: 1pt; }",
        ]);
        for (int i = 0; i < layout.HeaderLines.Count; i++)
        {
            css.Add(".header-line-" + (i + 1).ToString(CultureInfo.InvariantCulture) + " { " + Css(layout.HeaderLines[i].Style) + " }");
        }

        css.AddRange(
        [
            "header { text-align: center; margin: 18pt 0 12pt; }",
            "h1 { " + Css(layout.KindNameStyle) + " margin: 0; }",
            "header p.subject { " + Css(layout.SubjectStyle) + " text-align: center; text-indent: 0; margin: 0; }",
            "hr.subject-rule { border: 0; border-top: 1px solid #000; margin: 2pt auto 0; }",
            ".addressees { " + Css(layout.AddresseeStyle) + " display: flex; justify-content: center; gap: 0.3em; margin: 0 0 12pt; }",
            ".addressees p { text-indent: 0; margin: 0; text-align: left; }",
            "h2 { " + Css(layout.HeadingStyle) + " text-indent: " + Mm(frame.FirstLineIndentMm) + "; margin: 12pt 0 6pt; }",
            "h3 { " + Css(layout.BodyStyle with { Bold = true }) + " text-indent: " + Mm(frame.FirstLineIndentMm) + "; margin: 6pt 0; }",
            "p { text-align: justify; text-indent: " + Mm(frame.FirstLineIndentMm) + "; margin: 0 0 6pt; }",
            "p.label { text-indent: " + Mm(frame.FirstLineIndentMm) + "; " + Css(frame.LabelStyle) + " margin-bottom: 2pt; }",
            "/* Figures as \"- label: value\" lines, as in the text and DOCX layouts. */",
            "dl { margin: 0 0 6pt; }",
            "dt { display: inline; margin-left: " + Mm(frame.FirstLineIndentMm) + "; " + Css(frame.LabelStyle) + " }",
            "dt::before { content: \"- \"; }",
            "dt:not(:empty)::after { content: \": \"; }",
            "dd { display: inline; margin: 0; }",
            "dd::after { content: \"\"; display: block; margin-bottom: 6pt; }",
            "/* Items as \"- \" lines indented like paragraphs, as in the text, DOCX and PDF layouts. */",
            "ul { list-style: none; margin: 0 0 6pt; padding-left: 0; }",
            "li { text-align: justify; text-indent: " + Mm(frame.FirstLineIndentMm) + "; margin: 0 0 6pt; }",
            "li::before { content: \"- \"; }",
            ".group, .text { margin: 0 0 6pt 1cm; }",
            "li > .group { margin-left: 0; }",
            "table.data { width: 100%; border-collapse: collapse; margin: 0 0 6pt; }",
            "table.data th, table.data td { border: 1px solid #000; padding: 2pt 4pt; vertical-align: top; text-align: left; }",
            "table.data th { font-weight: bold; text-align: center; }",
            "table.data td.center { text-align: center; width: 3em; }",
            "table.data td.right { text-align: right; white-space: nowrap; }",
            "table.data tr { break-inside: avoid; page-break-inside: avoid; }",
            "table.document-footer { margin-top: 12pt; break-inside: avoid; page-break-inside: avoid; }",
            "td.recipients p { text-align: left; " + Css(layout.RecipientsStyle) + " }",
            "td.recipients p.recipients-label { " + Css(layout.RecipientsLabelStyle) + " }",
            ".authority { " + Css(layout.AuthorityStyle) + " }",
            ".signature-space { height: 25mm; }",
            ".signer { " + Css(layout.SignerNameStyle) + " }",
            "@media print { article { max-width: none; padding: 0; } }",
        ]);
        return string.Join("\n", css);
    }
}
