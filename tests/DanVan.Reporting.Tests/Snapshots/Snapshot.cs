using System.Runtime.CompilerServices;

namespace DanVan.Reporting.Tests.Snapshots;

/// <summary>
/// Snapshot assertions with Verify's file layout: <c>{TestClass}.{TestMethod}[_{suffix}].verified.{ext}</c> next to the
/// test's source file, committed; a failing run leaves <c>….received.{ext}</c> beside it (git-ignored).
/// </summary>
/// <remarks>
/// <para>
/// The test class name is the source file's name (one class per file, named after it), the method name comes from
/// <see cref="CallerMemberNameAttribute"/>, the directory from <see cref="CallerFilePathAttribute"/> (path-mapped
/// "/_/…" paths of deterministic builds are found again under the build output's ancestors).
/// </para>
/// <para>
/// To accept: rename the received file to verified (the failure message gives the command), or run the tests with
/// <c>DANVAN_ACCEPT_SNAPSHOTS=1</c>, which writes verified files for new and changed snapshots. On CI (<c>CI=true</c>
/// or a known build server) nothing is ever accepted: a missing or different verified file fails the test and the
/// received file is written for upload.
/// </para>
/// </remarks>
public static class Snapshot
{
    /// <summary>Checks <paramref name="received"/> against the verified file of the calling test.</summary>
    /// <param name="received">The text produced by the test; "\r\n" and "\r" are normalised to "\n" first.</param>
    /// <param name="extension">The file extension, without the dot: "txt", "md", "html".</param>
    /// <param name="suffix">Verify's parameter part, for tests that verify more than once or theories: "culture=tr-TR" gives <c>….Method_culture=tr-TR.verified.txt</c>.</param>
    /// <param name="sourceFile">Filled in by the compiler.</param>
    /// <param name="testMethod">Filled in by the compiler.</param>
    public static void Verify(
        string received,
        string extension = "txt",
        string? suffix = null,
        [CallerFilePath] string sourceFile = "",
        [CallerMemberName] string testMethod = "")
    {
        string directory = SnapshotPaths.SourceDirectory(sourceFile);
        string name = SnapshotPaths.Name(Path.GetFileNameWithoutExtension(sourceFile.Replace('\\', '/').Split('/')[^1]), testMethod, suffix);
        SnapshotOutcome outcome = SnapshotFile.Check(directory, name, extension, received, SnapshotEnvironment.Current);
        if (!outcome.Passed)
        {
            Assert.Fail(outcome.Message);
        }
    }
}
