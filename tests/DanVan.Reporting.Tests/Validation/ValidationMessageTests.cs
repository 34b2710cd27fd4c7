using System.Globalization;
using System.Text.RegularExpressions;
using CsCheck;
using DanVan.Reporting.Internal;
using DanVan.Reporting.Validation;

namespace DanVan.Reporting.Tests.Validation;

/// <summary>
/// Messages of the rule checks: numbers never contradict the verdict (shortest round-trip doubles, exact decimals),
/// quoted values cannot break a line, length rules say what they count, not-finite states the range.
/// </summary>
public class ValidationMessageTests
{
    [Theory]
    [InlineData(0.49999999999999994, "0,49999999999999994")]
    [InlineData(-5E-324, "-5E-324")]
    [InlineData(99.50000000000001, "99,50000000000001")]
    [InlineData(1250000.5, "1.250.000,5")]
    [InlineData(1E21, "1E+21")]
    [InlineData(1E20, "100.000.000.000.000.000.000")]
    [InlineData(0.00001, "0,00001")]
    [InlineData(1.7976931348623157E+308, "1,7976931348623157E+308")]
    [InlineData(-0.0, "-0")]
    public void Range_Double_PrintsTheShortestRoundTripValue(double value, string shown)
    {
        string message = Single((ref ValidationContext context) => ReportValidation.Range(ref context, "TyLe", "Tỷ lệ", value, 0.5, 99.5)).Message;

        Assert.Equal("«Tỷ lệ» phải từ 0,5 đến 99,5; giá trị nhận được: " + shown + ".", message);
    }

