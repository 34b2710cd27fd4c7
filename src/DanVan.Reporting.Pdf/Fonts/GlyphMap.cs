namespace DanVan.Reporting.Pdf.Fonts;

/// <summary>
/// The glyphs one document draws in one face, numbered in the order they are first drawn (0 is always .notdef): the
/// number is the glyph's id in the embedded subset and its code (CID) in the page's text, and each remembers the text
/// it stands for, which becomes the font's ToUnicode map. The same report draws the same glyphs in the same order, so
/// the numbering is part of what makes the bytes the same every run.
/// </summary>
internal sealed class GlyphMap
{
    private readonly Dictionary<ushort, ushort> _ids = [];
    private readonly List<ushort> _originals = [];
    private readonly List<string?> _texts = [];

    public GlyphMap() => Add(0);

    /// <summary>How many glyphs the subset holds.</summary>
    public int Count => _originals.Count;

    /// <summary>The face's glyph id of subset glyph <paramref name="id"/>.</summary>
    public ushort Original(int id) => _originals[id];

    /// <summary>The text subset glyph <paramref name="id"/> stands for; null for .notdef and glyphs only composites use.</summary>
    public string? Text(int id) => _texts[id];

    public bool TryGet(ushort original, out ushort id) => _ids.TryGetValue(original, out id);

    /// <summary>The subset id of a glyph of the face, numbering it when it is new.</summary>
    public ushort Add(ushort original)
    {
        if (!_ids.TryGetValue(original, out ushort id))
        {
            id = (ushort)_originals.Count;
            _ids.Add(original, id);
            _originals.Add(original);
            _texts.Add(null);
        }

        return id;
    }

    /// <summary>The subset id of a glyph drawn for <paramref name="text"/> (one character, or a surrogate pair).</summary>
    public ushort Add(ushort original, ReadOnlySpan<char> text)
    {
        ushort id = Add(original);
        if (id != 0 && _texts[id] is null)
        {
            _texts[id] = text.ToString();
        }

        return id;
    }
}
