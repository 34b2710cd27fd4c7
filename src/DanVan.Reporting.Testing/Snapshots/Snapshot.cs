using System.Runtime.CompilerServices;

namespace DanVan.Reporting.Testing;

/// <summary>
/// Snapshot assertions with Verify's file layout: <c>{TestClass}.{TestMethod}[_{suffix}].verified.{ext}</c> next to the
/// test's source file, committed; a failing run leaves <c>….received.{ext}</c> beside it (git-ignore <c>*.received.*</c>).
/// Works with any test framework: a failure throws <see cref="SnapshotMismatchException"/>.
/// </summary>
/// <remarks>
/// <para>
/// The class part of the name is the class that declares the test method (Verify's <c>{Class}.{Method}</c>), read from
/// the test's source file, which <see cref="CallerFilePathAttribute"/> names and which is on disk anyway since the
/// snapshots live beside it: no reflection and no stack trace, so it works under every test runner, trimmed or not.
/// The method comes from <see cref="CallerMemberNameAttribute"/>; when several classes in one file declare it, the
/// caller's line (<see cref="CallerLineNumberAttribute"/>) decides. <see cref="SnapshotSettings.UseTypeName"/> names it
/// explicitly. Keep the test project's source paths real
/// (<c>&lt;DeterministicSourcePaths&gt;false&lt;/DeterministicSourcePaths&gt;</c>); a path-mapped "/_/…" path is looked
/// up again under the ancestors of <see cref="AppContext.BaseDirectory"/>, up to the repository's root.
/// </para>
/// <para>
/// Files are written as UTF-8 without BOM with "\n" line endings and no final newline added; a verified file that
/// starts with a BOM (as Verify writes it) still matches. The received text is normalised to "\n" first, then the
/// <see cref="SnapshotSettings.Scrubbers"/> run, then it is compared.
/// </para>
/// <para>
/// To accept: rename the received file to verified (the failure message gives the command), or run the tests with
/// <c>DANVAN_ACCEPT_SNAPSHOTS=1</c>, which writes verified files for new and changed snapshots and lists them in
/// <c>accepted-snapshots.txt</c> in the test output folder. On CI (<c>CI=true</c> or a known build server) nothing is
/// ever accepted and no diff tool is opened: a missing or different verified file fails the test, the received file is
/// written for upload, and the message holds the line diff or, for a new snapshot, its content. Locally, a changed
/// snapshot opens a diff tool through DiffEngine when one is installed (<c>DiffEngine_Disabled=true</c> turns that off).
/// </para>
/// <para>
/// Converters plug in by producing text: <see cref="VerifyDocx(byte[], string?, SnapshotSettings?, string, string, int)"/>
/// turns a Word document into its <see cref="DocxProjection"/> and checks that; a helper of your own can do the same
/// and call <see cref="Verify"/>, forwarding its own <c>[CallerFilePath]</c>, <c>[CallerMemberName]</c> and
/// <c>[CallerLineNumber]</c> arguments.
/// </para>
/// </remarks>
public static partial class Snapshot
{
    private static volatile SnapshotSettings s_defaultSettings = SnapshotSettings.Default;

