using System.Text;

namespace DanVan.Reporting.Testing;

/// <summary>The snapshot helper itself, in a temporary directory.</summary>
public sealed class SnapshotTests : IDisposable
{
    private static readonly SnapshotEnvironment s_local = new(AcceptRequested: false, OnCi: false);
    private static readonly SnapshotEnvironment s_accepting = new(AcceptRequested: true, OnCi: false);
    private static readonly SnapshotEnvironment s_ci = new(AcceptRequested: true, OnCi: true);
    private static readonly SnapshotSettings s_none = SnapshotSettings.Default;

    private readonly string _directory = Directory.CreateTempSubdirectory("danvan-snapshots-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Missing_Local_WritesReceivedAndFails()
    {
        SnapshotOutcome outcome = SnapshotFile.Check(_directory, "T.Missing_Local", "txt", "Đảng\n", s_none, s_local);

        Assert.False(outcome.Passed);
        Assert.StartsWith("Snapshot New", outcome.Message, StringComparison.Ordinal);
        Assert.Contains("Received: " + Path.Combine(_directory, "T.Missing_Local.received.txt"), outcome.Message, StringComparison.Ordinal);
        Assert.Contains("Verified: " + Path.Combine(_directory, "T.Missing_Local.verified.txt"), outcome.Message, StringComparison.Ordinal);
        Assert.Contains("mv '", outcome.Message, StringComparison.Ordinal);
        Assert.Contains("DANVAN_ACCEPT_SNAPSHOTS=1", outcome.Message, StringComparison.Ordinal);
        Assert.Equal("Đảng\n"u8.ToArray(), File.ReadAllBytes(Path.Combine(_directory, "T.Missing_Local.received.txt")));
        Assert.False(File.Exists(Path.Combine(_directory, "T.Missing_Local.verified.txt")));
    }

    [Fact]
    public void Missing_Accepting_WritesVerifiedWithoutBomAndLfAndPasses()
    {
        SnapshotOutcome outcome = SnapshotFile.Check(_directory, "T.Accept", "md", "a\r\nb\rc", s_none, s_accepting);

        Assert.True(outcome.Passed);
        Assert.Equal("a\nb\nc"u8.ToArray(), File.ReadAllBytes(Path.Combine(_directory, "T.Accept.verified.md")));
        Assert.False(File.Exists(Path.Combine(_directory, "T.Accept.received.md")));
    }

    [Fact]
    public void Missing_OnCi_NeverAccepts()
    {
        SnapshotOutcome outcome = SnapshotFile.Check(_directory, "T.Ci", "txt", "x", s_none, s_ci);

        Assert.False(outcome.Passed);
        Assert.Contains("never accepted", outcome.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("mv '", outcome.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_directory, "T.Ci.verified.txt")));
        Assert.True(File.Exists(Path.Combine(_directory, "T.Ci.received.txt")));
    }

    [Fact]
    public void Different_OnCi_NeverOverwrites()
    {
        File.WriteAllText(Path.Combine(_directory, "T.CiDiff.verified.txt"), "old");

        Assert.False(SnapshotFile.Check(_directory, "T.CiDiff", "txt", "new", s_none, s_ci).Passed);
        Assert.Equal("old", File.ReadAllText(Path.Combine(_directory, "T.CiDiff.verified.txt")));
        Assert.Equal("new", File.ReadAllText(Path.Combine(_directory, "T.CiDiff.received.txt")));
    }

    [Fact]
    public void Equal_DeletesStaleReceivedAndPasses()
    {
        File.WriteAllText(Path.Combine(_directory, "T.Equal.verified.txt"), "x\ny");
        File.WriteAllText(Path.Combine(_directory, "T.Equal.received.txt"), "old");

        SnapshotOutcome outcome = SnapshotFile.Check(_directory, "T.Equal", "txt", "x\r\ny", s_none, s_local);

        Assert.True(outcome.Passed);
        Assert.False(File.Exists(Path.Combine(_directory, "T.Equal.received.txt")));
    }

