using DanVan.Reporting.Testing;
using DanVan.Reporting.Tests.Documents;

namespace DanVan.Reporting.Docx.Tests;

/// <summary>
/// Whole documents as snapshots of their text and structure (Snapshot.VerifyDocx): what DocxReportWriterTests checks
/// line by line and size by size, seen at once: page, margins, fonts, alignment, bold, tables, page numbers.
/// </summary>
public class DocxSnapshotTests
{
    public static TheoryData<string> Documents => new() { "none", "Party2018", "State2020" };

    [Theory]
    [MemberData(nameof(Documents))]
    public void Render_MatchesSnapshot(string document)
    {
        DocumentInfo? info = document switch
        {
            "Party2018" => SampleDocuments.Party,
            "State2020" => SampleDocuments.State,
            _ => null,
        };

        Snapshot.VerifyDocx(new SampleReport(info).RenderDocx(), document);
    }

    [Fact]
    public void Render_CustomLayout_MatchesSnapshot()
    {
        // Wider margins, 13 pt body and title, page numbers at the bottom of every page.
        LayoutProfile custom = LayoutProfile.State2020 with
        {
            Name = "State2020-Wide",
            Margins = new PageMargins(25, 20, 35, 20),
            BodyStyle = new TextStyle(13),
            KindNameStyle = new TextStyle(13, Bold: true, Uppercase: true),
            PageNumbers = PageNumberPlacement.BottomCenter,
            NumberFirstPage = true,
        };

        Snapshot.VerifyDocx(new SampleReport(SampleDocuments.State with { Layout = custom }).RenderDocx());
    }
}
