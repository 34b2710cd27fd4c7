using System.Reflection;
using CsCheck;
using DanVan.Reporting.Generators.Emit;
using DanVan.Reporting.Validation;

namespace DanVan.Reporting.Generators.Tests;

/// <summary>
/// The generated <c>Validate()</c> writes each message's constant start (label, rule, limits) at compile time and
/// formats only the value at run time: its messages are byte for byte those the runtime builds from the label, in
/// both languages, for every rule kind; and they are written in the language chosen when the report was validated.
/// </summary>
public class ValidationMessageTextTests
{
    private const string Label = "Nhãn {0} có \"ngoặc\" và «góc»";

    private static readonly Lazy<Assembly> s_assembly = new(() => GeneratorHarness.CompileAndLoad("""
        using System.Collections.Generic;
        using System.ComponentModel.DataAnnotations;
        using DanVan.Reporting;

        namespace Texts;

        [Report(Title = "kiểm tra thông báo", Period = PeriodKind.Year)]
        public partial record Report
        {
            public required ReportPeriod Period { get; init; }

            [Required, Display(Name = "Nhãn {0} có \"ngoặc\" và «góc»")]
            public string? Text { get; init; }

            [Required(AllowEmptyStrings = true), Display(Name = "Nhãn {0} có \"ngoặc\" và «góc»")]
            public string? TextAllowingEmpty { get; init; }

            [Required, Display(Name = "Nhãn {0} có \"ngoặc\" và «góc»")]
            public IReadOnlyList<string>? List { get; init; }

            [Required, Display(Name = "Nhãn {0} có \"ngoặc\" và «góc»")]
            public int? Count { get; init; }

            [Range(0, 100), Display(Name = "Nhãn {0} có \"ngoặc\" và «góc»")]
            public decimal? Decimal { get; init; }

            [Range(-5, 1_000_000), Display(Name = "Nhãn {0} có \"ngoặc\" và «góc»")]
            public int Integer { get; init; }

            [Range(typeof(decimal), "0.5", "99.250", MinimumIsExclusive = true), Display(Name = "Nhãn {0} có \"ngoặc\" và «góc»")]
            public decimal ExclusiveDecimal { get; init; }

            [Range(0.1, 2.5), Display(Name = "Nhãn {0} có \"ngoặc\" và «góc»")]
            public decimal DoubleBoundsOnDecimal { get; init; }

            [Range(0, 100, MaximumIsExclusive = true), Display(Name = "Nhãn {0} có \"ngoặc\" và «góc»")]
            public double Double { get; init; }

            [Range(0, 100), Display(Name = "Nhãn {0} có \"ngoặc\" và «góc»")]
            public double NotFiniteDouble { get; init; }

            [Range(typeof(decimal), "-1.5", "2250000.25"), Display(Name = "Nhãn {0} có \"ngoặc\" và «góc»")]
            public double DecimalBoundsOnDouble { get; init; }

            [Range(0.5, 99.5), Display(Name = "Nhãn {0} có \"ngoặc\" và «góc»")]
            public double DoubleBoundsOnDouble { get; init; }

            [Display(Name = "Nhãn {0} có \"ngoặc\" và «góc»")]
            public double Plain { get; init; }

            [StringLength(20_000, MinimumLength = 20), Display(Name = "Nhãn {0} có \"ngoặc\" và «góc»")]
            public string? Between { get; init; }

            [StringLength(5), Display(Name = "Nhãn {0} có \"ngoặc\" và «góc»")]
            public string? AtMost { get; init; }

            [MinLength(3), Display(Name = "Nhãn {0} có \"ngoặc\" và «góc»")]
            public string? MinText { get; init; }

            [MaxLength(2), Display(Name = "Nhãn {0} có \"ngoặc\" và «góc»")]
            public string? MaxText { get; init; }

            [MinLength(1_000), Display(Name = "Nhãn {0} có \"ngoặc\" và «góc»")]
            public IReadOnlyList<string>? MinList { get; init; }

            [MaxLength(1), Display(Name = "Nhãn {0} có \"ngoặc\" và «góc»")]
            public IReadOnlyList<string>? MaxList { get; init; }
        }

        public static class Factory
        {
            public static IReport Invalid() => new Report
            {
                Period = ReportPeriod.Year(2024),
                Decimal = 150.50m,
                Integer = 2_000_000,
                ExclusiveDecimal = 0.5m,
                DoubleBoundsOnDecimal = 3m,
                Double = 100,
                NotFiniteDouble = double.NaN,
                DecimalBoundsOnDouble = -1.75,
                DoubleBoundsOnDouble = 100.25,
                Plain = double.NegativeInfinity,
                Between = "Quá ngắn.",
                AtMost = "dài quá",
                MinText = "ab",
                MaxText = "abc",
                MinList = ["một"],
                MaxList = ["một", "hai"],
            };
        }
        """));

