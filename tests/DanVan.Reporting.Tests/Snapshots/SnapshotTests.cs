using System.Text;

namespace DanVan.Reporting.Tests.Snapshots;

/// <summary>The snapshot helper itself, in a temporary directory.</summary>
public sealed class SnapshotTests : IDisposable
{
    private static readonly SnapshotEnvironment s_local = new(AcceptRequested: false, OnCi: false);
    private static readonly SnapshotEnvironment s_accepting = new(AcceptRequested: true, OnCi: false);
    private static readonly SnapshotEnvironment s_ci = new(AcceptRequested: true, OnCi: true);

    private readonly string _directory = Directory.CreateTempSubdirectory("danvan-snapshots-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Missing_Local_WritesReceivedAndFails()
    {
        SnapshotOutcome outcome = SnapshotFile.Check(_directory, "T.Missing_Local", "txt", "Đảng\n", s_local);

        Assert.False(outcome.Passed);
        Assert.StartsWith("Snapshot New", outcome.Message, StringComparison.Ordinal);
        Assert.Contains("mv '", outcome.Message, StringComparison.Ordinal);
        Assert.Equal("Đảng\n"u8.ToArray(), File.ReadAllBytes(Path.Combine(_directory, "T.Missing_Local.received.txt")));
        Assert.False(File.Exists(Path.Combine(_directory, "T.Missing_Local.verified.txt")));
    }

    [Fact]
    public void Missing_Accepting_WritesVerifiedWithoutBomAndPasses()
    {
        SnapshotOutcome outcome = SnapshotFile.Check(_directory, "T.Accept", "md", "a\r\nb", s_accepting);

        Assert.True(outcome.Passed);
        Assert.Equal("a\nb"u8.ToArray(), File.ReadAllBytes(Path.Combine(_directory, "T.Accept.verified.md")));
        Assert.False(File.Exists(Path.Combine(_directory, "T.Accept.received.md")));
    }

    [Fact]
    public void Missing_OnCi_NeverAccepts()
    {
        SnapshotOutcome outcome = SnapshotFile.Check(_directory, "T.Ci", "txt", "x", s_ci);

        Assert.False(outcome.Passed);
        Assert.Contains("never accepted", outcome.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_directory, "T.Ci.verified.txt")));
        Assert.True(File.Exists(Path.Combine(_directory, "T.Ci.received.txt")));
    }

    [Fact]
    public void Equal_DeletesStaleReceivedAndPasses()
    {
        File.WriteAllText(Path.Combine(_directory, "T.Equal.verified.txt"), "x\ny");
        File.WriteAllText(Path.Combine(_directory, "T.Equal.received.txt"), "old");

        SnapshotOutcome outcome = SnapshotFile.Check(_directory, "T.Equal", "txt", "x\ny", s_local);

        Assert.True(outcome.Passed);
        Assert.False(File.Exists(Path.Combine(_directory, "T.Equal.received.txt")));
    }

    [Fact]
    public void VerifiedWithBom_MatchesAsVerifyWritesIt()
    {
        File.WriteAllBytes(Path.Combine(_directory, "T.Bom.verified.txt"), [0xEF, 0xBB, 0xBF, (byte)'x']);

        Assert.True(SnapshotFile.Check(_directory, "T.Bom", "txt", "x", s_local).Passed);
    }

    [Fact]
    public void Different_ShowsFirstDifferentLine()
    {
        File.WriteAllText(Path.Combine(_directory, "T.Diff.verified.txt"), "a\nb\nc", new UTF8Encoding(false));

        SnapshotOutcome outcome = SnapshotFile.Check(_directory, "T.Diff", "txt", "a\nB\nc", s_local);

        Assert.False(outcome.Passed);
        Assert.Contains("First difference at line 2:\n  verified: \"b\"\n  received: \"B\"", outcome.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void VerifiedWithCarriageReturns_IsReported()
    {
        File.WriteAllText(Path.Combine(_directory, "T.Crlf.verified.txt"), "a\r\nb");

        SnapshotOutcome outcome = SnapshotFile.Check(_directory, "T.Crlf", "txt", "a\nb", s_local);

        Assert.False(outcome.Passed);
        Assert.Contains("must use \\n line endings", outcome.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Different_Accepting_OverwritesVerified()
    {
        File.WriteAllText(Path.Combine(_directory, "T.Overwrite.verified.txt"), "old");

        Assert.True(SnapshotFile.Check(_directory, "T.Overwrite", "txt", "new", s_accepting).Passed);
        Assert.Equal("new", File.ReadAllText(Path.Combine(_directory, "T.Overwrite.verified.txt")));
    }

    [Fact]
    public void SamePathTwice_Throws()
    {
        SnapshotFile.Check(_directory, "T.Twice", "txt", "x", s_accepting);

        Assert.Throws<InvalidOperationException>(() => SnapshotFile.Check(_directory, "T.Twice", "txt", "x", s_accepting));
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
        string directory = SnapshotPaths.SourceDirectory("/_/tests/DanVan.Reporting.Tests/Snapshots/SnapshotTests.cs");

        Assert.True(File.Exists(Path.Combine(directory, "SnapshotTests.cs")));
        Assert.Throws<InvalidOperationException>(() => SnapshotPaths.SourceDirectory("/_/no/such/File.cs"));
    }
}
