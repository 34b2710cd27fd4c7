namespace DanVan.Cli.Tests;

/// <summary>lunar and workdays add, run through the built tool.</summary>
public sealed class CalendarCommandTests
{
    [Theory]
    [InlineData("2025-01-29", "mùng 1 tháng Giêng năm Ất Tỵ")] // Tết Ất Tỵ
    [InlineData("2024-02-10", "mùng 1 tháng Giêng năm Giáp Thìn")] // Tết Giáp Thìn
    [InlineData("2024-09-17", "rằm tháng Tám năm Giáp Thìn")] // Trung thu 2024
    public void Lunar_PrintsTheVietnameseLunarDate(string solar, string expected)
    {
        Danvan.Result result = Danvan.Run("lunar", solar);
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(expected + "\n", result.Output);
    }

    [Theory]
    [InlineData("2025-13-01")]
    [InlineData("29/01/2025")]
    [InlineData("1899-12-31")]
    public void Lunar_BadOrUnsupportedDate_IsAUsageErrorNamingTheValue(string solar)
    {
        Danvan.Result result = Danvan.Run("lunar", solar);
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Output);
        Assert.StartsWith("danvan lunar: " + solar + ": usage: ", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2024-06-14", "1", "2024-06-17")] // Friday → Monday (the start day is not counted)
    [InlineData("2024-04-29", "1", "2024-05-02")] // over 30/4 and 1/5 (Bộ luật Lao động 2019, Điều 112)
    [InlineData("2024-06-17", "-1", "2024-06-14")]
    [InlineData("2024-06-14", "0", "2024-06-14")]
    public void WorkdaysAdd_SkipsWeekendsAndHolidays(string start, string days, string expected)
    {
        Danvan.Result result = Danvan.Run("workdays", "add", start, days);
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(expected + "\n", result.Output);
    }

    [Fact]
    public void WorkdaysAdd_CountOutOfRange_NamesTheValueAndTheRange()
    {
        Danvan.Result result = Danvan.Run("workdays", "add", "2024-06-14", "200000");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("200000", result.Error, StringComparison.Ordinal);
        Assert.Contains("100000", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Parameter", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void WorkdaysAdd_NotANumber_IsAUsageError()
    {
        Danvan.Result result = Danvan.Run("workdays", "add", "2024-06-14", "ba");
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("danvan: -: usage: ", result.Error, StringComparison.Ordinal);
    }
}