    [Fact]
    public void GeneratedMessages_AreTheRuntimes_ForEveryRuleKind_InBothLanguages()
    {
        foreach (MessageLanguage language in new[] { MessageLanguage.Vietnamese, MessageLanguage.English })
        {
            using (MessageSettings.Use(language))
            {
                ReportValidationResult result = GeneratorHarness.Call<IReport>(s_assembly.Value, "Texts.Factory", "Invalid").Validate();

                Assert.Equal(RuntimeErrors(), result.Errors.Select(e => (e.Path, e.Code, e.Message)));
            }
        }
    }

    [Fact]
    public void GeneratedMessages_KeepTheirWording_ByteForByte()
    {
        // The wording as it was before messages were split into a constant start and a value.
        IReport report = GeneratorHarness.Call<IReport>(s_assembly.Value, "Texts.Factory", "Invalid");
        Dictionary<string, string> vietnamese = report.Validate().Errors.ToDictionary(e => e.Path, e => e.Message);
        Dictionary<string, string> english;
        using (MessageSettings.Use(MessageLanguage.English))
        {
            english = report.Validate().Errors.ToDictionary(e => e.Path, e => e.Message);
        }

        string quoted = "«" + Label + "»";
        Assert.Equal(quoted + " là bắt buộc, không được để trống.", vietnamese["Text"]);
        Assert.Equal(quoted + " is required and must not be empty.", english["Text"]);
        Assert.Equal(quoted + " phải từ 0 đến 100; giá trị nhận được: 150,5.", vietnamese["Decimal"]);
        Assert.Equal(quoted + " must be between 0 and 100; got 150,5.", english["Decimal"]);
        Assert.Equal(quoted + " phải từ -5 đến 1.000.000; giá trị nhận được: 2.000.000.", vietnamese["Integer"]);
        Assert.Equal(quoted + " phải lớn hơn 0,5 và không quá 99,25; giá trị nhận được: 0,5.", vietnamese["ExclusiveDecimal"]);
        Assert.Equal(quoted + " phải từ 0,1 đến 2,5; giá trị nhận được: 3.", vietnamese["DoubleBoundsOnDecimal"]);
        Assert.Equal(quoted + " must be at least 0 and less than 100; got 100.", english["Double"]);
        Assert.Equal(quoted + " phải là một số hữu hạn từ 0 đến 100; giá trị nhận được: NaN.", vietnamese["NotFiniteDouble"]);
        Assert.Equal(quoted + " phải từ -1,5 đến 2.250.000,25; giá trị nhận được: -1,75.", vietnamese["DecimalBoundsOnDouble"]);
        Assert.Equal(quoted + " phải là một số hữu hạn; giá trị nhận được: -Infinity.", vietnamese["Plain"]);
        Assert.Equal(quoted + " must be a finite number; got -Infinity.", english["Plain"]);
        Assert.Equal(
            quoted + " phải dài từ 20 đến 20.000 ký tự; giá trị nhận được dài 9 ký tự (đếm theo đơn vị mã UTF-16 như DataAnnotations: một emoji tính là 2).",
            vietnamese["Between"]);
        Assert.Equal(
            quoted + " must be 20 to 20.000 characters long; got 9 (counted in UTF-16 code units, as DataAnnotations does: an emoji counts as 2).",
            english["Between"]);
        Assert.Equal(quoted + " must be at most 5 characters long; got 7 (counted in UTF-16 code units, as DataAnnotations does: an emoji counts as 2).", english["AtMost"]);
        Assert.Equal(quoted + " cần ít nhất 1.000 mục; giá trị nhận được có 1 mục.", vietnamese["MinList"]);
        Assert.Equal(quoted + " needs at least 1.000 items; got 1.", english["MinList"]);
        Assert.Equal(quoted + " có tối đa 1 mục; giá trị nhận được có 2 mục.", vietnamese["MaxList"]);
        Assert.Equal(quoted + " may have at most 2 characters; got 3 (counted in UTF-16 code units, as DataAnnotations does: an emoji counts as 2).", english["MaxText"]);
    }

