using System.Globalization;
using System.Text;

namespace DanVan.Reporting.Generators.Emit;

/// <summary>
/// A number written the Vietnamese way, exactly as the runtime's <c>VietnameseNumbers.FormatExact</c> writes it: "."
/// between thousands, "," before the decimals, trailing zeros dropped ("100.000", "36,24", "-0,5"). The generator
/// writes the limits of validation messages with it at compile time; a test checks it against the runtime.
/// </summary>
internal static class VietnameseNumberText
{
    public static string Exact(decimal value)
    {
        // The invariant form of a decimal never uses an exponent: "-1234.500".
        string invariant = value.ToString(CultureInfo.InvariantCulture);
        bool negative = invariant[0] == '-';
        string digits = negative ? invariant.Substring(1) : invariant;
        int dot = digits.IndexOf('.');
        string integer = dot < 0 ? digits : digits.Substring(0, dot);
        string fraction = dot < 0 ? string.Empty : digits.Substring(dot + 1).TrimEnd('0');
        if (fraction.Length == 0 && integer.Trim('0').Length == 0)
        {
            negative = false; // a zero is written "0", whatever its sign bit
        }

        var text = new StringBuilder(invariant.Length + 8);
        if (negative)
        {
            text.Append('-');
        }

        for (int i = 0; i < integer.Length; i++)
        {
            if (i > 0 && (integer.Length - i) % 3 == 0)
            {
                text.Append('.');
            }

            text.Append(integer[i]);
        }

        if (fraction.Length > 0)
        {
            text.Append(',').Append(fraction);
        }

        return text.ToString();
    }
}
