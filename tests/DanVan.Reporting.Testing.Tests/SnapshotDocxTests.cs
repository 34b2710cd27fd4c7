using System.Text;

namespace DanVan.Reporting.Testing;

/// <summary>VerifyDocx's files: the projection as <c>.docx.txt</c>, and the document itself as <c>.received.docx</c> on a mismatch.</summary>
public sealed class SnapshotDocxTests : IDisposable
{
    private static readonly SnapshotEnvironment s_local = new(AcceptRequested: false, OnCi: false);
    private static readonly SnapshotEnvironment s_accepting = new(AcceptRequested: true, OnCi: false);
    private static readonly SnapshotEnvironment s_ci = new(AcceptRequested: true, OnCi: true);

    private static readonly byte[] s_docx = TestDocx.Build(
        "<w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t>BÁO CÁO</w:t></w:r></w:p>"
        + "<w:p><w:r><w:t>Sơ kết công tác dân vận</w:t></w:r></w:p>");

    private static readonly string s_projection = DocxProjection.ToText(s_docx);

    private readonly string _directory = Directory.CreateTempSubdirectory("danvan-docx-snapshots-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void New_Local_WritesReceivedTextAndDocument_AndFails()
    {
        using IDisposable english = MessageSettings.Use(MessageLanguage.English);
        SnapshotMismatchException exception = Assert.Throws<SnapshotMismatchException>(
            () => Snapshot.VerifyDocxIn(_directory, "T.New", s_docx, s_projection, SnapshotSettings.Default, s_local));

        string receivedText = Path.Combine(_directory, "T.New.received.docx.txt");
        string receivedDocument = Path.Combine(_directory, "T.New.received.docx");
        Assert.StartsWith("Snapshot New", exception.Message, StringComparison.Ordinal);
        Assert.Contains("Received document (open it to look; it is never committed): " + receivedDocument + "\n", exception.Message, StringComparison.Ordinal);
        Assert.Equal(receivedText, exception.ReceivedPath);
        Assert.Equal(Path.Combine(_directory, "T.New.verified.docx.txt"), exception.VerifiedPath);
        Assert.Equal(s_projection, File.ReadAllText(receivedText, Encoding.UTF8));
        Assert.Equal(s_docx, File.ReadAllBytes(receivedDocument));
        Assert.False(File.Exists(exception.VerifiedPath));
        Assert.Equal(2, Directory.GetFiles(_directory).Length);
    }

    [Fact]
    public void Different_Local_ShowsTheTextDiff()
    {
        File.WriteAllText(Path.Combine(_directory, "T.Diff.verified.docx.txt"), s_projection.Replace("[center b]", "[center]", StringComparison.Ordinal));

        SnapshotMismatchException exception = Assert.Throws<SnapshotMismatchException>(
            () => Snapshot.VerifyDocxIn(_directory, "T.Diff", s_docx, s_projection, SnapshotSettings.Default, s_local));

        Assert.StartsWith("Snapshot NotEqual", exception.Message, StringComparison.Ordinal);
        Assert.Contains("- [center] BÁO CÁO\n+ [center b] BÁO CÁO\n", exception.Message, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_directory, "T.Diff.received.docx")));
    }

    [Fact]
    public void Equal_Passes_AndDeletesStaleReceivedFiles()
    {
        File.WriteAllText(Path.Combine(_directory, "T.Equal.verified.docx.txt"), s_projection);
        File.WriteAllText(Path.Combine(_directory, "T.Equal.received.docx.txt"), "old");
        File.WriteAllBytes(Path.Combine(_directory, "T.Equal.received.docx"), [1, 2, 3]);

        Snapshot.VerifyDocxIn(_directory, "T.Equal", s_docx, s_projection, SnapshotSettings.Default, s_local);

        Assert.Equal([Path.Combine(_directory, "T.Equal.verified.docx.txt")], Directory.GetFiles(_directory));
    }

    [Fact]
    public void New_Accepting_WritesOnlyTheVerifiedText()
    {
        File.WriteAllBytes(Path.Combine(_directory, "T.Accept.received.docx"), [1, 2, 3]);

        Snapshot.VerifyDocxIn(_directory, "T.Accept", s_docx, s_projection, SnapshotSettings.Default, s_accepting);

        Assert.Equal([Path.Combine(_directory, "T.Accept.verified.docx.txt")], Directory.GetFiles(_directory));
        Assert.Equal(s_projection, File.ReadAllText(Path.Combine(_directory, "T.Accept.verified.docx.txt")));
    }

    [Fact]
    public void New_OnCi_NeverWritesVerified_ButLeavesBothReceivedFiles()
    {
        Assert.Throws<SnapshotMismatchException>(
            () => Snapshot.VerifyDocxIn(_directory, "T.Ci", s_docx, s_projection, SnapshotSettings.Default, s_ci));

        Assert.False(File.Exists(Path.Combine(_directory, "T.Ci.verified.docx.txt")));
        Assert.True(File.Exists(Path.Combine(_directory, "T.Ci.received.docx.txt")));
        Assert.True(File.Exists(Path.Combine(_directory, "T.Ci.received.docx")));
    }

    [Fact]
    public void Different_OnCi_NeverOverwritesVerified()
    {
        using IDisposable english = MessageSettings.Use(MessageLanguage.English);
        string verified = Path.Combine(_directory, "T.CiDiff.verified.docx.txt");
        File.WriteAllText(verified, "old");

        SnapshotMismatchException exception = Assert.Throws<SnapshotMismatchException>(
            () => Snapshot.VerifyDocxIn(_directory, "T.CiDiff", s_docx, s_projection, SnapshotSettings.Default, s_ci));

        Assert.Contains("never accepted", exception.Message, StringComparison.Ordinal);
        Assert.Equal("old", File.ReadAllText(verified));
        Assert.Equal(s_docx, File.ReadAllBytes(Path.Combine(_directory, "T.CiDiff.received.docx")));
    }

    [Fact]
    public void Scrubbers_RunOnTheProjection()
    {
        File.WriteAllText(Path.Combine(_directory, "T.Scrub.verified.docx.txt"), s_projection.Replace("dân vận", "{work}", StringComparison.Ordinal));

        Snapshot.VerifyDocxIn(_directory, "T.Scrub", s_docx, s_projection, SnapshotSettings.Default.ScrubReplace("dân vận", "{work}"), s_local);
    }

    [Fact]
    public void VerifyDocx_NotADocx_ArgumentExceptionAndNoFiles()
    {
        ArgumentException bytes = Assert.Throws<ArgumentException>("docx", () => Snapshot.VerifyDocx([1, 2, 3]));
        ArgumentException stream = Assert.Throws<ArgumentException>("docx", () => Snapshot.VerifyDocx(new MemoryStream([1, 2, 3])));

        Assert.Contains("not a readable zip archive", bytes.Message, StringComparison.Ordinal);
        Assert.Contains("not a readable zip archive", stream.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(SnapshotPaths.SourceDirectory(ThisFile()), "SnapshotDocxTests.VerifyDocx_NotADocx*"));
        Assert.Throws<ArgumentNullException>("docx", () => Snapshot.VerifyDocx((byte[])null!));
        Assert.Throws<ArgumentNullException>("docx", () => Snapshot.VerifyDocx((Stream)null!));
    }

    [Fact]
    public void VerifyDocx_BesideTheSource_UsesVerifysLayout()
    {
        // SnapshotDocxTests.VerifyDocx_BesideTheSource_UsesVerifysLayout.verified.docx.txt and …_stream.verified.docx.txt
        // are committed next to this file.
        Snapshot.VerifyDocx(s_docx);
        using var stream = new MemoryStream(s_docx);
        Snapshot.VerifyDocx(stream, suffix: "stream");
    }

    private static string ThisFile([System.Runtime.CompilerServices.CallerFilePath] string path = "") => path;
}
