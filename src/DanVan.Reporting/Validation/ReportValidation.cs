using System.ComponentModel;
using System.Globalization;
using System.Text.RegularExpressions;
using DanVan.Reporting.Internal;
using NodaTime;

namespace DanVan.Reporting.Validation;

/// <summary>
/// The rule checks that generated <c>Validate()</c> methods call, one line per rule: the generator emits calls, the
/// logic and the messages live here once.
/// </summary>
/// <remarks>
/// Every check adds nothing and allocates nothing when the value is valid. Messages quote the field's label, name
/// the rule and the value received: "«Tỷ lệ hộ nghèo» phải từ 0 đến 100; giá trị nhận được: 150". Numbers in messages
/// are written the Vietnamese way and never depend on the current culture. No check throws, whatever the value.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class ReportValidation
{
    private const int MaxQuotedLength = 100;

    /// <summary>[Required] on a text: not null, not empty, not only white space.</summary>
    public static void Required(ref ValidationContext context, string member, string label, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            AddRequired(ref context, member, label);
        }
    }

    /// <summary>[Required] on a reference (an object or a list): not null.</summary>
    public static void Required(ref ValidationContext context, string member, string label, object? value)
    {
        if (value is null)
        {
            AddRequired(ref context, member, label);
        }
    }

    /// <summary>[Required] on a nullable value: has a value.</summary>
    public static void Required<T>(ref ValidationContext context, string member, string label, T? value)
        where T : struct
    {
        if (!value.HasValue)
        {
            AddRequired(ref context, member, label);
        }
    }

    /// <summary>[Range] on a number (integers are widened to decimal exactly).</summary>
    public static void Range(ref ValidationContext context, string member, string label, decimal? value, decimal minimum, decimal maximum)
    {
        if (value is decimal number && (number < minimum || number > maximum))
        {
            context.Add(member, ValidationCodes.Range, Messages.FormatPicked(
                "«{0}» phải từ {1} đến {2}; giá trị nhận được: {3}.",
                "«{0}» must be between {1} and {2}; got {3}.", label, Number(minimum), Number(maximum), Number(number)));
        }
    }

    /// <summary>[Range] on a floating-point number; NaN and infinities are errors of their own.</summary>
    public static void Range(ref ValidationContext context, string member, string label, double? value, double minimum, double maximum)
    {
        if (value is not double number)
        {
            return;
        }

        if (!double.IsFinite(number))
        {
            context.Add(member, ValidationCodes.NotFinite, Messages.FormatPicked(
                "«{0}» phải là một số hữu hạn; giá trị nhận được: {1}.",
                "«{0}» must be a finite number; got {1}.", label, number.ToString(CultureInfo.InvariantCulture)));
            return;
        }

        if (number < minimum || number > maximum)
        {
            context.Add(member, ValidationCodes.Range, Messages.FormatPicked(
                "«{0}» phải từ {1} đến {2}; giá trị nhận được: {3}.",
                "«{0}» must be between {1} and {2}; got {3}.", label, Number(minimum), Number(maximum), Number(number)));
        }
    }

    /// <summary>A floating-point number without [Range] must still be finite.</summary>
    public static void Finite(ref ValidationContext context, string member, string label, double? value) =>
        Range(ref context, member, label, value, double.MinValue, double.MaxValue);

    /// <summary>[StringLength]: a text's length, when it is not null, lies in [minimum, maximum].</summary>
    public static void StringLength(ref ValidationContext context, string member, string label, string? value, int minimum, int maximum)
    {
        if (value is not null && (value.Length < minimum || value.Length > maximum))
        {
            context.Add(member, ValidationCodes.StringLength, minimum == 0
                ? Messages.FormatPicked(
                    "«{0}» dài tối đa {1} ký tự; giá trị nhận được dài {2} ký tự.",
                    "«{0}» must be at most {1} characters long; got {2}.", label, Number(maximum), Number(value.Length))
                : Messages.FormatPicked(
                    "«{0}» phải dài từ {1} đến {2} ký tự; giá trị nhận được dài {3} ký tự.",
                    "«{0}» must be {1} to {2} characters long; got {3}.", label, Number(minimum), Number(maximum), Number(value.Length)));
        }
    }

    /// <summary>[MinLength] on a text or a list (its count), when it is not null.</summary>
    public static void MinLength(ref ValidationContext context, string member, string label, int? length, int minimum)
    {
        if (length is int count && count < minimum)
        {
            context.Add(member, ValidationCodes.MinLength, Messages.FormatPicked(
                "«{0}» cần ít nhất {1} phần tử hoặc ký tự; giá trị nhận được có {2}.",
                "«{0}» needs at least {1} items or characters; got {2}.", label, Number(minimum), Number(count)));
        }
    }

    /// <summary>[MaxLength] on a text or a list (its count), when it is not null.</summary>
    public static void MaxLength(ref ValidationContext context, string member, string label, int? length, int maximum)
    {
        if (length is int count && count > maximum)
        {
            context.Add(member, ValidationCodes.MaxLength, Messages.FormatPicked(
                "«{0}» có tối đa {1} phần tử hoặc ký tự; giá trị nhận được có {2}.",
                "«{0}» may have at most {1} items or characters; got {2}.", label, Number(maximum), Number(count)));
        }
    }

    /// <summary>[RegularExpression]: a text, when it is not null, matches the whole pattern.</summary>
    public static void Pattern(ref ValidationContext context, string member, string label, string? value, Regex pattern)
    {
        if (value is null)
        {
            return;
        }

        bool matches;
        try
        {
            Match match = pattern.Match(value);
            matches = match.Success && match.Index == 0 && match.Length == value.Length;
        }
        catch (RegexMatchTimeoutException)
        {
            matches = false;
        }

        if (!matches)
        {
            context.Add(member, ValidationCodes.Pattern, Messages.FormatPicked(
                "«{0}» không đúng mẫu {1}; giá trị nhận được: {2}.",
                "«{0}» does not match the pattern {1}; got {2}.", label, pattern, Messages.Quote(value, MaxQuotedLength)));
        }
    }

    /// <summary>[InPeriod]: a date, when it has a value, lies in the report's period or its data window.</summary>
    public static void InPeriod(ref ValidationContext context, string member, string label, LocalDate? value, ReportPeriod period, PeriodWindow window)
    {
        if (value is not LocalDate date)
        {
            return;
        }

        CutOffRule rule = window == PeriodWindow.Decree09 ? CutOffRule.Decree09 : CutOffRule.Calendar;
        (LocalDate start, LocalDate end) = rule.Bounds(period);
        if (date < start || date > end)
        {
            string from = VietnameseDates.FormatNumeric(start);
            string to = VietnameseDates.FormatNumeric(end);
            context.Add(member, ValidationCodes.InPeriod, Messages.FormatPicked(
                "«{0}» phải trong {1} ({2} - {3}, {4}); giá trị nhận được: {5}.",
                "«{0}» must fall in {1} ({2} - {3}, {4}); got {5}.", label, period, from, to, rule.Name, VietnameseDates.FormatNumeric(date)));
        }
    }

    /// <summary>The report's <c>Period</c> must be of the kind its [Report] attribute declares (a half year for either half).</summary>
    public static void PeriodKind(ref ValidationContext context, string member, ReportPeriod period, PeriodKind expected)
    {
        bool halves = expected is Reporting.PeriodKind.FirstHalf or Reporting.PeriodKind.SecondHalf
            && period.Kind is Reporting.PeriodKind.FirstHalf or Reporting.PeriodKind.SecondHalf;
        if (period.Kind != expected && !halves)
        {
            context.Add(member, ValidationCodes.PeriodKind, Messages.Pick(
                Messages.Format("Kỳ báo cáo phải là kỳ {0}; giá trị nhận được: {1}.", KindName(expected), period),
                Messages.Format("The reporting period must be a {0} period; got {1}.", expected, period)));
        }
    }

    /// <summary>
    /// The report's document block: its errors (<see cref="DocumentInfo.Validate"/>) are added under
    /// <paramref name="member"/> ("Document.Signature.SignerName"). Warnings are not validation errors; read them with
    /// <c>Document.Validate()</c>.
    /// </summary>
    public static void Document(ref ValidationContext context, string member, DocumentInfo? document)
    {
        if (document is null)
        {
            return;
        }

        foreach (ValidationError error in document.Validate().Errors)
        {
            context.Add(member + "." + error.Path, error.Code, error.Message);
        }
    }

    private static void AddRequired(ref ValidationContext context, string member, string label) =>
        context.Add(member, ValidationCodes.Required, Messages.FormatPicked("«{0}» là bắt buộc, không được để trống.", "«{0}» is required and must not be empty.", label));

    private static string Number(decimal value) => VietnameseNumbers.FormatExact(value);

    private static string Number(int value) => VietnameseNumbers.FormatExact(value);

    private static string Number(double value) =>
        double.IsFinite(value) && Math.Abs(value) < 7.9e27 ? VietnameseNumbers.FormatExact((decimal)value) : value.ToString("R", CultureInfo.InvariantCulture);

    private static string KindName(PeriodKind kind) => kind switch
    {
        Reporting.PeriodKind.Month => "tháng",
        Reporting.PeriodKind.Quarter => "quý",
        Reporting.PeriodKind.FirstHalf or Reporting.PeriodKind.SecondHalf => "6 tháng",
        Reporting.PeriodKind.NineMonths => "9 tháng",
        Reporting.PeriodKind.Year => "năm",
        _ => "nhiệm kỳ",
    };
}
