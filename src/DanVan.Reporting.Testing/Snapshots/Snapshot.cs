using System.Runtime.CompilerServices;

namespace DanVan.Reporting.Testing;

/// <summary>
/// Snapshot assertions with Verify's file layout: <c>{TestClass}.{TestMethod}[_{suffix}].verified.{ext}</c> next to the
/// test's source file, committed; a failing run leaves <c>….received.{ext}</c> beside it (git-ignore <c>*.received.*</c>).
/// Works with any test framework: a failure throws <see cref="SnapshotMismatchException"/>.
/// </summary>
/// <remarks>
/// <para>
/// The test class name is the source file's name (one class per file, named after it), the method name comes from
/// <see cref="CallerMemberNameAttribute"/>, the directory from <see cref="CallerFilePathAttribute"/>. Keep the test
/// project's source paths real (<c>&lt;DeterministicSourcePaths&gt;false&lt;/DeterministicSourcePaths&gt;</c>); a
/// path-mapped "/_/…" path is looked up again under the ancestors of <see cref="AppContext.BaseDirectory"/>.
/// </para>
/// <para>
/// Files are written as UTF-8 without BOM with "\n" line endings and no final newline added; a verified file that
/// starts with a BOM (as Verify writes it) still matches. The received text is normalised to "\n" first, then the
/// <see cref="SnapshotSettings.Scrubbers"/> run, then it is compared.
/// </para>
/// <para>
/// To accept: rename the received file to verified (the failure message gives the command), or run the tests with
/// <c>DANVAN_ACCEPT_SNAPSHOTS=1</c>, which writes verified files for new and changed snapshots. On CI (<c>CI=true</c>
/// or a known build server) nothing is ever accepted and no diff tool is opened: a missing or different verified file
/// fails the test and the received file is written for upload. Locally, a changed snapshot opens a diff tool through
/// DiffEngine when one is installed (<c>DiffEngine_Disabled=true</c> turns that off).
/// </para>
/// <para>
/// Converters plug in by producing text: <see cref="VerifyDocx(byte[], string?, SnapshotSettings?, string, string)"/>
/// turns a Word document into its <see cref="DocxProjection"/> and checks that; a helper of your own can do the same
/// and call <see cref="Verify"/>, forwarding its own <c>[CallerFilePath]</c> and <c>[CallerMemberName]</c> arguments.
/// </para>
/// </remarks>
public static partial class Snapshot
{
    /// <summary>Checks <paramref name="received"/> against the verified file of the calling test.</summary>
    /// <param name="received">The text produced by the test; "\r\n" and "\r" are normalised to "\n" first.</param>
    /// <param name="extension">The file extension, without the dot: "txt", "md", "html", "cs".</param>
    /// <param name="suffix">Verify's parameter part, for tests that verify more than once or theories: "culture=tr-TR" gives <c>….Method_culture=tr-TR.verified.txt</c>.</param>
    /// <param name="settings">Scrubbers to apply before comparing; <see langword="null"/> for <see cref="SnapshotSettings.Default"/>.</param>
    /// <param name="sourceFile">Filled in by the compiler (a wrapper forwards its own caller's).</param>
    /// <param name="testMethod">Filled in by the compiler (a wrapper forwards its own caller's).</param>
    /// <exception cref="SnapshotMismatchException">The verified file is missing or differs (and was not accepted).</exception>
    /// <exception cref="InvalidOperationException">The source file cannot be found, or the same snapshot file is checked twice in one run.</exception>
    public static void Verify(
        string received,
        string extension = "txt",
        string? suffix = null,
        SnapshotSettings? settings = null,
        [CallerFilePath] string sourceFile = "",
        [CallerMemberName] string testMethod = "")
    {
        ArgumentNullException.ThrowIfNull(received);
        ArgumentException.ThrowIfNullOrEmpty(extension);
        (string directory, string name) = Locate(sourceFile, testMethod, suffix);
        VerifyIn(directory, name, extension, received, settings ?? SnapshotSettings.Default, SnapshotEnvironment.Current);
    }

    /// <summary>The check on an explicit directory and environment; throws on failure. For the helper's own tests.</summary>
    internal static void VerifyIn(
        string directory,
        string name,
        string extension,
        string received,
        SnapshotSettings settings,
        SnapshotEnvironment environment,
        (string Extension, byte[] Bytes)? companion = null)
    {
        SnapshotOutcome outcome = SnapshotFile.Check(directory, name, extension, received, settings, environment, companion);
        if (!outcome.Passed)
        {
            if (outcome.VerifiedExists && environment.MayLaunchDiffTool)
            {
                DiffTool.TryLaunch(outcome.ReceivedPath, outcome.VerifiedPath);
            }

            throw new SnapshotMismatchException(outcome.Message, outcome.ReceivedPath, outcome.VerifiedPath);
        }
    }

    /// <summary>The directory and file name stem of the calling test's snapshot.</summary>
    private static (string Directory, string Name) Locate(string sourceFile, string testMethod, string? suffix) =>
        (SnapshotPaths.SourceDirectory(sourceFile),
         SnapshotPaths.Name(Path.GetFileNameWithoutExtension(sourceFile.Replace('\\', '/').Split('/')[^1]), testMethod, suffix));
}
