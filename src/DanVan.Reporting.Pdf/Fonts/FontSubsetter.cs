using System.Buffers.Binary;

namespace DanVan.Reporting.Pdf.Fonts;

/// <summary>
/// Cuts the glyphs a document draws out of a TrueType face, as the file embedded in the PDF (FontFile2 of a CIDFontType2
/// font): glyphs are renumbered 0, 1, 2… in the order <see cref="GlyphMap"/> met them (0 stays .notdef), the glyphs that
/// composite glyphs are built from are added after them, and only the tables a PDF viewer needs are written
/// (cvt, fpgm, glyf, head, hhea, hmtx, loca, maxp, prep; no cmap, since the PDF maps codes to glyphs itself).
/// </summary>
/// <remarks>
/// Renumbering keeps the subset small (loca and hmtx list only the glyphs drawn, not the face's 2,600), which is what
/// keeps compressing it cheap. The font file is untrusted: a glyph whose offsets lie outside glyf is written empty,
/// a component outside the face is dropped from the closure, and nothing here throws on a malformed face.
/// </remarks>
internal static class FontSubsetter
{
    // Composite glyph flags (OpenType glyf table).
    private const int ArgsAreWords = 0x0001;
    private const int HaveScale = 0x0008;
    private const int MoreComponents = 0x0020;
    private const int HaveXYScale = 0x0040;
    private const int HaveTwoByTwo = 0x0080;

    private static readonly uint[] s_tags =
    [
        0x63767420, // cvt
        0x6670676D, // fpgm
        0x676C7966, // glyf
        0x68656164, // head
        0x68686561, // hhea
        0x686D7478, // hmtx
        0x6C6F6361, // loca
        0x6D617870, // maxp
        0x70726570, // prep
    ];

    /// <summary>The subset's file. <paramref name="glyphs"/> gains the components of composite glyphs.</summary>
    public static byte[] Subset(TrueTypeFace face, GlyphMap glyphs)
    {
        ReadOnlySpan<byte> data = face.Data;
        FaceTables t = face.Tables;

        // The closure: components of composites, numbered after the glyphs drawn (the list grows while it is walked).
        for (int n = 0; n < glyphs.Count; n++)
        {
            ReadOnlySpan<byte> glyph = GlyphData(data, t, glyphs.Original(n));
            if (glyph.Length < 10 || BinaryPrimitives.ReadInt16BigEndian(glyph) >= 0)
            {
                continue;
            }

            foreach (int at in Components(glyph))
            {
                int component = BinaryPrimitives.ReadUInt16BigEndian(glyph[at..]);
                if (component < t.GlyphCount)
                {
                    glyphs.Add((ushort)component);
                }
            }
        }

        int count = glyphs.Count;
        int glyfLength = 0;
        for (int n = 0; n < count; n++)
        {
            glyfLength += Pad4(GlyphData(data, t, glyphs.Original(n)).Length);
        }

        var glyf = new byte[glyfLength];
        var loca = new byte[(count + 1) * 4];
        var hmtx = new byte[count * 4];
        int offset = 0;
        for (int n = 0; n < count; n++)
        {
            ushort original = glyphs.Original(n);
            ReadOnlySpan<byte> glyph = GlyphData(data, t, original);
            BinaryPrimitives.WriteUInt32BigEndian(loca.AsSpan(n * 4), (uint)offset);
            Span<byte> copy = glyf.AsSpan(offset, glyph.Length);
            glyph.CopyTo(copy);
            if (glyph.Length >= 10 && BinaryPrimitives.ReadInt16BigEndian(glyph) < 0)
            {
                foreach (int at in Components(glyph))
                {
                    int component = BinaryPrimitives.ReadUInt16BigEndian(glyph[at..]);
                    ushort renumbered = component < t.GlyphCount && glyphs.TryGet((ushort)component, out ushort id) ? id : (ushort)0;
                    BinaryPrimitives.WriteUInt16BigEndian(copy[at..], renumbered);
                }
            }

            offset += Pad4(glyph.Length);
            (int advance, int bearing) = Metrics(data, t, original);
            BinaryPrimitives.WriteUInt16BigEndian(hmtx.AsSpan(n * 4), (ushort)advance);
            BinaryPrimitives.WriteInt16BigEndian(hmtx.AsSpan((n * 4) + 2), (short)bearing);
        }

        BinaryPrimitives.WriteUInt32BigEndian(loca.AsSpan(count * 4), (uint)offset);

        byte[] head = data.Slice(t.Head.Offset, t.Head.Length).ToArray();
        BinaryPrimitives.WriteUInt32BigEndian(head.AsSpan(8), 0); // checkSumAdjustment, set below
        BinaryPrimitives.WriteInt16BigEndian(head.AsSpan(50), 1); // indexToLocFormat: 32-bit offsets
        byte[] hhea = data.Slice(t.Hhea.Offset, t.Hhea.Length).ToArray();
        BinaryPrimitives.WriteUInt16BigEndian(hhea.AsSpan(34), (ushort)count); // numberOfHMetrics
        byte[] maxp = data.Slice(t.Maxp.Offset, t.Maxp.Length).ToArray();
        BinaryPrimitives.WriteUInt16BigEndian(maxp.AsSpan(4), (ushort)count); // numGlyphs

        ReadOnlySpan<byte> cvt = Table(data, t.Cvt);
        ReadOnlySpan<byte> fpgm = Table(data, t.Fpgm);
        ReadOnlySpan<byte> prep = Table(data, t.Prep);
        return Assemble([cvt.ToArray(), fpgm.ToArray(), glyf, head, hhea, hmtx, loca, maxp, prep.ToArray()]);
    }

