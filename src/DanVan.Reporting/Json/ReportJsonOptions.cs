namespace DanVan.Reporting.Json;

/// <summary>How reports are read from JSON: size and depth limits, and the expected <c>"kind"</c>.</summary>
/// <remarks>Immutable; <see cref="Default"/> is shared.</remarks>
public sealed record ReportJsonOptions
{
    /// <summary>The default <see cref="MaxBytes"/>: 4 MiB (4,194,304 bytes), far above any real report.</summary>
    public const int DefaultMaxBytes = 4 * 1024 * 1024;

    /// <summary>The default <see cref="MaxDepth"/>: 64 nested objects and arrays.</summary>
    public const int DefaultMaxDepth = 64;

    /// <summary>The options used when none are given.</summary>
    public static ReportJsonOptions Default { get; } = new();

    /// <summary>The longest input accepted, in bytes (a BOM included); longer input is rejected unread.</summary>
    public int MaxBytes { get; init; } = DefaultMaxBytes;

    /// <summary>The deepest nesting of objects and arrays accepted.</summary>
    public int MaxDepth { get; init; } = DefaultMaxDepth;

    /// <summary>
    /// The kind id the top-level <c>"kind"</c> property must have (e.g. <c>"giao-ban-quy"</c>); null (the default) accepts
    /// any text there, or no <c>"kind"</c> at all, and ignores it.
    /// </summary>
    public string? Kind { get; init; }
}
