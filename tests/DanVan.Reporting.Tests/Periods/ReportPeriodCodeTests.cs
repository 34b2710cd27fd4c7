using CsCheck;
using DanVan.Reporting;

namespace DanVan.Reporting.Tests.Periods;

/// <summary>The code form of periods ("2024-Q2"), used by JSON and the command line.</summary>
public class ReportPeriodCodeTests
{
    [Theory]
    [InlineData("2024-07", "tháng 7 năm 2024")]
    [InlineData("2024-Q2", "quý II năm 2024")]
    [InlineData("2024-H1", "6 tháng đầu năm 2024")]
    [InlineData("2024-H2", "6 tháng cuối năm 2024")]
    [InlineData("2024-9M", "9 tháng đầu năm 2024")]
    [InlineData("2024", "năm 2024")]
    [InlineData("2020-2025", "nhiệm kỳ 2020 - 2025")]
    public void Codes_OfTheContract_ReadAndWrite(string code, string text)
    {
        ReportPeriod period = ReportPeriod.ParseCode(code);

        Assert.Equal(text, period.ToString());
        Assert.Equal(code, period.ToCode());
    }

    [Theory]
    [InlineData("2024-13")]
    [InlineData("2024-Q5")]
    [InlineData("2024-H3")]
    [InlineData("1899")]
    [InlineData("2024-2024")]
    [InlineData("2000-2030")]
    [InlineData("24-Q2")]
    [InlineData("quý II năm 2024")]
    public void NotCodes_AreRejected_WithTheFormsListed(string code)
    {
        Assert.False(ReportPeriod.TryParseCode(code, out _));
        FormatException error = Assert.Throws<FormatException>(() => ReportPeriod.ParseCode(code));
        Assert.Contains("2024-Q2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Code_RoundTrips_ForEveryPeriod() =>
        PeriodGenerators.Period.Sample(period => ReportPeriod.ParseCode(period.ToCode()) == period && ReportPeriod.ParseCode(period.ToCode().ToLowerInvariant()) == period, iter: 20_000);
}
