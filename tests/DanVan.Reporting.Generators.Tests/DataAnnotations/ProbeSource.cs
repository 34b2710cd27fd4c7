using System.Globalization;
using CsCheck;

namespace DanVan.Reporting.Generators.Tests.DataAnnotations;

/// <summary>Which documented difference (docs/validation-differences.md) a value of a member falls in.</summary>
internal enum Difference
{
    /// <summary>None: the generated code and DataAnnotations must agree.</summary>
    None,

    /// <summary>Range(int, int) on another number type: DataAnnotations rounds the value to int (half to even) or throws.</summary>
    RoundsToInt32,

    /// <summary>Range(double, double) on a decimal: DataAnnotations rounds the value to double.</summary>
    RoundsToDouble,

    /// <summary>Range(typeof(T), …) on a member of another type: DataAnnotations rejects every value.</summary>
    OperandTypeMismatch,

    /// <summary>NaN or an infinity in a float or double member: the generated code reports not-finite.</summary>
    NotFinite,

    /// <summary>DataAnnotations stops at a failed [Required]; the generated code reports every broken rule.</summary>
    StopsAtRequired,
}

/// <summary>A member of the probe report: its values and, for a [Range] DataAnnotations reads inexactly, the exact answer.</summary>
internal sealed record ProbeMember(string Name, Gen<object?> Values, Func<object?, Difference> Classify, Func<object, bool>? ExactInRange = null)
{
    public Difference DifferenceFor(object? value) => value is null ? Difference.None : Classify(value);
}

/// <summary>The report the differential test compiles, and how each member's values are drawn.</summary>
internal static class ProbeSource
{
    /// <summary>Always null (CsCheck's Gen.Const takes no null).</summary>
    public static readonly Gen<object?> Null = Gen.Bool.Select(_ => (object?)null);

