using System.Globalization;

namespace DanVan.Reporting.Generators.Model;

/// <summary>
/// A [Range] bound in the type it was written in: <c>Range(int, int)</c> gives <see cref="BoundType.Int32"/>,
/// <c>Range(double, double)</c> <see cref="BoundType.Double"/>, <c>Range(typeof(T), "…", "…")</c> the integer,
/// decimal or floating-point type T. Integers (every integer type) are kept in <see cref="Integer"/>, decimals in
/// <see cref="Decimal"/> and never pass through double, so a bound keeps its exact value.
/// </summary>
/// <param name="Type">Which field holds the value.</param>
/// <param name="Integer">The value of an integer bound (a <c>ulong</c> above long's range is a decimal bound).</param>
/// <param name="Double">The value of a double or float bound (a float widened exactly); never NaN.</param>
/// <param name="Decimal">The value of a decimal bound, without trailing zeros.</param>
internal readonly record struct RangeBound(BoundType Type, long Integer, double Double, decimal Decimal)
{
    public static RangeBound FromInt32(int value) => new(BoundType.Int32, value, 0, 0m);

    public static RangeBound FromInt64(long value) => new(BoundType.Int64, value, 0, 0m);

    public static RangeBound FromDouble(double value) => new(BoundType.Double, 0, value, 0m);

    // Trailing zeros are dropped so that "1.0" and "1.00" give equal models and the same generated code.
    public static RangeBound FromDecimal(decimal value) => new(BoundType.Decimal, 0, 0, value / 1.000000000000000000000000000000000m);

    /// <summary>Whether the bound is an integer or a decimal (exact in <see cref="decimal"/>).</summary>
    public bool IsExactInDecimal => Type != BoundType.Double;

    /// <summary>The bound as a decimal, for integer and decimal bounds.</summary>
    public decimal AsDecimal => Type == BoundType.Decimal ? Decimal : Integer;

    /// <summary>
    /// The bound as a member compared in decimal (an integer or decimal member) reads it: integers and decimals exactly;
    /// a double as the decimal of its shortest round-trip form, which is what was written in the source ("0.1" for the
    /// double nearest 0.1). A double beyond decimal's range (±∞, 1E+300) is <see cref="DecimalReading.Below"/> or
    /// <see cref="DecimalReading.Above"/> every decimal; one with more digits than a decimal holds (1E-30) is
    /// <see cref="DecimalReading.Inexact"/>.
    /// </summary>
    public DecimalReading ReadAsDecimal(out decimal value)
    {
        value = 0m;
        if (Type != BoundType.Double)
        {
            value = AsDecimal;
            return DecimalReading.Exact;
        }

        if (Double < -7.9228162514264337593543950335e28)
        {
            return DecimalReading.Below;
        }

        if (Double > 7.9228162514264337593543950335e28)
        {
            return DecimalReading.Above;
        }

        string shortest = Double.ToString("R", CultureInfo.InvariantCulture);
        if (decimal.TryParse(shortest, NumberStyles.Float, CultureInfo.InvariantCulture, out decimal parsed)
            && double.Parse(parsed.ToString(CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture) == Double)
        {
            value = parsed / 1.000000000000000000000000000000000m;
            return DecimalReading.Exact;
        }

        return DecimalReading.Inexact;
    }
}

/// <summary>How a double bound reads as a decimal (<see cref="RangeBound.ReadAsDecimal"/>).</summary>
internal enum DecimalReading
{
    Exact,
    Below,
    Above,
    Inexact,
}

/// <summary>The type a [Range] bound was written in.</summary>
internal enum BoundType
{
    Int32,
    Int64,
    Double,
    Decimal,
}
