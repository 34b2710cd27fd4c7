using System.Reflection;

namespace DanVan.Reporting.Generators.Tests.Diagnostics;

/// <summary>Generated Validate() and WriteTo() never throw, whatever the values: nulls, extremes, NaN, huge texts.</summary>
public class NeverThrowTests
{
    private static readonly Lazy<Assembly> s_reports = new(() => GeneratorHarness.CompileAndLoad(Source));

    [Theory]
    [InlineData("AllNull")]
    [InlineData("DecimalMaximum")]
    [InlineData("DecimalMinimum")]
    [InlineData("NaN")]
    [InlineData("PositiveInfinity")]
    [InlineData("NegativeInfinity")]
    [InlineData("HugeText")]
    [InlineData("EmptyLists")]
    [InlineData("NullItems")]
    [InlineData("DefaultPeriod")]
    public void ValidateAndWriteTo_AnyValue_DoNotThrow(string factory)
    {
        IReport report = GeneratorHarness.Call<IReport>(s_reports.Value, "Reports.Factory", factory);

        ReportValidationResult result = report.Validate();
        var writer = new RecordingWriter();
        report.WriteTo(writer);

        // Every one of these values breaks a rule: each error names a member, a code and a message, and the rendering
        // still runs from the first call to the last.
        Assert.False(result.IsValid, factory);
        Assert.All(result.Errors, error =>
        {
            Assert.False(string.IsNullOrWhiteSpace(error.Path));
            Assert.False(string.IsNullOrWhiteSpace(error.Code));
            Assert.False(string.IsNullOrWhiteSpace(error.Message));
        });
        Assert.StartsWith("BeginReport(", writer.Calls[0], StringComparison.Ordinal);
        Assert.Equal("EndReport()", writer.Calls[^1]);
    }

    [Fact]
    public void Validate_AllNull_ReportsEveryRequiredMember()
    {
        IReport report = GeneratorHarness.Call<IReport>(s_reports.Value, "Reports.Factory", "AllNull");

        ReportValidationResult result = report.Validate();

        Assert.Equal(["Ten", "DanhSach", "Muc", "MucChinh", "Ngay"], result.Errors.Where(e => e.Code == ValidationCodes.Required).Select(e => e.Path));
    }

    [Fact]
    public void Validate_NaNAndInfinity_AreNotFiniteErrorsWithAndWithoutRange()
    {
        IReport report = GeneratorHarness.Call<IReport>(s_reports.Value, "Reports.Factory", "NaN");

        ReportValidationResult result = report.Validate();

        Assert.Equal(["TyTrong", "GiaTri", "TyTrongCoThe", "DienTich"], result.Errors.Where(e => e.Code == ValidationCodes.NotFinite).Select(e => e.Path));
    }

    [Fact]
    public void Validate_HugeTextAgainstBacktrackingPattern_ReportsLengthAndPatternWithoutThrowing()
    {
        IReport report = GeneratorHarness.Call<IReport>(s_reports.Value, "Reports.Factory", "HugeText");

        ReportValidationResult result = report.Validate();

        Assert.Contains(result.Errors, e => e.Path == "Ten" && e.Code == ValidationCodes.StringLength);
        ValidationError pattern = Assert.Single(result.Errors, e => e.Path == "Ten" && e.Code == ValidationCodes.Pattern);
        Assert.True(pattern.Message.Length < 1_000, "the message quotes a short prefix of the text, not 1 MB");
    }

    [Fact]
    public void Validate_DecimalMaximum_ReportsRangeWithTheValue()
    {
        IReport report = GeneratorHarness.Call<IReport>(s_reports.Value, "Reports.Factory", "DecimalMaximum");

        ReportValidationResult result = report.Validate();

        Assert.Contains(result.Errors, e => e.Path == "TyLe" && e.Code == ValidationCodes.Range);
    }

