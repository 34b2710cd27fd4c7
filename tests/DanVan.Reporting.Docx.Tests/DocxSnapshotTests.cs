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
    public void Render_StateLetter_SubjectUnderTheNumber_MatchesSnapshot()
    {
        // A công văn: no kind name; "V/v …" in 12 pt under the number (Nghị định 30/2020 Phụ lục I ô 5b).
        DocumentInfo letter = SampleDocuments.State with
        {
            Number = DocumentNumber.Parse("Số: 05/SNV-VP"),
            KindName = DocumentInfo.LetterKindName,
            Subject = "báo cáo kết quả công tác dân vận chính quyền",
        };
        byte[] docx = new SampleReport(letter).RenderDocx();

        Assert.Empty(DocxReader.ValidationErrors(docx));
        Snapshot.VerifyDocx(docx);
    }

    [Fact]
    public void Render_PartyDraft_NoteInABox_BlankNumberAndDate_MatchesSnapshot()
    {
        byte[] docx = new SampleReport(SampleDocuments.Party with { DraftNote = "Dự thảo" }).RenderDocx();

        Assert.Empty(DocxReader.ValidationErrors(docx));
        Snapshot.VerifyDocx(docx);
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
