using DanVan.Reporting.Pdf.Layout;

namespace DanVan.Reporting.Pdf.Tests;

/// <summary>Where pages break: widows and orphans, headings kept with what follows, the signature with the body's end.</summary>
public class PaginationTests
{
    private static readonly TextStyle Body = new(14);

    private static List<List<PlacedUnit>> Paginate(IReadOnlyList<Block> blocks, double height)
    {
        var builder = new UnitBuilder(PdfFonts.LiberationSerif.Book, 450, height);
        return Paginator.Paginate(builder.Build(blocks), height);
    }

    private static ParagraphBlock Lines(int count, string word = "dòng") =>
        new([new StyledText(string.Join(" ", Enumerable.Range(1, count).Select(i => word + i + new string('x', 40))), Body)], Alignment.Left);

    private static ParagraphBlock Short(string text) => new([new StyledText(text, Body)], Alignment.Center);

    private static double LineHeight => PdfFonts.LiberationSerif.Book.LineHeight(Body);

    [Fact]
    public void NoParagraphLeavesOneLineAtTheFootOfAPage()
    {
        // Page: 5 lines. Paragraph A: 4 lines; paragraph B: 3 lines. B's first line would be alone at the foot.
        List<List<PlacedUnit>> pages = Paginate([Lines(4), Lines(3)], (5 * LineHeight) + 0.1);

        Assert.Equal(4, pages[0].Count);
        Assert.Equal(3, pages[1].Count);
    }

    [Fact]
    public void NoParagraphLeavesOneLineAtTheTopOfAPage()
    {
        // Page: 5 lines; a 6-line paragraph would leave its last line alone: 4 + 2 instead.
        List<List<PlacedUnit>> pages = Paginate([Lines(6)], (5 * LineHeight) + 0.1);

        Assert.Equal(4, pages[0].Count);
        Assert.Equal(2, pages[1].Count);
    }

    [Fact]
    public void AHeadingNeverEndsAPage()
    {
        var heading = new ParagraphBlock([new StyledText("I. KẾT QUẢ", Body with { Bold = true })], Alignment.Left) { KeepWithNext = true };

        // Page: 6 lines. 4 lines, heading, then a 4-line paragraph: heading + 2 lines do not fit after the 4 lines.
        List<List<PlacedUnit>> pages = Paginate([Lines(4), heading, Lines(4)], (6 * LineHeight) + 0.1);

        Assert.Equal(4, pages[0].Count);
        Assert.StartsWith("I. KẾT QUẢ", ((LineUnit)pages[1][0].Unit).Line.Pieces[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void TheSignatureBlockStaysWithTheBodysLastLines()
    {
        var signature = new ColumnsBlock([0.5, 0.5], [[Short("Nơi nhận:")], [Short("TM. BAN DÂN VẬN"), Short("TRƯỞNG BAN"), Short("Nguyễn Văn A")]]) { KeepWithPrevious = true };

        // Page: 7 lines. A 5-line paragraph, then a 3-line-high signature block: the last two lines go with it.
        List<List<PlacedUnit>> pages = Paginate([Lines(5), signature], (7 * LineHeight) + 0.1);

        Assert.Equal(3, pages[0].Count);
        Assert.Equal(3, pages[1].Count);
        Assert.IsType<StackUnit>(pages[1][2].Unit);
    }

    [Fact]
    public void AUnitThatCannotMove_IsStillPlaced_NoPageIsEmpty()
    {
        // Every unit is kept with the next: the rule gives way rather than loop.
        var blocks = Enumerable.Range(0, 30).Select(_ => (Block)(Lines(1) with { KeepWithNext = true })).ToList();
        List<List<PlacedUnit>> pages = Paginate(blocks, (5 * LineHeight) + 0.1);

        Assert.Equal(30, pages.Sum(p => p.Count));
        Assert.All(pages, p => Assert.NotEmpty(p));
    }
}
