using DanVan.Reporting.Pdf.Fonts;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace DanVan.Reporting.Pdf.Layout;

/// <summary>Draws units on a PDFsharp page: text in the font set's faces, Unicode-encoded (so every glyph maps back to
/// its character through the font's ToUnicode map), and thin black lines.</summary>
internal sealed class PdfCanvas(XGraphics graphics, FontBook book, Dictionary<TextStyle, XFont> fonts) : ICanvas
{
    private static readonly XPdfFontOptions s_unicode = new(PdfFontEncoding.Unicode);

    public void Text(double x, double baseline, LinePiece piece)
    {
        if (piece.Text.Length == 0)
        {
            return;
        }

        TextStyle key = piece.Style with { Uppercase = false, Underline = false };
        if (!fonts.TryGetValue(key, out XFont? font))
        {
            XFontStyleEx style = (key.Bold ? XFontStyleEx.Bold : XFontStyleEx.Regular) | (key.Italic ? XFontStyleEx.Italic : XFontStyleEx.Regular);
            font = new XFont(book.Family, key.Size, style, s_unicode);
            fonts[key] = font;
        }

        graphics.DrawString(piece.Text, font, XBrushes.Black, x, baseline, XStringFormats.BaseLineLeft);
        if (piece.Style.Underline)
        {
            double y = baseline + (piece.Style.Size * 0.1);
            Line(x, y, x + book.Width(piece.Text.AsSpan().TrimEnd(' '), piece.Style), y, Math.Max(0.5, piece.Style.Size / 20.0));
        }
    }

    public void Line(double x1, double y1, double x2, double y2, double thickness) =>
        graphics.DrawLine(new XPen(XColors.Black, thickness), x1, y1, x2, y2);
}
