using DanVan.Reporting.Pdf;
using DanVan.Reporting.Pdf.Layout;

namespace DanVan.Reporting.Pdf.Tests;

public class ScratchTests
{
    [Fact]
    public void Scratch()
    {
        var body = new TextStyle(14);
        var blocks = new List<Block>
        {
            new ParagraphBlock([new StyledText("ĐẢNG CỘNG SẢN VIỆT NAM", new TextStyle(15, Bold: true, Underline: true))], Alignment.Center),
            new ParagraphBlock([new StyledText(string.Join(" ", Enumerable.Repeat("Thường trực Tỉnh ủy; ưu tiên hộ nghèo", 60)), body)], Alignment.Justify) { FirstLineIndent = 28, LineSpacing = 1.15, SpaceAfter = 6 },
        };
        var page = PageSetup.From(LayoutProfile.State2020);
        var info = new PdfDocumentInfo("BÁO CÁO", "BAN DÂN VẬN", "Kết quả", new DateTime(2024, 7, 2, 0, 0, 0, DateTimeKind.Utc));
        for (int i = 0; i < 2; i++)
        {
            using var file = File.Create("/tmp/pdf-scratch-" + i + ".pdf");
            PdfComposer.Write(blocks, page, PdfFonts.LiberationSerif, info, file);
        }
    }
}
