using System.Runtime.CompilerServices;

namespace DanVan.Reporting;

/// <summary>
/// Writes a number in Vietnamese notation ("1.250.000,50") straight into a span, from the number's own digits: no
/// string, no <c>ToString</c>, no culture data. The one place the digits are laid out; the string formatters of
/// <see cref="VietnameseNumbers"/>, the render paths and the validation messages all use it.
/// </summary>
/// <remarks>
/// Almost every value of a report is a decimal whose digits fit a <see cref="ulong"/> (any amount below
/// 18.446.744.073.709.551.616 units of its last decimal): those are written from that integer with one division by ten
/// per digit, and rounded or stripped of trailing zeros on the integer too. Larger mantissas take the general way
/// (<see cref="WriteGeneral"/>), which works on the full 96 bits. No buffer here is read before it is written, so the
/// stack buffers are not zeroed (<see cref="SkipLocalsInitAttribute"/>).
/// </remarks>
[SkipLocalsInit]
internal static class VietnameseNumberWriter
{
    /// <summary>Room for any decimal with up to 28 decimals: sign, 29 digits, 9 group dots, the comma and 28 decimals.</summary>
    public const int MaxLength = 72;

    /// <summary>Room for any <see cref="long"/>: sign, 19 digits and 6 group dots.</summary>
    public const int MaxIntegerLength = 26;

    /// <summary>
    /// Writes <paramref name="value"/> with "." between thousands, then "," and exactly <paramref name="decimals"/>
    /// decimals (padded with zeros; digits past them are dropped, so the value must already be rounded or exact), and a
    /// leading "-" when it is below zero. Returns how many characters were written.
    /// </summary>
    public static int Write(decimal value, int decimals, Span<char> destination)
    {
        Parts parts = Parts.Of(value);
        if (parts.High != 0 || parts.Scale > decimals)
        {
            return WriteGeneral(value, decimals, destination);
        }

        return WriteFixed(parts.Low, parts.Scale, parts.Negative && parts.Low != 0, decimals, destination);
    }

    /// <summary>
    /// Writes <paramref name="value"/> with exactly its significant decimals (1250000.50 → "1.250.000,5",
    /// 3000.00 → "3.000"), as <c>Write(value, SignificantDecimals(value), destination)</c> does.
    /// </summary>
    public static int WriteExact(decimal value, Span<char> destination)
    {
        Parts parts = Parts.Of(value);
        if (parts.High != 0)
        {
            return WriteGeneral(value, SignificantDecimals(value), destination);
        }

        // Trailing zeros of the decimals go: 3000.00 is the mantissa 300000 with scale 2, written as 3000.
        ulong mantissa = parts.Low;
        int scale = parts.Scale;
        while (scale > 0 && mantissa % 10 == 0)
        {
            mantissa /= 10;
            scale--;
        }

        return WriteFixed(mantissa, scale, parts.Negative && mantissa != 0, scale, destination);
    }

    /// <summary>
    /// Writes <paramref name="value"/> rounded half away from zero to <paramref name="decimals"/> decimals (0 to 28), as
    /// <c>Write(decimal.Round(value, decimals, MidpointRounding.AwayFromZero), decimals, destination)</c> does.
    /// </summary>
    public static int WriteRounded(decimal value, int decimals, Span<char> destination)
    {
        Parts parts = Parts.Of(value);
        if (parts.High != 0)
        {
            return WriteGeneral(decimal.Round(value, decimals, MidpointRounding.AwayFromZero), decimals, destination);
        }

        ulong mantissa = parts.Low;
        int scale = parts.Scale;
        if (scale > decimals)
        {
            // Drop the extra digits, rounding the magnitude half up (half away from zero for the signed value). A
            // mantissa below 2⁶⁴ < 10²⁰ / 2 rounds to zero when 20 digits or more go.
            int dropped = scale - decimals;
            if (dropped >= 20)
            {
                mantissa = 0;
            }
            else
            {
                ulong divisor = PowersOfTen[dropped];
                (ulong quotient, ulong remainder) = Math.DivRem(mantissa, divisor);
                mantissa = remainder >= divisor / 2 ? quotient + 1 : quotient; // divisor ≥ 10, so quotient + 1 fits
            }

            scale = decimals;
        }

        return WriteFixed(mantissa, scale, parts.Negative && mantissa != 0, decimals, destination);
    }

    /// <summary>Writes an integer with "." between thousands and a leading "-" when negative: -1250000 → "-1.250.000".</summary>
    public static int WriteInteger(long value, Span<char> destination) => WriteInteger(value, 0, destination);

    /// <summary>Writes an integer followed by "," and <paramref name="decimals"/> zeros when <paramref name="decimals"/> &gt; 0: 36 with 2 → "36,00".</summary>
    public static int WriteInteger(long value, int decimals, Span<char> destination) =>
        WriteFixed(value < 0 ? unchecked((ulong)-value) : (ulong)value, 0, value < 0, decimals, destination); // -long.MinValue wraps to 2⁶³, its magnitude

    /// <summary>How many decimals <paramref name="value"/> has once its trailing zeros go: 1250000.50 → 1, 3000.00 → 0.</summary>
    public static int SignificantDecimals(decimal value)
    {
        Parts parts = Parts.Of(value);
        int decimals = parts.Scale;
        if (parts.High == 0)
        {
            ulong low = parts.Low; // the common case, without 128-bit division
            while (decimals > 0 && low % 10 == 0)
            {
                low /= 10;
                decimals--;
            }

            return decimals;
        }

        UInt128 mantissa = ((UInt128)parts.High << 64) | parts.Low;
        while (decimals > 0 && mantissa % 10 == 0)
        {
            mantissa /= 10;
            decimals--;
        }

        return decimals;
    }

