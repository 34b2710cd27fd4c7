using DanVan.Reporting.Pdf.Layout;

namespace DanVan.Reporting.Pdf.Tests;

/// <summary>The layout engine on its own: line breaking, pagination and what a reader gets back from the PDF.</summary>
public class LayoutTests
{
    private static readonly TextStyle Body = new(14);
    private static readonly PageSetup Page = PageSetup.From(LayoutProfile.State2020) with { Numbers = PageNumberPlacement.None };

    internal static byte[] Compose(IReadOnlyList<Block> blocks, PageSetup? page = null)
    {
        using var output = new MemoryStream();
        PdfComposer.Write(blocks, page ?? Page, PdfFonts.LiberationSerif, new PdfDocumentInfo("T", "A", "S", new DateTime(2024, 7, 2, 0, 0, 0, DateTimeKind.Utc)), pdfA: false, output);
        return output.ToArray();
    }

    private static ParagraphBlock Justified(string text) =>
        new([new StyledText(text, Body)], Alignment.Justify) { FirstLineIndent = 28.35, LineSpacing = 1.15, SpaceAfter = 6 };

    [Fact]
    public void MegabyteParagraph_Paginates_AndTheExtractedTextIsTheInput()
    {
        var random = new Random(12);
        string[] words = ["Thường", "trực", "Tỉnh", "ủy;", "ưu", "tiên", "hộ", "nghèo,", "Đảng", "bộ", "xã", "Quảng", "Ngãi"];
        var builder = new System.Text.StringBuilder();
        while (builder.Length < 1_000_000)
        {
            builder.Append(words[random.Next(words.Length)]).Append(' ');
        }

        string text = builder.ToString().TrimEnd();
        byte[] pdf = Compose([Justified(text)]);

        List<string> pages = PdfInspection.Pages(pdf);
        Assert.True(pages.Count > 100, pages.Count + " pages");
        Assert.Equal(text, string.Concat(pages));
    }

    [Fact]
    public void MegabyteWord_BreaksInsideTheWord_LosingNothing()
    {
        string word = string.Concat(Enumerable.Repeat("Nghịđịnh30/2020", 70_000)); // 1,050,000 characters, no space
        byte[] pdf = Compose([Justified(word)]);

        List<List<string>> lines = PdfInspection.Lines(pdf);
        Assert.True(lines.Count > 100);
        Assert.True(lines[0].Count > 20, "the first page holds many lines of the one word");
        Assert.Equal(word, PdfInspection.Text(pdf));
    }

    [Fact]
    public void MegabyteTableCell_SplitsTheRowAcrossPages_RepeatingTheHeader_LosingNothing()
    {
        string cell = string.Concat(Enumerable.Repeat("ưu tiên hộ nghèo ", 60_000)).TrimEnd();
        var table = new TableBlock(
            [new StyledText("STT", Body with { Bold = true }), new StyledText("Chỉ tiêu", Body with { Bold = true })],
            [[new StyledText("1", Body), new StyledText(cell, Body)], [new StyledText("2", Body), new StyledText("cuối", Body)]],
            [Alignment.Center, Alignment.Left]);

        byte[] pdf = Compose([table]);

        List<string> pages = PdfInspection.Pages(pdf);
        Assert.True(pages.Count > 50);
        Assert.All(pages, page => Assert.StartsWith("STTChỉ tiêu", page, StringComparison.Ordinal));
        string withoutHeaders = string.Concat(pages.Select(p => p["STTChỉ tiêu".Length..]));
        Assert.Equal("1" + cell + "2cuối", withoutHeaders);
    }

    [Fact]
    public void Table_RepeatsItsHeaderRow_AndNeverSplitsARow()
    {
        var rows = new List<IReadOnlyList<StyledText>>();
        for (int i = 1; i <= 80; i++)
        {
            rows.Add([new StyledText(i.ToString(System.Globalization.CultureInfo.InvariantCulture), Body), new StyledText("Hàng thứ " + i + " có hai dòng khi cột hẹp: số hộ thoát nghèo", Body)]);
        }

        var table = new TableBlock([new StyledText("STT", Body with { Bold = true }), new StyledText("Chỉ tiêu", Body with { Bold = true })], rows, [Alignment.Center, Alignment.Left]);
        byte[] pdf = Compose([Justified("Mở đầu."), table]);

        List<List<string>> pages = PdfInspection.Lines(pdf);
        Assert.True(pages.Count >= 3);
        for (int p = 1; p < pages.Count; p++)
        {
            Assert.Equal("STTChỉ tiêu", pages[p][0]);

            // A row's two lines stay together: the page's second line is a row's first ("12Hàng thứ 12 …").
            Assert.Matches("^[0-9]+Hàng thứ", pages[p][1]);
        }
    }

    [Fact]
    public void Justified_LinesFillTheWidth_LastLineDoesNot()
    {
        var fonts = PdfFonts.LiberationSerif.Book;
        ParagraphBlock paragraph = Justified(string.Join(" ", Enumerable.Repeat("Thường trực Tỉnh ủy chỉ đạo", 20)));
        List<TextLine> lines = LineBreaker.Break(paragraph, 400, fonts);

        Assert.True(lines.Count > 3);
        Assert.Equal(28.35, lines[0].Pieces[0].X, 3);
        foreach (TextLine line in lines.Take(lines.Count - 1))
        {
            LinePiece last = line.Pieces[^1];
            Assert.Equal(400, last.X + fonts.Width(last.Text.TrimEnd(), Body), 3);
        }

        LinePiece end = lines[^1].Pieces[^1];
        Assert.True(end.X + end.Width < 399);
    }

    [Fact]
    public void SameBlocks_SameBytes()
    {
        Block[] blocks = [Justified("Kết quả thực hiện công tác dân vận năm 2024."), new RuleBlock(100)];
        Assert.Equal(Compose(blocks), Compose(blocks));
    }

    [Fact]
    public void EveryGlyph_MapsBackToItsCharacter_InNfcVietnamese()
    {
        string text = "ĐẢNG CỘNG SẢN VIỆT NAM Độc lập - Tự do - Hạnh phúc: Thường trực Tỉnh ủy; ưu tiên hộ nghèo ỹ ỵ Ỷ ẫ ặ ữ";
        Assert.True(text.IsNormalized(System.Text.NormalizationForm.FormC));
        byte[] pdf = Compose([
            new ParagraphBlock([new StyledText(text, Body)], Alignment.Left),
            new ParagraphBlock([new StyledText(text, Body with { Bold = true })], Alignment.Left),
            new ParagraphBlock([new StyledText(text, Body with { Italic = true })], Alignment.Left),
            new ParagraphBlock([new StyledText(text, Body with { Bold = true, Italic = true })], Alignment.Left)]);

        Assert.Equal(string.Concat(Enumerable.Repeat(text, 4)), PdfInspection.Text(pdf));
    }
}