    /// <summary>The font file: the offset table, one record per present table (sorted by tag), the tables 4-byte aligned.</summary>
    private static byte[] Assemble(byte[][] tables)
    {
        int present = 0;
        int size = 12;
        foreach (byte[] table in tables)
        {
            if (table.Length > 0)
            {
                present++;
                size += 16 + Pad4(table.Length);
            }
        }

        var file = new byte[size];
        Span<byte> span = file;
        int entrySelector = 0;
        while ((2 << entrySelector) <= present)
        {
            entrySelector++;
        }

        int searchRange = (1 << entrySelector) * 16;
        BinaryPrimitives.WriteUInt32BigEndian(span, 0x00010000);
        BinaryPrimitives.WriteUInt16BigEndian(span[4..], (ushort)present);
        BinaryPrimitives.WriteUInt16BigEndian(span[6..], (ushort)searchRange);
        BinaryPrimitives.WriteUInt16BigEndian(span[8..], (ushort)entrySelector);
        BinaryPrimitives.WriteUInt16BigEndian(span[10..], (ushort)((present * 16) - searchRange));
        int record = 12;
        int offset = 12 + (present * 16);
        int headAt = -1;
        for (int i = 0; i < tables.Length; i++)
        {
            byte[] table = tables[i];
            if (table.Length == 0)
            {
                continue;
            }

            table.CopyTo(span[offset..]);
            BinaryPrimitives.WriteUInt32BigEndian(span[record..], s_tags[i]);
            BinaryPrimitives.WriteUInt32BigEndian(span[(record + 4)..], Checksum(span.Slice(offset, Pad4(table.Length))));
            BinaryPrimitives.WriteUInt32BigEndian(span[(record + 8)..], (uint)offset);
            BinaryPrimitives.WriteUInt32BigEndian(span[(record + 12)..], (uint)table.Length);
            if (s_tags[i] == 0x68656164)
            {
                headAt = offset;
            }

            record += 16;
            offset += Pad4(table.Length);
        }

        BinaryPrimitives.WriteUInt32BigEndian(span[(headAt + 8)..], unchecked(0xB1B0AFBA - Checksum(span)));
        return file;
    }

