namespace DanVan.Reporting.Testing;

/// <summary>
/// What projection version 2 adds: the paragraph layout Nghị định 30 and 36-HD/VPTW prescribe (first-line indent,
/// spacing before and after, line spacing), pagination, paragraph defaults and table column widths; and that a change
/// of any of them fails a DOCX snapshot with that line in the diff.
/// </summary>
public sealed class DocxLayoutProjectionTests : IDisposable
{
    private const string Head = "projection: DanVan DOCX 2\nfont: (not set) 10pt\nparagraph defaults: none\n---\n";

    private readonly string _directory = Directory.CreateTempSubdirectory("danvan-docx-layout-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Theory]
    [InlineData("<w:ind w:firstLine=\"567\"/>", "[first-line=10mm] x")]
    [InlineData("<w:ind w:left=\"720\" w:hanging=\"360\"/>", "[hanging=6.4mm indent-left=12.7mm] x")]
    [InlineData("<w:ind w:start=\"284\" w:end=\"284\"/>", "[indent-left=5mm indent-right=5mm] x")]
    [InlineData("<w:spacing w:before=\"120\" w:after=\"0\"/>", "[before=6pt after=0pt] x")]
    [InlineData("<w:spacing w:after=\"160\" w:line=\"276\" w:lineRule=\"auto\"/>", "[after=8pt line=1.15] x")]
    [InlineData("<w:spacing w:line=\"480\"/>", "[line=2] x")]
    [InlineData("<w:spacing w:line=\"360\"/>", "[line=1.5] x")]
    [InlineData("<w:spacing w:line=\"280\" w:lineRule=\"exact\"/>", "[line=exactly:14pt] x")]
    [InlineData("<w:spacing w:line=\"240\" w:lineRule=\"atLeast\"/>", "[line=at-least:12pt] x")]
    [InlineData("<w:spacing w:beforeAutospacing=\"1\" w:before=\"100\"/>", "[before=auto] x")]
    [InlineData("<w:keepNext/><w:keepLines/><w:pageBreakBefore/>", "[keep-next keep-lines page-break-before] x")]
    [InlineData("<w:jc w:val=\"both\"/><w:ind w:firstLine=\"720\"/><w:spacing w:before=\"120\"/>", "[justify first-line=12.7mm before=6pt] x")]
    [InlineData("<w:keepNext w:val=\"0\"/>", "x")]
    public void ParagraphLayout_IsShown(string properties, string expected)
    {
        string text = DocxProjection.ToText(TestDocx.Build("<w:p><w:pPr>" + properties + "</w:pPr><w:r><w:t>x</w:t></w:r></w:p>"));

        Assert.Equal(Head + expected + "\n", text);
    }

    [Fact]
    public void ParagraphDefaults_FromDocDefaultsThenTheDefaultStyle()
    {
        const string styles =
            "<w:docDefaults><w:pPrDefault><w:pPr><w:spacing w:after=\"160\" w:line=\"259\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults>"
            + "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:pPr><w:spacing w:after=\"120\"/><w:ind w:firstLine=\"567\"/></w:pPr></w:style>";

        string text = DocxProjection.ToText(TestDocx.Build("<w:p><w:r><w:t>x</w:t></w:r></w:p>", styles));

        Assert.Contains("\nparagraph defaults: first-line=10mm after=6pt line=1.08\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Paragraph_RepeatsNothingOfTheDefaults_ButShowsWhereItDiffers()
    {
        const string styles = "<w:docDefaults><w:pPrDefault><w:pPr><w:spacing w:before=\"0\" w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults>";
        const string body =
            "<w:p><w:pPr><w:spacing w:before=\"0\" w:after=\"0\" w:line=\"240\"/></w:pPr><w:r><w:t>a</w:t></w:r></w:p>"
            + "<w:p><w:pPr><w:spacing w:before=\"0\" w:after=\"120\" w:line=\"276\"/></w:pPr><w:r><w:t>b</w:t></w:r></w:p>";

        string text = DocxProjection.ToText(TestDocx.Build(body, styles));

        Assert.EndsWith("paragraph defaults: before=0pt after=0pt line=1\n---\na\n[after=6pt line=1.15] b\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Table_ShowsItsColumnWidths_AndCellsThatDisagree()
    {
        const string table =
            "<w:tbl><w:tblPr><w:tblW w:w=\"5000\" w:type=\"pct\"/><w:jc w:val=\"center\"/><w:tblLayout w:type=\"fixed\"/></w:tblPr>"
            + "<w:tblGrid><w:gridCol w:w=\"1701\"/><w:gridCol w:w=\"7371\"/></w:tblGrid>"
            + "<w:tr><w:tc><w:tcPr><w:tcW w:w=\"1701\" w:type=\"dxa\"/></w:tcPr><w:p><w:r><w:t>a</w:t></w:r></w:p></w:tc>"
            + "<w:tc><w:tcPr><w:tcW w:w=\"5670\" w:type=\"dxa\"/></w:tcPr><w:p><w:r><w:t>b</w:t></w:r></w:p></w:tc></w:tr>"
            + "<w:tr><w:tc><w:tcPr><w:gridSpan w:val=\"2\"/><w:tcW w:w=\"9072\" w:type=\"dxa\"/></w:tcPr><w:p><w:r><w:t>c</w:t></w:r></w:p></w:tc></w:tr>"
            + "</w:tbl>";

        string text = DocxProjection.ToText(TestDocx.Build(table));

        Assert.Equal(Head + "table: columns 30, 130 mm, width 100%, center, fixed\n| a | [w=100mm] b |\n| [span=2] c |\n", text);
    }

    [Theory]
    [InlineData("<w:ind w:firstLine=\"567\"/>", "", "[first-line=10mm] Đoạn văn", "Đoạn văn")]
    [InlineData("<w:spacing w:line=\"276\"/>", "<w:spacing w:line=\"480\"/>", "[line=1.15] Đoạn văn", "[line=2] Đoạn văn")]
    [InlineData("<w:spacing w:after=\"120\"/>", "<w:spacing w:after=\"0\"/>", "[after=6pt] Đoạn văn", "[after=0pt] Đoạn văn")]
    public void ALayoutChange_FailsTheDocxSnapshot_WithThatLineInTheDiff(string before, string after, string removed, string added)
    {
        static byte[] Document(string properties) => TestDocx.Build(
            "<w:p><w:r><w:t>BÁO CÁO</w:t></w:r></w:p><w:p><w:pPr>" + properties + "</w:pPr><w:r><w:t>Đoạn văn</w:t></w:r></w:p><w:p><w:r><w:t>Nơi nhận</w:t></w:r></w:p>");
        var environment = new SnapshotEnvironment(AcceptRequested: false, OnCi: true);
        File.WriteAllText(Path.Combine(_directory, "T.Layout.verified.docx.txt"), DocxProjection.ToText(Document(before)));

        byte[] changed = Document(after);
        using IDisposable english = MessageSettings.Use(MessageLanguage.English);
        SnapshotMismatchException failure = Assert.Throws<SnapshotMismatchException>(() =>
            Snapshot.VerifyDocxIn(_directory, "T.Layout", changed, DocxProjection.ToText(changed), SnapshotSettings.Default, environment));

        Assert.Contains("\n- " + removed + "\n+ " + added + "\n", failure.Message, StringComparison.Ordinal);
        Assert.Contains("2 changed line(s): 1 removed", failure.Message, StringComparison.Ordinal);
    }
}
