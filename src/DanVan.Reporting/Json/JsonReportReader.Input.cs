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
                // A "\uD800" escape on its own is JSON but no text: half of a UTF-16 pair, which no string can hold.
                if (check.TokenType is JsonTokenType.String or JsonTokenType.PropertyName && check.ValueIsEscaped && !IsText(ref check))
                {
                    Unreadable(JsonErrorCodes.Encoding, check.TokenStartIndex, Messages.FormatPicked(
                        "Chuỗi JSON có mã thoát {0} là nửa cặp thay thế UTF-16 đứng riêng, không phải một ký tự; hãy sửa hoặc xóa mã đó.",
                        "A JSON string holds the escape {0}, half of a UTF-16 surrogate pair on its own, not a character; fix or remove it.",
                        LoneSurrogateEscape(check.ValueSpan)));
                    return;
                }
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

    private static bool IsText(ref Utf8JsonReader reader)
    {
        try
        {
            _ = reader.GetString();
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    // The first \uXXXX escape of a surrogate that is not paired (a high one followed by a low one) in a raw string.
    private static string LoneSurrogateEscape(ReadOnlySpan<byte> raw)
    {
        for (int i = 0; i + 6 <= raw.Length; i++)
        {
            if (raw[i] != (byte)'\\')
            {
                continue;
            }

            if (raw[i + 1] != (byte)'u' || !TryHex(raw.Slice(i + 2, 4), out int unit))
            {
                i++; // another escape: skip the character it escapes (it may be a backslash)
                continue;
            }

            bool high = unit is >= 0xD800 and <= 0xDBFF;
            if (high && i + 12 <= raw.Length && raw[i + 6] == (byte)'\\' && raw[i + 7] == (byte)'u'
                && TryHex(raw.Slice(i + 8, 4), out int next) && next is >= 0xDC00 and <= 0xDFFF)
            {
                i += 11;
                continue;
            }

            if (high || unit is >= 0xDC00 and <= 0xDFFF)
            {
                return "\"\\u" + System.Text.Encoding.ASCII.GetString(raw.Slice(i + 2, 4)) + "\"";
            }

            i += 5;
        }

        return "\"\\u…\"";
    }

    private static bool TryHex(ReadOnlySpan<byte> digits, out int value) =>
        int.TryParse(System.Text.Encoding.ASCII.GetString(digits), System.Globalization.NumberStyles.AllowHexSpecifier, System.Globalization.CultureInfo.InvariantCulture, out value);

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
