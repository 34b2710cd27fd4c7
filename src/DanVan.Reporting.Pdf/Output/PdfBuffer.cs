using System.Buffers;
using System.Text;

namespace DanVan.Reporting.Pdf.Output;

/// <summary>
/// Bytes of PDF syntax being written: ASCII tokens, numbers, names and strings, formatted without any culture (the same
/// bytes under every CurrentCulture and with invariant globalization).
/// </summary>
internal sealed class PdfBuffer
{
    private static ReadOnlySpan<byte> Hex => "0123456789ABCDEF"u8;

    private readonly ArrayBufferWriter<byte> _bytes;

    public PdfBuffer(int capacity = 4096) => _bytes = new ArrayBufferWriter<byte>(capacity);

    public int Length => _bytes.WrittenCount;

    public ReadOnlySpan<byte> Written => _bytes.WrittenSpan;

    public PdfBuffer Raw(ReadOnlySpan<byte> bytes)
    {
        _bytes.Write(bytes);
        return this;
    }

    /// <summary>ASCII text (operators, keys, delimiters) as it is.</summary>
    public PdfBuffer Ascii(string text)
    {
        Span<byte> span = _bytes.GetSpan(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            span[i] = (byte)text[i];
        }

        _bytes.Advance(text.Length);
        return this;
    }

    public PdfBuffer Byte(byte value)
    {
        _bytes.GetSpan(1)[0] = value;
        _bytes.Advance(1);
        return this;
    }

    public PdfBuffer Integer(long value)
    {
        Span<byte> span = _bytes.GetSpan(20);
        int length = 0;
        if (value < 0)
        {
            span[length++] = (byte)'-';
            value = -value;
        }

        Span<byte> digits = stackalloc byte[20];
        int count = 0;
        do
        {
            digits[count++] = (byte)('0' + (value % 10));
            value /= 10;
        }
        while (value > 0);

        while (count > 0)
        {
            span[length++] = digits[--count];
        }

        _bytes.Advance(length);
        return this;
    }

    /// <summary>A non-negative integer with leading zeros to <paramref name="width"/> digits (cross-reference offsets).</summary>
    public PdfBuffer Padded(long value, int width)
    {
        Span<byte> span = _bytes.GetSpan(width);
        for (int i = width - 1; i >= 0; i--)
        {
            span[i] = (byte)('0' + (value % 10));
            value /= 10;
        }

        _bytes.Advance(width);
        return this;
    }

    /// <summary>A real number with at most three decimals and no trailing zeros ("12.5", "-0.25", "3").</summary>
    public PdfBuffer Real(double value)
    {
        if (!double.IsFinite(value))
        {
            value = 0;
        }

        long thousandths = (long)Math.Round(value * 1000, MidpointRounding.AwayFromZero);
        if (thousandths < 0)
        {
            Byte((byte)'-');
            thousandths = -thousandths;
        }

        Integer(thousandths / 1000);
        long fraction = thousandths % 1000;
        if (fraction != 0)
        {
            Byte((byte)'.');
            int divisor = 100;
            while (fraction != 0)
            {
                Byte((byte)('0' + (fraction / divisor)));
                fraction %= divisor;
                divisor /= 10;
            }
        }

        return this;
    }

    /// <summary>A 16-bit code as four hex digits (a glyph id in a Tj string).</summary>
    public PdfBuffer Hex4(int value)
    {
        Span<byte> span = _bytes.GetSpan(4);
        span[0] = Hex[(value >> 12) & 0xF];
        span[1] = Hex[(value >> 8) & 0xF];
        span[2] = Hex[(value >> 4) & 0xF];
        span[3] = Hex[value & 0xF];
        _bytes.Advance(4);
        return this;
    }

    public PdfBuffer HexBytes(ReadOnlySpan<byte> bytes)
    {
        Span<byte> span = _bytes.GetSpan(bytes.Length * 2);
        for (int i = 0; i < bytes.Length; i++)
        {
            span[2 * i] = Hex[bytes[i] >> 4];
            span[(2 * i) + 1] = Hex[bytes[i] & 0xF];
        }

        _bytes.Advance(bytes.Length * 2);
        return this;
    }

    /// <summary>
    /// A name object ("/Liberation#20Serif,Bold"): characters outside "!"–"~", and the delimiters and "#", written as #xx.
    /// The text is ASCII already (<see cref="Fonts.FaceTables.Family"/>); anything else is written as its low byte's code.
    /// </summary>
    public PdfBuffer Name(string name)
    {
        Byte((byte)'/');
        foreach (char c in name)
        {
            if (c is > ' ' and < '\u007f' and not ('#' or '/' or '(' or ')' or '<' or '>' or '[' or ']' or '{' or '}' or '%'))
            {
                Byte((byte)c);
            }
            else
            {
                Byte((byte)'#').Byte(Hex[(c >> 4) & 0xF]).Byte(Hex[c & 0xF]);
            }
        }

        return this;
    }

    /// <summary>
    /// A text string (document information, language): printable ASCII as a literal string, anything else as UTF-16BE
    /// with a byte order mark in hex, which every reader decodes; lone surrogates become U+FFFD.
    /// </summary>
    public PdfBuffer Text(string text)
    {
        bool ascii = true;
        foreach (char c in text)
        {
            if (c is < ' ' or > '~')
            {
                ascii = false;
                break;
            }
        }

        if (ascii)
        {
            Byte((byte)'(');
            foreach (char c in text)
            {
                if (c is '(' or ')' or '\\')
                {
                    Byte((byte)'\\');
                }

                Byte((byte)c);
            }

            return Byte((byte)')');
        }

        var encoding = new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: false);
        byte[] utf16 = encoding.GetBytes(text);
        return Ascii("<FEFF").HexBytes(utf16).Byte((byte)'>');
    }

    /// <summary>Copies the bytes written so far to <paramref name="output"/>.</summary>
    public void CopyTo(Stream output) => output.Write(_bytes.WrittenSpan);

    public byte[] ToArray() => _bytes.WrittenSpan.ToArray();
}
