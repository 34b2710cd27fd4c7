namespace DanVan.Reporting.Json;

/// <summary>
/// The stable codes of <see cref="JsonReadError.Code"/>. Codes never change meaning and are never reused. The first
/// group means the input cannot be read as JSON at all (the <c>danvan</c> tool exits with 2); the others mean it is JSON
/// but not a report of the type (exit 1).
/// </summary>
public static class JsonErrorCodes
{
    /// <summary>Unreadable: the input is empty or only white space.</summary>
    public const string Empty = "json-empty";

    /// <summary>Unreadable: the input is not valid UTF-8, or a string escapes half of a UTF-16 surrogate pair alone ("\uD800").</summary>
    public const string Encoding = "json-encoding";

    /// <summary>Unreadable: the input is longer than <see cref="ReportJsonOptions.MaxBytes"/>.</summary>
    public const string TooLarge = "json-too-large";

    /// <summary>Unreadable: malformed or truncated JSON, or nesting deeper than <see cref="ReportJsonOptions.MaxDepth"/>.</summary>
    public const string Syntax = "json-syntax";

    /// <summary>A value of the wrong JSON type: a string where a number belongs, an array where an object belongs.</summary>
    public const string Type = "json-type";

    /// <summary>A null where the member does not accept one.</summary>
    public const string Null = "json-null";

    /// <summary>A number outside the range of the member's type, or a fraction where a whole number belongs.</summary>
    public const string NumberRange = "json-number-range";

    /// <summary>A text that is not in the member's form: a date that is not yyyy-mm-dd, a period, a document number.</summary>
    public const string Format = "json-format";

    /// <summary>A property the type does not have (a misspelt member must not vanish silently).</summary>
    public const string UnknownProperty = "json-unknown-property";

    /// <summary>The same property twice in one object.</summary>
    public const string DuplicateProperty = "json-duplicate-property";

    /// <summary>A required member is missing.</summary>
    public const string Required = "json-required";

    /// <summary>The <c>"kind"</c> property is missing, not a text, or not the expected kind.</summary>
    public const string Kind = "json-kind";

    /// <summary>Whether <paramref name="code"/> means the input cannot be read as JSON at all.</summary>
    /// <param name="code">A code.</param>
    /// <returns>True for <see cref="Empty"/>, <see cref="Encoding"/>, <see cref="TooLarge"/> and <see cref="Syntax"/>.</returns>
    public static bool IsUnreadable(string? code) => code is Empty or Encoding or TooLarge or Syntax;
}