    private const string Source = """
        using System.Collections.Generic;
        using System.ComponentModel.DataAnnotations;
        using DanVan.Reporting;
        using NodaTime;

        namespace Reports;

        [Report(Title = "báo cáo {year}", Period = PeriodKind.Year)]
        public partial record BaoCao
        {
            public required ReportPeriod Period { get; init; }

            [Section("I", "KẾT QUẢ {period}")]
            [Required, StringLength(100, MinimumLength = 2), RegularExpression("(a+)+b")]
            public required string Ten { get; init; }

            [Required, MaxLength(3)]
            public required IReadOnlyList<string> DanhSach { get; init; }

            [Required, MinLength(1), MaxLength(3)]
            public IReadOnlyList<Muc>? Muc { get; init; }

            [Required]
            public Muc? MucChinh { get; init; }

            [Range(0, 100), Percent]
            public decimal TyLe { get; init; }

            [Money]
            public decimal Tien { get; init; }

            [Quantity("ha")]
            public decimal? DienTichDat { get; init; }

            [Range(0.0, 1.0), Percent]
            public double TyTrong { get; init; }

            public double GiaTri { get; init; }

            [Range(0.0, 1.0)]
            public double? TyTrongCoThe { get; init; }

            [Quantity("ha")]
            public double DienTich { get; init; }

            [Required, InPeriod(Window = PeriodWindow.Decree09)]
            public LocalDate? Ngay { get; init; }

            public bool Co { get; init; }

            [Section("II", "PHƯƠNG HƯỚNG {next}")]
            public ReportPeriod KyKhac { get; init; }

            [MinLength(1)]
            public string[]? Mang { get; init; }

            public List<Muc>? DanhSachMuc { get; init; }
        }

        public sealed record Muc
        {
            [Required, RegularExpression("[0-9]+")]
            public string? Ten { get; init; }

            [Range(0, 10), Money]
            public long So { get; init; }

            public Muc? Con { get; init; }
        }

        public static class Factory
        {
            public static IReport AllNull() => new BaoCao { Period = ReportPeriod.Year(2024), Ten = null!, DanhSach = null! };

            public static IReport DecimalMaximum() => Filled() with { TyLe = decimal.MaxValue, Tien = decimal.MaxValue, DienTichDat = decimal.MaxValue, Muc = [new Muc { Ten = "1", So = long.MaxValue }] };

            public static IReport DecimalMinimum() => Filled() with { TyLe = decimal.MinValue, Tien = decimal.MinValue, DienTichDat = decimal.MinValue, Muc = [new Muc { Ten = "1", So = long.MinValue }] };

            public static IReport NaN() => Filled() with { TyTrong = double.NaN, GiaTri = double.NaN, TyTrongCoThe = double.NaN, DienTich = double.NaN };

            public static IReport PositiveInfinity() => Filled() with { TyTrong = double.PositiveInfinity, GiaTri = double.MaxValue, TyTrongCoThe = double.PositiveInfinity, DienTich = double.PositiveInfinity };

            public static IReport NegativeInfinity() => Filled() with { TyTrong = double.NegativeInfinity, GiaTri = double.MinValue, TyTrongCoThe = double.NegativeInfinity, DienTich = double.Epsilon };

            public static IReport HugeText() => Filled() with { Ten = new string('a', 1 << 20) + "!", DanhSach = [new string('ầ', 1 << 20)] };

            public static IReport EmptyLists() => Filled() with { DanhSach = [], Muc = [], Mang = [], DanhSachMuc = [] };

            public static IReport NullItems() => Filled() with { DanhSach = [null!, "a"], Muc = [null!, new Muc { Ten = null }], Mang = [null!], DanhSachMuc = [null!] };

            public static IReport DefaultPeriod() => Filled() with { Period = default, KyKhac = default };

            private static BaoCao Filled() => new()
            {
                Period = ReportPeriod.Year(2024),
                Ten = "aab",
                DanhSach = ["một"],
                Muc = [new Muc { Ten = "1", So = 1, Con = new Muc { Ten = "2" } }],
                MucChinh = new Muc { Ten = "3" },
                Ngay = new LocalDate(2024, 12, 1),
                KyKhac = ReportPeriod.Year(2023),
            };
        }
        """;
}
