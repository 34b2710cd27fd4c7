namespace DanVan.Reporting.Generators.Model;

/// <summary>A member's [RollUp] rule with the members it names (null when not given).</summary>
/// <param name="Rule">The RollUpRule member name, e.g. "Sum".</param>
/// <param name="Numerator">For Percent: the numerator member.</param>
/// <param name="Denominator">For Percent: the denominator member.</param>
/// <param name="Weight">For Weighted: the weight member.</param>
/// <param name="Key">For ByKey: the item record's key member.</param>
/// <param name="UnitMember">For Gather on a list of records: the item's member that takes the unit's name.</param>
internal sealed record RollUpSpec(string Rule, string? Numerator, string? Denominator, string? Weight, string? Key, string? UnitMember);