    public const string Text = """
        using System.Collections.Generic;
        using System.ComponentModel.DataAnnotations;
        using DanVan.Reporting;

        namespace Probe;

        [Report(Title = "đối chiếu với DataAnnotations", Period = PeriodKind.Year)]
        public partial class Report
        {
            public ReportPeriod Period { get; set; }

            [Range(0, 100, ErrorMessage = "range")]
            public int IntRange { get; set; }

            [Range(0, 100, MinimumIsExclusive = true, MaximumIsExclusive = true, ErrorMessage = "range")]
            public int? IntExclusive { get; set; }

            [Range(typeof(long), "-9007199254740993", "9007199254740993", ErrorMessage = "range")]
            public long LongBeyondDouble { get; set; }

            [Range(0, 100, ErrorMessage = "range")]
            public long LongIntBounds { get; set; }

            [Range(typeof(decimal), "0", "0.1234567890123456789", ErrorMessage = "range")]
            public decimal DecimalExact { get; set; }

            [Range(typeof(decimal), "-1.5", "1.5", MinimumIsExclusive = true, ErrorMessage = "range")]
            public decimal? DecimalExclusive { get; set; }

            [Range(0.5, 99.5, ErrorMessage = "range")]
            public decimal DecimalDoubleBounds { get; set; }

            [Range(0, 100, ErrorMessage = "range")]
            public decimal DecimalIntBounds { get; set; }

            [Range(typeof(decimal), "0", "100", ErrorMessage = "range")]
            public int IntDecimalBounds { get; set; }

            [Range(0.5, 99.5, ErrorMessage = "range")]
            public double DoubleRange { get; set; }

            [Range(0.5, 99.5, MinimumIsExclusive = true, MaximumIsExclusive = true, ErrorMessage = "range")]
            public double? DoubleExclusive { get; set; }

            [Range(0, 100, MaximumIsExclusive = true, ErrorMessage = "range")]
            public double DoubleIntBounds { get; set; }

            [Range(typeof(double), "-1.5", "1.5", ErrorMessage = "range")]
            public double DoubleTyped { get; set; }

            [Range(typeof(decimal), "0", "0.1", ErrorMessage = "range")]
            public double DoubleDecimalBounds { get; set; }

            [Range(0.1, 0.2, ErrorMessage = "range")]
            public float FloatRange { get; set; }

            public double DoubleFree { get; set; }

            [Required(ErrorMessage = "required")]
            public string? Text { get; set; }

            [Required(AllowEmptyStrings = true, ErrorMessage = "required")]
            public string? TextAllowEmpty { get; set; }

            [Required(ErrorMessage = "required"), StringLength(10, MinimumLength = 2, ErrorMessage = "string-length")]
            public string? TextLength { get; set; }

            [StringLength(5, ErrorMessage = "string-length")]
            public string? TextMax { get; set; }

            [MinLength(2, ErrorMessage = "min-length"), MaxLength(5, ErrorMessage = "max-length")]
            public string? TextMinMax { get; set; }

            [RegularExpression("[0-9]+", ErrorMessage = "pattern")]
            public string? Digits { get; set; }

            [RegularExpression("a|ab", MatchTimeoutInMilliseconds = 500, ErrorMessage = "pattern")]
            public string? Alternation { get; set; }

            [Required(ErrorMessage = "required"), RegularExpression("\\p{L}+( \\p{L}+)*", MatchTimeoutInMilliseconds = -1, ErrorMessage = "pattern")]
            public string? Words { get; set; }

            [Required(ErrorMessage = "required")]
            public int? RequiredInt { get; set; }

            [Required(ErrorMessage = "required"), MinLength(1, ErrorMessage = "min-length"), MaxLength(3, ErrorMessage = "max-length")]
            public List<string?>? Tasks { get; set; }

            [MaxLength(2, ErrorMessage = "max-length")]
            public string?[]? Codes { get; set; }

            [Required(ErrorMessage = "required")]
            public Item? Main { get; set; }

            [MinLength(1, ErrorMessage = "min-length"), MaxLength(4, ErrorMessage = "max-length")]
            public List<Item?>? Items { get; set; }
        }

        public sealed class Item
        {
            [Required(ErrorMessage = "required"), StringLength(8, MinimumLength = 1, ErrorMessage = "string-length")]
            public string? Name { get; set; }

            [Range(0, 10, ErrorMessage = "range")]
            public int Count { get; set; }

            [Range(typeof(decimal), "0", "0.5", MaximumIsExclusive = true, ErrorMessage = "range")]
            public decimal Share { get; set; }

            [Range(-1.0, 1.0, ErrorMessage = "range")]
            public double? Ratio { get; set; }

            [RegularExpression("[A-Z]{2}[0-9]{2}", ErrorMessage = "pattern")]
            public string? Code { get; set; }
        }
        """;

    private static readonly Gen<object?> s_int = Gen.OneOf(
        Gen.Int[-3, 103],
        Gen.OneOf(int.MinValue, int.MaxValue, -1, 0, 1, 99, 100, 101)).Select(i => (object?)i);

    private static readonly Gen<object?> s_long = Gen.OneOf(
        Gen.Long[-3, 103],
        Gen.Long,
        Gen.OneOf(long.MinValue, long.MaxValue, 9007199254740992L, 9007199254740993L, 9007199254740994L, -9007199254740993L,
            -9007199254740994L, int.MaxValue + 1L, int.MinValue - 1L)).Select(l => (object?)l);

    private static readonly Gen<object?> s_decimal = Gen.OneOf(
        Gen.Long[-2_000_000_000_000L, 2_000_000_000_000L].Select(l => l / 10_000_000_000m),
        Gen.Int[-4, 404].Select(i => i / 4m),
        Gen.OneOf(
            0m, 100m, 100.5m, 100.4m, 100.6m, 99.5m, 0.5m, -0.5m, -0.4m, 0.49999999999999999999m, 0.50000000000000000001m,
            99.50000000000000000001m, 99.49999999999999999999m, 0.1234567890123456789m, 0.123456789012346m, 0.12345678901234567891m,
            0.1234567890123456788m, 1.5m, -1.5m, -1.4999999999999999999999999999m, 1.5000000000000000000000000001m,
            2147483647.5m, 2147483648m, -2147483648.5m, decimal.MaxValue, decimal.MinValue)).Select(d => (object?)d);

