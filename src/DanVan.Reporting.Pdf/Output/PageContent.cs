using DanVan.Reporting.Pdf.Fonts;
using DanVan.Reporting.Pdf.Layout;

namespace DanVan.Reporting.Pdf.Output;

/// <summary>
/// Draws one page as a PDF content stream: text as glyph ids of the document's subsets (Identity-H, two bytes a glyph),
/// each piece placed at its own position, and thin black lines. Coordinates come in points from the page's top-left
/// corner and go out in PDF's bottom-left space.
/// </summary>
/// <remarks>The text state (font and size) lasts across BT…ET, so a font is set only when it changes; a text object is
/// closed only when a line is drawn, since paths may not be built inside one.</remarks>
internal sealed class PageContent(FontBook book, DocumentFonts fonts, double pageHeight) : ICanvas
{
    private readonly PdfBuffer _content = new(8192);
    private bool _inText;
    private int _face = -1;
    private double _size = -1;
    private double _lineWidth = -1;

    public ReadOnlySpan<byte> Bytes
    {
        get
        {
            EndText();
            return _content.Written;
        }
    }

    public void Text(double x, double baseline, LinePiece piece)
    {
        if (piece.Text.Length == 0)
        {
            return;
        }

        int face = FontBook.Index(piece.Style.Bold, piece.Style.Italic);
        TrueTypeFace trueType = book.Face(piece.Style.Bold, piece.Style.Italic);
        GlyphMap glyphs = fonts.Use(face);
        if (!_inText)
        {
            _content.Ascii("BT\n");
            _inText = true;
        }

        if (face != _face || piece.Style.Size != _size)
        {
            _content.Ascii("/F").Integer(face).Byte((byte)' ').Real(piece.Style.Size).Ascii(" Tf\n");
            _face = face;
            _size = piece.Style.Size;
        }

        _content.Ascii("1 0 0 1 ").Real(x).Byte((byte)' ').Real(pageHeight - baseline).Ascii(" Tm <");
        string text = piece.Text;
        for (int i = 0; i < text.Length; i++)
        {
            int length = char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
            int codePoint = length == 2 ? char.ConvertToUtf32(text[i], text[i + 1]) : text[i];
            _content.Hex4(glyphs.Add(trueType.Glyph(codePoint), text.AsSpan(i, length)));
            i += length - 1;
        }

        _content.Ascii("> Tj\n");
        if (piece.Style.Underline)
        {
            double y = baseline + (piece.Style.Size * 0.1);
            Line(x, y, x + book.Width(piece.Text.AsSpan().TrimEnd(' '), piece.Style), y, Math.Max(0.5, piece.Style.Size / 20.0));
        }
    }

    public void Line(double x1, double y1, double x2, double y2, double thickness)
    {
        EndText();
        if (thickness != _lineWidth)
        {
            _content.Real(thickness).Ascii(" w\n");
            _lineWidth = thickness;
        }

        _content.Real(x1).Byte((byte)' ').Real(pageHeight - y1).Ascii(" m ").Real(x2).Byte((byte)' ').Real(pageHeight - y2).Ascii(" l S\n");
    }

    private void EndText()
    {
        if (_inText)
        {
            _content.Ascii("ET\n");
            _inText = false;
        }
    }
}
