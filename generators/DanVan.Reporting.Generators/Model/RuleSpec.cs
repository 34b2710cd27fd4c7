namespace DanVan.Reporting.Generators.Model;

/// <summary>
/// One validation rule of a member, with its arguments as typed values (a bound keeps its own type and exact value);
/// the emitter alone turns them into C#.
/// </summary>
/// <param name="Kind">The rule.</param>
internal abstract record RuleSpec(RuleKind Kind);

/// <summary>[Required]: on a text, <paramref name="RejectsBlankText"/> unless AllowEmptyStrings is set.</summary>
internal sealed record RequiredRule(bool RejectsBlankText) : RuleSpec(RuleKind.Required);

/// <summary>[Range]: the bounds as written (int, long, double or decimal) and whether each is exclusive.</summary>
internal sealed record RangeRule(RangeBound Minimum, RangeBound Maximum, bool MinimumIsExclusive, bool MaximumIsExclusive)
    : RuleSpec(RuleKind.Range);

/// <summary>A floating-point member without [Range] must still be finite.</summary>
internal sealed record FiniteRule() : RuleSpec(RuleKind.Finite);

/// <summary>[StringLength]: the text's length in UTF-16 code units lies in [Minimum, Maximum].</summary>
internal sealed record StringLengthRule(int Minimum, int Maximum) : RuleSpec(RuleKind.StringLength);

/// <summary>[MinLength]/[MinCount] (<see cref="RuleKind.MinLength"/>) or [MaxLength]/[MaxCount] (<see cref="RuleKind.MaxLength"/>).</summary>
internal sealed record LengthRule(RuleKind Kind, int Limit) : RuleSpec(Kind);

/// <summary>[RegularExpression]: the pattern and its match timeout in milliseconds (-1: no timeout).</summary>
internal sealed record PatternRule(string Pattern, int TimeoutMilliseconds) : RuleSpec(RuleKind.Pattern);

/// <summary>[InPeriod]: the date lies in the period's calendar span or its Decree 09 data window.</summary>
internal sealed record InPeriodRule(bool Decree09) : RuleSpec(RuleKind.InPeriod);

/// <summary>The rules the runtime's <c>ReportValidation</c> checks.</summary>
internal enum RuleKind
{
    Required,
    Range,
    Finite,
    StringLength,
    MinLength,
    MaxLength,
    Pattern,
    InPeriod,
}
