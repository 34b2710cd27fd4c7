namespace DanVan.Reporting;

/// <summary>
/// Writes a <see cref="decimal"/> in Vietnamese notation ("1.250.000,50") straight into a span, from the decimal's own
/// digits: no string, no <c>ToString</c>, no culture data. The one place the digits are laid out; the string
/// formatters of <see cref="VietnameseNumbers"/> and the render paths both use it.
/// </summary>
internal static class VietnameseNumberWriter
{
    /// <summary>Room for any decimal with up to 28 decimals: sign, 29 digits, 9 group dots, the comma and 28 decimals.</summary>
    public const int MaxLength = 72;

    /// <summary>
    /// Writes <paramref name="value"/> with "." between thousands, then "," and exactly <paramref name="decimals"/>
    /// decimals (padded with zeros; digits past them are dropped, so the value must already be rounded or exact), and a
    /// leading "-" when it is below zero. Returns how many characters were written.
    /// </summary>
    public static int Write(decimal value, int decimals, Span<char> destination)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        int scale = (bits[3] >> 16) & 0xFF;
        ulong low = ((ulong)(uint)bits[1] << 32) | (uint)bits[0];
        uint high = (uint)bits[2];

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

        bool negative = bits[3] < 0 && (count > 1 || digits[0] != '0'); // "-0,00" is written "0,00"
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

    /// <summary>How many decimals <paramref name="value"/> has once its trailing zeros go: 1250000.50 → 1, 3000.00 → 0.</summary>
    public static int SignificantDecimals(decimal value)
    {
        int decimals = value.Scale;
        while (decimals > 0 && decimal.Round(value, decimals - 1) == value)
        {
            decimals--;
        }

        return decimals;
    }
}
