namespace DanVan.Reporting.Testing;

/// <summary>
/// SnapshotChecks on this repository (which follows the recipe) and on repositories built in a temporary folder that
/// lack a line, or hold a verified file whose test is gone.
/// </summary>
public sealed class SnapshotChecksTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("danvan-snapshot-checks-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void ThisRepository_FollowsTheRecipe() => SnapshotChecks.AssertGitSetUp();

    [Fact]
    public void ThisProject_HasNoOrphanedSnapshots() => SnapshotChecks.AssertNoOrphanedSnapshots(keep: ["RenamedTests."]);

    [Fact]
    public void GitSetUp_NoLines_FailsNamingBothLinesAndFiles()
    {
        string source = Repository(attributes: "* text=auto\n", ignore: "bin/\nobj/\n");
        using IDisposable english = MessageSettings.Use(MessageLanguage.English);

        SnapshotSetupException failure = Assert.Throws<SnapshotSetupException>(() => SnapshotChecks.AssertGitSetUp(source));

        Assert.Contains(Path.Combine(_root, ".gitattributes") + ": the line `*.verified.* text eol=lf` is missing: 'proj/T.M.verified.txt'", failure.Message, StringComparison.Ordinal);
        Assert.Contains(Path.Combine(_root, ".gitignore") + ": the line `*.received.*` is missing: the received file 'proj/T.M.received.txt'", failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("*.verified.* text eol=lf\n", "*.received.*\n")]
    [InlineData("* text=auto eol=lf\n", "**/*.received.*\n")]
    [InlineData("*.txt text eol=lf\n", "*.received.txt\n")]
    public void GitSetUp_WithTheLinesOrRulesThatDoTheSame_Passes(string attributes, string ignore)
    {
        SnapshotChecks.AssertGitSetUp(Repository(attributes, ignore));
    }

    [Theory]
    [InlineData("*.verified.* text eol=lf\n*.txt binary\n", "*.received.*\n")]
    [InlineData("*.verified.* text eol=lf\n*.txt eol=crlf\n", "*.received.*\n")]
    [InlineData("*.verified.* text eol=lf\n", "*.received.*\n!*.received.txt\n")]
    public void GitSetUp_ALaterLineUndoingIt_Fails(string attributes, string ignore)
    {
        Assert.Throws<SnapshotSetupException>(() => SnapshotChecks.AssertGitSetUp(Repository(attributes, ignore)));
    }

    [Fact]
    public void GitSetUp_OutsideARepository_SaysSo()
    {
        string source = Repository("", "");
        Directory.Delete(Path.Combine(_root, ".git"));

        SnapshotSetupException failure = Assert.Throws<SnapshotSetupException>(() => SnapshotChecks.AssertGitSetUp(source));
        Assert.Contains(".git", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Orphans_AreListedWithTheCommandThatDeletesThem()
    {
        string source = Repository("", "");
        File.WriteAllText(Path.Combine(_root, "proj", "T.M_suffix.verified.md"), "x");
        File.WriteAllText(Path.Combine(_root, "proj", "T.M.net8.0.verified.txt"), "x");
        File.WriteAllText(Path.Combine(_root, "proj", "T.Gone.verified.txt"), "x");
        Directory.CreateDirectory(Path.Combine(_root, "proj", "Snapshots"));
        File.WriteAllText(Path.Combine(_root, "proj", "Snapshots", "Removed.M.verified.docx.txt"), "x");
        Directory.CreateDirectory(Path.Combine(_root, "proj", "bin"));
        File.WriteAllText(Path.Combine(_root, "proj", "bin", "Copied.X.verified.txt"), "x");
        using IDisposable english = MessageSettings.Use(MessageLanguage.English);

        SnapshotSetupException failure = Assert.Throws<SnapshotSetupException>(() => SnapshotChecks.AssertNoOrphanedSnapshots(sourceFile: source));

        Assert.StartsWith("2 verified file(s) have no test any more", failure.Message, StringComparison.Ordinal);
        Assert.Contains("  git rm '" + Path.Combine(_root, "proj", "Snapshots", "Removed.M.verified.docx.txt") + "'\n", failure.Message, StringComparison.Ordinal);
        Assert.Contains("  git rm '" + Path.Combine(_root, "proj", "T.Gone.verified.txt") + "'\n", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("T.M", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Copied", failure.Message, StringComparison.Ordinal);

        SnapshotChecks.AssertNoOrphanedSnapshots(keep: ["T.Gone", "Removed."], sourceFile: source);
    }

    /// <summary>A repository with a project holding class T with method M and its verified file; returns T's source path.</summary>
    private string Repository(string attributes, string ignore)
    {
        Directory.CreateDirectory(Path.Combine(_root, ".git"));
        File.WriteAllText(Path.Combine(_root, ".gitattributes"), attributes);
        File.WriteAllText(Path.Combine(_root, ".gitignore"), ignore);
        string project = Directory.CreateDirectory(Path.Combine(_root, "proj")).FullName;
        File.WriteAllText(Path.Combine(project, "P.csproj"), "<Project Sdk=\"Microsoft.NET.Sdk\" />");
        string source = Path.Combine(project, "T.cs");
        File.WriteAllText(source, "public class T { public void M() { } }");
        File.WriteAllText(Path.Combine(project, "T.M.verified.txt"), "x");
        return source;
    }
}
