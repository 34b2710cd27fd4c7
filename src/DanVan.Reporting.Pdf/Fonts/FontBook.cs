namespace DanVan.Reporting.Pdf.Fonts;

/// <summary>The four faces of a <see cref="PdfFonts"/> set, read once for measuring and embedding.</summary>
internal sealed class FontBook
{
    private readonly TrueTypeFace[] _faces;

    public FontBook(string family, TrueTypeFace regular, TrueTypeFace bold, TrueTypeFace italic, TrueTypeFace boldItalic)
    {
        Family = family;
        _faces = [regular, bold, italic, boldItalic];
    }

    /// <summary>A name unique per set of files, from their contents.</summary>
    public string Family { get; }

    public TrueTypeFace Face(TextStyle style) => _faces[Index(style.Bold, style.Italic)];

    public TrueTypeFace Face(bool bold, bool italic) => _faces[Index(bold, italic)];

    /// <summary>The face at <paramref name="index"/>: 0 regular, 1 bold, 2 italic, 3 bold italic.</summary>
    public TrueTypeFace Face(int index) => _faces[index];

    /// <summary>0 regular, 1 bold, 2 italic, 3 bold italic.</summary>
    public static int Index(bool bold, bool italic) => (bold ? 1 : 0) + (italic ? 2 : 0);

    /// <summary>The printed width of <paramref name="text"/>, in points (advance widths; no kerning, as the page draws them).</summary>
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
