namespace DanVan.Reporting.Tests.Rendering;

/// <summary>The rule that shares a table's width among its columns, as the PDF writer calls it with its own measures.</summary>
public class TableWidthsTests
{
    [Fact]
    public void Share_WhenEveryTextFits_GivesTheSpareWidthInProportionToTheWidest()
    {
        // Widest with 4 pt padding: 40, 100, 60 (sum 200) on 400 pt: each doubled.
        double[] widths = TableWidths.Share([20, 30, 20], [36, 96, 56], 400, 4);

        Assert.Equal([80, 200, 120], widths);
    }

    [Fact]
    public void Share_WhenTextsMustWrap_GivesEachColumnItsNarrowestAndAShareOfTheRest()
    {
        // Narrowest 30, 50 (sum 80); widest 130, 250 (sum 380); 180 pt: 100 to share, wanted 100 and 200.
        double[] widths = TableWidths.Share([28, 48], [128, 248], 180, 2);

        Assert.Equal(180, widths.Sum(), 9);
        Assert.Equal(30 + (100 * 100.0 / 300), widths[0], 9);
        Assert.Equal(50 + (200 * 100.0 / 300), widths[1], 9);
    }

    [Fact]
    public void Share_NoColumnNarrowerThanAboutOneCentimetre()
    {
        // The 1 pt column counts as 28 pt; 28 + 200 fill the 228 pt exactly.
        double[] widths = TableWidths.Share([1, 200], [1, 200], 228, 0);

        Assert.Equal(28, widths[0], 9);
        Assert.Equal(200, widths[1], 9);
    }

    [Fact]
    public void Share_ArraysOfDifferentLengths_AreAnErrorNamingTheArgument()
    {
        ArgumentException error = Assert.Throws<ArgumentException>(() => TableWidths.Share([1, 2], [1], 100, 0));

        Assert.Equal("longestText", error.ParamName);
    }
}
