using System.Globalization;
using CsCheck;
using DanVan.Reporting.Docx.Tests;
using DanVan.Reporting.Docx.Tests.Reliability;
using DanVan.Reporting.Tests.Documents;

namespace DanVan.Reporting.Pdf.Tests.Reliability;

/// <summary>
/// Untrusted input in the PDF writer, as the other writers get it (docs/security.md): hostile profile and document texts,
/// null lists and items as JSON gives them. Nothing throws, the file opens in an independent reader, and no control
/// character reaches the page.
/// </summary>
public class HostileInputTests
{
    // Found by the fuzz below: a zero-width character the font lacks was drawn as glyph 0 and copied out as U+0000.
    [Fact]
    public void ZeroWidthCharacters_TheFontLacks_AreLeftOutNotCopiedAsNul()
    {
        string text = PdfInspection.Text(new SampleReport(SampleDocuments.State, firstText: "sơ\uFEFFkết\u200B công\u2060 tác").RenderPdf());

        Assert.DoesNotContain('\0', text);
        // Those the font has (here U+200B and U+2060 may be) are kept and copied out as themselves.
        Assert.Contains("sơkết công tác", string.Concat(text.Where(c => c is not ('\u200B' or '\u2060' or '\uFEFF'))), StringComparison.Ordinal);
    }

    /// <summary>
    /// Bounded fuzzing, 25 samples by default (seconds in CI); set DANVAN_FUZZ_ITERATIONS (e.g. 100000) for a long run.
    /// </summary>
    [Fact]
    public void Fuzz_HostileProfilesAndDocuments_NeverThrowsAndOpens()
    {
        HostileDocuments.Texts.Sample(
            t =>
            {
                DocumentInfo document = HostileDocuments.Document(SampleDocuments.State, t, new TextStyle(13, Uppercase: true));

                byte[] pdf = new SampleReport(document, firstText: t.Line).RenderPdf();

                string text = PdfInspection.Text(pdf);
                int control = text.AsSpan().IndexOfAnyInRange('\0', '\u001f');
                Assert.True(control < 0, control < 0 ? "" : "U+" + ((int)text[control]).ToString("X4", CultureInfo.InvariantCulture) + " in \"" + text.Substring(Math.Max(0, control - 30), Math.Min(60, text.Length - Math.Max(0, control - 30))) + "\"");
                Assert.Contains("KẾT QUẢ THỰC HIỆN", text, StringComparison.Ordinal); // the body is there, after whatever the frame held
            },
            iter: Iterations(25));
    }

    private static long Iterations(long ciDefault) =>
        long.TryParse(Environment.GetEnvironmentVariable("DANVAN_FUZZ_ITERATIONS"), NumberStyles.None, CultureInfo.InvariantCulture, out long n) && n > 0 ? n : ciDefault;
}
