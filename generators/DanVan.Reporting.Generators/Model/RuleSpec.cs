namespace DanVan.Reporting.Generators.Model;

/// <summary>
/// One validation rule of a member, with its arguments already written as C# literals so that emitting is pure text.
/// </summary>
/// <param name="Kind">The rule.</param>
/// <param name="Arguments">The rule's arguments as C# literals, comma-separated, e.g. "0m, 100m".</param>
internal sealed record RuleSpec(RuleKind Kind, string Arguments);

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
