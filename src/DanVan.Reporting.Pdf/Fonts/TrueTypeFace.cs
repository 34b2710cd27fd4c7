using System.Buffers.Binary;
using DanVan.Reporting.Pdf.Internal;

namespace DanVan.Reporting.Pdf.Fonts;

/// <summary>
/// The metrics of one TrueType/OpenType face read straight from its file: units per em, ascent, descent and line gap,
/// each character's advance width and whether the face has a glyph for it. The layout measures with these (PDFsharp
/// draws and embeds); reading them here keeps measuring fast and the same on every machine.
/// </summary>
/// <remarks>Only the tables layout needs are read (head, hhea, hmtx, cmap formats 4 and 12). Font files are untrusted:
/// every offset is checked, and a malformed file gives an <see cref="ArgumentException"/> naming the table.</remarks>
internal sealed class TrueTypeFace
{
    private readonly ushort[] _advances;
    private readonly Dictionary<int, ushort> _glyphs;

    private TrueTypeFace(string name, int unitsPerEm, int ascender, int descender, int lineGap, ushort[] advances, Dictionary<int, ushort> glyphs)
    {
        Name = name;
        UnitsPerEm = unitsPerEm;
        Ascender = ascender;
        Descender = descender;
        LineGap = lineGap;
        _advances = advances;
        _glyphs = glyphs;
    }

    /// <summary>What the face was read from, for messages.</summary>
    public string Name { get; }

    public int UnitsPerEm { get; }

    /// <summary>hhea ascender, font units, positive up.</summary>
    public int Ascender { get; }

    /// <summary>hhea descender, font units, negative.</summary>
    public int Descender { get; }

    public int LineGap { get; }

    /// <summary>The height of a single-spaced line as a fraction of the font size ("auto" line spacing 1.0 in Word).</summary>
    public double LineHeightEm => (Ascender - Descender + LineGap) / (double)UnitsPerEm;

    /// <summary>The ascent as a fraction of the font size.</summary>
    public double AscentEm => Ascender / (double)UnitsPerEm;

    /// <summary>Whether the face has a glyph for the code point.</summary>
    public bool Has(int codePoint) => _glyphs.ContainsKey(codePoint);

    /// <summary>The advance width of a code point as a fraction of the font size (0 when the face lacks it).</summary>
    public double AdvanceEm(int codePoint)
    {
        if (!_glyphs.TryGetValue(codePoint, out ushort glyph))
        {
            return 0;
        }

        ushort advance = _advances[Math.Min(glyph, _advances.Length - 1)];
        return advance / (double)UnitsPerEm;
    }

    /// <summary>Reads a face; throws <see cref="ArgumentException"/> naming <paramref name="name"/> and the table when the file is not a usable TrueType face.</summary>
    public static TrueTypeFace Read(ReadOnlySpan<byte> data, string name)
    {
        try
        {
            return ReadCore(data, name);
        }
        catch (IndexOutOfRangeException)
        {
            throw Bad(name, "cấu trúc tệp bị cắt cụt", "the file is truncated");
        }
        catch (ArgumentOutOfRangeException)
        {
            throw Bad(name, "cấu trúc tệp bị cắt cụt", "the file is truncated");
        }
    }

    private static TrueTypeFace ReadCore(ReadOnlySpan<byte> data, string name)
    {
        if (data.Length < 12)
        {
            throw Bad(name, "tệp quá ngắn", "the file is too short");
        }

        uint version = U32(data, 0);
        if (version != 0x00010000 && version != 0x74727565 /* 'true' */)
        {
            throw Bad(name, "không phải phông TrueType (glyf); phông OpenType CFF (.otf) và bộ phông (.ttc) chưa được hỗ trợ", "not a TrueType (glyf) font; OpenType CFF (.otf) fonts and collections (.ttc) are not supported");
        }

        int tableCount = U16(data, 4);
        int head = -1, hhea = -1, hmtx = -1, cmap = -1, maxp = -1, glyf = -1;
        for (int i = 0; i < tableCount; i++)
        {
            int record = 12 + (i * 16);
            uint tag = U32(data, record);
            int offset = checked((int)U32(data, record + 8));
            int length = checked((int)U32(data, record + 12));
            if (offset < 0 || length < 0 || (long)offset + length > data.Length)
            {
                throw Bad(name, "bảng nằm ngoài tệp", "a table lies outside the file");
            }

            switch (tag)
            {
                case 0x68656164: head = offset; break; // head
                case 0x68686561: hhea = offset; break; // hhea
                case 0x686D7478: hmtx = offset; break; // hmtx
                case 0x636D6170: cmap = offset; break; // cmap
                case 0x6D617870: maxp = offset; break; // maxp
                case 0x676C7966: glyf = offset; break; // glyf
                default: break;
            }
        }

        if (head < 0 || hhea < 0 || hmtx < 0 || cmap < 0 || maxp < 0 || glyf < 0)
        {
            throw Bad(name, "thiếu một trong các bảng head, hhea, hmtx, cmap, maxp, glyf", "one of the tables head, hhea, hmtx, cmap, maxp, glyf is missing");
        }

        int unitsPerEm = U16(data, head + 18);
        if (unitsPerEm is < 16 or > 16384)
        {
            throw Bad(name, "unitsPerEm ngoài khoảng 16–16384", "unitsPerEm is outside 16–16384");
        }

        int ascender = I16(data, hhea + 4);
        int descender = I16(data, hhea + 6);
        int lineGap = I16(data, hhea + 8);
        int metricCount = U16(data, hhea + 34);
        int glyphCount = U16(data, maxp + 4);
        if (metricCount == 0 || metricCount > glyphCount)
        {
            throw Bad(name, "bảng hhea khai báo số chỉ số ngang không hợp lệ", "the hhea table declares an invalid number of horizontal metrics");
        }

        var advances = new ushort[metricCount];
        for (int i = 0; i < metricCount; i++)
        {
            advances[i] = (ushort)U16(data, hmtx + (i * 4));
        }

        Dictionary<int, ushort> glyphs = ReadCmap(data, cmap, glyphCount, name);
        return new TrueTypeFace(name, unitsPerEm, ascender, descender, lineGap, advances, glyphs);
    }

