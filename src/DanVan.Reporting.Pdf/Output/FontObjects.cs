using System.Text;
using DanVan.Reporting.Pdf.Fonts;

namespace DanVan.Reporting.Pdf.Output;

/// <summary>
/// One embedded face as PDF objects: a Type0 font (Identity-H: two-byte codes that are the subset's glyph ids) with its
/// ToUnicode map, its CIDFontType2 descendant with the glyphs' widths, the font descriptor and the subset itself
/// (FontFile2) with its CIDSet. Every glyph drawn maps back to the text it was drawn for, so copying text out of the PDF gives it back.
/// </summary>
internal static class FontObjects
{
    /// <summary>Writes the objects; <paramref name="type0"/> is the number the pages' resources already refer to.</summary>
    public static void Write(PdfFile file, int type0, TrueTypeFace face, GlyphMap glyphs, int faceIndex, string tag)
    {
        byte[] subset = FontSubsetter.Subset(face, glyphs); // first: adds the composites' components to the map
        int cidFont = file.Reserve();
        int descriptor = file.Reserve();
        int fontFile = file.Reserve();
        int toUnicode = file.Reserve();
        int cidSet = file.Reserve();
        string baseName = tag + "+" + face.Tables.Family + (faceIndex switch
        {
            1 => ",Bold",
            2 => ",Italic",
            3 => ",BoldItalic",
            _ => "",
        });

        PdfBuffer o = file.Begin(type0).Ascii("<</Type/Font/Subtype/Type0/BaseFont").Name(baseName)
            .Ascii("/Encoding/Identity-H/DescendantFonts[").Integer(cidFont).Ascii(" 0 R]/ToUnicode ").Integer(toUnicode).Ascii(" 0 R>>");
        file.End();

        o = file.Begin(cidFont).Ascii("<</Type/Font/Subtype/CIDFontType2/BaseFont").Name(baseName)
            .Ascii("/CIDSystemInfo<</Registry(Adobe)/Ordering(Identity)/Supplement 0>>/FontDescriptor ").Integer(descriptor)
            .Ascii(" 0 R/CIDToGIDMap/Identity/DW ").Integer(Pdf(face, face.Advance(0))).Ascii("/W[0[");
        for (int id = 0; id < glyphs.Count; id++)
        {
            o.Integer(Pdf(face, face.Advance(glyphs.Original(id)))).Byte((byte)(id + 1 < glyphs.Count ? ' ' : ']'));
        }

        o.Ascii("]>>");
        file.End();

        FaceTables t = face.Tables;
        bool italic = faceIndex >= 2 || t.ItalicAngle != 0;
        o = file.Begin(descriptor).Ascii("<</Type/FontDescriptor/FontName").Name(baseName)
            .Ascii("/Flags ").Integer(32 | (italic ? 64 : 0)) // nonsymbolic, italic
            .Ascii("/FontBBox[").Integer(Pdf(face, t.XMin)).Byte((byte)' ').Integer(Pdf(face, t.YMin)).Byte((byte)' ')
            .Integer(Pdf(face, t.XMax)).Byte((byte)' ').Integer(Pdf(face, t.YMax))
            .Ascii("]/ItalicAngle ").Real(t.ItalicAngle)
            .Ascii("/Ascent ").Integer(Pdf(face, face.Ascender)).Ascii("/Descent ").Integer(Pdf(face, face.Descender))
            .Ascii("/CapHeight ").Integer(Pdf(face, t.CapHeight)).Ascii("/XHeight ").Integer(Pdf(face, t.XHeight))
            .Ascii("/StemV ").Integer(t.WeightClass >= 600 ? 120 : 80) // an estimate, as most writers give: readers use it only to synthesise a missing font
            .Ascii("/FontFile2 ").Integer(fontFile).Ascii(" 0 R/CIDSet ").Integer(cidSet).Ascii(" 0 R>>");
        file.End();

        // Every glyph id of the subset is present (PDF/A-1 requires a CIDSet for a subset CID font; PDF/A-2 allows one
        // that is complete), so validators of either part can check the subset against it.
        var present = new byte[(glyphs.Count + 7) / 8];
        for (int id = 0; id < glyphs.Count; id++)
        {
            present[id / 8] |= (byte)(0x80 >> (id % 8));
        }

        file.WriteStream(cidSet, present, compress: false);

        file.WriteStream(fontFile, subset, compress: true, length1: subset.Length);
        file.WriteStream(toUnicode, ToUnicode(glyphs), compress: true);
    }

    /// <summary>
    /// The ToUnicode CMap: each subset glyph id to the UTF-16 of the text it was drawn for (a surrogate pair for
    /// characters past U+FFFF), at most 100 entries per block as the CMap format asks.
    /// </summary>
    private static ReadOnlySpan<byte> ToUnicode(GlyphMap glyphs)
    {
        var mapped = new List<int>(glyphs.Count);
        for (int id = 1; id < glyphs.Count; id++)
        {
            if (glyphs.Text(id) is not null)
            {
                mapped.Add(id);
            }
        }

        var cmap = new PdfBuffer(256 + (mapped.Count * 16));
        cmap.Ascii("/CIDInit/ProcSet findresource begin\n12 dict begin\nbegincmap\n")
            .Ascii("/CIDSystemInfo<</Registry(Adobe)/Ordering(UCS)/Supplement 0>>def\n")
            .Ascii("/CMapName/Adobe-Identity-UCS def\n/CMapType 2 def\n1 begincodespacerange\n<0000><FFFF>\nendcodespacerange\n");
        Span<byte> utf16 = stackalloc byte[8];
        for (int start = 0; start < mapped.Count; start += 100)
        {
            int count = Math.Min(100, mapped.Count - start);
            cmap.Integer(count).Ascii(" beginbfchar\n");
            for (int i = start; i < start + count; i++)
            {
                int length = Encoding.BigEndianUnicode.GetBytes(glyphs.Text(mapped[i]), utf16);
                cmap.Byte((byte)'<').Hex4(mapped[i]).Ascii("><").HexBytes(utf16[..length]).Ascii(">\n");
            }

            cmap.Ascii("endbfchar\n");
        }

        cmap.Ascii("endcmap\nCMapName currentdict/CMap defineresource pop\nend\nend\n");
        return cmap.Written;
    }

    /// <summary>Font units to the PDF's thousandths of the font size, truncated to whole units (within one unit of the font program, as PDF/A-2 6.2.11.5 asks).</summary>
    private static int Pdf(TrueTypeFace face, int units) => face.UnitsPerEm == 1000 ? units : units * 1000 / face.UnitsPerEm;
}
