using DanVan.Reporting.Pdf.Fonts;

namespace DanVan.Reporting.Pdf.Output;

/// <summary>The faces one document draws with (resource names /F0–/F3 by face: regular, bold, italic, bold italic) and the glyphs it draws in each, in the order of first use.</summary>
internal sealed class DocumentFonts
{
    private readonly GlyphMap?[] _maps = new GlyphMap?[4];
    private readonly List<int> _order = [];

    /// <summary>The faces used, in the order the document first drew them (which numbers their subset tags).</summary>
    public IReadOnlyList<int> Used => _order;

    public GlyphMap Glyphs(int face) => _maps[face] ?? throw new InvalidOperationException("The face was not used.");

    public GlyphMap Use(int face)
    {
        if (_maps[face] is GlyphMap map)
        {
            return map;
        }

        _order.Add(face);
        return _maps[face] = new GlyphMap();
    }
}
