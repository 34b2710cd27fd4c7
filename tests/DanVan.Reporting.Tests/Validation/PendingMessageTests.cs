using CsCheck;
using DanVan.Reporting.Internal;
using DanVan.Reporting.Validation;

namespace DanVan.Reporting.Tests.Validation;

/// <summary>A message written on first read is the start, the value exactly as the runtime writes numbers, and the end.</summary>
public class PendingMessageTests
{
    [Fact]
    public void Number_AnyDecimal_IsWrittenAsFormatExact() =>
        Gen.OneOf(Gen.Decimal, Gen.Long.Select(l => (decimal)l), Gen.Int.Select(i => (decimal)i), Gen.Decimal[-1_000_000m, 1_000_000m])
            .Sample(value => Assert.Equal("«a» b: " + VietnameseNumbers.FormatExact(value) + ".", PendingMessage.Number("«a» b: ", value, ".").Write()));

    [Theory]
    [InlineData("0")]
    [InlineData("-0")]
    [InlineData("9223372036854775807")]
    [InlineData("-9223372036854775807")]
    [InlineData("-9223372036854775808")]
    [InlineData("9223372036854775808")]
    [InlineData("450000")]
    [InlineData("450000.00")]
    [InlineData("136.240")]
    public void Number_EdgeValues_AreWrittenAsFormatExact(string invariant)
    {
        decimal value = decimal.Parse(invariant, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal("x" + VietnameseNumbers.FormatExact(value) + "y", PendingMessage.Number("x", value, "y").Write());
    }

    [Fact]
    public void FloatingPoint_AnyDouble_IsWrittenWithItsShortestDigits() =>
        Gen.Double.Sample(value => Assert.Equal("x" + ShortestNumber.Format(value) + "y", PendingMessage.FloatingPoint("x", value, "y").Write()));

    [Fact]
    public void Default_WritesNoMessage() => Assert.Null(default(PendingMessage).Write());
}
