using System.Buffers.Binary;
using CsCheck;
using DanVan.Reporting.Pdf.Fonts;

namespace DanVan.Reporting.Pdf.Tests;

/// <summary>The embedded subsets: glyphs renumbered in order of use, composites complete, a well-formed TrueType file.</summary>
public class FontSubsetterTests
{
    private static readonly TrueTypeFace s_regular = PdfFonts.LiberationSerif.Book.Face(0);

    [Fact]
    public void Subset_RenumbersInOrderOfUse_AndAddsTheComponentsOfComposites()
    {
        var glyphs = new GlyphMap();
        ushort a = glyphs.Add(s_regular.Glyph('a'), "a");
        ushort e = glyphs.Add(s_regular.Glyph('ế'), "ế"); // a composite in Liberation Serif: e, circumflex, acute
        Assert.Equal(1, a);
        Assert.Equal(2, e);

        byte[] font = FontSubsetter.Subset(s_regular, glyphs);

        Assert.True(glyphs.Count > 3, "the components of ế were added");
        Table maxp = Find(font, "maxp");
        Assert.Equal(glyphs.Count, BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(maxp.Offset + 4)));
        Table head = Find(font, "head");
        Assert.Equal(1, BinaryPrimitives.ReadInt16BigEndian(font.AsSpan(head.Offset + 50))); // 32-bit loca
        foreach (int component in Components(font, glyph: e))
        {
            Assert.InRange(component, 3, glyphs.Count - 1);
        }

        // hmtx keeps each glyph's advance.
        Table hmtx = Find(font, "hmtx");
        Assert.Equal(s_regular.Advance(s_regular.Glyph('ế')), BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(hmtx.Offset + (e * 4))));
    }

    [Fact]
    public void Subset_ChecksumsAreRight()
    {
        var glyphs = new GlyphMap();
        foreach (char c in "Báo cáo sơ kết công tác dân vận")
        {
            glyphs.Add(s_regular.Glyph(c), c.ToString());
        }

        byte[] font = FontSubsetter.Subset(s_regular, glyphs);

        // The whole file sums to 0xB1B0AFBA (head.checkSumAdjustment), and each table to its record's checksum.
        Assert.Equal(0xB1B0AFBA, Sum(font));
        int tables = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(4));
        Assert.Equal(9, tables);
        for (int i = 0; i < tables; i++)
        {
            int record = 12 + (i * 16);
            uint checksum = BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(record + 4));
            int offset = (int)BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(record + 8));
            int length = (int)BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(record + 12));
            if (BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(record)) != 0x68656164)
            {
                Assert.Equal(checksum, Sum(font.AsSpan(offset, (length + 3) & ~3)));
            }
        }
    }

    [Fact]
    public void Subset_OfAMalformedFace_NeverThrows()
    {
        byte[] file = PdfFonts.LiberationSerif.File(0);
        FaceTables t = s_regular.Tables;
        // Corrupt loca and the glyph data (the tables read and validated when the face is loaded stay intact).
        Gen.Select(Gen.Int[0, t.Loca.Length - 1], Gen.Int[0, t.Glyf.Length - 1], Gen.Byte, Gen.Byte).Sample(
            (locaAt, glyfAt, x, y) =>
            {
                byte[] bad = (byte[])file.Clone();
                bad[t.Loca.Offset + locaAt] = x;
                bad[t.Glyf.Offset + glyfAt] = y;
                TrueTypeFace face = TrueTypeFace.Read(bad, "bad");
                var glyphs = new GlyphMap();
                foreach (char c in "Đồng chí ế ữ ?")
                {
                    glyphs.Add(face.Glyph(c), c.ToString());
                }

                byte[] font = FontSubsetter.Subset(face, glyphs);
                Assert.Equal(0xB1B0AFBA, Sum(font));
            },
            iter: 50);
    }

    private static uint Sum(ReadOnlySpan<byte> bytes)
    {
        uint sum = 0;
        for (int i = 0; i + 4 <= bytes.Length; i += 4)
        {
            sum = unchecked(sum + BinaryPrimitives.ReadUInt32BigEndian(bytes[i..]));
        }

        return sum;
    }

    private static Table Find(byte[] font, string tag)
    {
        int tables = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(4));
        for (int i = 0; i < tables; i++)
        {
            int record = 12 + (i * 16);
            if (System.Text.Encoding.ASCII.GetString(font, record, 4) == tag)
            {
                return new Table((int)BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(record + 8)), (int)BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(record + 12)));
            }
        }

        throw new InvalidOperationException("no " + tag);
    }

    /// <summary>The component glyph ids of a composite glyph of the subset.</summary>
    private static List<int> Components(byte[] font, int glyph)
    {
        Table loca = Find(font, "loca");
        Table glyf = Find(font, "glyf");
        int start = glyf.Offset + (int)BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(loca.Offset + (glyph * 4)));
        Assert.True(BinaryPrimitives.ReadInt16BigEndian(font.AsSpan(start)) < 0, "a composite");
        var components = new List<int>();
        int at = start + 10;
        int flags;
        do
        {
            flags = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(at));
            components.Add(BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(at + 2)));
            at += 4 + ((flags & 1) != 0 ? 4 : 2) + ((flags & 8) != 0 ? 2 : (flags & 0x40) != 0 ? 4 : (flags & 0x80) != 0 ? 8 : 0);
        }
        while ((flags & 0x20) != 0);

        return components;
    }

    private readonly record struct Table(int Offset, int Length);
}
