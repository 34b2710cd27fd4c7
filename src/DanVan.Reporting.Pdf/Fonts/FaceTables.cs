namespace DanVan.Reporting.Pdf.Fonts;

/// <summary>A table's place in a font file, in bytes; a length of 0 means the face has no such table.</summary>
internal readonly record struct TableSpan(int Offset, int Length);

/// <summary>
/// What <see cref="FontSubsetter"/> and the PDF's font descriptor need from a face, read once with it: the tables that
/// are copied or cut into the subset, glyph counts, the loca format, the bounding box, the italic angle, cap and x
/// heights, the weight and the family name.
/// </summary>
internal sealed record FaceTables
{
    public TableSpan Head { get; init; }

    public TableSpan Hhea { get; init; }

    public TableSpan Maxp { get; init; }

    public TableSpan Hmtx { get; init; }

    public TableSpan Glyf { get; init; }

    public TableSpan Loca { get; init; }

    /// <summary>Hinting tables, copied whole into a subset when present (the glyphs' instructions call them).</summary>
    public TableSpan Cvt { get; init; }

    public TableSpan Fpgm { get; init; }

    public TableSpan Prep { get; init; }

    /// <summary>maxp's numGlyphs.</summary>
    public int GlyphCount { get; init; }

    /// <summary>hhea's numberOfHMetrics.</summary>
    public int MetricCount { get; init; }

    /// <summary>head's indexToLocFormat is 1 (32-bit offsets).</summary>
    public bool LongLoca { get; init; }

    public int XMin { get; init; }

    public int YMin { get; init; }

    public int XMax { get; init; }

    public int YMax { get; init; }

    /// <summary>post's italic angle in degrees, counter-clockwise from vertical (negative for a right slant).</summary>
    public double ItalicAngle { get; init; }

    /// <summary>OS/2 sCapHeight in font units (the ascender when the face has no OS/2 version 2).</summary>
    public int CapHeight { get; init; }

    /// <summary>OS/2 sxHeight in font units (0 when unknown).</summary>
    public int XHeight { get; init; }

    /// <summary>OS/2 usWeightClass (400 regular, 700 bold).</summary>
    public int WeightClass { get; init; }

    /// <summary>The family name (name id 1), printable ASCII: "Liberation Serif".</summary>
    public string Family { get; init; } = "";
}
