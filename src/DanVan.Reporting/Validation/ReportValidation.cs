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

    /// <summary>[Required] on a text, with the whole message in each language (the generator writes it).</summary>
    public static void Required(ref ValidationContext context, string member, string? value, string vietnamese, string english)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            context.Add(member, ValidationCodes.Required, Messages.Pick(vietnamese, english));
        }
    }

    /// <summary>[Required] on a reference, with the whole message in each language.</summary>
    public static void Required(ref ValidationContext context, string member, object? value, string vietnamese, string english)
    {
        if (value is null)
        {
            context.Add(member, ValidationCodes.Required, Messages.Pick(vietnamese, english));
        }
    }

    /// <summary>[Required] on a nullable value, with the whole message in each language.</summary>
    public static void Required<T>(ref ValidationContext context, string member, T? value, string vietnamese, string english)
        where T : struct
    {
        if (!value.HasValue)
        {
            context.Add(member, ValidationCodes.Required, Messages.Pick(vietnamese, english));
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
            AddNumber(ref context, member, ValidationCodes.Range, ValidationWording.RangeStart(label, Number(minimum), Number(maximum), minimumIsExclusive, maximumIsExclusive), number);
        }
    }

    /// <summary>
    /// [Range] on a number, both bounds inclusive, with the message's start in each language ("«label» phải từ 0 đến
    /// 100; giá trị nhận được: "): the generator writes it, so only the value is formatted, when the message is read.
    /// </summary>
    public static void Range(ref ValidationContext context, string member, decimal? value, decimal minimum, decimal maximum, string vietnamese, string english)
    {
        if (value is decimal number && (number < minimum || number > maximum))
        {
            AddNumber(ref context, member, ValidationCodes.Range, (vietnamese, english), number);
        }
    }

    /// <summary>[Range] on a number with exclusive bounds, with the message's start in each language.</summary>
    public static void Range(ref ValidationContext context, string member, decimal? value, decimal minimum, decimal maximum, bool minimumIsExclusive, bool maximumIsExclusive, string vietnamese, string english)
    {
        if (value is decimal number && !InRange(number.CompareTo(minimum), number.CompareTo(maximum), minimumIsExclusive, maximumIsExclusive))
        {
            AddNumber(ref context, member, ValidationCodes.Range, (vietnamese, english), number);
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
    /// [Range] on a floating-point number with the starts of its two messages in each language: out of range
    /// (<paramref name="vietnamese"/>, <paramref name="english"/>) and not finite (<paramref name="notFiniteVietnamese"/>,
    /// <paramref name="notFiniteEnglish"/>).
    /// </summary>
    public static void Range(ref ValidationContext context, string member, double? value, double minimum, double maximum, bool minimumIsExclusive, bool maximumIsExclusive, string vietnamese, string english, string notFiniteVietnamese, string notFiniteEnglish)
    {
        if (value is double number && !(double.IsFinite(number) && InRange(number.CompareTo(minimum), number.CompareTo(maximum), minimumIsExclusive, maximumIsExclusive)))
        {
            AddRangeOrNotFinite(ref context, member, number, (vietnamese, english), (notFiniteVietnamese, notFiniteEnglish));
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

    /// <summary>
    /// [Range(typeof(decimal) or typeof(long), …)] on a floating-point number, with the starts of its two messages in
    /// each language: compared with the doubles nearest the bounds.
    /// </summary>
    public static void Range(ref ValidationContext context, string member, double? value, decimal minimum, decimal maximum, bool minimumIsExclusive, bool maximumIsExclusive, string vietnamese, string english, string notFiniteVietnamese, string notFiniteEnglish)
    {
        if (value is double number
            && !(double.IsFinite(number) && InRange(number.CompareTo(NearestDouble(minimum)), number.CompareTo(NearestDouble(maximum)), minimumIsExclusive, maximumIsExclusive)))
        {
            AddRangeOrNotFinite(ref context, member, number, (vietnamese, english), (notFiniteVietnamese, notFiniteEnglish));
        }
    }

    /// <summary>A floating-point number without [Range] must still be finite.</summary>
    public static void Finite(ref ValidationContext context, string member, string label, double? value)
    {
        if (value is double number && !double.IsFinite(number))
        {
            AddFloatingPoint(ref context, member, ValidationCodes.NotFinite, ValidationWording.NotFiniteStart(label), number);
        }
    }

    /// <summary>A floating-point number without [Range] must still be finite; the message's start in each language.</summary>
    public static void Finite(ref ValidationContext context, string member, double? value, string vietnamese, string english)
    {
        if (value is double number && !double.IsFinite(number))
        {
            AddFloatingPoint(ref context, member, ValidationCodes.NotFinite, (vietnamese, english), number);
        }
    }

    /// <summary>[StringLength]: a text's length in UTF-16 code units, when it is not null, lies in [minimum, maximum].</summary>
    public static void StringLength(ref ValidationContext context, string member, string label, string? value, int minimum, int maximum)
    {
        if (value is not null && (value.Length < minimum || value.Length > maximum))
        {
            AddTextLength(ref context, member, ValidationCodes.StringLength, ValidationWording.StringLengthStart(label, Number(minimum), Number(maximum), hasMinimum: minimum > 0), value.Length);
        }
    }

    /// <summary>[StringLength] with the message's start in each language (the generator writes it).</summary>
    public static void StringLength(ref ValidationContext context, string member, string? value, int minimum, int maximum, string vietnamese, string english)
    {
        if (value is not null && (value.Length < minimum || value.Length > maximum))
        {
            AddTextLength(ref context, member, ValidationCodes.StringLength, (vietnamese, english), value.Length);
        }
    }

    /// <summary>[MinLength] on a text, when it is not null: its length in UTF-16 code units.</summary>
    public static void MinLength(ref ValidationContext context, string member, string label, string? value, int minimum)
    {
        if (value is not null && value.Length < minimum)
        {
            AddTextLength(ref context, member, ValidationCodes.MinLength, ValidationWording.MinLengthTextStart(label, Number(minimum)), value.Length);
        }
    }

    /// <summary>[MinLength] on a text, with the message's start in each language.</summary>
    public static void MinLength(ref ValidationContext context, string member, string? value, int minimum, string vietnamese, string english)
    {
        if (value is not null && value.Length < minimum)
        {
            AddTextLength(ref context, member, ValidationCodes.MinLength, (vietnamese, english), value.Length);
        }
    }

    /// <summary>[MinLength] on a list (its count), when it is not null.</summary>
    public static void MinLength(ref ValidationContext context, string member, string label, int? length, int minimum)
    {
        if (length is int count && count < minimum)
        {
            AddCount(ref context, member, ValidationCodes.MinLength, ValidationWording.MinLengthListStart(label, Number(minimum)), count);
        }
    }

    /// <summary>[MinLength] on a list, with the message's start in each language.</summary>
    public static void MinLength(ref ValidationContext context, string member, int? length, int minimum, string vietnamese, string english)
    {
        if (length is int count && count < minimum)
        {
            AddCount(ref context, member, ValidationCodes.MinLength, (vietnamese, english), count);
        }
    }

    /// <summary>[MaxLength] on a text, when it is not null: its length in UTF-16 code units.</summary>
    public static void MaxLength(ref ValidationContext context, string member, string label, string? value, int maximum)
    {
        if (value is not null && value.Length > maximum)
        {
            AddTextLength(ref context, member, ValidationCodes.MaxLength, ValidationWording.MaxLengthTextStart(label, Number(maximum)), value.Length);
        }
    }

    /// <summary>[MaxLength] on a text, with the message's start in each language.</summary>
    public static void MaxLength(ref ValidationContext context, string member, string? value, int maximum, string vietnamese, string english)
    {
        if (value is not null && value.Length > maximum)
        {
            AddTextLength(ref context, member, ValidationCodes.MaxLength, (vietnamese, english), value.Length);
        }
    }

    /// <summary>[MaxLength] on a list (its count), when it is not null.</summary>
    public static void MaxLength(ref ValidationContext context, string member, string label, int? length, int maximum)
    {
        if (length is int count && count > maximum)
        {
            AddCount(ref context, member, ValidationCodes.MaxLength, ValidationWording.MaxLengthListStart(label, Number(maximum)), count);
        }
    }

    /// <summary>[MaxLength] on a list, with the message's start in each language.</summary>
    public static void MaxLength(ref ValidationContext context, string member, int? length, int maximum, string vietnamese, string english)
    {
        if (length is int count && count > maximum)
        {
            AddCount(ref context, member, ValidationCodes.MaxLength, (vietnamese, english), count);
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

    private static void AddRequired(ref ValidationContext context, string member, string label)
    {
        (string vietnamese, string english) = ValidationWording.Required(label);
        context.Add(member, ValidationCodes.Required, Messages.Pick(vietnamese, english));
    }

    private static bool InRange(int toMinimum, int toMaximum, bool minimumIsExclusive, bool maximumIsExclusive) =>
        (minimumIsExclusive ? toMinimum > 0 : toMinimum >= 0) && (maximumIsExclusive ? toMaximum < 0 : toMaximum <= 0);

    private static void AddRangeOrNotFinite(ref ValidationContext context, string member, string label, double value, string minimum, string maximum, bool minimumIsExclusive, bool maximumIsExclusive) =>
        AddRangeOrNotFinite(ref context, member, value,
            double.IsFinite(value) ? ValidationWording.RangeStart(label, minimum, maximum, minimumIsExclusive, maximumIsExclusive) : default,
            double.IsFinite(value) ? default : ValidationWording.NotFiniteInRangeStart(label, minimum, maximum, minimumIsExclusive, maximumIsExclusive));

    private static void AddRangeOrNotFinite(ref ValidationContext context, string member, double value, (string Vietnamese, string English) outOfRange, (string Vietnamese, string English) notFinite)
    {
        if (double.IsFinite(value))
        {
            AddFloatingPoint(ref context, member, ValidationCodes.Range, outOfRange, value);
        }
        else
        {
            AddFloatingPoint(ref context, member, ValidationCodes.NotFinite, notFinite, value);
        }
    }

    // The start in the current language now; the value is written when the message is first read.
    private static void AddNumber(ref ValidationContext context, string member, string code, (string Vietnamese, string English) start, decimal value) =>
        context.Add(member, code, PendingMessage.Number(Messages.Pick(start.Vietnamese, start.English), value, ValidationWording.End));

    private static void AddFloatingPoint(ref ValidationContext context, string member, string code, (string Vietnamese, string English) start, double value) =>
        context.Add(member, code, PendingMessage.FloatingPoint(Messages.Pick(start.Vietnamese, start.English), value, ValidationWording.End));

    private static void AddTextLength(ref ValidationContext context, string member, string code, (string Vietnamese, string English) start, int length)
    {
        bool english = MessageSettings.Current == MessageLanguage.English;
        context.Add(member, code, PendingMessage.Number(
            english ? start.English : start.Vietnamese, length, english ? ValidationWording.TextLengthEndEnglish : ValidationWording.TextLengthEndVietnamese));
    }

    private static void AddCount(ref ValidationContext context, string member, string code, (string Vietnamese, string English) start, int count)
    {
        bool english = MessageSettings.Current == MessageLanguage.English;
        context.Add(member, code, PendingMessage.Number(
            english ? start.English : start.Vietnamese, count, english ? ValidationWording.CountEndEnglish : ValidationWording.CountEndVietnamese));
    }

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