    [Fact]
    public void Messages_AreInTheLanguageOfValidation_WhenReadLater()
    {
        IReport report = GeneratorHarness.Call<IReport>(s_assembly.Value, "Texts.Factory", "Invalid");
        ReportValidationResult english;
        using (MessageSettings.Use(MessageLanguage.English))
        {
            english = report.Validate();
        }

        ReportValidationResult vietnamese = report.Validate();
        using (MessageSettings.Use(MessageLanguage.English))
        {
            Assert.StartsWith("«" + Label + "» phải từ 0 đến 100", vietnamese.Errors.Single(e => e.Path == "Decimal").Message, StringComparison.Ordinal);
        }

        Assert.StartsWith("«" + Label + "» must be between 0 and 100", english.Errors.Single(e => e.Path == "Decimal").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GeneratedErrors_EqualErrorsBuiltFromTheirParts()
    {
        ValidationError error = GeneratorHarness.Call<IReport>(s_assembly.Value, "Texts.Factory", "Invalid").Validate().Errors.Single(e => e.Path == "Integer");
        var built = new ValidationError("Integer", ValidationCodes.Range, "«" + Label + "» phải từ -5 đến 1.000.000; giá trị nhận được: 2.000.000.");

        Assert.Equal(built, error);
        Assert.Equal(built.GetHashCode(), error.GetHashCode());
        Assert.Equal(built, error with { });
        Assert.NotEqual(built, error with { Message = "khác" });
        Assert.Equal("Integer: " + built.Message, error.ToString());
    }

    [Fact]
    public void GeneratorNumbers_AreTheRuntimesExactNumbers() =>
        Gen.OneOf(Gen.Decimal, Gen.Decimal[-1_000_000m, 1_000_000m], Gen.Long.Select(l => (decimal)l), Gen.Int[0, 1000].Select(i => i / 100m))
            .Sample(value => Assert.Equal(VietnameseNumbers.FormatExact(value), VietnameseNumberText.Exact(value)));

    [Theory]
    [InlineData("0")]
    [InlineData("-0.00")]
    [InlineData("1000")]
    [InlineData("-1250000.500")]
    [InlineData("0.0000000000000000000000000001")]
    [InlineData("79228162514264337593543950335")]
    [InlineData("-79228162514264337593543950335")]
    public void GeneratorNumbers_EdgeValues_AreTheRuntimes(string invariant)
    {
        decimal value = decimal.Parse(invariant, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(VietnameseNumbers.FormatExact(value), VietnameseNumberText.Exact(value));
    }

    // What the runtime's label-based checks give for the same values, in the current language.
    private static List<(string Path, string Code, string Message)> RuntimeErrors()
    {
        var context = new ValidationContext();
        ReportValidation.Required(ref context, "Text", Label, (string?)null);
        ReportValidation.Required(ref context, "TextAllowingEmpty", Label, (object?)null);
        ReportValidation.Required(ref context, "List", Label, (object?)null);
        ReportValidation.Required(ref context, "Count", Label, (int?)null);
        ReportValidation.Range(ref context, "Decimal", Label, 150.50m, 0m, 100m);
        ReportValidation.Range(ref context, "Integer", Label, 2_000_000m, -5m, 1_000_000m);
        ReportValidation.Range(ref context, "ExclusiveDecimal", Label, 0.5m, 0.5m, 99.25m, true, false);
        ReportValidation.Range(ref context, "DoubleBoundsOnDecimal", Label, 3m, 0.1m, 2.5m);
        ReportValidation.Range(ref context, "Double", Label, 100d, 0d, 100d, false, true);
        ReportValidation.Range(ref context, "NotFiniteDouble", Label, double.NaN, 0d, 100d);
        ReportValidation.Range(ref context, "DecimalBoundsOnDouble", Label, -1.75, -1.5m, 2250000.25m);
        ReportValidation.Range(ref context, "DoubleBoundsOnDouble", Label, 100.25, 0.5, 99.5);
        ReportValidation.Finite(ref context, "Plain", Label, double.NegativeInfinity);
        ReportValidation.StringLength(ref context, "Between", Label, "Quá ngắn.", 20, 20_000);
        ReportValidation.StringLength(ref context, "AtMost", Label, "dài quá", 0, 5);
        ReportValidation.MinLength(ref context, "MinText", Label, "ab", 3);
        ReportValidation.MaxLength(ref context, "MaxText", Label, "abc", 2);
        ReportValidation.MinLength(ref context, "MinList", Label, 1, 1_000);
        ReportValidation.MaxLength(ref context, "MaxList", Label, 2, 1);
        return [.. context.ToResult().Errors.Select(e => (e.Path, e.Code, e.Message))];
    }
}
