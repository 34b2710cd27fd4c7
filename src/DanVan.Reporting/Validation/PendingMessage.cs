using DanVan.Reporting.Internal;

namespace DanVan.Reporting.Validation;

/// <summary>
/// A validation message not written yet: its start (the label, the rule and the limits, constant text), the value
/// received, and its end, all in the language chosen when the error was found. <see cref="ValidationError.Message"/>
/// writes it on first read, with one allocation: an error nobody reads costs no text at all.
/// </summary>
internal readonly struct PendingMessage
{
    private readonly string _start;
    private readonly string _end;
    private readonly decimal _number;
    private readonly double _floatingPoint;
    private readonly bool _isFloatingPoint;

    private PendingMessage(string start, decimal number, double floatingPoint, bool isFloatingPoint, string end)
    {
        _start = start;
        _number = number;
        _floatingPoint = floatingPoint;
        _isFloatingPoint = isFloatingPoint;
        _end = end;
    }

    /// <summary>A message whose value is a decimal or an integer, written exactly ("450.000", "136,24").</summary>
    public static PendingMessage Number(string start, decimal value, string end) => new(start, value, 0, isFloatingPoint: false, end);

    /// <summary>A message whose value is a double, written with its shortest round-trip digits ("0,1", "NaN").</summary>
    public static PendingMessage FloatingPoint(string start, double value, string end) => new(start, 0m, value, isFloatingPoint: true, end);

    /// <summary>The message, or null for the default value (no message).</summary>
    public string? Write()
    {
        if (_start is null)
        {
            return null;
        }

        if (_isFloatingPoint)
        {
            return string.Concat(_start, ShortestNumber.Format(_floatingPoint), _end);
        }

        Span<char> digits = stackalloc char[VietnameseNumberWriter.MaxLength];
        int length = _number.Scale == 0 && _number >= long.MinValue + 1 && _number <= long.MaxValue
            ? WriteInteger((long)_number, digits)
            : VietnameseNumberWriter.Write(_number, VietnameseNumberWriter.SignificantDecimals(_number), digits);
        return string.Concat(_start, digits[..length], _end);
    }

    // Most values in messages are integers (lengths, counts, whole numbers): their digits without decimal arithmetic,
    // the same text VietnameseNumberWriter gives ("-1.250.000").
    private static int WriteInteger(long value, Span<char> destination)
    {
        ulong magnitude = (ulong)Math.Abs(value);
        int digits = 1;
        for (ulong rest = magnitude; rest >= 10; rest /= 10)
        {
            digits++;
        }

        int length = (value < 0 ? 1 : 0) + digits + ((digits - 1) / 3);
        int at = length;
        for (int written = 0; written < digits; written++)
        {
            if (written > 0 && written % 3 == 0)
            {
                destination[--at] = '.';
            }

            destination[--at] = (char)('0' + (int)(magnitude % 10));
            magnitude /= 10;
        }

        if (value < 0)
        {
            destination[0] = '-';
        }

        return length;
    }
}
