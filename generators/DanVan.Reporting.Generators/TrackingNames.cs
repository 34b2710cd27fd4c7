namespace DanVan.Reporting.Generators;

/// <summary>The names of the generator's pipeline steps, for incremental-caching tests.</summary>
public static class TrackingNames
{
    /// <summary>The [Report] type read into a spec (or null when it cannot be generated).</summary>
    public const string Parse = nameof(Parse);

    /// <summary>The specs that are emitted.</summary>
    public const string Spec = nameof(Spec);
}
