using System.Diagnostics;

namespace DanVan.Reporting;

/// <summary>
/// Starts a numbered section ("mục") of the report at this member: this member and those after it, up to the next
/// section, are rendered under "<c>number</c>. <c>title</c>".
/// </summary>
/// <remarks>
/// The title may name the report's periods, resolved when the report is rendered: <c>{period}</c> (the period itself,
/// "6 tháng đầu năm 2024"), <c>{next}</c> (the following period, the one "phương hướng, nhiệm vụ" plans for) and
/// <c>{year}</c>. In an upper-case title they are written in upper case ("PHƯƠNG HƯỚNG, NHIỆM VỤ {next}" →
/// "PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2024"). Any other placeholder is a compile-time error (DV0007).
/// </remarks>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field, Inherited = false, AllowMultiple = false)]
[Conditional("DANVAN_KEEP_ATTRIBUTES")]
public sealed class SectionAttribute : Attribute
{
    /// <summary>Starts a section.</summary>
    /// <param name="number">The section's number as written, e.g. "I", "II" (Roman numerals for mục in official documents).</param>
    /// <param name="title">The section's title, e.g. "KẾT QUẢ THỰC HIỆN".</param>
    public SectionAttribute(string number, string title)
    {
        Number = number;
        Title = title;
    }

    /// <summary>The section's number as written.</summary>
    public string Number { get; }

    /// <summary>The section's title, with optional placeholders.</summary>
    public string Title { get; }
}
