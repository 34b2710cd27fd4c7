using System.IO.Compression;
using System.Security.Cryptography;

namespace DanVan.Reporting.Pdf.Output;

/// <summary>
/// A PDF file written front to back: the header with its binary comment, numbered objects (any order; numbers are
/// handed out first so objects can refer to each other), the cross-reference table and the trailer.
/// </summary>
/// <remarks>Streams are compressed here with Flate at the fastest level: most of the file is the embedded font
/// subsets, and zlib's fastest level costs a fraction of the default's time for a file a few percent larger.</remarks>
internal sealed class PdfFile
{
    private readonly PdfBuffer _buffer = new(64 * 1024);
    private readonly List<int> _offsets = [0];

    public PdfFile()
    {
        // PDF 1.7; the comment's four bytes above 127 tell transfer programs the file is binary (PDF/A-2 6.1.2).
        _buffer.Ascii("%PDF-1.7\n%").Raw([0xE2, 0xE3, 0xCF, 0xD3]).Byte((byte)'\n');
    }

    /// <summary>Where syntax is written: between <see cref="Begin"/> and <see cref="End"/>, an object's body.</summary>
    public PdfBuffer Out => _buffer;

    /// <summary>The bytes written so far.</summary>
    public ReadOnlySpan<byte> Written => _buffer.Written;

    /// <summary>Hands out the next object number.</summary>
    public int Reserve()
    {
        _offsets.Add(-1);
        return _offsets.Count - 1;
    }

    /// <summary>Starts object <paramref name="number"/>: "n 0 obj".</summary>
    public PdfBuffer Begin(int number)
    {
        _offsets[number] = _buffer.Length;
        return _buffer.Integer(number).Ascii(" 0 obj\n");
    }

    public void End() => _buffer.Ascii("\nendobj\n");

    /// <summary>
    /// A whole stream object: <paramref name="entries"/> (keys and values without /Length and /Filter) and the data,
    /// compressed when <paramref name="compress"/>; a font file also gets /Length1, its uncompressed length.
    /// </summary>
    public void WriteStream(int number, ReadOnlySpan<byte> data, bool compress, string entries = "", int length1 = -1)
    {
        byte[]? compressed = compress ? Deflate(data) : null;
        ReadOnlySpan<byte> body = compressed ?? data;
        Begin(number).Ascii("<<").Ascii(entries);
        if (length1 >= 0)
        {
            _buffer.Ascii("/Length1 ").Integer(length1);
        }

        if (compressed is not null)
        {
            _buffer.Ascii("/Filter/FlateDecode");
        }

        _buffer.Ascii("/Length ").Integer(body.Length).Ascii(">>\nstream\n").Raw(body).Ascii("\nendstream");
        End();
    }

    /// <summary>A hash of everything written so far (ids derived from the content: the same document, the same ids).</summary>
    public byte[] Hash() => SHA256.HashData(_buffer.Written);

    /// <summary>The cross-reference table and the trailer; then the file is complete.</summary>
    public void Finish(int root, int info, ReadOnlySpan<byte> id)
    {
        int xref = _buffer.Length;
        _buffer.Ascii("xref\n0 ").Integer(_offsets.Count).Ascii("\n0000000000 65535 f \n");
        for (int n = 1; n < _offsets.Count; n++)
        {
            if (_offsets[n] < 0)
            {
                throw new InvalidOperationException("A PDF object was reserved but not written.");
            }

            _buffer.Padded(_offsets[n], 10).Ascii(" 00000 n \n");
        }

        _buffer.Ascii("trailer\n<</Size ").Integer(_offsets.Count).Ascii("/Root ").Integer(root).Ascii(" 0 R/Info ").Integer(info)
            .Ascii(" 0 R/ID[<").HexBytes(id).Ascii("><").HexBytes(id).Ascii(">]>>\nstartxref\n").Integer(xref).Ascii("\n%%EOF\n");
    }

    public void CopyTo(Stream output) => _buffer.CopyTo(output);

    private static byte[] Deflate(ReadOnlySpan<byte> data)
    {
        using var compressed = new MemoryStream(data.Length / 2 + 64);
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
        {
            zlib.Write(data);
        }

        return compressed.ToArray();
    }
}
