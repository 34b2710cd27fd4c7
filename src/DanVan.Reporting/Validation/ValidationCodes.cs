namespace DanVan.Reporting;

/// <summary>
/// The stable codes of <see cref="ValidationError.Code"/>. Codes never change meaning and are never reused; messages
/// may be reworded.
/// </summary>
public static class ValidationCodes
{
    /// <summary>A required value is missing: null, or an empty or blank text ([Required]).</summary>
    public const string Required = "required";

    /// <summary>A number is outside its range ([Range], [Percent] without a range is not checked).</summary>
    public const string Range = "range";

    /// <summary>A number is not finite (NaN or infinity).</summary>
    public const string NotFinite = "not-finite";

    /// <summary>A text is shorter or longer than allowed ([StringLength]).</summary>
    public const string StringLength = "string-length";

    /// <summary>A text or list is shorter than allowed ([MinLength]).</summary>
    public const string MinLength = "min-length";

    /// <summary>A text or list is longer than allowed ([MaxLength]).</summary>
    public const string MaxLength = "max-length";

    /// <summary>A text does not match its pattern ([RegularExpression]).</summary>
    public const string Pattern = "pattern";

    /// <summary>A date is outside the report's period or data window ([InPeriod]).</summary>
    public const string InPeriod = "in-period";

    /// <summary>The report's <c>Period</c> is not of the kind its [Report] attribute declares.</summary>
    public const string PeriodKind = "period-kind";
}
