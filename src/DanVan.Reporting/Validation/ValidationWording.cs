namespace DanVan.Reporting.Validation;

/// <summary>
/// The wording of the validation messages, in Vietnamese and English: the one place it lives. Compiled into the runtime
/// and into the generator (linked source), so that the texts the generator writes into a report's <c>Validate()</c>
/// and the texts the runtime builds are the same words.
/// </summary>
/// <remarks>
/// A message is a constant part that names the field and the rule, the value received, and an end. The constant part
/// (<c>…Start</c>) knows the label and the limits, which the generator knows at compile time: it is written into the
/// generated code as a string literal. Only the value is formatted at run time. Numbers arrive already written the
/// Vietnamese way ("100.000"). Plain string concatenation only: this file also builds for netstandard2.0.
/// </remarks>
internal static class ValidationWording
{
    /// <summary>Ends a message whose value is the last thing in it.</summary>
    public const string End = ".";

    /// <summary>The end of a text-length message in Vietnamese: the unit, and how length is counted (string.Length, as DataAnnotations counts).</summary>
    public const string TextLengthEndVietnamese = " ký tự (đếm theo đơn vị mã UTF-16 như DataAnnotations: một emoji tính là 2).";

    /// <summary>The end of a text-length message in English.</summary>
    public const string TextLengthEndEnglish = " (counted in UTF-16 code units, as DataAnnotations does: an emoji counts as 2).";

    /// <summary>The end of a list-count message in Vietnamese.</summary>
    public const string CountEndVietnamese = " mục.";

    /// <summary>The end of a list-count message in English.</summary>
    public const string CountEndEnglish = ".";

    /// <summary>[Required]: the whole message (it quotes no value).</summary>
    public static (string Vietnamese, string English) Required(string label) =>
        (Quoted(label) + " là bắt buộc, không được để trống.", Quoted(label) + " is required and must not be empty.");

    /// <summary>[Range]: the start of "«label» phải từ 0 đến 100; giá trị nhận được: 150."</summary>
    public static (string Vietnamese, string English) RangeStart(string label, string minimum, string maximum, bool minimumIsExclusive, bool maximumIsExclusive)
    {
        (string vietnamese, string english) = RangeText(minimum, maximum, minimumIsExclusive, maximumIsExclusive);
        return (Quoted(label) + " phải " + vietnamese + "; giá trị nhận được: ", Quoted(label) + " must be " + english + "; got ");
    }

    /// <summary>[Range] on a floating-point number that is NaN or infinite: the start, which states the range.</summary>
    public static (string Vietnamese, string English) NotFiniteInRangeStart(string label, string minimum, string maximum, bool minimumIsExclusive, bool maximumIsExclusive)
    {
        (string vietnamese, string english) = RangeText(minimum, maximum, minimumIsExclusive, maximumIsExclusive);
        return (Quoted(label) + " phải là một số hữu hạn " + vietnamese + "; giá trị nhận được: ", Quoted(label) + " must be a finite number " + english + "; got ");
    }

    /// <summary>A floating-point number without [Range] that is NaN or infinite: the start.</summary>
    public static (string Vietnamese, string English) NotFiniteStart(string label) =>
        (Quoted(label) + " phải là một số hữu hạn; giá trị nhận được: ", Quoted(label) + " must be a finite number; got ");

    /// <summary>[StringLength]: the start, up to the text's length (then <see cref="TextLengthEndVietnamese"/>).</summary>
    public static (string Vietnamese, string English) StringLengthStart(string label, string minimum, string maximum, bool hasMinimum) => hasMinimum
        ? (Quoted(label) + " phải dài từ " + minimum + " đến " + maximum + " ký tự; giá trị nhận được dài ", Quoted(label) + " must be " + minimum + " to " + maximum + " characters long; got ")
        : (Quoted(label) + " dài tối đa " + maximum + " ký tự; giá trị nhận được dài ", Quoted(label) + " must be at most " + maximum + " characters long; got ");

    /// <summary>[MinLength] on a text: the start, up to the text's length.</summary>
    public static (string Vietnamese, string English) MinLengthTextStart(string label, string minimum) =>
        (Quoted(label) + " cần ít nhất " + minimum + " ký tự; giá trị nhận được dài ", Quoted(label) + " needs at least " + minimum + " characters; got ");

    /// <summary>[MinLength] on a list: the start, up to its count (then <see cref="CountEndVietnamese"/>).</summary>
    public static (string Vietnamese, string English) MinLengthListStart(string label, string minimum) =>
        (Quoted(label) + " cần ít nhất " + minimum + " mục; giá trị nhận được có ", Quoted(label) + " needs at least " + minimum + " items; got ");

    /// <summary>[MaxLength] on a text: the start, up to the text's length.</summary>
    public static (string Vietnamese, string English) MaxLengthTextStart(string label, string maximum) =>
        (Quoted(label) + " dài tối đa " + maximum + " ký tự; giá trị nhận được dài ", Quoted(label) + " may have at most " + maximum + " characters; got ");

    /// <summary>[MaxLength] on a list: the start, up to its count.</summary>
    public static (string Vietnamese, string English) MaxLengthListStart(string label, string maximum) =>
        (Quoted(label) + " có tối đa " + maximum + " mục; giá trị nhận được có ", Quoted(label) + " may have at most " + maximum + " items; got ");

    // "từ 0 đến 100" / "between 0 and 100", with the exclusive bounds worded as such.
    private static (string Vietnamese, string English) RangeText(string minimum, string maximum, bool minimumIsExclusive, bool maximumIsExclusive) =>
        (minimumIsExclusive, maximumIsExclusive) switch
        {
            (false, false) => ("từ " + minimum + " đến " + maximum, "between " + minimum + " and " + maximum),
            (true, false) => ("lớn hơn " + minimum + " và không quá " + maximum, "greater than " + minimum + " and at most " + maximum),
            (false, true) => ("từ " + minimum + " đến dưới " + maximum, "at least " + minimum + " and less than " + maximum),
            _ => ("lớn hơn " + minimum + " và nhỏ hơn " + maximum, "greater than " + minimum + " and less than " + maximum),
        };

    private static string Quoted(string label) => "«" + label + "»";
}
