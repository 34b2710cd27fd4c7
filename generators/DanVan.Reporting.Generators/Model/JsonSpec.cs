namespace DanVan.Reporting.Generators.Model;

/// <summary>How a member is read from and written to JSON.</summary>
/// <param name="JsonName">The camelCase JSON name.</param>
/// <param name="DeclaredType">The member's declared type, fully qualified with nullable annotations.</param>
/// <param name="ValueType">The value's type without Nullable&lt;T&gt; ("int", "decimal", "global::NodaTime.LocalDate"); for a
/// list, the item's type.</param>
/// <param name="AcceptsNull">Whether JSON null is read (a nullable or null-oblivious type).</param>
/// <param name="ItemsAcceptNull">For a list: whether an item may be null.</param>
/// <param name="IsRequiredKeyword">Whether the member is declared <c>required</c> (then it must be present).</param>
/// <param name="IsArray">Whether the list is an array (built with ToArray) rather than a list.</param>
internal sealed record JsonMemberSpec(string JsonName, string DeclaredType, string ValueType, bool AcceptsNull, bool ItemsAcceptNull, bool IsRequiredKeyword, bool IsArray);

/// <summary>Whether and how a report or nested record type is read from JSON.</summary>
/// <param name="Problem">Why the type cannot be read from JSON (DV0030), or null when it can.</param>
/// <param name="IsValueType">Whether the type is a struct.</param>
/// <param name="DocumentAcceptsNull">For a report: whether its DocumentInfo member accepts null.</param>
/// <param name="DocumentIsRequiredKeyword">For a report: whether its DocumentInfo member is declared <c>required</c>.</param>
/// <param name="DocumentSettable">For a report: whether its DocumentInfo member can be set.</param>
internal sealed record JsonTypeSpec(string? Problem, bool IsValueType, bool DocumentAcceptsNull, bool DocumentIsRequiredKeyword, bool DocumentSettable);
