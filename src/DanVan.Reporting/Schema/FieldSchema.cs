namespace DanVan.Reporting.Schema;

/// <summary>One field of a report or of a nested record, as data: its name, label, kind, unit and constraints.</summary>
/// <param name="Name">The C# member name (the key in JSON and in validation paths).</param>
/// <param name="Label">The label people read ([Display(Name)]).</param>
/// <param name="Kind">What the field holds.</param>
public sealed record FieldSchema(string Name, string Label, FieldKind Kind)
{
    /// <summary>The number of the section the field belongs to, or null before the first section.</summary>
    public string? Section { get; init; }

    /// <summary>Whether the field is [Required].</summary>
    public bool IsRequired { get; init; }

    /// <summary>The unit of a quantity.</summary>
    public string? Unit { get; init; }

    /// <summary>The smallest allowed number ([Range]).</summary>
    public double? Minimum { get; init; }

    /// <summary>Whether <see cref="Minimum"/> itself is not allowed ([Range(MinimumIsExclusive = true)]).</summary>
    public bool MinimumIsExclusive { get; init; }

    /// <summary>The largest allowed number ([Range]).</summary>
    public double? Maximum { get; init; }

    /// <summary>Whether <see cref="Maximum"/> itself is not allowed ([Range(MaximumIsExclusive = true)]).</summary>
    public bool MaximumIsExclusive { get; init; }

    /// <summary>The fewest characters (UTF-16 code units) or items ([MinLength], [StringLength(MinimumLength)]).</summary>
    public int? MinLength { get; init; }

    /// <summary>The most characters (UTF-16 code units) or items ([MaxLength], [StringLength]).</summary>
    public int? MaxLength { get; init; }

    /// <summary>The pattern a text must match ([RegularExpression]).</summary>
    public string? Pattern { get; init; }

    /// <summary>For a nested record or a list of them: the key of its <see cref="GroupSchema"/>.</summary>
    public string? GroupKey { get; init; }
}