    private static Dictionary<int, ushort> ReadCmap(ReadOnlySpan<byte> data, int cmap, int glyphCount, string name)
    {
        int count = U16(data, cmap + 2);
        int best = -1;
        int bestFormat = 0;
        for (int i = 0; i < count; i++)
        {
            int record = cmap + 4 + (i * 8);
            int platform = U16(data, record);
            int encoding = U16(data, record + 2);
            int offset = cmap + checked((int)U32(data, record + 4));
            bool unicode = platform == 0 || (platform == 3 && encoding is 1 or 10);
            if (!unicode || offset >= data.Length)
            {
                continue;
            }

            int format = U16(data, offset);
            if (format == 12 || (format == 4 && bestFormat != 12))
            {
                best = offset;
                bestFormat = format;
            }
        }

        var glyphs = new Dictionary<int, ushort>();
        if (bestFormat == 12)
        {
            long groups = U32(data, best + 12);
            for (long g = 0; g < groups; g++)
            {
                int group = checked(best + 16 + (int)(g * 12));
                long start = U32(data, group);
                long end = U32(data, group + 4);
                long glyph = U32(data, group + 8);
                if (end < start || end > 0x10FFFF || end - start > 0x10FFFF)
                {
                    continue;
                }

                for (long c = start; c <= end; c++)
                {
                    long id = glyph + (c - start);
                    if (id > 0 && id < glyphCount)
                    {
                        glyphs[(int)c] = (ushort)id;
                    }
                }
            }
        }
        else if (bestFormat == 4)
        {
            int segments = U16(data, best + 6) / 2;
            int ends = best + 14;
            int starts = ends + (segments * 2) + 2;
            int deltas = starts + (segments * 2);
            int rangeOffsets = deltas + (segments * 2);
            for (int s = 0; s < segments; s++)
            {
                int end = U16(data, ends + (s * 2));
                int start = U16(data, starts + (s * 2));
                int delta = U16(data, deltas + (s * 2));
                int rangeOffsetAt = rangeOffsets + (s * 2);
                int rangeOffset = U16(data, rangeOffsetAt);
                for (int c = start; c <= end && c != 0xFFFF; c++)
                {
                    int id;
                    if (rangeOffset == 0)
                    {
                        id = (c + delta) & 0xFFFF;
                    }
                    else
                    {
                        int at = rangeOffsetAt + rangeOffset + ((c - start) * 2);
                        id = U16(data, at);
                        if (id != 0)
                        {
                            id = (id + delta) & 0xFFFF;
                        }
                    }

                    if (id > 0 && id < glyphCount)
                    {
                        glyphs[c] = (ushort)id;
                    }
                }
            }
        }
        else
        {
            throw Bad(name, "không có bảng cmap Unicode (định dạng 4 hoặc 12)", "no Unicode cmap (format 4 or 12)");
        }

        return glyphs;
    }

    private static ArgumentException Bad(string name, string vietnamese, string english) =>
        new(PdfMessages.Format("Tệp phông {0} không dùng được: {1}.", "Font file {0} cannot be used: {2}.", PdfMessages.Quote(name, 200), vietnamese, english));

    private static int U16(ReadOnlySpan<byte> data, int offset) => BinaryPrimitives.ReadUInt16BigEndian(data.Slice(offset, 2));

    private static int I16(ReadOnlySpan<byte> data, int offset) => BinaryPrimitives.ReadInt16BigEndian(data.Slice(offset, 2));

    private static uint U32(ReadOnlySpan<byte> data, int offset) => BinaryPrimitives.ReadUInt32BigEndian(data.Slice(offset, 4));
}