    private static readonly Gen<double> s_doubles = Gen.OneOf(
        Gen.Double[-200, 200],
        Gen.Double,
        Gen.OneOf(
            double.NaN, double.PositiveInfinity, double.NegativeInfinity, -0.0, 0.0, 0.5, Math.BitDecrement(0.5), Math.BitIncrement(0.5),
            99.5, Math.BitDecrement(99.5), Math.BitIncrement(99.5), 100, Math.BitDecrement(100), 100.5, 100.4, 99.6, -0.5, 0.1,
            Math.BitIncrement(0.1), Math.BitDecrement(0.1), 1.5, -1.5, Math.BitIncrement(1.5), Math.BitDecrement(-1.5), 1, -1,
            Math.BitIncrement(1.0), 2147483647.5, 2147483648.0, -2147483649.0, double.MaxValue, double.MinValue, double.Epsilon,
            -double.Epsilon));

    private static readonly Gen<object?> s_double = s_doubles.Select(d => (object?)d);

    private static readonly Gen<object?> s_float = Gen.OneOf(
        Gen.Single[0f, 0.3f],
        Gen.OneOf(0.1f, 0.2f, MathF.BitIncrement(0.1f), MathF.BitDecrement(0.1f), MathF.BitIncrement(0.2f), float.NaN,
            float.PositiveInfinity, float.MaxValue, -0f)).Select(f => (object?)f);

    private static readonly Gen<string?> s_text = Gen.OneOf(
        Gen.Char["ab0129 AZ\u00a0"].Array[0, 12].Select(chars => (string?)new string(chars)),
        Gen.Char[' ', '~'].Array[0, 8].Select(chars => (string?)new string(chars)),
        Gen.OneOf<string?>(
            null, "", " ", "  ", "\u00a0", "\t", "\n", "a", "ab", "abc", "abcde", "abcdef", "0123456789", "0123456789a", "12", "12a", "a1",
            "\U0001F600", "\U0001F600\U0001F600\U0001F600", "e\u0301", "Nguye\u0302\u0303n", "Nguyễn Văn A", "Trần  Thị", "ÁBC\r\nD",
            "\uff11\uff12", "\u0661\u0662", "AB12", "ab12", "AB123", new string('x', 100_000), new string('7', 100_000)));

    private static readonly Gen<object?> s_textValue = s_text.Select(t => (object?)t);

    private static readonly Gen<object?> s_textList = Gen.Frequency(
        (1, Null),
        (5, s_text.Array[0, 5].Select(array => (object?)new List<string?>(array))));

    private static readonly Gen<object?> s_textArray = Gen.Frequency(
        (1, Null),
        (5, s_text.Array[0, 4].Select(array => (object?)array)));

