using System.Buffers.Binary;
using DanVan.Reporting.Pdf.Internal;

namespace DanVan.Reporting.Pdf.Fonts;

/// <summary>
/// One TrueType face read straight from its file, once per process (<see cref="PdfFonts"/> keeps it): units per em,
/// ascent, descent and line gap, each character's glyph and advance width, and where the tables the PDF embeds lie.
/// The layout measures with these and <see cref="FontSubsetter"/> cuts the embedded subset from the same file, so
/// measuring and drawing agree and nothing is parsed twice.
/// </summary>
/// <remarks>Read: head, hhea, maxp, hmtx, cmap (formats 4 and 12), and for the PDF's font descriptor post, OS/2 and
/// name when present. Font files are untrusted: every offset is checked, and a malformed file gives an
/// <see cref="ArgumentException"/> naming the table.</remarks>
internal sealed class TrueTypeFace
{
    private readonly ushort[] _advances;
    private readonly Dictionary<int, ushort> _glyphs;

    private TrueTypeFace(string name, byte[] data, FaceTables tables, int unitsPerEm, int ascender, int descender, int lineGap, ushort[] advances, Dictionary<int, ushort> glyphs)
    {
        Name = name;
        Data = data;
        Tables = tables;
        UnitsPerEm = unitsPerEm;
        Ascender = ascender;
        Descender = descender;
        LineGap = lineGap;
        _advances = advances;
        _glyphs = glyphs;
    }

    /// <summary>The file's bytes (never changed).</summary>
    public byte[] Data { get; }

    /// <summary>Where the tables lie and what the PDF's font descriptor needs from them.</summary>
    public FaceTables Tables { get; }

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

    /// <summary>The glyph a code point is drawn with; 0 (.notdef) when the face lacks it.</summary>
    public ushort Glyph(int codePoint) => _glyphs.TryGetValue(codePoint, out ushort glyph) ? glyph : (ushort)0;

    /// <summary>The advance width of a glyph in font units (glyphs past hhea's count share the last width).</summary>
    public int Advance(ushort glyph) => _advances[Math.Min(glyph, _advances.Length - 1)];

    /// <summary>Reads a face; throws <see cref="ArgumentException"/> naming <paramref name="name"/> and the table when the file is not a usable TrueType face.</summary>
    public static TrueTypeFace Read(byte[] data, string name)
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

    private static TrueTypeFace ReadCore(byte[] bytes, string name)
    {
        ReadOnlySpan<byte> data = bytes;
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
        TableSpan headSpan = default, hheaSpan = default, maxpSpan = default, hmtxSpan = default, glyfSpan = default, loca = default;
        TableSpan cvt = default, fpgm = default, prep = default, post = default, os2 = default, nameTable = default;
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

            var span = new TableSpan(offset, length);
            switch (tag)
            {
                case 0x68656164: head = offset; headSpan = span; break; // head
                case 0x68686561: hhea = offset; hheaSpan = span; break; // hhea
                case 0x686D7478: hmtx = offset; hmtxSpan = span; break; // hmtx
                case 0x636D6170: cmap = offset; break; // cmap
                case 0x6D617870: maxp = offset; maxpSpan = span; break; // maxp
                case 0x676C7966: glyf = offset; glyfSpan = span; break; // glyf
                case 0x6C6F6361: loca = span; break; // loca
                case 0x63767420: cvt = span; break; // cvt
                case 0x6670676D: fpgm = span; break; // fpgm
                case 0x70726570: prep = span; break; // prep
                case 0x706F7374: post = span; break; // post
                case 0x4F532F32: os2 = span; break; // OS/2
                case 0x6E616D65: nameTable = span; break; // name
                default: break;
            }
        }

        if (head < 0 || hhea < 0 || hmtx < 0 || cmap < 0 || maxp < 0 || glyf < 0 || loca.Length == 0)
        {
            throw Bad(name, "thiếu một trong các bảng head, hhea, hmtx, cmap, maxp, glyf, loca", "one of the tables head, hhea, hmtx, cmap, maxp, glyf, loca is missing");
        }

