using System.Globalization;
using DanVan.Reporting.Pdf.Fonts;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace DanVan.Reporting.Pdf.Layout;

/// <summary>Lays blocks out on pages, draws them with PDFsharp and writes the file, the same bytes for the same input.</summary>
internal static class PdfComposer
{
    public static void Write(IReadOnlyList<Block> blocks, PageSetup page, PdfFonts fonts, PdfDocumentInfo info, Stream output)
    {
        // PDFsharp 6.2.4 formats part of what it writes with the current culture: under ar-SA and fa-IR (Hijri and
        // Persian calendars) the same document gave other bytes (the culture corpus test). Our own text never goes through
        // a culture; PDFsharp runs under the invariant one, set for this thread only and restored.
        CultureInfo culture = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        try
        {
            WriteInvariant(blocks, page, fonts, info, output);
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }

    private static void WriteInvariant(IReadOnlyList<Block> blocks, PageSetup page, PdfFonts fonts, PdfDocumentInfo info, Stream output)
    {
        FontBook book = fonts.Book;
        FontResolver.Register(fonts);
        List<Unit> units = new UnitBuilder(book, page.TextWidth, page.TextHeight).Build(blocks);
        List<List<PlacedUnit>> pages = Paginator.Paginate(units, page.TextHeight);

        using var document = new PdfDocument();
        document.Info.Title = info.Title;
        document.Info.Author = info.Author;
        document.Info.Subject = info.Subject;
        document.Info.Creator = "DanVan SDK";
        document.Info.CreationDate = info.Created;
        document.Info.ModificationDate = info.Created;
        document.Language = "vi-VN";
        var xfonts = new Dictionary<TextStyle, XFont>();
        for (int p = 0; p < pages.Count; p++)
        {
            PdfPage pdfPage = document.AddPage();
            pdfPage.Width = XUnit.FromPoint(page.Width);
            pdfPage.Height = XUnit.FromPoint(page.Height);
            using XGraphics graphics = XGraphics.FromPdfPage(pdfPage);
            var canvas = new PdfCanvas(graphics, book, xfonts);
            // The number first: a text extractor reads it as the page's header, before the body.
            DrawPageNumber(canvas, book, page, p + 1);
            List<PlacedUnit> placed = pages[p];
            for (int u = 0; u < placed.Count; u++)
            {
                placed[u].Unit.Draw(canvas, page.Left, page.Top + placed[u].Top, firstOnPage: u == 0, lastOnPage: u == placed.Count - 1);
            }
        }

        using var buffer = new MemoryStream();
        document.Save(buffer, closeStream: false);
        byte[] bytes = buffer.ToArray();
        DeterministicPdf.Pin(bytes);
        output.Write(bytes);
    }

    /// <summary>Arabic numbers centred in the top (or bottom) margin; page 1 unnumbered unless the profile says otherwise.</summary>
    private static void DrawPageNumber(PdfCanvas canvas, FontBook book, PageSetup page, int number)
    {
        if (page.Numbers == PageNumberPlacement.None || (number == 1 && !page.NumberFirstPage))
        {
            return;
        }

        string text = number.ToString(CultureInfo.InvariantCulture);
        TextStyle style = page.NumberStyle;
        double width = book.Width(text, style);
        double x = page.Left + ((page.TextWidth - width) / 2);
        double lineHeight = book.LineHeight(style);
        double top = page.Numbers == PageNumberPlacement.TopCenter
            ? Math.Max(0, (page.Top - lineHeight) / 2)
            : page.Height - page.Bottom + Math.Max(0, (page.Bottom - lineHeight) / 2);
        canvas.Text(x, top + book.Ascent(style), new LinePiece(text, style, 0, width));
    }
}
