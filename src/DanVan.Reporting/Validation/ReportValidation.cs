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

    // Length rules count UTF-16 code units (string.Length), as DataAnnotations does; messages say so.
    private const string Utf16NoteVietnamese = " (đếm theo đơn vị mã UTF-16 như DataAnnotations: một emoji tính là 2)";
    private const string Utf16NoteEnglish = " (counted in UTF-16 code units, as DataAnnotations does: an emoji counts as 2)";

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

    /// <summary>[Range] on a number (integers are widened to decimal exactly), both bounds inclusive.</summary>
    public static void Range(ref ValidationContext context, string member, string label, decimal? value, decimal minimum, decimal maximum) =>
        Range(ref context, member, label, value, minimum, maximum, minimumIsExclusive: false, maximumIsExclusive: false);

    /// <summary>[Range] on a number (integers are widened to decimal exactly): compared exactly with the bounds.</summary>
    public static void Range(ref ValidationContext context, string member, string label, decimal? value, decimal minimum, decimal maximum, bool minimumIsExclusive, bool maximumIsExclusive)
    {
        if (value is decimal number && !InRange(number.CompareTo(minimum), number.CompareTo(maximum), minimumIsExclusive, maximumIsExclusive))
        {
            AddRange(ref context, member, label, Number(minimum), Number(maximum), minimumIsExclusive, maximumIsExclusive, Number(number));
        }
    }

    /// <summary>[Range] on a floating-point number, both bounds inclusive; NaN and infinities are errors of their own.</summary>
    public static void Range(ref ValidationContext context, string member, string label, double? value, double minimum, double maximum) =>
        Range(ref context, member, label, value, minimum, maximum, minimumIsExclusive: false, maximumIsExclusive: false);

    /// <summary>[Range] on a floating-point number; NaN and infinities are errors of their own, whose message states the range.</summary>
    public static void Range(ref ValidationContext context, string member, string label, double? value, double minimum, double maximum, bool minimumIsExclusive, bool maximumIsExclusive)
    {
        if (value is double number && !(double.IsFinite(number) && InRange(number.CompareTo(minimum), number.CompareTo(maximum), minimumIsExclusive, maximumIsExclusive)))
        {
            AddRangeOrNotFinite(ref context, member, label, number, Number(minimum), Number(maximum), minimumIsExclusive, maximumIsExclusive);
        }
    }

    /// <summary>
    /// [Range(typeof(decimal) or typeof(long), …)] on a floating-point number: compared with the doubles nearest the
    /// bounds (the value is a double); messages show the bounds exactly as written.
    /// </summary>
    public static void Range(ref ValidationContext context, string member, string label, double? value, decimal minimum, decimal maximum) =>
        Range(ref context, member, label, value, minimum, maximum, minimumIsExclusive: false, maximumIsExclusive: false);

    /// <summary>
    /// [Range(typeof(decimal) or typeof(long), …)] on a floating-point number: compared with the doubles nearest the
    /// bounds (the value is a double); messages show the bounds exactly as written.
    /// </summary>
    public static void Range(ref ValidationContext context, string member, string label, double? value, decimal minimum, decimal maximum, bool minimumIsExclusive, bool maximumIsExclusive)
    {
        if (value is double number
            && !(double.IsFinite(number) && InRange(number.CompareTo(NearestDouble(minimum)), number.CompareTo(NearestDouble(maximum)), minimumIsExclusive, maximumIsExclusive)))
        {
            AddRangeOrNotFinite(ref context, member, label, number, Number(minimum), Number(maximum), minimumIsExclusive, maximumIsExclusive);
        }
    }

    /// <summary>A floating-point number without [Range] must still be finite.</summary>
    public static void Finite(ref ValidationContext context, string member, string label, double? value)
    {
        if (value is double number && !double.IsFinite(number))
        {
            context.Add(member, ValidationCodes.NotFinite, Messages.FormatPicked(
                "«{0}» phải là một số hữu hạn; giá trị nhận được: {1}.",
                "«{0}» must be a finite number; got {1}.", label, Number(number)));
        }
    }

    /// <summary>[StringLength]: a text's length in UTF-16 code units, when it is not null, lies in [minimum, maximum].</summary>
    public static void StringLength(ref ValidationContext context, string member, string label, string? value, int minimum, int maximum)
    {
        if (value is not null && (value.Length < minimum || value.Length > maximum))
        {
            context.Add(member, ValidationCodes.StringLength, minimum <= 0
                ? Messages.FormatPicked(
                    "«{0}» dài tối đa {1} ký tự; giá trị nhận được dài {2} ký tự" + Utf16NoteVietnamese + ".",
                    "«{0}» must be at most {1} characters long; got {2}" + Utf16NoteEnglish + ".", label, Number(maximum), Number(value.Length))
                : Messages.FormatPicked(
                    "«{0}» phải dài từ {1} đến {2} ký tự; giá trị nhận được dài {3} ký tự" + Utf16NoteVietnamese + ".",
                    "«{0}» must be {1} to {2} characters long; got {3}" + Utf16NoteEnglish + ".", label, Number(minimum), Number(maximum), Number(value.Length)));
        }
    }

    /// <summary>[MinLength] on a text, when it is not null: its length in UTF-16 code units.</summary>
    public static void MinLength(ref ValidationContext context, string member, string label, string? value, int minimum)
    {
        if (value is not null && value.Length < minimum)
        {
            context.Add(member, ValidationCodes.MinLength, Messages.FormatPicked(
                "«{0}» cần ít nhất {1} ký tự; giá trị nhận được dài {2} ký tự" + Utf16NoteVietnamese + ".",
                "«{0}» needs at least {1} characters; got {2}" + Utf16NoteEnglish + ".", label, Number(minimum), Number(value.Length)));
        }
    }

    /// <summary>[MinLength] on a list (its count), when it is not null.</summary>
    public static void MinLength(ref ValidationContext context, string member, string label, int? length, int minimum)
    {
        if (length is int count && count < minimum)
        {
            context.Add(member, ValidationCodes.MinLength, Messages.FormatPicked(
                "«{0}» cần ít nhất {1} mục; giá trị nhận được có {2} mục.",
                "«{0}» needs at least {1} items; got {2}.", label, Number(minimum), Number(count)));
        }
    }

    /// <summary>[MaxLength] on a text, when it is not null: its length in UTF-16 code units.</summary>
    public static void MaxLength(ref ValidationContext context, string member, string label, string? value, int maximum)
    {
        if (value is not null && value.Length > maximum)
        {
            context.Add(member, ValidationCodes.MaxLength, Messages.FormatPicked(
                "«{0}» dài tối đa {1} ký tự; giá trị nhận được dài {2} ký tự" + Utf16NoteVietnamese + ".",
                "«{0}» may have at most {1} characters; got {2}" + Utf16NoteEnglish + ".", label, Number(maximum), Number(value.Length)));
        }
    }

    /// <summary>[MaxLength] on a list (its count), when it is not null.</summary>
    public static void MaxLength(ref ValidationContext context, string member, string label, int? length, int maximum)
    {
        if (length is int count && count > maximum)
        {
            context.Add(member, ValidationCodes.MaxLength, Messages.FormatPicked(
                "«{0}» có tối đa {1} mục; giá trị nhận được có {2} mục.",
                "«{0}» may have at most {1} items; got {2}.", label, Number(maximum), Number(count)));
        }
    }

    /// <summary>
    /// [RegularExpression]: a text, when it is neither null nor empty (DataAnnotations skips both), matches the whole
    /// pattern: its first match starts at 0 and covers the text. A match that times out is a failure, not a crash.
    /// </summary>
    public static void Pattern(ref ValidationContext context, string member, string label, string? value, Regex pattern)
    {
        if (string.IsNullOrEmpty(value))
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
                "«{0}» does not match the pattern {1}; got {2}.", label, Messages.Escape(pattern.ToString()), Messages.Quote(value, MaxQuotedLength)));
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

    private static bool InRange(int toMinimum, int toMaximum, bool minimumIsExclusive, bool maximumIsExclusive) =>
        (minimumIsExclusive ? toMinimum > 0 : toMinimum >= 0) && (maximumIsExclusive ? toMaximum < 0 : toMaximum <= 0);

    private static void AddRange(ref ValidationContext context, string member, string label, string minimum, string maximum, bool minimumIsExclusive, bool maximumIsExclusive, string value) =>
        context.Add(member, ValidationCodes.Range, Messages.FormatPicked(
            "«{0}» phải {1}; giá trị nhận được: {2}.",
            "«{0}» must be {1}; got {2}.", label, RangeText(minimum, maximum, minimumIsExclusive, maximumIsExclusive), value));

    private static void AddRangeOrNotFinite(ref ValidationContext context, string member, string label, double value, string minimum, string maximum, bool minimumIsExclusive, bool maximumIsExclusive)
    {
        if (double.IsFinite(value))
        {
            AddRange(ref context, member, label, minimum, maximum, minimumIsExclusive, maximumIsExclusive, Number(value));
            return;
        }

        context.Add(member, ValidationCodes.NotFinite, Messages.FormatPicked(
            "«{0}» phải là một số hữu hạn {1}; giá trị nhận được: {2}.",
            "«{0}» must be a finite number {1}; got {2}.", label, RangeText(minimum, maximum, minimumIsExclusive, maximumIsExclusive), Number(value)));
    }

    // "từ 0 đến 100" / "between 0 and 100", with the exclusive bounds worded as such.
    private static string RangeText(string minimum, string maximum, bool minimumIsExclusive, bool maximumIsExclusive) =>
        (minimumIsExclusive, maximumIsExclusive) switch
        {
            (false, false) => Messages.Pick("từ " + minimum + " đến " + maximum, "between " + minimum + " and " + maximum),
            (true, false) => Messages.Pick("lớn hơn " + minimum + " và không quá " + maximum, "greater than " + minimum + " and at most " + maximum),
            (false, true) => Messages.Pick("từ " + minimum + " đến dưới " + maximum, "at least " + minimum + " and less than " + maximum),
            (true, true) => Messages.Pick("lớn hơn " + minimum + " và nhỏ hơn " + maximum, "greater than " + minimum + " and less than " + maximum),
        };

    // The double nearest a decimal bound, without allocating: double.Parse rounds correctly (IEEE 754), a cast may not.
    private static double NearestDouble(decimal value)
    {
        Span<char> digits = stackalloc char[40];
        value.TryFormat(digits, out int written, default, CultureInfo.InvariantCulture);
        return double.Parse(digits[..written], NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    private static string Number(decimal value) => VietnameseNumbers.FormatExact(value);

    private static string Number(int value) => VietnameseNumbers.FormatExact(value);

    private static string Number(double value) => ShortestNumber.Format(value);

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
