using System.Globalization;
using DanVan.Reporting.Pdf.Fonts;
using DanVan.Reporting.Pdf.Output;

namespace DanVan.Reporting.Pdf.Layout;

/// <summary>Lays blocks out on pages, draws them and writes the file, the same bytes for the same input.</summary>
internal static class PdfComposer
{
    public static void Write(IReadOnlyList<Block> blocks, PageSetup page, PdfFonts fonts, PdfDocumentInfo info, bool pdfA, Stream output)
    {
        // A UTC date: the file states the instant with a +00'00' offset, whatever the machine's time zone.
        info = info with { Created = info.Created.Kind == DateTimeKind.Local ? info.Created.ToUniversalTime() : DateTime.SpecifyKind(info.Created, DateTimeKind.Utc) };
        FontBook book = fonts.Book;
        List<Unit> units = new UnitBuilder(book, page.TextWidth, page.TextHeight).Build(blocks);
        List<List<PlacedUnit>> pages = Paginator.Paginate(units, page.TextHeight);

        var used = new DocumentFonts();
        var contents = new List<PageContent>(pages.Count);
        for (int p = 0; p < pages.Count; p++)
        {
            var canvas = new PageContent(book, used, page.Height);
            // The number first: a text extractor reads it as the page's header, before the body.
            DrawPageNumber(canvas, book, page, p + 1);
            List<PlacedUnit> placed = pages[p];
            for (int u = 0; u < placed.Count; u++)
            {
                placed[u].Unit.Draw(canvas, page.Left, page.Top + placed[u].Top, firstOnPage: u == 0, lastOnPage: u == placed.Count - 1);
            }

            contents.Add(canvas);
        }

        DocumentWriter.Write(contents, page.Width, page.Height, book, used, info, pdfA, output);
    }

    /// <summary>Arabic numbers centred in the top (or bottom) margin; page 1 unnumbered unless the profile says otherwise.</summary>
    private static void DrawPageNumber(PageContent canvas, FontBook book, PageSetup page, int number)
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