    /// <summary>
    /// <see cref="Write"/> for any decimal, from its full 96-bit mantissa: the way every value was written before the
    /// <see cref="ulong"/> fast path, kept for the mantissas beyond it (and as the reference the tests hold the fast path to).
    /// </summary>
    internal static int WriteGeneral(decimal value, int decimals, Span<char> destination)
    {
        Parts parts = Parts.Of(value);
        int scale = parts.Scale;
        ulong low = parts.Low;
        uint high = parts.High;

        // The digits, last first.
        Span<char> digits = stackalloc char[32];
        int count = 0;
        if (high == 0)
        {
            do
            {
                (low, ulong digit) = Math.DivRem(low, 10UL);
                digits[count++] = (char)('0' + (int)digit);
            }
            while (low != 0);
        }
        else
        {
            UInt128 mantissa = ((UInt128)high << 64) | low;
            do
            {
                (mantissa, UInt128 digit) = UInt128.DivRem(mantissa, 10);
                digits[count++] = (char)('0' + (int)digit);
            }
            while (mantissa != 0);
        }

        bool negative = parts.Negative && (count > 1 || digits[0] != '0'); // "-0,00" is written "0,00"
        while (count <= scale)
        {
            digits[count++] = '0'; // 0,05 has the digits "5" and scale 2
        }

        int integerLength = count - scale;
        int position = 0;
        if (negative)
        {
            destination[position++] = '-';
        }

        for (int i = 0; i < integerLength; i++)
        {
            if (i > 0 && (integerLength - i) % 3 == 0)
            {
                destination[position++] = '.';
            }

            destination[position++] = digits[count - 1 - i];
        }

        if (decimals > 0)
        {
            destination[position++] = ',';
            for (int i = 0; i < decimals; i++)
            {
                destination[position++] = i < scale ? digits[scale - 1 - i] : '0';
            }
        }

        return position;
    }

    /// <summary>
    /// Writes <paramref name="mantissa"/> × 10^-<paramref name="scale"/> with <paramref name="decimals"/> decimals
    /// (<paramref name="scale"/> ≤ <paramref name="decimals"/>; the missing ones are zeros), right to left: every
    /// position up to the returned length is written.
    /// </summary>
    private static int WriteFixed(ulong mantissa, int scale, bool negative, int decimals, Span<char> destination)
    {
        int digitCount = CountDigits(mantissa);
        int integerLength = digitCount > scale ? digitCount - scale : 1; // 0,05 still has its "0"
        int length = (negative ? 1 : 0) + integerLength + ((integerLength - 1) / 3) + (decimals > 0 ? decimals + 1 : 0);
        destination = destination[..length]; // one bounds check up front

        int position = length;
        if (decimals > 0)
        {
            for (int i = decimals; i > scale; i--)
            {
                destination[--position] = '0';
            }

            for (int i = 0; i < scale; i++)
            {
                (mantissa, ulong digit) = Math.DivRem(mantissa, 10UL);
                destination[--position] = (char)('0' + (int)digit);
            }

            destination[--position] = ',';
        }

        for (int i = 1, group = 1; ; i++, group++)
        {
            (mantissa, ulong digit) = Math.DivRem(mantissa, 10UL);
            destination[--position] = (char)('0' + (int)digit);
            if (i == integerLength)
            {
                break;
            }

            if (group == 3)
            {
                destination[--position] = '.';
                group = 0;
            }
        }

        if (negative)
        {
            destination[--position] = '-';
        }

        return length;
    }

    private static int CountDigits(ulong value)
    {
        int digits = 1;
        while (digits < 20 && value >= PowersOfTen[digits])
        {
            digits++;
        }

        return digits;
    }

    /// <summary>10⁰ to 10¹⁹: every power of ten a <see cref="ulong"/> holds (constant data, no array).</summary>
    private static ReadOnlySpan<ulong> PowersOfTen =>
    [
        1UL, 10UL, 100UL, 1_000UL, 10_000UL, 100_000UL, 1_000_000UL, 10_000_000UL, 100_000_000UL, 1_000_000_000UL,
        10_000_000_000UL, 100_000_000_000UL, 1_000_000_000_000UL, 10_000_000_000_000UL, 100_000_000_000_000UL,
        1_000_000_000_000_000UL, 10_000_000_000_000_000UL, 100_000_000_000_000_000UL, 1_000_000_000_000_000_000UL,
        10_000_000_000_000_000_000UL,
    ];

    /// <summary>A decimal's 96-bit mantissa (<paramref name="Low"/> 64 bits, <paramref name="High"/> 32), its scale (the power of ten it is divided by, 0 to 28) and its sign bit (set on a negative zero too).</summary>
    private readonly record struct Parts(ulong Low, uint High, int Scale, bool Negative)
    {
        public static Parts Of(decimal value)
        {
            Span<int> bits = stackalloc int[4];
            decimal.GetBits(value, bits);
            return new Parts(((ulong)(uint)bits[1] << 32) | (uint)bits[0], (uint)bits[2], (bits[3] >> 16) & 0xFF, bits[3] < 0);
        }
    }
}
