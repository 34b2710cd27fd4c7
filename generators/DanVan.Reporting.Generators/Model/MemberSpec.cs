using DanVan.Reporting.Generators.Helpers;
using DanVan.Reporting.Schema;

namespace DanVan.Reporting.Generators.Model;

/// <summary>One property or field of a report or of a nested record: how to validate and render it.</summary>
/// <remarks>Immutable and structurally equatable (see <see cref="ReportSpec"/>).</remarks>
internal sealed record MemberSpec
{
    /// <summary>The C# member name.</summary>
    public required string Name { get; init; }

    /// <summary>The label: [Display(Name)] or the member name.</summary>
    public required string Label { get; init; }

    /// <summary>How the value is rendered.</summary>
    public required FieldKind Kind { get; init; }

    /// <summary>Whether the member's type can hold null (a reference type or a Nullable&lt;T&gt;).</summary>
    public required bool IsNullable { get; init; }

    /// <summary>For a list: how its count is read ("Count" or "Length"); otherwise null.</summary>
    public string? CountProperty { get; init; }

    /// <summary>For a group or a list of groups: the key of the <see cref="GroupTypeSpec"/>.</summary>
    public string? GroupKey { get; init; }

    /// <summary>The unit of a [Quantity].</summary>
    public string? Unit { get; init; }

    /// <summary>Whether the number is a float or double (formatted and range-checked as double, not decimal).</summary>
    public bool IsFloatingPoint { get; init; }

    /// <summary>
    /// Whether the number is an integer that converts to <see cref="long"/> without loss (every integer type but
    /// <see cref="ulong"/>): rendered through the runtime's <c>long</c> overloads, with no decimal made for it.
    /// </summary>
    public bool IsLongInteger { get; init; }

    /// <summary>Decimal places of a [Percent].</summary>
    public int Decimals { get; init; }

    /// <summary>Whether [Table] renders the record or list of records as a table.</summary>
    public bool IsTable { get; init; }

    /// <summary>The section this member opens, if it carries [Section].</summary>
    public SectionSpec? Section { get; init; }

    /// <summary>The validation rules, in a fixed order.</summary>
    public required EquatableArray<RuleSpec> Rules { get; init; }

    /// <summary>How the member is read from and written to JSON; null when it cannot be set, so JSON leaves it out.</summary>
    public JsonMemberSpec? Json { get; init; }

    /// <summary>The member's [RollUp] rule, or null when it has none.</summary>
    public RollUpSpec? RollUp { get; init; }
}

/// <summary>A section opened by a member: its number and its title split into literal text and placeholders.</summary>
internal sealed record SectionSpec(string Number, EquatableArray<TitlePart> Title, bool UpperCase);

/// <summary>A piece of a section title: literal text, or a placeholder resolved when rendering.</summary>
internal sealed record TitlePart(TitlePartKind Kind, string Text);

/// <summary>The placeholders a section title may use.</summary>
internal enum TitlePartKind
{
    Literal,
    Period,
    Next,
    Year,
}

/// <summary>A nested record type: its members, validated and rendered by a method of its own.</summary>
internal sealed record GroupTypeSpec(string Key, string FullyQualifiedName, EquatableArray<MemberSpec> Members)
{
    /// <summary>Whether a copy of the record can be made with a <c>with</c> expression (a record or a struct).</summary>
    public bool SupportsWith { get; init; }

    /// <summary>Whether and how the record is built from JSON.</summary>
    public JsonTypeSpec? Json { get; init; }
}
