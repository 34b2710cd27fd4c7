using DanVan.Reporting.Pdf.Layout;
using DanVan.Reporting.Testing;

namespace DanVan.Reporting.Pdf.Tests;

/// <summary>The Testing package's PDF projection on a PDF the layout engine drew.</summary>
public class ProjectionTests
{
    [Fact]
    public void Projection_ShowsPagesFontsAndEachLineWithItsPositionAndStyle()
    {
        var body = new TextStyle(14);
        byte[] pdf = LayoutTests.Compose([
            new ColumnsBlock([0.4, 0.6], [
                [new ParagraphBlock([new StyledText("TỈNH ỦY KON TUM", new TextStyle(14))], Alignment.Center)],
                [new ParagraphBlock([new StyledText("ĐẢNG CỘNG SẢN VIỆT NAM", new TextStyle(15, Bold: true))], Alignment.Center)]]),
            new ParagraphBlock([new StyledText("Kon Tum, ngày 02 tháng 7 năm 2024", body with { Italic = true })], Alignment.Right),
            new ParagraphBlock([new StyledText("Nhãn: ", body with { Italic = true }), new StyledText("nội dung.", body)], Alignment.Left) { FirstLineIndent = 28.35 },
        ]);

        string projection = PdfProjection.ToText(pdf);

        Assert.Equal(
            """
            title: T
            author: A
            subject: S
            pages: 1
            fonts: Liberation Serif, Liberation Serif,Bold, Liberation Serif,Italic
            ---
            """.ReplaceLineEndings("\n") + "\n",
            projection[..(projection.IndexOf("---\n", StringComparison.Ordinal) + 4)]);
        Assert.Contains("page 1: 210×297 mm, text area left ", projection, StringComparison.Ordinal);
        Assert.Matches(@"\n  y=2\d\.\d x=\d+\.\d \[14pt\] TỈNH ỦY KON TUM\n  y=2\d\.\d x=1\d\d\.\d \[b 15pt\] ĐẢNG CỘNG SẢN VIỆT NAM\n", projection);
        Assert.Matches(@"\n  y=\d+\.\d x=\d+\.\d \[i 14pt\] Kon Tum, ngày 02 tháng 7 năm 2024\n", projection);
        Assert.Matches(@"\n  y=\d+\.\d x=40\.0 \[i 14pt\] Nhãn: \| x=\d+\.\d \[14pt\] nội dung\.\n", projection);
    }

    [Fact]
    public void VerifyPdf_ComparesTheProjection()
    {
        byte[] pdf = LayoutTests.Compose([new ParagraphBlock([new StyledText("Độc lập - Tự do - Hạnh phúc", new TextStyle(14, Bold: true))], Alignment.Center)]);
        Snapshot.VerifyPdf(pdf);
    }

    [Fact]
    public void Projection_RejectsWhatIsNotAPdf()
    {
        ArgumentException e = Assert.Throws<ArgumentException>(() => PdfProjection.ToText([1, 2, 3]));
        Assert.Equal("pdf", e.ParamName);
    }
}