    [Fact]
    public void VerifiedWithBom_MatchesAsVerifyWritesIt()
    {
        File.WriteAllBytes(Path.Combine(_directory, "T.Bom.verified.txt"), [0xEF, 0xBB, 0xBF, (byte)'x']);

        Assert.True(SnapshotFile.Check(_directory, "T.Bom", "txt", "x", s_none, s_local).Passed);
    }

    [Fact]
    public void Received_IsWrittenWithoutBomAndWithLf()
    {
        File.WriteAllText(Path.Combine(_directory, "T.Written.verified.txt"), "other");

        SnapshotFile.Check(_directory, "T.Written", "txt", "Ủy ban\r\nxã\r\n", s_none, s_local);

        Assert.Equal("Ủy ban\nxã\n"u8.ToArray(), File.ReadAllBytes(Path.Combine(_directory, "T.Written.received.txt")));
    }

    [Fact]
    public void Different_ShowsTheDifferingLinesWithContext()
    {
        File.WriteAllText(Path.Combine(_directory, "T.Diff.verified.txt"), "1\n2\n3\n4\nb\n6\n7\n8\n9", new UTF8Encoding(false));

        SnapshotOutcome outcome = SnapshotFile.Check(_directory, "T.Diff", "txt", "1\n2\n3\n4\nB\n6\n7\n8\n9", s_none, s_local);

        Assert.False(outcome.Passed);
        Assert.StartsWith("Snapshot NotEqual", outcome.Message, StringComparison.Ordinal);
        Assert.Contains(
            "First difference at line 5 (- verified, + received):\n@@ -2,7 +2,7 @@\n  2\n  3\n  4\n- b\n+ B\n  6\n  7\n  8\n",
            outcome.Message,
            StringComparison.Ordinal);
        Assert.DoesNotContain("  1\n", outcome.Message, StringComparison.Ordinal);
        Assert.Contains("mv '" + Path.Combine(_directory, "T.Diff.received.txt") + "' '" + Path.Combine(_directory, "T.Diff.verified.txt") + "'", outcome.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Different_AddedLinesAtTheEnd_AreShown()
    {
        File.WriteAllText(Path.Combine(_directory, "T.Added.verified.txt"), "a\nb");

        SnapshotOutcome outcome = SnapshotFile.Check(_directory, "T.Added", "txt", "a\nb\nc", s_none, s_local);

        Assert.Contains("First difference at line 3 (- verified, + received):\n@@ -1,2 +1,3 @@\n  a\n  b\n+ c\n", outcome.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Different_OnlyFinalNewline_IsSaid()
    {
        File.WriteAllText(Path.Combine(_directory, "T.FinalNewline.verified.txt"), "a\nb");

        SnapshotOutcome outcome = SnapshotFile.Check(_directory, "T.FinalNewline", "txt", "a\nb\n", s_none, s_local);

        Assert.Contains("Only the final newlines differ: the verified file has 0 final newlines, the received text 1 final newline.\n", outcome.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Different_LongChange_IsCut()
    {
        File.WriteAllText(Path.Combine(_directory, "T.Long.verified.txt"), string.Join('\n', Enumerable.Range(0, 100).Select(i => "v" + i)));

        SnapshotOutcome outcome = SnapshotFile.Check(_directory, "T.Long", "txt", string.Join('\n', Enumerable.Range(0, 100).Select(i => "r" + i)), s_none, s_local);

        Assert.Contains("- v19\n- … 80 more line(s)\n+ r0\n", outcome.Message, StringComparison.Ordinal);
        Assert.Contains("+ … 80 more line(s)\n", outcome.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("r20", outcome.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void VerifiedWithCarriageReturns_IsReported()
    {
        File.WriteAllText(Path.Combine(_directory, "T.Crlf.verified.txt"), "a\r\nb");

        SnapshotOutcome outcome = SnapshotFile.Check(_directory, "T.Crlf", "txt", "a\nb", s_none, s_local);

        Assert.False(outcome.Passed);
        Assert.Contains("must use \\n line endings", outcome.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Different_Accepting_OverwritesVerified()
    {
        File.WriteAllText(Path.Combine(_directory, "T.Overwrite.verified.txt"), "old");

        Assert.True(SnapshotFile.Check(_directory, "T.Overwrite", "txt", "new", s_none, s_accepting).Passed);
        Assert.Equal("new", File.ReadAllText(Path.Combine(_directory, "T.Overwrite.verified.txt")));
    }

    [Fact]
    public void SamePathTwice_Throws()
    {
        SnapshotFile.Check(_directory, "T.Twice", "txt", "x", s_none, s_accepting);

        Assert.Throws<InvalidOperationException>(() => SnapshotFile.Check(_directory, "T.Twice", "txt", "x", s_none, s_accepting));
    }

    [Fact]
    public void VerifyIn_Mismatch_ThrowsTheFrameworkFreeException()
    {
        File.WriteAllText(Path.Combine(_directory, "T.Throw.verified.txt"), "a");

        SnapshotMismatchException exception = Assert.Throws<SnapshotMismatchException>(
            () => Snapshot.VerifyIn(_directory, "T.Throw", "txt", "b", s_none, s_local));

        Assert.StartsWith("Snapshot NotEqual", exception.Message, StringComparison.Ordinal);
        Assert.Equal(Path.Combine(_directory, "T.Throw.received.txt"), exception.ReceivedPath);
        Assert.Equal(Path.Combine(_directory, "T.Throw.verified.txt"), exception.VerifiedPath);
    }

    [Fact]
    public void Verify_BesideTheSource_UsesVerifysLayout()
    {
        // SnapshotTests.Verify_BesideTheSource_UsesVerifysLayout.verified.txt is committed next to this file.
        Snapshot.Verify("Báo cáo sơ kết\nBan Dân vận\n");
    }

    [Theory]
    [InlineData("1", null, null, true, false)]
    [InlineData("true", null, null, true, false)]
    [InlineData("0", null, null, false, false)]
    [InlineData(null, "true", null, false, true)]
    [InlineData("1", "true", null, true, true)]
    [InlineData("1", null, "1", true, true)]
    [InlineData(null, "false", null, false, false)]
    public void Environment_AcceptsOnlyLocally(string? accept, string? ci, string? githubActions, bool acceptRequested, bool onCi)
    {
        var variables = new Dictionary<string, string?> { ["DANVAN_ACCEPT_SNAPSHOTS"] = accept, ["CI"] = ci, ["GITHUB_ACTIONS"] = githubActions };

        SnapshotEnvironment environment = SnapshotEnvironment.From(name => variables.GetValueOrDefault(name), diffToolAllowed: true);

        Assert.Equal(acceptRequested, environment.AcceptRequested);
        Assert.Equal(onCi, environment.OnCi);
        Assert.Equal(acceptRequested && !onCi, environment.MayAccept);
        Assert.Equal(!acceptRequested && !onCi, environment.MayLaunchDiffTool);
    }

    [Theory]
    [InlineData("C", "M", null, "C.M")]
    [InlineData("C", "M", "culture=tr-TR", "C.M_culture=tr-TR")]
    [InlineData("C", "M", "a/b:c", "C.M_a-b-c")]
    public void Name_FollowsVerify(string testClass, string method, string? suffix, string expected)
    {
        Assert.Equal(expected, SnapshotPaths.Name(testClass, method, suffix));
    }

    [Fact]
    public void SourceDirectory_PathMapped_IsFoundUnderTheOutputsAncestors()
    {
        string directory = SnapshotPaths.SourceDirectory("/_/tests/DanVan.Reporting.Testing.Tests/SnapshotTests.cs");

        Assert.True(File.Exists(Path.Combine(directory, "SnapshotTests.cs")));
        Assert.Throws<InvalidOperationException>(() => SnapshotPaths.SourceDirectory("/_/no/such/File.cs"));
    }
}
