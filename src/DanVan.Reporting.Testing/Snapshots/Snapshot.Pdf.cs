using System.Runtime.CompilerServices;

namespace DanVan.Reporting.Testing;

/// <content>PDF snapshots: a PDF is compared by its text, positions and styles (<see cref="PdfProjection"/>), not by its bytes.</content>
public static partial class Snapshot
{
    /// <summary>The extension of a PDF snapshot: <c>{Class}.{Method}.verified.pdf.txt</c>.</summary>
    internal const string PdfExtension = "pdf.txt";

    /// <summary>
    /// Checks a PDF against the verified file of the calling test, <c>{TestClass}.{TestMethod}[_{suffix}].verified.pdf.txt</c>,
    /// which holds its <see cref="PdfProjection"/>: metadata, fonts, page size, text area, and each line's text with its
    /// position (mm, rounded) and style.
    /// </summary>
    /// <remarks>
    /// The rules are <see cref="Verify"/>'s. On a mismatch the projection is written as <c>….received.pdf.txt</c> and the
    /// PDF itself as <c>….received.pdf</c> beside it, to open; both are deleted by the next passing run.
    /// </remarks>
    /// <example>
    /// <code>
    /// Snapshot.VerifyPdf(report.RenderPdf());                  // ReportTests.Render.verified.pdf.txt
    /// Snapshot.VerifyPdf(report.RenderPdf(), suffix: "state"); // ReportTests.Render_state.verified.pdf.txt
    /// </code>
    /// </example>
    /// <param name="pdf">The bytes of the PDF file.</param>
    /// <param name="suffix">Verify's parameter part, for tests that verify more than once or theories.</param>
    /// <param name="settings">Scrubbers to apply to the projection before comparing; <see langword="null"/> for <see cref="SnapshotSettings.Default"/>.</param>
    /// <param name="sourceFile">Filled in by the compiler (a wrapper forwards its own caller's).</param>
    /// <param name="testMethod">Filled in by the compiler (a wrapper forwards its own caller's).</param>
    /// <param name="sourceLine">Filled in by the compiler: tells apart two classes of one file that declare the same method.</param>
    /// <exception cref="ArgumentNullException"><paramref name="pdf"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="pdf"/> is not a readable PDF; no file is written.</exception>
    /// <exception cref="SnapshotMismatchException">The verified file is missing or differs (and was not accepted).</exception>
    /// <exception cref="InvalidOperationException">The source file cannot be found, or the same snapshot file is checked twice in one run.</exception>
    public static void VerifyPdf(
        byte[] pdf,
        string? suffix = null,
        SnapshotSettings? settings = null,
        [CallerFilePath] string sourceFile = "",
        [CallerMemberName] string testMethod = "",
        [CallerLineNumber] int sourceLine = 0)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        VerifyAtCaller(PdfProjection.Project(pdf, nameof(pdf)), PdfExtension, ("pdf", pdf), suffix, settings, sourceFile, testMethod, sourceLine);
    }
}
