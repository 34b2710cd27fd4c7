using System.Diagnostics;

namespace DanVan.Reporting;

/// <summary>
/// The list (or text) must have at most <see cref="Count"/> items (or characters): the trimming-safe twin of
/// DataAnnotations' [MaxLength].
/// </summary>
/// <remarks>
/// .NET marks the constructors of <c>[MinLength]</c> and <c>[MaxLength]</c> with <c>RequiresUnreferencedCode</c>
/// (they read <c>Count</c> by reflection when their own <c>IsValid</c> runs), so an app published with trimming or
/// NativeAOT gets warning IL2026 wherever they are applied, although DanVan's generated validator never calls them.
/// This attribute is erased from the compiled assembly and checked by the generated code only. Both are honoured.
/// </remarks>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field, Inherited = false, AllowMultiple = false)]
[Conditional("DANVAN_KEEP_ATTRIBUTES")]
public sealed class MaxCountAttribute : Attribute
{
    /// <summary>Sets the maximum.</summary>
    /// <param name="count">The most items or characters, 0 or more.</param>
    public MaxCountAttribute(int count) => Count = count;

    /// <summary>The most items or characters.</summary>
    public int Count { get; }
}
