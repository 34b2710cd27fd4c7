using System.Collections.Immutable;
using System.Globalization;

namespace DanVan.Reporting.Testing;

/// <summary>
/// How a snapshot is compared: the scrubbers that run, in order, on the received text after its line endings are
/// normalised to "\n" and before it is compared and written. Immutable: every <c>With…</c>/<c>Scrub…</c> call returns
/// a new instance, so a shared instance (a <c>static readonly</c> field) is safe.
/// </summary>
/// <example>
/// <code>
/// private static readonly SnapshotSettings s_settings = SnapshotSettings.Default.ScrubGeneratedCodeVersion().ScrubInlineGuids();
/// Snapshot.Verify(generated, "cs", settings: s_settings);
/// </code>
/// </example>
public sealed class SnapshotSettings
{
    private SnapshotSettings(ImmutableArray<Func<string, string>> scrubbers) => Scrubbers = scrubbers;

    /// <summary>No scrubbers: the text is compared as produced (line endings aside).</summary>
    public static SnapshotSettings Default { get; } = new(ImmutableArray<Func<string, string>>.Empty);

    /// <summary>The scrubbers, in the order they run.</summary>
    public ImmutableArray<Func<string, string>> Scrubbers { get; }

    /// <summary>Adds a scrubber: a function from the text to the text to compare.</summary>
    /// <param name="scrubber">Runs after the scrubbers already added; it sees "\n" line endings only.</param>
    /// <returns>New settings with the scrubber added.</returns>
    public SnapshotSettings WithScrubber(Func<string, string> scrubber)
    {
        ArgumentNullException.ThrowIfNull(scrubber);
        return new SnapshotSettings(Scrubbers.Add(scrubber));
    }

    /// <summary>Replaces every occurrence of <paramref name="find"/> (ordinal) with <paramref name="replacement"/>.</summary>
    /// <param name="find">The text to replace; not empty.</param>
    /// <param name="replacement">What to put instead.</param>
    /// <returns>New settings with the scrubber added.</returns>
    public SnapshotSettings ScrubReplace(string find, string replacement)
    {
        ArgumentException.ThrowIfNullOrEmpty(find);
        ArgumentNullException.ThrowIfNull(replacement);
        return WithScrubber(text => text.Replace(find, replacement, StringComparison.Ordinal));
    }

    /// <summary>
    /// Replaces the version in <c>GeneratedCode("Tool", "1.2.3")</c> (also <c>GeneratedCodeAttribute</c>) with
    /// <c>{version}</c>, so that snapshots of generated source survive a version bump of the generator.
    /// </summary>
    /// <returns>New settings with the scrubber added.</returns>
    public SnapshotSettings ScrubGeneratedCodeVersion() => WithScrubber(Scrubbing.GeneratedCodeVersion);

    /// <summary>
    /// Replaces Guids written inside the text ("D" format, e.g. <c>0f8fad5b-d9cb-469f-a165-70867728950e</c>) with
    /// <c>Guid_1</c>, <c>Guid_2</c>, …: the same value gets the same number within one check, as in Verify.
    /// </summary>
    /// <returns>New settings with the scrubber added.</returns>
    public SnapshotSettings ScrubInlineGuids() => WithScrubber(Scrubbing.InlineGuids);

    /// <summary>
    /// Replaces dates and times written inside the text in <paramref name="format"/> (e.g. "yyyy-MM-dd" or
    /// "dd/MM/yyyy HH:mm") with <c>DateTime_1</c>, <c>DateTime_2</c>, …: the same value gets the same number within
    /// one check. A match must not touch a letter or digit on either side.
    /// </summary>
    /// <param name="format">A custom <see cref="DateTime"/> format string.</param>
    /// <param name="culture">The culture of the format; the invariant culture when <see langword="null"/>.</param>
    /// <returns>New settings with the scrubber added.</returns>
    public SnapshotSettings ScrubInlineDateTimes(string format, CultureInfo? culture = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(format);
        var scrubber = new DateTimeScrubber(format, culture ?? CultureInfo.InvariantCulture);
        return WithScrubber(scrubber.Scrub);
    }

    /// <summary>Runs the scrubbers in order.</summary>
    internal string Apply(string text)
    {
        foreach (Func<string, string> scrubber in Scrubbers)
        {
            text = scrubber(text) ?? throw new InvalidOperationException("A snapshot scrubber returned null.");
        }

        return text;
    }
}
