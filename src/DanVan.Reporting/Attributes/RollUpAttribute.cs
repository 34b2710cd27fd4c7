using System.Diagnostics;

namespace DanVan.Reporting;

/// <summary>
/// How the member is rolled up when a superior body builds its report from its units' reports (the generated
/// <c>RollUp</c>, see <see cref="IRollUpReport{TSelf}"/>). A report takes part in roll-up as soon as one of its own
/// members carries this attribute; then every required member (C# <c>required</c> or [Required]) needs a rule
/// (DV0035), nested records are rolled up member by member, and a list of records needs
/// <see cref="RollUpRule.ByKey"/> or <see cref="RollUpRule.Gather"/>.
/// </summary>
/// <example>
/// <code>
/// [RollUp(RollUpRule.Sum)] public int SoHoNgheo { get; init; }
/// [RollUp(RollUpRule.Sum)] public int SoHo { get; init; }
/// [Percent, RollUp(RollUpRule.Percent, Numerator = nameof(SoHoNgheo), Denominator = nameof(SoHo))] public decimal TyLeHoNgheo { get; init; }
/// [Table, RollUp(RollUpRule.ByKey, Key = nameof(ChiTieu.Ten))] public IReadOnlyList&lt;ChiTieu&gt;? SoLieu { get; init; }
/// </code>
/// </example>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field, Inherited = false, AllowMultiple = false)]
[Conditional("DANVAN_KEEP_ATTRIBUTES")]
public sealed class RollUpAttribute : Attribute
{
    /// <summary>Declares the rule.</summary>
    /// <param name="rule">How the member is rolled up.</param>
    public RollUpAttribute(RollUpRule rule) => Rule = rule;

    /// <summary>How the member is rolled up.</summary>
    public RollUpRule Rule { get; }

    /// <summary>For <see cref="RollUpRule.Percent"/>: the member (of the same type) whose sum is the numerator.</summary>
    public string? Numerator { get; set; }

    /// <summary>For <see cref="RollUpRule.Percent"/>: the member (of the same type) whose sum is the denominator.</summary>
    public string? Denominator { get; set; }

    /// <summary>For <see cref="RollUpRule.Weighted"/>: the member (of the same type) that weighs each unit's value.</summary>
    public string? Weight { get; set; }

    /// <summary>For <see cref="RollUpRule.ByKey"/>: the text member of the list's record that identifies a row.</summary>
    public string? Key { get; set; }

    /// <summary>For <see cref="RollUpRule.Gather"/> on a list of records: a text member of the record set to the unit's name where empty.</summary>
    public string? UnitMember { get; set; }
}