    /// <summary>Where each component's glyph index lies in a composite glyph, bounded by the glyph's length.</summary>
    private static List<int> Components(ReadOnlySpan<byte> glyph)
    {
        var positions = new List<int>();
        int at = 10;
        while (at + 4 <= glyph.Length)
        {
            int flags = BinaryPrimitives.ReadUInt16BigEndian(glyph[at..]);
            positions.Add(at + 2);
            at += 4 + ((flags & ArgsAreWords) != 0 ? 4 : 2);
            at += (flags & HaveScale) != 0 ? 2 : (flags & HaveXYScale) != 0 ? 4 : (flags & HaveTwoByTwo) != 0 ? 8 : 0;
            if ((flags & MoreComponents) == 0)
            {
                break;
            }
        }

        return positions;
    }

    /// <summary>A glyph's outline bytes; empty when the glyph has none or its offsets lie outside glyf.</summary>
    private static ReadOnlySpan<byte> GlyphData(ReadOnlySpan<byte> data, FaceTables t, ushort glyph)
    {
        if (glyph >= t.GlyphCount)
        {
            return default;
        }

        ReadOnlySpan<byte> loca = data.Slice(t.Loca.Offset, t.Loca.Length);
        long start, end;
        if (t.LongLoca)
        {
            start = BinaryPrimitives.ReadUInt32BigEndian(loca[(glyph * 4)..]);
            end = BinaryPrimitives.ReadUInt32BigEndian(loca[((glyph + 1) * 4)..]);
        }
        else
        {
            start = BinaryPrimitives.ReadUInt16BigEndian(loca[(glyph * 2)..]) * 2L;
            end = BinaryPrimitives.ReadUInt16BigEndian(loca[((glyph + 1) * 2)..]) * 2L;
        }

        return start < end && end <= t.Glyf.Length ? data.Slice(t.Glyf.Offset + (int)start, (int)(end - start)) : default;
    }

    /// <summary>A glyph's advance width and left side bearing from hmtx (glyphs past the last metric share its width).</summary>
    private static (int Advance, int Bearing) Metrics(ReadOnlySpan<byte> data, FaceTables t, ushort glyph)
    {
        ReadOnlySpan<byte> hmtx = data.Slice(t.Hmtx.Offset, t.Hmtx.Length);
        if (glyph < t.MetricCount)
        {
            return (BinaryPrimitives.ReadUInt16BigEndian(hmtx[(glyph * 4)..]), BinaryPrimitives.ReadInt16BigEndian(hmtx[((glyph * 4) + 2)..]));
        }

        int advance = BinaryPrimitives.ReadUInt16BigEndian(hmtx[((t.MetricCount - 1) * 4)..]);
        int at = (t.MetricCount * 4) + ((glyph - t.MetricCount) * 2);
        return (advance, at + 2 <= hmtx.Length ? BinaryPrimitives.ReadInt16BigEndian(hmtx[at..]) : 0);
    }

    private static ReadOnlySpan<byte> Table(ReadOnlySpan<byte> data, TableSpan table) =>
        table.Length == 0 ? default : data.Slice(table.Offset, table.Length);

    private static uint Checksum(ReadOnlySpan<byte> bytes)
    {
        uint sum = 0;
        int i = 0;
        for (; i + 4 <= bytes.Length; i += 4)
        {
            sum = unchecked(sum + BinaryPrimitives.ReadUInt32BigEndian(bytes[i..]));
        }

        if (i < bytes.Length)
        {
            Span<byte> last = stackalloc byte[4];
            last.Clear();
            bytes[i..].CopyTo(last);
            sum = unchecked(sum + BinaryPrimitives.ReadUInt32BigEndian(last));
        }

        return sum;
    }

    private static int Pad4(int length) => (length + 3) & ~3;
}
