using DanVan.Reporting.Tests.Documents;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DanVan.Reporting.Docx.Tests;

/// <summary>Tables of figures in the DOCX: valid, bordered, full width, header repeated, cells aligned and cleaned.</summary>
public class DocxTableTests
{
    private static readonly TableColumn[] s_columns = [TableColumn.RowNumber, new("Tên mô hình"), new("Số hộ tham gia", TableAlignment.Right)];

    [Theory]
    [InlineData("party")]
    [InlineData("state")]
    public void Render_Table_ValidBorderedFullWidthWithRepeatedHeader(string system)
    {
        DocumentInfo document = system == "party" ? SampleDocuments.Party : SampleDocuments.State;
        byte[] docx = new TableReport(document, [["1", "Dân vận khéo trong xây dựng nông thôn mới", "120 hộ"], ["2", "Chuyển đổi cây trồng", "45 hộ"]]).RenderDocx();

        Assert.Empty(DocxReader.ValidationErrors(docx));
        DocxReader.With(docx, d =>
        {
            Table table = d.MainDocumentPart!.Document!.Body!.Elements<Table>().Single(t => t.Descendants<TableHeader>().Any());
            TableRow[] rows = table.Elements<TableRow>().ToArray();
            Assert.Equal(3, rows.Length);
            Assert.Equal(["STT", "Tên mô hình", "Số hộ tham gia"], rows[0].Elements<TableCell>().Select(c => c.InnerText));
            Assert.True(rows[0].Descendants<Bold>().Any());
            Assert.Equal(["2", "Chuyển đổi cây trồng", "45 hộ"], rows[2].Elements<TableCell>().Select(c => c.InnerText));
            Assert.All(rows, row => Assert.NotNull(row.TableRowProperties!.GetFirstChild<CantSplit>()));

            TableBorders borders = table.GetFirstChild<TableProperties>()!.TableBorders!;
            Assert.All(borders.ChildElements, b => Assert.Equal("single", b.GetAttribute("val", "http://schemas.openxmlformats.org/wordprocessingml/2006/main").Value));

            // The columns fill the text width of the profile's page.
            LayoutProfile layout = document.Layout;
            int textWidth = DocxElements.Mm(layout.PageWidthMm - layout.Margins.LeftMm - layout.Margins.RightMm);
            Assert.Equal(textWidth, table.GetFirstChild<TableGrid>()!.Elements<GridColumn>().Sum(c => int.Parse(c.Width!.Value!, System.Globalization.CultureInfo.InvariantCulture)));

            JustificationValues Alignment(int row, int cell) =>
                rows[row].Elements<TableCell>().ElementAt(cell).Descendants<Justification>().Single().Val!.Value;
            Assert.Equal(JustificationValues.Center, Alignment(1, 0));
            Assert.Equal(JustificationValues.Left, Alignment(1, 1));
            Assert.Equal(JustificationValues.Right, Alignment(1, 2));
            return 0;
        });
    }

    [Fact]
    public void Render_IllegalXmlCharactersAndEmptyCells_ValidFile()
    {
        byte[] docx = new TableReport(SampleDocuments.State, [["1", "a\u0001b\uD800c", ""], ["2"]]).RenderDocx();

        Assert.Empty(DocxReader.ValidationErrors(docx));
        Assert.Contains("abc", DocxReader.Paragraphs(docx));
    }

    [Fact]
    public void Render_OneMegabyteCell_ValidFile()
    {
        string cell = string.Concat(Enumerable.Repeat("Dân vận khéo ", 80_000));
        byte[] docx = new TableReport(SampleDocuments.Party, [["1", cell, "5 hộ"]]).RenderDocx();

        Assert.Empty(DocxReader.ValidationErrors(docx));
        Assert.Contains(DocxReader.Paragraphs(docx), p => p.Length == cell.TrimEnd().Length || p.Length == cell.Length);
    }

    [Fact]
    public void Render_TableLastInTheBody_NoBodyEndingUnderIt()
    {
        byte[] docx = new TableReport(SampleDocuments.State, [["1", "a", "1 hộ"]]).RenderDocx();

        Assert.DoesNotContain("./.", DocxReader.Paragraphs(docx));
        Assert.DoesNotContain(DocxReader.Paragraphs(docx), p => p.EndsWith("./.", StringComparison.Ordinal));
    }

    [Fact]
    public void Writer_TableCallsOutOfOrder_Throw()
    {
        var writer = new DocxReportWriter(new MemoryStream());
        writer.BeginReport(new ReportHeading("x", ReportPeriod.Year(2024)));
        Assert.Throws<InvalidOperationException>(writer.BeginTableRow);
        Assert.Throws<ArgumentException>(() => writer.BeginTable("t", []));
        writer.BeginTable("t", s_columns);
        Assert.Throws<InvalidOperationException>(() => writer.WriteCell("1"));
        Assert.Throws<InvalidOperationException>(() => writer.WriteValue("a", "b"));
        Assert.Throws<InvalidOperationException>(() => writer.BeginGroup("1"));
        writer.BeginTableRow();
        writer.WriteCell("1");
        writer.WriteCell("2");
        writer.WriteCell("3");
        Assert.Throws<InvalidOperationException>(() => writer.WriteCell("4"));
        Assert.Throws<InvalidOperationException>(writer.EndTable);
        writer.EndTableRow();
        writer.EndTable();
        writer.EndReport();
    }

    private sealed class TableReport(DocumentInfo document, string[][] rows) : IReport
    {
        public ReportPeriod Period => ReportPeriod.Quarter(2024, 2);

        public ReportValidationResult Validate() => ReportValidationResult.Valid;

        public void WriteTo(IReportWriter writer)
        {
            writer.BeginReport(new ReportHeading("giao ban công tác dân vận", Period) { Document = document });
            writer.BeginSection("I", "KẾT QUẢ");
            writer.WriteText("Kết quả nổi bật", "Nhiều mô hình được triển khai.");
            writer.BeginTable("Mô hình \"Dân vận khéo\"", s_columns);
            foreach (string[] row in rows)
            {
                writer.BeginTableRow();
                foreach (string cell in row)
                {
                    writer.WriteCell(cell);
                }

                writer.EndTableRow();
            }

            writer.EndTable();
            writer.EndSection();
            writer.EndReport();
        }
    }
}