    public static IReadOnlyList<ProbeMember> ReportMembers { get; } =
    [
        new("IntRange", s_int, _ => Difference.None),
        new("IntExclusive", Nullable(s_int), _ => Difference.None),
        new("LongBeyondDouble", s_long, _ => Difference.None),
        new("LongIntBounds", s_long, RoundsToInt32, v => (long)v is >= 0 and <= 100),
        new("DecimalExact", s_decimal, _ => Difference.None),
        new("DecimalExclusive", Nullable(s_decimal), _ => Difference.None),
        new("DecimalDoubleBounds", s_decimal, RoundsToDouble, v => (decimal)v is >= 0.5m and <= 99.5m),
        new("DecimalIntBounds", s_decimal, RoundsToInt32, v => (decimal)v is >= 0m and <= 100m),
        new("IntDecimalBounds", s_int, _ => Difference.OperandTypeMismatch, v => (int)v is >= 0 and <= 100),
        new("DoubleRange", s_double, FiniteOnly),
        new("DoubleExclusive", Nullable(s_double), FiniteOnly),
        new("DoubleIntBounds", s_double, v => FiniteOnly(v) == Difference.NotFinite ? Difference.NotFinite : RoundsToInt32(v), v => (double)v is >= 0 and < 100),
        new("DoubleTyped", s_double, FiniteOnly),
        new("DoubleDecimalBounds", s_double, v => FiniteOnly(v) == Difference.NotFinite ? Difference.NotFinite : Difference.OperandTypeMismatch, v => (double)v is >= 0 and <= 0.1),
        new("FloatRange", s_float, FiniteOnly),
        new("DoubleFree", s_double, FiniteOnly),
        new("Text", s_textValue, _ => Difference.None),
        new("TextAllowEmpty", s_textValue, _ => Difference.None),
        new("TextLength", s_textValue, _ => Difference.StopsAtRequired),
        new("TextMax", s_textValue, _ => Difference.None),
        new("TextMinMax", s_textValue, _ => Difference.None),
        new("Digits", s_textValue, _ => Difference.None),
        new("Alternation", s_textValue, _ => Difference.None),
        new("Words", s_textValue, _ => Difference.StopsAtRequired),
        new("RequiredInt", Nullable(s_int), _ => Difference.None),
        new("Tasks", s_textList, _ => Difference.StopsAtRequired),
        new("Codes", s_textArray, _ => Difference.None),
    ];

    // Main and Items are drawn by the test (they hold instances of the compiled Item type) and compared like the others.
    public static IReadOnlyList<ProbeMember> ItemMembers { get; } =
    [
        new("Name", s_textValue, _ => Difference.StopsAtRequired),
        new("Count", s_int, _ => Difference.None),
        new("Share", s_decimal, _ => Difference.None),
        new("Ratio", Nullable(s_double), FiniteOnly),
        new("Code", s_textValue, _ => Difference.None),
    ];

    /// <summary>Members the test draws itself (they hold instances of the compiled Item type).</summary>
    public static IReadOnlyList<ProbeMember> DrawnByTheTest { get; } =
    [
        new("Main", Null, _ => Difference.StopsAtRequired),
        new("Items", Null, _ => Difference.None),
    ];

    private static Gen<object?> Nullable(Gen<object?> values) => Gen.Frequency((1, Null), (6, values));

    private static Difference FiniteOnly(object? value) =>
        value is double d && !double.IsFinite(d) || value is float f && !float.IsFinite(f) ? Difference.NotFinite : Difference.None;

    // Convert.ToInt32 is what RangeAttribute(int, int) applies to the value: it rounds half to even and throws beyond int.
    private static Difference RoundsToInt32(object? value)
    {
        try
        {
            int converted = Convert.ToInt32(value, CultureInfo.InvariantCulture);
            bool exact = value switch
            {
                long l => l == converted,
                decimal m => m == converted,
                double d => d == converted,
                _ => true,
            };
            return exact ? Difference.None : Difference.RoundsToInt32;
        }
        catch (OverflowException)
        {
            return Difference.RoundsToInt32;
        }
    }

    // RangeAttribute(double, double) converts a decimal with Convert.ToDouble; when that double is not the decimal
    // itself (read as its shortest round-trip form), DataAnnotations compares another number.
    private static Difference RoundsToDouble(object? value)
    {
        decimal number = (decimal)value!;
        double converted = Convert.ToDouble(number, CultureInfo.InvariantCulture);
        bool exact = decimal.TryParse(converted.ToString("R", CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture, out decimal back)
            && back == number;
        return exact ? Difference.None : Difference.RoundsToDouble;
    }
}
