using System.Runtime.CompilerServices;

namespace DanVan.Reporting.Testing;

/// <content>DOCX snapshots: a Word document is compared by its text and structure, not by its zip bytes.</content>
public static partial class Snapshot
{
    /// <summary>The extension of a DOCX snapshot: <c>{Class}.{Method}.verified.docx.txt</c>.</summary>
    internal const string DocxExtension = "docx.txt";

    /// <summary>
    /// Checks a Word document against the verified file of the calling test,
    /// <c>{TestClass}.{TestMethod}[_{suffix}].verified.docx.txt</c>, which holds its <see cref="DocxProjection"/>:
    /// text, sections, fonts and the formatting that matters, never the zip's bytes.
    /// </summary>
    /// <remarks>
    /// The rules are <see cref="Verify"/>'s. On a mismatch the projection is written as <c>….received.docx.txt</c> and the
    /// document itself as <c>….received.docx</c> beside it, so that it can be opened in Word or LibreOffice; both are
    /// deleted by the next passing run. Accepting (by renaming, or with <c>DANVAN_ACCEPT_SNAPSHOTS=1</c> locally) writes
    /// only the text; on CI nothing is ever accepted.
    /// </remarks>
    /// <example>
    /// <code>
    /// byte[] docx = report.RenderDocx();
    /// Snapshot.VerifyDocx(docx);                    // ReportTests.Render.verified.docx.txt
    /// Snapshot.VerifyDocx(docx, suffix: "state");  // ReportTests.Render_state.verified.docx.txt
    /// </code>
    /// </example>
    /// <param name="docx">The bytes of the .docx file.</param>
    /// <param name="suffix">Verify's parameter part, for tests that verify more than once or theories: "layout=state" gives <c>….Method_layout=state.verified.docx.txt</c>.</param>
    /// <param name="settings">Scrubbers and naming options; <see langword="null"/> for <see cref="DefaultSettings"/>.</param>
    /// <param name="sourceFile">Filled in by the compiler (a wrapper forwards its own caller's).</param>
    /// <param name="testMethod">Filled in by the compiler (a wrapper forwards its own caller's).</param>
    /// <param name="sourceLine">Filled in by the compiler (a wrapper forwards its own caller's).</param>
    /// <exception cref="ArgumentNullException"><paramref name="docx"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="docx"/> is not a DOCX document (see <see cref="DocxProjection.ToText(byte[])"/>); no file is written.</exception>
    /// <exception cref="SnapshotMismatchException">The verified file is missing or differs (and was not accepted).</exception>
    /// <exception cref="InvalidOperationException">The source file cannot be found, or the same snapshot file is checked twice in one run.</exception>
    public static void VerifyDocx(
        byte[] docx,
        string? suffix = null,
        SnapshotSettings? settings = null,
        [CallerFilePath] string sourceFile = "",
        [CallerMemberName] string testMethod = "",
        [CallerLineNumber] int sourceLine = 0)
    {
        ArgumentNullException.ThrowIfNull(docx);
        VerifyAtCaller(DocxProjection.Project(docx, nameof(docx)), DocxExtension, ("docx", docx), suffix, settings, sourceFile, testMethod, sourceLine);
    }

    /// <summary>
    /// Checks the Word document read from <paramref name="docx"/> (from its current position to its end) against the
    /// verified file of the calling test, as <see cref="VerifyDocx(byte[], string?, SnapshotSettings?, string, string, int)"/> does.
    /// </summary>
    /// <param name="docx">A readable stream holding the .docx file; it is read to its end and not closed.</param>
    /// <param name="suffix">Verify's parameter part, for tests that verify more than once or theories.</param>
    /// <param name="settings">Scrubbers and naming options; <see langword="null"/> for <see cref="DefaultSettings"/>.</param>
    /// <param name="sourceFile">Filled in by the compiler (a wrapper forwards its own caller's).</param>
    /// <param name="testMethod">Filled in by the compiler (a wrapper forwards its own caller's).</param>
    /// <param name="sourceLine">Filled in by the compiler (a wrapper forwards its own caller's).</param>
    /// <exception cref="ArgumentNullException"><paramref name="docx"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="docx"/> cannot be read or does not hold a DOCX document; no file is written.</exception>
    /// <exception cref="SnapshotMismatchException">The verified file is missing or differs (and was not accepted).</exception>
    /// <exception cref="InvalidOperationException">The source file cannot be found, or the same snapshot file is checked twice in one run.</exception>
    public static void VerifyDocx(
        Stream docx,
        string? suffix = null,
        SnapshotSettings? settings = null,
        [CallerFilePath] string sourceFile = "",
        [CallerMemberName] string testMethod = "",
        [CallerLineNumber] int sourceLine = 0)
    {
        ArgumentNullException.ThrowIfNull(docx);
        byte[] bytes = DocxProjection.ReadAll(docx, nameof(docx));
        VerifyAtCaller(DocxProjection.Project(bytes, nameof(docx)), DocxExtension, ("docx", bytes), suffix, settings, sourceFile, testMethod, sourceLine);
    }

    /// <summary>The DOCX check on an explicit directory and environment; throws on failure. For the helper's own tests.</summary>
    internal static void VerifyDocxIn(string directory, string name, byte[] docx, string projection, SnapshotSettings settings, SnapshotEnvironment environment, string? claimant = null) =>
        VerifyIn(directory, name, DocxExtension, projection, settings, environment, ("docx", docx), claimant);
}
