using System.Globalization;
using CsCheck;
using DanVan.Reporting.Docx.Tests;
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
        Gen<string> hostile = Gen.OneOf(
            Gen.String[Gen.Char["<>&\"'*/\\;{}#-_|`[]()!\0\u0001\u001f\u007f\u0085\u2028\u2029\r\n\t \uFEFFaăâđêôơưÁẢẠ0123456789ſıİ😀中"], 0, 40],
            Gen.Const("</style><script>alert(1)</script>"),
            Gen.Const("\uD800"),
            Gen.Const(new string('x', 300)),
            Gen.Const((string)null!));
        Gen<(string, string, string, string, string, string)> texts = Gen.Select(hostile, hostile, hostile, hostile, hostile, hostile);

        texts.Sample(
            t =>
            {
                (string name, string font, string ending, string header, string issuer, string line) = t;
                LayoutProfile profile = LayoutProfile.State2020 with
                {
                    Name = name,
                    Source = ending,
                    FontFamily = font,
                    BodyEnding = ending,
                    LetterSubjectPrefix = header,
                    HeaderLines = [new HeaderLine(header, new TextStyle(13, Uppercase: true))],
                };
                DocumentInfo document = SampleDocuments.State with
                {
                    Layout = profile,
                    Issuer = new IssuingBody { Name = issuer, Parent = name },
                    KindName = line,
                    Subject = issuer,
                    Recipients = new Recipients { Addressees = [line, null!], Lines = [null!, issuer], Archive = line },
                };

                byte[] pdf = new SampleReport(document, firstText: line).RenderPdf();

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
