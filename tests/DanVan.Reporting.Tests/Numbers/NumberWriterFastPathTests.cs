using System.Globalization;
using CsCheck;
using DanVan.Reporting.Rendering;

namespace DanVan.Reporting.Tests.Numbers;

/// <summary>
/// The fast paths of <see cref="VietnameseNumberWriter"/> (a mantissa that fits a <see cref="ulong"/>, written and
/// rounded on that integer; integers written straight) give exactly what the general 96-bit writer gives, and what
/// invariant "F" formatting with Vietnamese separators gives, for every value: all scales, signs, zeros (negative
/// zero too), the <see cref="ulong"/> boundary of the mantissa and the largest decimals.
/// </summary>
public sealed class NumberWriterFastPathTests
{
    /// <summary>Mantissas near the edges the fast path cares about: 0, small, powers of ten, 2⁶³, 2⁶⁴ − 1, just past 2⁶⁴, the largest.</summary>
    private static readonly Gen<(ulong Low, uint High)> s_edgeMantissa = Gen.OneOf(
        Gen.Const((0UL, 0u)),
        Gen.ULong[0, 10_000].Select(low => (low, 0u)),
        Gen.Int[0, 19].Select(power => (Pow10(power), 0u)),
        Gen.Int[0, 19].SelectMany(power => Gen.Int[-3, 3].Select(delta => (unchecked(Pow10(power) + (ulong)(long)delta), 0u))),
        Gen.ULong[0, 1000].Select(delta => (ulong.MaxValue - delta, 0u)),
        Gen.ULong[0, 1000].Select(delta => ((1UL << 63) + delta - 500, 0u)),
        Gen.ULong[0, 1000].Select(low => (low, 1u)),
        Gen.ULong.Select(low => (low, uint.MaxValue)),
        Gen.ULong.Select(low => (low, 0u)),
        Gen.Select(Gen.ULong, Gen.UInt));

    /// <summary>Any decimal: CsCheck's, and ones built from the edge mantissas with every scale and both signs.</summary>
    private static readonly Gen<decimal> s_decimal = Gen.OneOf(
        Gen.Decimal,
        Gen.Select(s_edgeMantissa, Gen.Bool, Gen.Byte[0, 28]).Select((mantissa, negative, scale) =>
            new decimal(unchecked((int)(uint)mantissa.Low), unchecked((int)(uint)(mantissa.Low >> 32)), unchecked((int)mantissa.High), negative, scale)),
        Gen.Long.Select(value => (decimal)value),
        Gen.Int.Select(value => (decimal)value));

    private static readonly Gen<long> s_long = Gen.OneOf(
        Gen.Long,
        Gen.Int.Select(value => (long)value),
        Gen.Long[-10_000, 10_000],
        Gen.Int[0, 18].SelectMany(power => Gen.Int[-2, 2].Select(delta => (long)Pow10(power) + delta)),
        Gen.Int[0, 5].Select(i => new[] { long.MinValue, long.MinValue + 1, long.MaxValue, long.MaxValue - 1, 0L, -1L }[i]));

    [Fact]
    public void WriteExact_AnyDecimal_SameAsGeneralWriterAndOracle() =>
        s_decimal.Sample(value =>
        {
            int decimals = ReferenceSignificantDecimals(value);
            string general = General(value, decimals);
            Assert.Equal(general, Write((text) => VietnameseNumberWriter.WriteExact(value, text)));
            Assert.Equal(NumberOracle.Format(value, decimals), general);
            Assert.Equal(decimals, VietnameseNumberWriter.SignificantDecimals(value));
            Assert.Equal(general, VietnameseNumbers.FormatExact(value));
        }, iter: 20_000);

    [Fact]
    public void WriteRounded_AnyDecimalAndPlaces_SameAsRoundThenGeneralWriterAndOracle() =>
        Gen.Select(s_decimal, Gen.Int[0, 28]).Sample((value, decimals) =>
        {
            decimal rounded = decimal.Round(value, decimals, MidpointRounding.AwayFromZero);
            string general = General(rounded, decimals);
            Assert.Equal(general, Write(text => VietnameseNumberWriter.WriteRounded(value, decimals, text)));
            Assert.Equal(NumberOracle.Format(rounded, decimals), general);
            Assert.Equal(general, Write(text => VietnameseNumberWriter.Write(rounded, decimals, text)));
            if (decimals <= 10)
            {
                Assert.Equal(general, VietnameseNumbers.Format(value, decimals));
                Assert.Equal(general + "%", VietnameseNumbers.FormatPercent(value, decimals));
            }
        }, iter: 20_000);

    [Fact]
    public void Write_MoreDigitsThanDecimals_DropsThemAsTheGeneralWriterDoes() =>
        Gen.Select(s_decimal, Gen.Int[0, 28]).Sample((value, decimals) =>
            Assert.Equal(General(value, decimals), Write(text => VietnameseNumberWriter.Write(value, decimals, text))), iter: 5_000);

    [Fact]
    public void WriteInteger_AnyLong_SameAsTheDecimalPath() =>
        s_long.Sample(value =>
        {
            string expected = VietnameseNumbers.FormatExact(value);
            Assert.Equal(expected, Write(text => VietnameseNumberWriter.WriteInteger(value, text)));
            Assert.Equal(NumberOracle.Format(value, 0), expected);
        }, iter: 20_000);

