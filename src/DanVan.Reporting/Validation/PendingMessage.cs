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
        int length = VietnameseNumberWriter.Write(_number, VietnameseNumberWriter.SignificantDecimals(_number), digits);
        return string.Concat(_start, digits[..length], _end);
    }
}
