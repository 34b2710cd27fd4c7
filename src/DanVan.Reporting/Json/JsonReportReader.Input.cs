using System.Buffers;
using System.Text.Json;
using System.Text.Unicode;
using DanVan.Reporting.Internal;

namespace DanVan.Reporting.Json;

// The whole-input checks done before reading (empty, UTF-8, syntax) and the conversion of byte offsets to line:column.
public ref partial struct JsonReportReader
{
    private void CheckWhole()
    {
        int start = 0;
        while (start < _input.Length && _input[start] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
        {
            start++;
        }

        if (start == _input.Length)
        {
            Unreadable(JsonErrorCodes.Empty, -1, Messages.Pick("Dữ liệu trống: không có JSON nào.", "The input is empty: there is no JSON."));
            return;
        }

        if (InvalidUtf8At(_input) is long invalid and >= 0)
        {
            Unreadable(JsonErrorCodes.Encoding, invalid, Messages.FormatPicked(
                "Dữ liệu không phải UTF-8 hợp lệ (byte 0x{0:X2}); hãy lưu tệp ở dạng UTF-8.",
                "The input is not valid UTF-8 (byte 0x{0:X2}); save the file as UTF-8.", _input[(int)invalid]));
            return;
        }

        var check = new Utf8JsonReader(_input, ReaderOptions(_options));
        try
        {
            while (check.Read())
            {
            }
        }
        catch (JsonException error)
        {
            long offset = OffsetOf(error.LineNumber ?? 0, error.BytePositionInLine ?? 0);
            bool truncated = offset >= _input.Length || check.CurrentDepth > 0 && OnlyWhiteSpaceAfter(offset);
            string detail = Detail(error.Message);
            Unreadable(JsonErrorCodes.Syntax, Math.Min(offset, _input.Length), truncated
                ? Messages.FormatPicked("JSON bị cắt cụt: dữ liệu hết trước khi đóng đủ các đối tượng, mảng hoặc chuỗi. ({0})", "Truncated JSON: the input ends before every object, array or string is closed. ({0})", detail)
                : Messages.FormatPicked("JSON sai cú pháp: {0}", "Malformed JSON: {0}", detail));
            return;
        }

        _reader.Read();
    }

    private readonly bool OnlyWhiteSpaceAfter(long offset)
    {
        for (long i = offset; i < _input.Length; i++)
        {
            if (_input[(int)i] is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
            {
                return false;
            }
        }

        return true;
    }

    // The reader's message without its " LineNumber: 0 | BytePositionInLine: 5." tail, which line:column replaces.
    private static string Detail(string message)
    {
        int tail = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (tail >= 0 ? message[..tail] : message).Trim();
    }

    private static long InvalidUtf8At(ReadOnlySpan<byte> input)
    {
        char[] buffer = ArrayPool<char>.Shared.Rent(4096);
        try
        {
            long consumed = 0;
            while (!input.IsEmpty)
            {
                OperationStatus status = Utf8.ToUtf16(input, buffer, out int read, out _, replaceInvalidSequences: false, isFinalBlock: true);
                if (status == OperationStatus.InvalidData)
                {
                    return consumed + read;
                }

                consumed += read;
                input = input[read..];
                if (status == OperationStatus.Done)
                {
                    break;
                }
            }

            return -1;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    private void Unreadable(string code, long offset, string message)
    {
        _unreadable = true;
        Add(new JsonReadError("$", offset < 0 ? 0 : Line(offset), offset < 0 ? 0 : Column(offset), code, message));
    }

    // The byte offset of a 0-based line and byte position, as System.Text.Json reports them.
    private readonly long OffsetOf(long line, long bytePosition)
    {
        long offset = 0;
        for (long l = 0; l < line && offset < _input.Length; offset++)
        {
            if (_input[(int)offset] == (byte)'\n')
            {
                l++;
            }
        }

        return offset + bytePosition;
    }

    private readonly int Line(long offset)
    {
        int line = 1;
        int end = (int)Math.Min(offset, _input.Length);
        line += _input[..end].Count((byte)'\n');
        return line;
    }

    // Columns count characters (UTF-8 lead bytes), not bytes: "Thuộc" is 5 columns wide, 7 bytes long.
    private readonly int Column(long offset)
    {
        int end = (int)Math.Min(offset, _input.Length);
        int lineStart = _input[..end].LastIndexOf((byte)'\n') + 1;
        int column = 1;
        foreach (byte b in _input[lineStart..end])
        {
            if ((b & 0xC0) != 0x80)
            {
                column++;
            }
        }

        return column;
    }
}