        if (headSpan.Length < 54 || hheaSpan.Length < 36 || maxpSpan.Length < 6)
        {
            throw Bad(name, "bảng head, hhea hoặc maxp quá ngắn", "the head, hhea or maxp table is too short");
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

        bool longLoca = I16(data, head + 50) != 0;
        if (hmtxSpan.Length < (metricCount * 4) || loca.Length < (glyphCount + 1) * (longLoca ? 4 : 2))
        {
            throw Bad(name, "bảng hmtx hoặc loca ngắn hơn số glyph", "the hmtx or loca table is shorter than the glyph count");
        }

        var advances = new ushort[metricCount];
        for (int i = 0; i < metricCount; i++)
        {
            advances[i] = (ushort)U16(data, hmtx + (i * 4));
        }

        Dictionary<int, ushort> glyphs = ReadCmap(data, cmap, glyphCount, name);
        var tables = new FaceTables
        {
            Head = headSpan,
            Hhea = hheaSpan,
            Maxp = maxpSpan,
            Hmtx = hmtxSpan,
            Glyf = glyfSpan,
            Loca = loca,
            Cvt = cvt,
            Fpgm = fpgm,
            Prep = prep,
            GlyphCount = glyphCount,
            MetricCount = metricCount,
            LongLoca = longLoca,
            XMin = I16(data, head + 36),
            YMin = I16(data, head + 38),
            XMax = I16(data, head + 40),
            YMax = I16(data, head + 42),
            ItalicAngle = post.Length >= 8 ? I32(data, post.Offset + 4) / 65536.0 : 0,
            CapHeight = os2.Length >= 90 && U16(data, os2.Offset) >= 2 ? I16(data, os2.Offset + 88) : ascender,
            XHeight = os2.Length >= 88 && U16(data, os2.Offset) >= 2 ? I16(data, os2.Offset + 86) : 0,
            WeightClass = os2.Length >= 6 ? U16(data, os2.Offset + 4) : 400,
            Family = FamilyName(data, nameTable) ?? name,
        };
        return new TrueTypeFace(name, bytes, tables, unitsPerEm, ascender, descender, lineGap, advances, glyphs);
    }

    /// <summary>The family name (name id 1), Windows Unicode or Macintosh Roman; null when absent or unreadable.</summary>
    private static string? FamilyName(ReadOnlySpan<byte> data, TableSpan table)
    {
        if (table.Length < 6)
        {
            return null;
        }

        int count = U16(data, table.Offset + 2);
        int strings = table.Offset + U16(data, table.Offset + 4);
        string? mac = null;
        for (int i = 0; i < count && table.Offset + 6 + ((i + 1) * 12) <= table.Offset + table.Length; i++)
        {
            int record = table.Offset + 6 + (i * 12);
            int platform = U16(data, record);
            int encoding = U16(data, record + 2);
            int nameId = U16(data, record + 6);
            int length = U16(data, record + 8);
            int at = strings + U16(data, record + 10);
            if (nameId != 1 || at + length > data.Length)
            {
                continue;
            }

            if (platform == 3 && encoding is 0 or 1 && length % 2 == 0)
            {
                return Clean(System.Text.Encoding.BigEndianUnicode.GetString(data.Slice(at, length)));
            }

            if (platform == 1 && encoding == 0)
            {
                mac ??= Clean(System.Text.Encoding.Latin1.GetString(data.Slice(at, length)));
            }
        }

        return mac;
    }

    // A font's name goes into the PDF as a name object: printable ASCII only, at most 63 characters.
    private static string? Clean(string name)
    {
        var clean = new System.Text.StringBuilder(name.Length);
        foreach (char c in name)
        {
            if (c is (> ' ' and < '\u007f') or ' ' && clean.Length < 63)
            {
                clean.Append(c);
            }
        }

        string result = clean.ToString().Trim();
        return result.Length == 0 ? null : result;
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

    private static int I32(ReadOnlySpan<byte> data, int offset) => BinaryPrimitives.ReadInt32BigEndian(data.Slice(offset, 4));
}
