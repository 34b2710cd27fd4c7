using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;

namespace DanVan.Reporting.Generators.Tests.DataAnnotations;

/// <summary>
/// Each difference docs/validation-differences.md documents, shown on both sides: what DataAnnotations' Validator does
/// and what the generated Validate() does instead. And the fixes the differential test found, one test each.
/// </summary>
public class DocumentedDifferenceTests
{
    private static readonly Lazy<Assembly> s_assembly = new(() => GeneratorHarness.CompileAndLoad("""
        using System.ComponentModel.DataAnnotations;
        using DanVan.Reporting;

        namespace Probe;

        [Report(Title = "khác biệt", Period = PeriodKind.Year)]
        public partial class Report
        {
            public ReportPeriod Period { get; set; }

            [Range(0, 100)]
            public decimal Rounded { get; set; }

            [Range(0, 100)]
            public long Overflowing { get; set; }

            [Range(0, 100)]
            public double NotFinite { get; set; }

            [Range(typeof(decimal), "0", "1.5")]
            public decimal CultureBound { get; set; } = 1;

            [RegularExpression("^(\\w+\\s?)*$", MatchTimeoutInMilliseconds = 1)]
            public string? Slow { get; set; }

            [RegularExpression("[0-9]+", MatchTimeoutInMilliseconds = 500)]
            public string? Short { get; set; }

            [RegularExpression("[0-9]+", MatchTimeoutInMilliseconds = 10000)]
            public string? Long { get; set; }

            [RegularExpression("[0-9]+", MatchTimeoutInMilliseconds = -1)]
            public string? Unlimited { get; set; }

            [RegularExpression("[A-Z]+")]
            public string? Default { get; set; }

            [Range(0, 100, MinimumIsExclusive = true, MaximumIsExclusive = true)]
            public int Exclusive { get; set; } = 50;

            [Range(typeof(decimal), "0", "0.1234567890123456789")]
            public decimal Precise { get; set; }

            [Range(typeof(long), "0", "9007199254740993")]
            public long Big { get; set; }
        }
        """));

    [Fact]
    public void RangeInt32OnDecimal_DataAnnotationsRoundsHalfToEven_GeneratedComparesExactly()
    {
        object report = New(("Rounded", 100.5m));

        Assert.Empty(DataAnnotations(report, "Rounded"));
        Assert.Equal([("Rounded", ValidationCodes.Range)], Generated(report));
    }

    [Fact]
    public void RangeInt32OnLong_DataAnnotationsThrows_GeneratedReportsRange()
    {
        object report = New(("Overflowing", 5_000_000_000L));

        Assert.Throws<OverflowException>(() => DataAnnotations(report, "Overflowing"));
        Assert.Equal([("Overflowing", ValidationCodes.Range)], Generated(report));
    }

    [Fact]
    public void NaN_DataAnnotationsThrows_GeneratedReportsNotFiniteWithTheRange()
    {
        object report = New(("NotFinite", double.NaN));

        Assert.Throws<OverflowException>(() => DataAnnotations(report, "NotFinite"));
        ValidationError error = Assert.Single(((IReport)report).Validate().Errors);
        Assert.Equal((ValidationCodes.NotFinite, "«NotFinite» phải là một số hữu hạn từ 0 đến 100; giá trị nhận được: NaN."), (error.Code, error.Message));
    }

    [Fact]
    public void TypedBounds_UnderVietnameseCulture_DataAnnotationsThrows_GeneratedReadsThemInvariantly()
    {
        object report = New(("CultureBound", 1.2m));
        CultureInfo previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("vi-VN");
            Assert.ThrowsAny<ArgumentException>(() => DataAnnotations(report, "CultureBound"));
            Assert.Empty(Generated(report));
            Assert.Equal([("CultureBound", ValidationCodes.Range)], Generated(New(("CultureBound", 1.6m))));
        }
        catch (CultureNotFoundException)
        {
            // Invariant globalization: vi-VN does not exist, and the generated code does not need it.
            Assert.Empty(Generated(report));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void MatchTimeout_DataAnnotationsThrows_GeneratedReportsPattern()
    {
        object report = New(("Slow", new string('a', 40) + "!"));

        Assert.Throws<RegexMatchTimeoutException>(() => DataAnnotations(report, "Slow"));
        Assert.Equal([("Slow", ValidationCodes.Pattern)], Generated(report));
    }

    [Fact]
    public void MatchTimeout_EachMemberKeepsItsOwn_DefaultIsDataAnnotations2Seconds()
    {
        Type type = s_assembly.Value.GetType("Probe.Report", throwOnError: true)!;
        Regex[] patterns = [.. type.GetFields(BindingFlags.NonPublic | BindingFlags.Static).Where(f => f.FieldType == typeof(Regex)).Select(f => (Regex)f.GetValue(null)!)];

        Assert.Equal(
            ["^(\\w+\\s?)*$ 1", "[0-9]+ 500", "[0-9]+ 10000", "[0-9]+ " + Regex.InfiniteMatchTimeout.TotalMilliseconds.ToString(CultureInfo.InvariantCulture), "[A-Z]+ 2000"],
            patterns.Select(r => r + " " + r.MatchTimeout.TotalMilliseconds.ToString(CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Pattern_EmptyText_PassesAsInDataAnnotations()
    {
        object report = New(("Short", string.Empty), ("Default", string.Empty));

        Assert.Empty(DataAnnotations(report, "Short"));
        Assert.Empty(Generated(report));
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(99, true)]
    [InlineData(100, false)]
    public void ExclusiveBounds_AreHonoured(int value, bool valid)
    {
        object report = New(("Exclusive", value));

        Assert.Equal(valid, DataAnnotations(report, "Exclusive").Count == 0);
        Assert.Equal(valid, Generated(report).Count == 0);
    }

    [Theory]
    [InlineData("0.1234567890123456789", true)]
    [InlineData("0.12345678901234567891", false)]
    [InlineData("0.123456789012346", false)] // the bound rounded through double, which used to pass
    public void DecimalBound_KeepsEveryDigit(string value, bool valid)
    {
        object report = New(("Precise", decimal.Parse(value, CultureInfo.InvariantCulture)));

        Assert.Equal(valid, DataAnnotations(report, "Precise").Count == 0);
        Assert.Equal(valid, Generated(report).Count == 0);
    }

    [Theory]
    [InlineData(9007199254740993L, true)]
    [InlineData(9007199254740994L, false)]
    public void LongBoundAbove2Pow53_IsExact(long value, bool valid)
    {
        object report = New(("Big", value));

        Assert.Equal(valid, DataAnnotations(report, "Big").Count == 0);
        Assert.Equal(valid, Generated(report).Count == 0);
    }

    private static object New(params (string Name, object? Value)[] values)
    {
        Type type = s_assembly.Value.GetType("Probe.Report", throwOnError: true)!;
        object report = Activator.CreateInstance(type)!;
        type.GetProperty("Period")!.SetValue(report, ReportPeriod.Year(2024));
        foreach ((string name, object? value) in values)
        {
            type.GetProperty(name)!.SetValue(report, value);
        }

        return report;
    }

    private static List<ValidationResult> DataAnnotations(object report, string member)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateProperty(report.GetType().GetProperty(member)!.GetValue(report), new ValidationContext(report) { MemberName = member }, results);
        return results;
    }

    private static List<(string Path, string Code)> Generated(object report) =>
        [.. ((IReport)report).Validate().Errors.Select(e => (e.Path, e.Code))];
}
