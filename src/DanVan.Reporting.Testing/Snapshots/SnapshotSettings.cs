using System.Collections.Immutable;
using System.Globalization;

namespace DanVan.Reporting.Testing;

/// <summary>
/// How a snapshot is named and compared: the scrubbers that run, in order, on the received text after its line
/// endings are normalised to "\n" and before it is compared and written; the folder, class name and target framework
/// part of the file name; whether a verified file with "\r\n" line endings is read as "\n". Immutable: every
/// <c>With…</c>/<c>Scrub…</c>/<c>Use…</c> call returns a new instance, so a shared instance (a <c>static readonly</c>
/// field, or <see cref="Snapshot.DefaultSettings"/>) is safe.
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

    /// <summary>No scrubbers, no options: the text is compared as produced (line endings aside), beside the test source.</summary>
    public static SnapshotSettings Default { get; } = new(ImmutableArray<Func<string, string>>.Empty);

    /// <summary>The scrubbers, in the order they run.</summary>
    public ImmutableArray<Func<string, string>> Scrubbers { get; private init; }

    /// <summary>The folder of the snapshot files relative to the test source's folder (or absolute); <see langword="null"/> for the source's folder itself.</summary>
    public string? Directory { get; private init; }

    /// <summary>The class part of the file name when set; otherwise the class that declares the test method.</summary>
    public string? TypeName { get; private init; }

    /// <summary>Whether the file name carries the target framework the tests run on: <c>….net8.0.verified.txt</c>.</summary>
    public bool IsUniqueForTargetFramework { get; private init; }

    /// <summary>Whether a verified file's "\r\n" (or "\r") line endings are read as "\n" before comparing.</summary>
    public bool NormalizesVerifiedLineEndings { get; private init; }

    /// <summary>
    /// Keeps the snapshot files in <paramref name="directory"/>, relative to the test source's folder (Verify's
    /// <c>UseDirectory</c>): <c>UseDirectory("Snapshots")</c> puts them in a <c>Snapshots</c> folder beside the test.
    /// The folder is created when a file is first written.
    /// </summary>
    /// <param name="directory">A relative folder (or an absolute path); not empty.</param>
    /// <returns>New settings with the folder set.</returns>
    public SnapshotSettings UseDirectory(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        if (directory.IndexOfAny(Path.GetInvalidPathChars()) >= 0 || directory.Contains('\0', StringComparison.Ordinal))
        {
            throw new ArgumentException(
                SnapshotMessages.Format(
                    "Thư mục ảnh chụp \"{0}\" có ký tự không được dùng trong đường dẫn.",
                    "The snapshot directory \"{0}\" contains a character that is not allowed in a path.",
                    directory),
                nameof(directory));
        }

        return new SnapshotSettings(this) { Directory = directory };
    }

    /// <summary>
    /// Names the files after <paramref name="typeName"/> instead of the class that declares the test method (Verify's
    /// <c>UseTypeName</c>): for a helper that checks on behalf of several classes, or a name kept from a renamed class.
    /// </summary>
    /// <param name="typeName">The class part of the file name; not empty.</param>
    /// <returns>New settings with the name set.</returns>
    public SnapshotSettings UseTypeName(string typeName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(typeName);
        return new SnapshotSettings(this) { TypeName = typeName };
    }

    /// <summary>
    /// Keeps one verified file per target framework, for a multi-targeted test project whose output differs between
    /// them: <c>{Class}.{Method}.net8.0.verified.txt</c> and <c>….net10.0.verified.txt</c>. The framework is the one
    /// the test runs on (<see cref="Environment.Version"/>: <c>dotnet test</c> runs each target framework of a test
    /// project on its own runtime), so no reflection is needed.
    /// </summary>
    /// <returns>New settings with the option on.</returns>
    public SnapshotSettings UniqueForTargetFramework() => new SnapshotSettings(this) { IsUniqueForTargetFramework = true };

    /// <summary>
    /// Reads a verified file's "\r\n" (and "\r") line endings as "\n" before comparing: for a checkout that converts
    /// line endings (Git for Windows' <c>core.autocrlf=true</c>) in a repository without <c>*.verified.* text eol=lf</c>
    /// in its .gitattributes. Off by default, because the .gitattributes line is the fix; received and accepted files
    /// are still written with "\n".
    /// </summary>
    /// <returns>New settings with the option on.</returns>
    public SnapshotSettings NormalizeVerifiedLineEndings() => new SnapshotSettings(this) { NormalizesVerifiedLineEndings = true };

    /// <summary>The target framework part of a file name: "net8.0", "net10.0".</summary>
    internal static string TargetFramework =>
        "net" + Environment.Version.Major.ToString(CultureInfo.InvariantCulture) + "." + Environment.Version.Minor.ToString(CultureInfo.InvariantCulture);

    /// <summary>Adds a scrubber: a function from the text to the text to compare.</summary>
    /// <param name="scrubber">Runs after the scrubbers already added; it sees "\n" line endings only.</param>
    /// <returns>New settings with the scrubber added.</returns>
    public SnapshotSettings WithScrubber(Func<string, string> scrubber)
    {
        ArgumentNullException.ThrowIfNull(scrubber);
        return new SnapshotSettings(this) { Scrubbers = Scrubbers.Add(scrubber) };
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

    private SnapshotSettings(SnapshotSettings other)
        : this(other.Scrubbers)
    {
        Directory = other.Directory;
        TypeName = other.TypeName;
        IsUniqueForTargetFramework = other.IsUniqueForTargetFramework;
        NormalizesVerifiedLineEndings = other.NormalizesVerifiedLineEndings;
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