    [Fact]
    public void ShortestNumber_AnyFiniteDouble_ReadsBackAsTheSameDouble() =>
        Gen.Double.Where(double.IsFinite).Sample(value =>
        {
            string text = ShortestNumber.Format(value).Replace(".", string.Empty, StringComparison.Ordinal).Replace(',', '.');
            Assert.Equal(value, double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture));
        });

    [Fact]
    public void Range_DecimalBound_IsPrintedExactly()
    {
        string message = Single((ref ValidationContext context) => ReportValidation.Range(ref context, "TyLe", "Tỷ lệ", 0.123456789012346m, 0m, 0.1234567890123456789m)).Message;

        Assert.Equal("«Tỷ lệ» phải từ 0 đến 0,1234567890123456789; giá trị nhận được: 0,123456789012346.", message);
    }

    [Theory]
    [InlineData(false, false, 0, "«Số» phải từ 0 đến 100; giá trị nhận được: -1.", "«Số» must be between 0 and 100; got -1.")]
    [InlineData(true, false, 0, "«Số» phải lớn hơn 0 và không quá 100; giá trị nhận được: 0.", "«Số» must be greater than 0 and at most 100; got 0.")]
    [InlineData(false, true, 100, "«Số» phải từ 0 đến dưới 100; giá trị nhận được: 100.", "«Số» must be at least 0 and less than 100; got 100.")]
    [InlineData(true, true, 100, "«Số» phải lớn hơn 0 và nhỏ hơn 100; giá trị nhận được: 100.", "«Số» must be greater than 0 and less than 100; got 100.")]
    public void Range_ExclusiveBounds_AreWordedAsSuch(bool minimumIsExclusive, bool maximumIsExclusive, int value, string vietnamese, string english)
    {
        decimal number = value == 0 && !minimumIsExclusive ? -1 : value;

        Assert.Equal(vietnamese, Single((ref ValidationContext context) => ReportValidation.Range(ref context, "So", "Số", number, 0m, 100m, minimumIsExclusive, maximumIsExclusive)).Message);
        using (MessageSettings.Use(MessageLanguage.English))
        {
            Assert.Equal(english, Single((ref ValidationContext context) => ReportValidation.Range(ref context, "So", "Số", number, 0m, 100m, minimumIsExclusive, maximumIsExclusive)).Message);
        }
    }

    [Fact]
    public void Range_ExclusiveBounds_AcceptJustInside()
    {
        var context = new ValidationContext();
        ReportValidation.Range(ref context, "So", "Số", 0.0000000000000000000000000001m, 0m, 100m, true, true);
        ReportValidation.Range(ref context, "So", "Số", Math.BitDecrement(100.0), 0d, 100d, true, true);

        Assert.True(context.ToResult().IsValid);
    }

    [Fact]
    public void Range_NotFinite_StatesTheRange()
    {
        ValidationError error = Single((ref ValidationContext context) => ReportValidation.Range(ref context, "TyLe", "Tỷ lệ", double.NaN, 0d, 100d, false, true));

        Assert.Equal(ValidationCodes.NotFinite, error.Code);
        Assert.Equal("«Tỷ lệ» phải là một số hữu hạn từ 0 đến dưới 100; giá trị nhận được: NaN.", error.Message);
        using (MessageSettings.Use(MessageLanguage.English))
        {
            Assert.Equal(
                "«Tỷ lệ» must be a finite number at least 0 and less than 100; got -Infinity.",
                Single((ref ValidationContext context) => ReportValidation.Range(ref context, "TyLe", "Tỷ lệ", double.NegativeInfinity, 0d, 100d, false, true)).Message);
        }
    }

    [Fact]
    public void Range_DoubleWithDecimalBounds_ComparesWithTheNearestDoubleAndPrintsTheBoundAsWritten()
    {
        var context = new ValidationContext();
        ReportValidation.Range(ref context, "TyLe", "Tỷ lệ", 0.1, 0m, 0.1m); // the double typed as 0.1 is a little above 0.1
        Assert.True(context.ToResult().IsValid);

        string message = Single((ref ValidationContext c) => ReportValidation.Range(ref c, "So", "Số", 9007199254740994d, 0m, 9007199254740993m)).Message;
        Assert.Equal("«Số» phải từ 0 đến 9.007.199.254.740.993; giá trị nhận được: 9.007.199.254.740.994.", message);
    }

    [Fact]
    public void Pattern_ValueWithNewline_IsQuotedEscaped()
    {
        ValidationError error = Single((ref ValidationContext context) => ReportValidation.Pattern(ref context, "MaSo", "Mã số", "12\nab\u0007", new Regex("[0-9]+")));

        Assert.Equal("«Mã số» không đúng mẫu [0-9]+; giá trị nhận được: \"12\\nab\\u0007\".", error.Message);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void Pattern_EmptyText_IsNotChecked()
    {
        var context = new ValidationContext();
        ReportValidation.Pattern(ref context, "MaSo", "Mã số", string.Empty, new Regex("[0-9]+"));

        Assert.True(context.ToResult().IsValid);
    }

    [Fact]
    public void Pattern_Timeout_IsAPatternError()
    {
        var slow = new Regex("^(\\w+\\s?)*$", RegexOptions.None, TimeSpan.FromMilliseconds(1));

        ValidationError error = Single((ref ValidationContext context) => ReportValidation.Pattern(ref context, "MaSo", "Mã số", new string('a', 40) + "!", slow));

        Assert.Equal(ValidationCodes.Pattern, error.Code);
    }

    [Fact]
    public void Quote_LongValue_IsNotCutInsideASurrogatePair()
    {
        string quoted = Messages.Quote(new string('a', 99) + "\U0001F600", 100);

        Assert.Equal("\"" + new string('a', 99) + "…\"", quoted);
    }

    [Fact]
    public void LengthRules_OnText_SayTheyCountUtf16CodeUnits()
    {
        Assert.Equal(
            "«Tên» dài tối đa 3 ký tự; giá trị nhận được dài 4 ký tự (đếm theo đơn vị mã UTF-16 như DataAnnotations: một emoji tính là 2).",
            Single((ref ValidationContext context) => ReportValidation.MaxLength(ref context, "Ten", "Tên", "\U0001F600\U0001F600", 3)).Message);
        Assert.Equal(
            "«Tên» cần ít nhất 5 ký tự; giá trị nhận được dài 4 ký tự (đếm theo đơn vị mã UTF-16 như DataAnnotations: một emoji tính là 2).",
            Single((ref ValidationContext context) => ReportValidation.MinLength(ref context, "Ten", "Tên", "Ne\u0302\u0303", 5)).Message);
        using (MessageSettings.Use(MessageLanguage.English))
        {
            Assert.Equal(
                "«Tên» must be at most 3 characters long; got 4 (counted in UTF-16 code units, as DataAnnotations does: an emoji counts as 2).",
                Single((ref ValidationContext context) => ReportValidation.StringLength(ref context, "Ten", "Tên", "\U0001F600\U0001F600", 0, 3)).Message);
        }
    }

    [Fact]
    public void LengthRules_OnLists_CountItems()
    {
        Assert.Equal("«Nhiệm vụ» cần ít nhất 1 mục; giá trị nhận được có 0 mục.", Single((ref ValidationContext context) => ReportValidation.MinLength(ref context, "NhiemVu", "Nhiệm vụ", (int?)0, 1)).Message);
        using (MessageSettings.Use(MessageLanguage.English))
        {
            Assert.Equal("«Nhiệm vụ» may have at most 3 items; got 5.", Single((ref ValidationContext context) => ReportValidation.MaxLength(ref context, "NhiemVu", "Nhiệm vụ", (int?)5, 3)).Message);
        }
    }

    private delegate void Check(ref ValidationContext context);

    private static ValidationError Single(Check check)
    {
        var context = new ValidationContext();
        check(ref context);
        return Assert.Single(context.ToResult().Errors);
    }
}
