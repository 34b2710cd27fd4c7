using System.Globalization;
using System.Text;

namespace DanVan.Reporting.Tests.Numbers;

/// <summary>
/// An independent way to write a number the Vietnamese way, to hold the SDK's own digit writer to: invariant "F"
/// formatting (the .NET runtime's digits) with "." between thousands and "," before the decimals.
/// </summary>
internal static class NumberOracle
{
    /// <summary>The value with exactly <paramref name="decimals"/> decimals; it must need no rounding.</summary>
    public static string Format(decimal value, int decimals)
    {
        string digits = decimal.Abs(value).ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        int point = digits.IndexOf('.', StringComparison.Ordinal);
        int integerLength = point < 0 ? digits.Length : point;
        var builder = new StringBuilder();
        if (value < 0m)
        {
            builder.Append('-');
        }

        for (int i = 0; i < integerLength; i++)
        {
            if (i > 0 && (integerLength - i) % 3 == 0)
            {
                builder.Append('.');
            }

            builder.Append(digits[i]);
        }

        if (point >= 0)
        {
            builder.Append(',').Append(digits, point + 1, digits.Length - point - 1);
        }

        return builder.ToString();
    }
}