    [Theory]
    [InlineData(long.MinValue, "-9.223.372.036.854.775.808")]
    [InlineData(long.MaxValue, "9.223.372.036.854.775.807")]
    [InlineData(-1000L, "-1.000")]
    [InlineData(999L, "999")]
    [InlineData(0L, "0")]
    public void WriteInteger_Edges(long value, string expected) =>
        Assert.Equal(expected, Write(text => VietnameseNumberWriter.WriteInteger(value, text)));

    [Theory]
    [InlineData("18446744073709551615", 0, "18.446.744.073.709.551.615")] // the largest fast-path mantissa
    [InlineData("18446744073709551616", 0, "18.446.744.073.709.551.616")] // the first beyond it
    [InlineData("1844674407370955161.5", 0, "1.844.674.407.370.955.162")] // rounds up on the largest mantissa
    [InlineData("-0.0000000000000000000000000005", 2, "0,00")]
    [InlineData("0.5000000000000000000", 0, "1")] // 19 dropped digits, half exactly
    [InlineData("0.4999999999999999999", 0, "0")]
    [InlineData("0.18446744073709551615", 0, "0")] // 20 dropped digits: below half whatever they are
    [InlineData("0.0000000000000000000000000009", 2, "0,00")] // 26 dropped digits
    [InlineData("-999999999999999999.5", 0, "-1.000.000.000.000.000.000")] // the carry adds a digit
    public void WriteRounded_Edges(string value, int decimals, string expected) =>
        Assert.Equal(expected, Write(text => VietnameseNumberWriter.WriteRounded(decimal.Parse(value, CultureInfo.InvariantCulture), decimals, text)));

    [Theory]
    [InlineData("-0.00", "0")]
    [InlineData("3000.00", "3.000")]
    [InlineData("1250000.50", "1.250.000,5")]
    [InlineData("0.0000000000000000000000000001", "0,0000000000000000000000000001")]
    [InlineData("-79228162514264337593543950335", "-79.228.162.514.264.337.593.543.950.335")]
    public void WriteExact_Edges(string value, string expected) =>
        Assert.Equal(expected, Write(text => VietnameseNumberWriter.WriteExact(decimal.Parse(value, CultureInfo.InvariantCulture), text)));

    [Fact]
    public void IntegerRenderOverloads_AnyLongAndUnit_SameOutputAsTheDecimalOverloads() =>
        Gen.Select(s_long, Gen.OneOf(Gen.Const(""), Gen.Const("ha"), Gen.Const("hộ gia đình"), Gen.Const(new string('x', 70)), Gen.Const(" a\nb ")), Gen.Int[-2, 12]).Sample((value, unit, decimals) =>
        {
            string viaLong = Render(writer =>
            {
                FieldFormatting.WriteNumber(writer, "Số", value);
                FieldFormatting.WriteQuantity(writer, "Diện tích", value, unit);
                FieldFormatting.WritePercent(writer, "Tỷ lệ", value, decimals);
                FieldFormatting.WriteMoney(writer, "Kinh phí", value);
            });
            string viaDecimal = Render(writer =>
            {
                FieldFormatting.WriteNumber(writer, "Số", (decimal)value);
                FieldFormatting.WriteQuantity(writer, "Diện tích", (decimal)value, unit);
                FieldFormatting.WritePercent(writer, "Tỷ lệ", (decimal)value, decimals);
                FieldFormatting.WriteMoney(writer, "Kinh phí", (decimal)value);
            });
            Assert.Equal(viaDecimal, viaLong);
            Assert.Contains(VietnameseNumbers.FormatExact(value), viaLong, StringComparison.Ordinal);
        }, iter: 2_000);

    /// <summary>The significant decimals the way they were counted before the fast path: decimal.Round until the value changes.</summary>
    private static int ReferenceSignificantDecimals(decimal value)
    {
        int decimals = value.Scale;
        while (decimals > 0 && decimal.Round(value, decimals - 1) == value)
        {
            decimals--;
        }

        return decimals;
    }

    private static string General(decimal value, int decimals) => Write(text => VietnameseNumberWriter.WriteGeneral(value, decimals, text));

    private static string Write(WriteInto write)
    {
        // Filled with a marker first: a writer that left a hole inside its length would show it.
        Span<char> text = stackalloc char[VietnameseNumberWriter.MaxLength];
        text.Fill('#');
        string written = new(text[..write(text)]);
        Assert.DoesNotContain('#', written);
        return written;
    }

    private static string Render(Action<IReportWriter> values)
    {
        var output = new StringWriter(CultureInfo.InvariantCulture);
        var writer = new HtmlReportWriter(output);
        writer.BeginReport(new ReportHeading("giao ban công tác dân vận", ReportPeriod.Quarter(2024, 2)));
        values(writer);
        writer.EndReport();
        return output.ToString();
    }

    private static ulong Pow10(int power)
    {
        ulong result = 1;
        for (int i = 0; i < power; i++)
        {
            result *= 10;
        }

        return result;
    }

    private delegate int WriteInto(Span<char> text);
}
