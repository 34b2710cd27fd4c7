using System.Globalization;
using System.Text;

namespace DanVan.Reporting.Internal;

/// <summary>
/// A double in validation messages: its shortest round-trip digits (what "R" gives, so 0.49999999999999994 is not
/// shown as 0,5 and -5E-324 not as 0), written the Vietnamese way ("." between thousands, "," before decimals).
/// </summary>
/// <remarks>
/// Positional notation from 0,00001 up to 21 integer digits; beyond that, a mantissa and an exponent
/// ("1,7976931348623157E+308", "-5E-324"), never a rounded value. NaN and infinities as "NaN", "Infinity",
/// "-Infinity". Culture-independent: the digits come from the invariant culture only.
/// </remarks>
internal static class ShortestNumber
{
    private const int SmallestPositionalExponent = -5;
    private const int LargestPositionalDigits = 21;

    public static string Format(double value)
    {
        if (!double.IsFinite(value))
        {
            return value.ToString(CultureInfo.InvariantCulture);
        }

        string shortest = value.ToString("R", CultureInfo.InvariantCulture);
        bool negative = shortest.StartsWith('-');
        int exponentAt = shortest.IndexOf('E', StringComparison.Ordinal);
        string mantissa = shortest.Substring(negative ? 1 : 0, (exponentAt < 0 ? shortest.Length : exponentAt) - (negative ? 1 : 0));
        int exponent = exponentAt < 0 ? 0 : int.Parse(shortest.AsSpan(exponentAt + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);

        // digits × 10^(point - digits.Length): "0.0012" gives digits "12" and point -2.
        int dot = mantissa.IndexOf('.', StringComparison.Ordinal);
        string digits = dot < 0 ? mantissa : string.Concat(mantissa.AsSpan(0, dot), mantissa.AsSpan(dot + 1));
        int point = (dot < 0 ? mantissa.Length : dot) + exponent;
        int leadingZeros = 0;
        while (leadingZeros < digits.Length - 1 && digits[leadingZeros] == '0')
        {
            leadingZeros++;
        }

        digits = digits[leadingZeros..];
        point -= leadingZeros;
        digits = digits.TrimEnd('0');
        if (digits.Length == 0)
        {
            return negative ? "-0" : "0";
        }

        var builder = new StringBuilder(digits.Length + 12);
        if (negative)
        {
            builder.Append('-');
        }

        if (point > LargestPositionalDigits || point <= SmallestPositionalExponent)
        {
            builder.Append(digits[0]);
            if (digits.Length > 1)
            {
                builder.Append(',').Append(digits, 1, digits.Length - 1);
            }

            int power = point - 1;
            return builder.Append('E').Append(power < 0 ? '-' : '+').Append(Math.Abs(power).ToString(CultureInfo.InvariantCulture)).ToString();
        }

        if (point <= 0)
        {
            return builder.Append("0,").Append('0', -point).Append(digits).ToString();
        }

        string integer = point >= digits.Length ? digits + new string('0', point - digits.Length) : digits[..point];
        for (int i = 0; i < integer.Length; i++)
        {
            if (i > 0 && (integer.Length - i) % 3 == 0)
            {
                builder.Append('.');
            }

            builder.Append(integer[i]);
        }

        if (point < digits.Length)
        {
            builder.Append(',').Append(digits, point, digits.Length - point);
        }

        return builder.ToString();
    }
}
