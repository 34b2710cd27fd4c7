namespace DanVan.Reporting.Tests.Rendering;

/// <summary>
/// A công văn (administrative letter): no kind name printed, and its trích yếu under the number, "V/v …" in state
/// documents (Nghị định 30/2020/NĐ-CP Phụ lục I ô 5b; docs/domain/vectors.md B7).
/// </summary>
public class LetterRenderingTests
{
    private static readonly DocumentInfo s_stateLetter = DocumentReportFixture.State with
    {
        Number = DocumentNumber.Parse("Số: 05/UBND-VP"),
        KindName = DocumentInfo.LetterKindName,
        Subject = "báo cáo kết quả công tác dân vận chính quyền",
    };

    private static readonly DocumentInfo s_partyLetter = DocumentReportFixture.Party with
    {
        Number = DocumentNumber.Parse("Số 357-CV/BDVTU"),
        KindName = "Công văn",
        Subject = "chế độ hội nghị và công tác phí",
    };

    [Theory]
    [InlineData("CÔNG VĂN", true)]
    [InlineData("Công văn", true)]
    [InlineData(" cong van ", true)]
    [InlineData("BÁO CÁO", false)]
    [InlineData("CÔNG VĂN HỎA TỐC", false)]
    public void IsLetter_ByKindName(string kindName, bool expected) =>
        Assert.Equal(expected, (DocumentReportFixture.State with { KindName = kindName }).IsLetter);

    [Fact]
    public void Text_StateLetter_SubjectUnderTheNumber_NoKindName()
    {
        string text = new DocumentReportFixture(s_stateLetter).RenderText();
        string[] lines = text.Split('\n');

        int number = Array.FindIndex(lines, l => l.Contains("Số: 05/UBND-VP", StringComparison.Ordinal));
        Assert.True(number >= 0, text);
        Assert.Equal("V/v báo cáo kết quả công tác dân vận chính quyền", lines[number + 1].Trim());
        Assert.DoesNotContain("CÔNG VĂN", text, StringComparison.Ordinal);
        Assert.DoesNotContain(lines, l => l.Trim() == "BÁO CÁO");
    }

    [Fact]
    public void Text_PartyLetter_SubjectWithoutVv()
    {
        string text = new DocumentReportFixture(s_partyLetter).RenderText();

        Assert.Contains("chế độ hội nghị và công tác phí", text, StringComparison.Ordinal);
        Assert.DoesNotContain("V/v", text, StringComparison.Ordinal);
        Assert.DoesNotContain("CÔNG VĂN", text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Markdown_And_Html_StateLetter_SubjectInTheLeftColumn()
    {
        string markdown = new DocumentReportFixture(s_stateLetter).RenderMarkdown();
        Assert.Contains("Số: 05/UBND-VP\\\nV/v báo cáo kết quả công tác dân vận chính quyền", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain(markdown.Split('\n'), l => l.StartsWith("# ", StringComparison.Ordinal));

        string html = new DocumentReportFixture(s_stateLetter).RenderHtml();
        Assert.Contains("<td class=\"number\">Số: 05/UBND-VP<br><span class=\"letter-subject\">V/v báo cáo kết quả công tác dân vận chính quyền</span></td>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<h1>", html, StringComparison.Ordinal);
        Assert.Contains(".letter-subject { font-size: 12pt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_StateLetterNumberWithoutKindCode_IsClean()
    {
        DocumentCheck check = s_stateLetter.Validate();

        Assert.True(check.Errors.Count == 0 && check.Warnings.Count == 0, check.ToString());
    }
}
