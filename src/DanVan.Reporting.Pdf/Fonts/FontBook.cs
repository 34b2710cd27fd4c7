namespace DanVan.Reporting.Pdf.Fonts;

/// <summary>The four faces of a <see cref="PdfFonts"/> set, read for measuring, and the name PDFsharp knows them by.</summary>
internal sealed class FontBook
{
    private readonly TrueTypeFace[] _faces;

    public FontBook(string family, TrueTypeFace regular, TrueTypeFace bold, TrueTypeFace italic, TrueTypeFace boldItalic)
    {
        Family = family;
        _faces = [regular, bold, italic, boldItalic];
    }

    /// <summary>The family name registered with the font resolver (unique per set of files).</summary>
    public string Family { get; }

    public TrueTypeFace Face(TextStyle style) => _faces[(style.Bold ? 1 : 0) + (style.Italic ? 2 : 0)];

    public TrueTypeFace Face(bool bold, bool italic) => _faces[(bold ? 1 : 0) + (italic ? 2 : 0)];

    /// <summary>The printed width of <paramref name="text"/>, in points (advance widths; no kerning, as PDFsharp draws).</summary>
    public double Width(string text, TextStyle style) => Width(text.AsSpan(), style);

    public double Width(ReadOnlySpan<char> text, TextStyle style)
    {
        TrueTypeFace face = Face(style);
        double em = 0;
        for (int i = 0; i < text.Length; i++)
        {
            int codePoint = text[i];
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                codePoint = char.ConvertToUtf32(text[i], text[i + 1]);
                i++;
            }

            em += face.AdvanceEm(codePoint);
        }

        return em * style.Size;
    }

    /// <summary>The height of one single-spaced line of the style, in points.</summary>
    public double LineHeight(TextStyle style) => Face(style).LineHeightEm * style.Size;

    /// <summary>The ascent of the style, in points.</summary>
    public double Ascent(TextStyle style) => Face(style).AscentEm * style.Size;
}
