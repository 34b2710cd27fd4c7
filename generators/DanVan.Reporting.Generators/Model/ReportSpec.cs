using DanVan.Reporting.Generators.Helpers;

namespace DanVan.Reporting.Generators.Model;

/// <summary>
/// Everything the emitter needs to write one report's file. Must be immutable and structurally equatable: it is the
/// cache key of the generator's pipeline, so it holds only strings, numbers, enums and other specs — never a symbol,
/// a syntax node, a location or a compilation.
/// </summary>
internal sealed record ReportSpec
{
    /// <summary>The namespace, or empty for the global namespace.</summary>
    public required string Namespace { get; init; }

    /// <summary>The containing types, outermost first, as "partial class Outer" declarations.</summary>
    public required EquatableArray<ContainingTypeSpec> ContainingTypes { get; init; }

    /// <summary>"class", "record", "struct" or "record struct".</summary>
    public required string Keyword { get; init; }

    /// <summary>The type's name.</summary>
    public required string Name { get; init; }

    /// <summary>The fully qualified name, with <c>global::</c>.</summary>
    public required string FullyQualifiedName { get; init; }

    /// <summary>The [Report] title.</summary>
    public required string Title { get; init; }

    /// <summary>The PeriodKind member name the report declares, e.g. "FirstHalf".</summary>
    public required string PeriodKind { get; init; }

    /// <summary>The name of the report's <c>DocumentInfo</c> member, or null when it has none.</summary>
    public string? DocumentMember { get; init; }

    /// <summary>The report's members, in declaration order, with the section each opens.</summary>
    public required EquatableArray<MemberSpec> Members { get; init; }

    /// <summary>The nested record types reachable from the members, each validated and rendered by its own method.</summary>
    public required EquatableArray<GroupTypeSpec> GroupTypes { get; init; }

    /// <summary>
    /// The ids of the errors in the declaration ("DV0005, DV0016") when the report cannot be generated but its type can
    /// still take the generated members: a placeholder is emitted whose members throw, so that the user's calls to
    /// Validate() and WriteTo() compile and the build shows the DV error alone, not a cascade of CS1061. Null otherwise.
    /// </summary>
    public string? PlaceholderFor { get; init; }

    /// <summary>Whether and how the report is read from JSON (it is when <see cref="JsonTypeSpec.Problem"/> is null).</summary>
    public JsonTypeSpec? Json { get; init; }

    /// <summary>Whether the report takes part in roll-up (one of its own members carries [RollUp]).</summary>
    public bool RollUp { get; init; }
}

/// <summary>A type that contains the report (the report is nested in it).</summary>
/// <param name="Keyword">"class", "interface", "record", "struct" or "record struct".</param>
/// <param name="Name">The type's name.</param>
/// <param name="TypeParameters">Its type parameter list as C# ("&lt;T, U&gt;"), or empty.</param>
internal sealed record ContainingTypeSpec(string Keyword, string Name, string TypeParameters = "");
