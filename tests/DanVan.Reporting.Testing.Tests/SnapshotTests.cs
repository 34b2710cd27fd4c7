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
        using IDisposable english = MessageSettings.Use(MessageLanguage.English);
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
    public void Missing_OnCi_NeverAccepts_AndShowsTheNewContent()
    {
        using IDisposable english = MessageSettings.Use(MessageLanguage.English);
        SnapshotOutcome outcome = SnapshotFile.Check(_directory, "T.Ci", "txt", "x\nỦy ban", s_none, s_ci);

        Assert.False(outcome.Passed);
        Assert.Contains("never accepted", outcome.Message, StringComparison.Ordinal);
        Assert.Contains("Content of the new snapshot (2 line(s)), to read in the CI log:\n+ x\n+ Ủy ban\n", outcome.Message, StringComparison.Ordinal);
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

        using IDisposable english = MessageSettings.Use(MessageLanguage.English);
        SnapshotOutcome outcome = SnapshotFile.Check(_directory, "T.Diff", "txt", "1\n2\n3\n4\nB\n6\n7\n8\n9", s_none, s_local);

        Assert.False(outcome.Passed);
        Assert.StartsWith("Snapshot NotEqual", outcome.Message, StringComparison.Ordinal);
        Assert.Contains(
            "2 changed line(s): 1 removed (-, in the verified file), 1 added (+, in the received text), in 1 hunk(s):\n@@ -2,7 +2,7 @@\n  2\n  3\n  4\n- b\n+ B\n  6\n  7\n  8\n",
            outcome.Message,
            StringComparison.Ordinal);
        Assert.DoesNotContain("  1\n", outcome.Message, StringComparison.Ordinal);
        Assert.Contains("mv '" + Path.Combine(_directory, "T.Diff.received.txt") + "' '" + Path.Combine(_directory, "T.Diff.verified.txt") + "'", outcome.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Different_AddedLinesAtTheEnd_AreShown()
    {
        File.WriteAllText(Path.Combine(_directory, "T.Added.verified.txt"), "a\nb");

        using IDisposable english = MessageSettings.Use(MessageLanguage.English);
        SnapshotOutcome outcome = SnapshotFile.Check(_directory, "T.Added", "txt", "a\nb\nc", s_none, s_local);

        Assert.Contains("1 changed line(s): 0 removed (-, in the verified file), 1 added (+, in the received text), in 1 hunk(s):\n@@ -1,2 +1,3 @@\n  a\n  b\n+ c\n", outcome.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Different_OnlyFinalNewline_IsSaid()
    {
        File.WriteAllText(Path.Combine(_directory, "T.FinalNewline.verified.txt"), "a\nb");

        using IDisposable english = MessageSettings.Use(MessageLanguage.English);
        SnapshotOutcome outcome = SnapshotFile.Check(_directory, "T.FinalNewline", "txt", "a\nb\n", s_none, s_local);

        Assert.Contains("Only the final newlines differ: the verified file has 0, the received text 1 final newline(s).\n", outcome.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Different_ManyLines_EveryChangedLineUpToTheLimit_AndAllCounted()
    {
        using IDisposable english = MessageSettings.Use(MessageLanguage.English);
        File.WriteAllText(Path.Combine(_directory, "T.Long.verified.txt"), string.Join('\n', Enumerable.Range(0, 400).Select(i => "v" + i)));

        SnapshotOutcome outcome = SnapshotFile.Check(_directory, "T.Long", "txt", string.Join('\n', Enumerable.Range(0, 400).Select(i => "r" + i)), s_none, s_local);

        Assert.Contains("800 changed line(s): 400 removed", outcome.Message, StringComparison.Ordinal);
        Assert.Contains("- v399\n+ r0\n", outcome.Message, StringComparison.Ordinal);
        Assert.Contains("+ r99\n… 300 more changed line(s) not shown here: see the received file.\n", outcome.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("r100", outcome.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Different_TwoOneLineChangesEightLinesApart_AreTwoHunksOfOneLineEach()
    {
        using IDisposable english = MessageSettings.Use(MessageLanguage.English);
        string[] lines = Enumerable.Range(1, 30).Select(i => "line " + i).ToArray();
        File.WriteAllText(Path.Combine(_directory, "T.Hunks.verified.txt"), string.Join('\n', lines));
        lines[9] = "line 10 changed";
        lines[18] = "line 19 changed";

        SnapshotOutcome outcome = SnapshotFile.Check(_directory, "T.Hunks", "txt", string.Join('\n', lines), s_none, s_ci);

        Assert.Contains(
            "4 changed line(s): 2 removed (-, in the verified file), 2 added (+, in the received text), in 2 hunk(s):\n"
            + "@@ -7,7 +7,7 @@\n  line 7\n  line 8\n  line 9\n- line 10\n+ line 10 changed\n  line 11\n  line 12\n  line 13\n"
            + "@@ -16,7 +16,7 @@\n  line 16\n  line 17\n  line 18\n- line 19\n+ line 19 changed\n  line 20\n  line 21\n  line 22\n",
            outcome.Message,
            StringComparison.Ordinal);
        Assert.DoesNotContain("- line 11", outcome.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Different_MessageIsVietnameseByDefault()
    {
        File.WriteAllText(Path.Combine(_directory, "T.Vi.verified.txt"), "a\nb");

        SnapshotOutcome outcome = SnapshotFile.Check(_directory, "T.Vi", "txt", "a\nc", s_none, s_ci);

        Assert.StartsWith("Snapshot NotEqual: kết quả khác tệp verified.\n", outcome.Message, StringComparison.Ordinal);
        Assert.Contains("2 dòng khác nhau: 1 dòng bị bỏ", outcome.Message, StringComparison.Ordinal);
        Assert.Contains("Trên CI", outcome.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void VerifiedWithCarriageReturns_OnlyLineEndings_IsSaidAndTheFixGiven()
    {
        using IDisposable english = MessageSettings.Use(MessageLanguage.English);
        File.WriteAllText(Path.Combine(_directory, "T.Crlf.verified.txt"), "a\r\nb");

        SnapshotOutcome outcome = SnapshotFile.Check(_directory, "T.Crlf", "txt", "a\nb", s_none, s_local);

        Assert.False(outcome.Passed);
        Assert.Contains("Only the line endings differ; the content is the same.", outcome.Message, StringComparison.Ordinal);
        Assert.Contains("*.verified.* text eol=lf", outcome.Message, StringComparison.Ordinal);
        Assert.Contains("NormalizeVerifiedLineEndings()", outcome.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("encoding", outcome.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void VerifiedWithCarriageReturns_AndAChange_ShowsBoth()
    {
        using IDisposable english = MessageSettings.Use(MessageLanguage.English);
        File.WriteAllText(Path.Combine(_directory, "T.CrlfDiff.verified.txt"), "a\r\nb\r\n");

        SnapshotOutcome outcome = SnapshotFile.Check(_directory, "T.CrlfDiff", "txt", "a\nc\n", s_none, s_local);

        Assert.Contains("\\r\\n (CRLF) line endings", outcome.Message, StringComparison.Ordinal);
        Assert.Contains("- b\n+ c\n", outcome.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void VerifiedWithCarriageReturns_NormalizeOptIn_Passes()
    {
        File.WriteAllText(Path.Combine(_directory, "T.CrlfOk.verified.txt"), "a\r\nb\r\n");

        Assert.True(SnapshotFile.Check(_directory, "T.CrlfOk", "txt", "a\nb\n", SnapshotSettings.Default.NormalizeVerifiedLineEndings(), s_local).Passed);
        Assert.False(SnapshotFile.Check(_directory, "T.CrlfNo", "txt", "a\nb\n", SnapshotSettings.Default.NormalizeVerifiedLineEndings(), s_local).Passed);
    }

    [Fact]
    public void Accepting_ListsWhatWasAccepted()
    {
        File.WriteAllText(Path.Combine(_directory, "T.Listed.verified.txt"), "old");

        Assert.True(SnapshotFile.Check(_directory, "T.Listed", "txt", "new", s_none, s_accepting).Passed);
        Assert.True(SnapshotFile.Check(_directory, "T.ListedNew", "txt", "new", s_none, s_accepting).Passed);

        string list = File.ReadAllText(AcceptedSnapshots.ListPath);
        Assert.Contains("changed " + Path.Combine(_directory, "T.Listed.verified.txt") + "\n", list, StringComparison.Ordinal);
        Assert.Contains("new     " + Path.Combine(_directory, "T.ListedNew.verified.txt") + "\n", list, StringComparison.Ordinal);
    }

    [Fact]
    public void Folder_IsCreatedWhenFirstWritten()
    {
        string folder = Path.Combine(_directory, "Snapshots");

        Assert.False(SnapshotFile.Check(folder, "T.Folder", "txt", "x", s_none, s_local).Passed);
        Assert.True(File.Exists(Path.Combine(folder, "T.Folder.received.txt")));
    }

    [Fact]
    public void Different_Accepting_OverwritesVerified()
    {
        File.WriteAllText(Path.Combine(_directory, "T.Overwrite.verified.txt"), "old");

        Assert.True(SnapshotFile.Check(_directory, "T.Overwrite", "txt", "new", s_none, s_accepting).Passed);
        Assert.Equal("new", File.ReadAllText(Path.Combine(_directory, "T.Overwrite.verified.txt")));
    }

    [Fact]
    public void SamePathTwice_Throws_NamingBothChecks()
    {
        using IDisposable english = MessageSettings.Use(MessageLanguage.English);
        SnapshotFile.Check(_directory, "T.Twice", "txt", "x", s_none, s_accepting, claimant: "A.Render (A.cs:10)");

        InvalidOperationException exception = Assert.Throws<InvalidOperationException>(
            () => SnapshotFile.Check(_directory, "T.Twice", "txt", "x", s_none, s_accepting, claimant: "B.Render (A.cs:20)"));
        Assert.Contains("by A.Render (A.cs:10) and by B.Render (A.cs:20)", exception.Message, StringComparison.Ordinal);
        Assert.Contains("UseTypeName", exception.Message, StringComparison.Ordinal);
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
    [InlineData("1", null, "false", true, false)]
    [InlineData("1", "false", "0", true, false)]
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
    public void Name_UniqueForTargetFramework_EndsWithTheFramework()
    {
        Assert.Equal("C.M_s.net" + Environment.Version.Major + ".0", SnapshotPaths.Name("C", "M", "s", uniqueForTargetFramework: true));
    }

    [Fact]
    public void SourceDirectory_PathMapped_NeverLooksAboveTheRepository()
    {
        // parent/tests/X/F.cs is a sibling checkout's file; parent/repo is ours, its tests built into parent/repo/out.
        string parent = _directory;
        Directory.CreateDirectory(Path.Combine(parent, "tests", "X"));
        File.WriteAllText(Path.Combine(parent, "tests", "X", "F.cs"), "");
        Directory.CreateDirectory(Path.Combine(parent, "repo", ".git"));
        string output = Directory.CreateDirectory(Path.Combine(parent, "repo", "out", "bin")).FullName;

        Assert.Throws<InvalidOperationException>(() => SnapshotPaths.SourceDirectory("/_/tests/X/F.cs", output));

        Directory.CreateDirectory(Path.Combine(parent, "repo", "tests", "X"));
        File.WriteAllText(Path.Combine(parent, "repo", "tests", "X", "F.cs"), "");
        Assert.Equal(Path.Combine(parent, "repo", "tests", "X"), SnapshotPaths.SourceDirectory("/_/tests/X/F.cs", output));
    }

    [Fact]
    public void SourceDirectory_PathMapped_IsFoundUnderTheOutputsAncestors()
    {
        string directory = SnapshotPaths.SourceDirectory("/_/tests/DanVan.Reporting.Testing.Tests/SnapshotTests.cs");

        Assert.True(File.Exists(Path.Combine(directory, "SnapshotTests.cs")));
        Assert.Throws<InvalidOperationException>(() => SnapshotPaths.SourceDirectory("/_/no/such/File.cs"));
    }
}
