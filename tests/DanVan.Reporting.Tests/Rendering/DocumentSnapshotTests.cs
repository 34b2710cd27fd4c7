using DanVan.Reporting.Testing;

namespace DanVan.Reporting.Tests.Rendering;

/// <summary>Whole documents (header, date line, tên loại, body, signature, nơi nhận) in every format and both profiles.</summary>
public class DocumentSnapshotTests
{
    private static readonly DocumentReportFixture s_party = new(DocumentReportFixture.Party);
    private static readonly DocumentReportFixture s_state = new(DocumentReportFixture.State);

    [Fact]
    public void RenderText_Party2018() => Snapshot.Verify(s_party.RenderText(), "txt");

    [Fact]
    public void RenderText_State2020() => Snapshot.Verify(s_state.RenderText(), "txt");

    [Fact]
    public void RenderMarkdown_Party2018() => Snapshot.Verify(s_party.RenderMarkdown(), "md");

    [Fact]
    public void RenderMarkdown_State2020() => Snapshot.Verify(s_state.RenderMarkdown(), "md");

    [Fact]
    public void RenderHtml_Party2018() => Snapshot.Verify(s_party.RenderHtml(), "html");

    [Fact]
    public void RenderHtml_State2020() => Snapshot.Verify(s_state.RenderHtml(), "html");
}