    /// <summary>
    /// The settings of a check that passes none: <see cref="SnapshotSettings.Default"/> unless set. Set it once for a
    /// whole test project, before any test runs (a <c>[ModuleInitializer]</c>), e.g. to keep every snapshot in a folder:
    /// <c>Snapshot.DefaultSettings = SnapshotSettings.Default.UseDirectory("Snapshots");</c>
    /// </summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public static SnapshotSettings DefaultSettings
    {
        get => s_defaultSettings;
        set => s_defaultSettings = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>Checks <paramref name="received"/> against the verified file of the calling test.</summary>
    /// <param name="received">The text produced by the test; "\r\n" and "\r" are normalised to "\n" first.</param>
    /// <param name="extension">The file extension, without the dot: "txt", "md", "html", "cs".</param>
    /// <param name="suffix">Verify's parameter part, for tests that verify more than once or theories: "culture=tr-TR" gives <c>….Method_culture=tr-TR.verified.txt</c>.</param>
    /// <param name="settings">Scrubbers and naming options; <see langword="null"/> for <see cref="DefaultSettings"/>.</param>
    /// <param name="sourceFile">Filled in by the compiler (a wrapper forwards its own caller's).</param>
    /// <param name="testMethod">Filled in by the compiler (a wrapper forwards its own caller's).</param>
    /// <param name="sourceLine">Filled in by the compiler (a wrapper forwards its own caller's).</param>
    /// <exception cref="SnapshotMismatchException">The verified file is missing or differs (and was not accepted).</exception>
    /// <exception cref="InvalidOperationException">The source file cannot be found, or the same snapshot file is checked twice in one run.</exception>
    public static void Verify(
        string received,
        string extension = "txt",
        string? suffix = null,
        SnapshotSettings? settings = null,
        [CallerFilePath] string sourceFile = "",
        [CallerMemberName] string testMethod = "",
        [CallerLineNumber] int sourceLine = 0)
    {
        ArgumentNullException.ThrowIfNull(received);
        ArgumentException.ThrowIfNullOrEmpty(extension);
        VerifyAtCaller(received, extension, companion: null, suffix, settings, sourceFile, testMethod, sourceLine);
    }

    /// <summary>The check on an explicit directory and environment; throws on failure. For the helper's own tests.</summary>
    internal static void VerifyIn(
        string directory,
        string name,
        string extension,
        string received,
        SnapshotSettings settings,
        SnapshotEnvironment environment,
        (string Extension, byte[] Bytes)? companion = null,
        string? claimant = null)
    {
        SnapshotOutcome outcome = SnapshotFile.Check(directory, name, extension, received, settings, environment, companion, claimant);
        if (!outcome.Passed)
        {
            if (outcome.VerifiedExists && environment.MayLaunchDiffTool)
            {
                DiffTool.TryLaunch(outcome.ReceivedPath, outcome.VerifiedPath);
            }

            throw new SnapshotMismatchException(outcome.Message, outcome.ReceivedPath, outcome.VerifiedPath);
        }
    }

    /// <summary>
    /// What every public check ends with: finds the calling test's snapshot file (default settings when none are given)
    /// and checks <paramref name="received"/> against it.
    /// </summary>
    private static void VerifyAtCaller(
        string received,
        string extension,
        (string Extension, byte[] Bytes)? companion,
        string? suffix,
        SnapshotSettings? settings,
        string sourceFile,
        string testMethod,
        int sourceLine)
    {
        settings ??= DefaultSettings;
        (string directory, string name, string claimant) = Locate(sourceFile, testMethod, sourceLine, suffix, settings);
        VerifyIn(directory, name, extension, received, settings, SnapshotEnvironment.Current, companion, claimant);
    }

    /// <summary>The directory and file name stem of the calling test's snapshot, and who checks it (for a clash's message).</summary>
    private static (string Directory, string Name, string Claimant) Locate(string sourceFile, string testMethod, int sourceLine, string? suffix, SnapshotSettings settings)
    {
        string sourceDirectory = SnapshotPaths.SourceDirectory(sourceFile);
        string sourcePath = Path.Combine(sourceDirectory, sourceFile.Replace('\\', '/').Split('/')[^1]);
        string testClass = SnapshotPaths.TestClass(sourcePath, testMethod, sourceLine, settings);
        string directory = settings.Directory is null ? sourceDirectory : Path.GetFullPath(Path.Combine(sourceDirectory, settings.Directory));
        string claimant = testClass + "." + testMethod + " (" + sourcePath + ":" + sourceLine.ToString(System.Globalization.CultureInfo.InvariantCulture) + ")";
        return (directory, SnapshotPaths.Name(testClass, testMethod, suffix, settings.IsUniqueForTargetFramework), claimant);
    }
}
