using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace DanVan.Reporting.Pdf.Tests;

/// <summary>Reads PDFs back with PdfPig (an independent reader), as a user copying text out of them would.</summary>
internal static class PdfInspection
{
    /// <summary>Every page's letters in drawing order, pages joined: what copying the whole text gives.</summary>
    public static string Text(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        var text = new StringBuilder();
        foreach (Page page in document.GetPages())
        {
            foreach (Letter letter in page.Letters)
            {
                text.Append(letter.Value);
            }
        }

        return text.ToString();
    }

    /// <summary>Each page's letters in drawing order.</summary>
    public static List<string> Pages(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        var pages = new List<string>();
        foreach (Page page in document.GetPages())
        {
            var text = new StringBuilder();
            foreach (Letter letter in page.Letters)
            {
                text.Append(letter.Value);
            }

            pages.Add(text.ToString());
        }

        return pages;
    }

    /// <summary>Each page's lines, top to bottom: letters grouped by baseline, in drawing order.</summary>
    public static List<List<string>> Lines(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        var pages = new List<List<string>>();
        foreach (Page page in document.GetPages())
        {
            var lines = new List<(double Y, StringBuilder Text)>();
            foreach (Letter letter in page.Letters)
            {
                double y = Math.Round(letter.StartBaseLine.Y, 1);
                if (lines.Count == 0 || Math.Abs(lines[^1].Y - y) > 0.5)
                {
                    lines.Add((y, new StringBuilder()));
                }

                lines[^1].Text.Append(letter.Value);
            }

            pages.Add(lines.ConvertAll(l => l.Text.ToString()));
        }

        return pages;
    }
}
