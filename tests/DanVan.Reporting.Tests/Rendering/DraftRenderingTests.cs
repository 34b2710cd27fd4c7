namespace DanVan.Reporting.Tests.Rendering;

/// <summary>
/// A draft ("dự thảo", 36-HD/VPTW box 11b): the note in a box at the top right, the counter of the number left blank
/// for the clerk, the date line left blank for the day of signing.
/// </summary>
public class DraftRenderingTests
{
    private static readonly DocumentInfo s_partyDraft = DocumentReportFixture.Party with { DraftNote = "Dự thảo lần 2" };

    private static readonly DocumentInfo s_stateDraft = DocumentReportFixture.State with { DraftNote = "Dự thảo" };

    [Fact]
    public void NumberAndDateLines_OfADraft_AreBlank()
    {
        Assert.True(s_partyDraft.IsDraft);
        Assert.Equal("Số       -BC/BDVTU", s_partyDraft.NumberLine);
        Assert.Equal("Kon Tum, ngày      tháng      năm 2024", s_partyDraft.DateLine);
        Assert.Equal("Số:       /BC-UBND", s_stateDraft.NumberLine);
        Assert.False((s_stateDraft with { DraftNote = "  " }).IsDraft);
        Assert.Equal("Kon Tum, ngày 05 tháng 7 năm 2024", (s_stateDraft with { DraftNote = null }).DateLine);
    }

    [Fact]
    public void BlankCounter_KeepsYearKindAndIssuer()
    {
        Assert.Equal("Số:       /2019/NĐ-CP", DocumentNumber.Parse("Số: 09/2019/NĐ-CP").ToBlankCounterString());
        Assert.Equal("Số:       /BNV-VP", DocumentNumber.Parse("Số: 05/BNV-VP").ToBlankCounterString());
    }

    [Fact]
    public void Validate_Draft_IsClean()
    {
        DocumentCheck party = s_partyDraft.Validate();
        DocumentCheck state = s_stateDraft.Validate();

        Assert.True(party.Errors.Count == 0 && party.Warnings.Count == 0, party.ToString());
        Assert.True(state.Errors.Count == 0 && state.Warnings.Count == 0, state.ToString());
    }

    [Fact]
    public void Text_Draft_NoteAtTheTopRight_BlankNumberAndDate()
    {
        string[] lines = new DocumentReportFixture(s_partyDraft).RenderText().Split('\n');

        Assert.EndsWith("[Dự thảo lần 2]", lines[0], StringComparison.Ordinal);
        Assert.True(lines[0].Length > "[Dự thảo lần 2]".Length, "the note stands at the right");
        Assert.Contains(lines, l => l.Contains("Số       -BC/BDVTU", StringComparison.Ordinal) && l.Contains("Kon Tum, ngày      tháng      năm 2024", StringComparison.Ordinal));
    }

    [Fact]
    public void Markdown_And_Html_Draft_NoteFirst()
    {
        string markdown = new DocumentReportFixture(s_stateDraft).RenderMarkdown();
        Assert.StartsWith("**\\[Dự thảo\\]**\n", markdown, StringComparison.Ordinal);

        string html = new DocumentReportFixture(s_stateDraft).RenderHtml();
        int note = html.IndexOf("<p class=\"draft-note\"><span>Dự thảo</span></p>", StringComparison.Ordinal);
        Assert.True(note > 0 && note < html.IndexOf("<table class=\"document-header\"", StringComparison.Ordinal));
        Assert.Contains("Số: \u00A0\u00A0\u00A0\u00A0\u00A0\u00A0/BC-UBND", html, StringComparison.Ordinal);
    }
}
