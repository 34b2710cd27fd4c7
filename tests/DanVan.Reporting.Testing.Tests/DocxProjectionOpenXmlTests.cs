using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace DanVan.Reporting.Testing;

/// <summary>The projection of a document written with the Open XML SDK, as Word-producing code writes it.</summary>
public class DocxProjectionOpenXmlTests
{
    [Fact]
    public void ToText_SdkDocument_PropertiesWithoutDates_StyledTableBordered_FooterField()
    {
        string text = DocxProjection.ToText(Build(new DateTime(2024, 7, 2, 8, 0, 0, DateTimeKind.Utc)));

        Assert.Equal(
            "projection: DanVan DOCX 2\n"
            + "title: Kế hoạch\n"
            + "creator: Văn phòng\n"
            + "font: Arial 12pt\n"
            + "paragraph defaults: none\n"
            + "section 1: page 215.9×279.4 mm (Letter), margins top 25.4, bottom 25.4, left 31.8, right 31.8 mm\n"
            + "  footer default: [right] Trang {PAGE}\n"
            + "---\n"
            + "[center b font=\"Times New Roman\"] KẾ HOẠCH\n"
            + "table (bordered)\n"
            + "| STT | Nội dung |\n"
            + "| 1 | [b i]Tuyên truyền[/b i] Luật Đất đai |\n",
            text);
    }

    [Fact]
    public void ToText_SdkDocument_CreatedAtAnotherTime_SameText()
    {
        Assert.Equal(
            DocxProjection.ToText(Build(new DateTime(2024, 7, 2, 8, 0, 0, DateTimeKind.Utc))),
            DocxProjection.ToText(Build(new DateTime(2030, 1, 1, 0, 0, 0, DateTimeKind.Utc))));
    }

    private static byte[] Build(DateTime created)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            document.PackageProperties.Title = "Kế hoạch";
            document.PackageProperties.Creator = "Văn phòng";
            document.PackageProperties.Created = created;
            document.PackageProperties.Modified = created;
            MainDocumentPart main = document.AddMainDocumentPart();

            StyleDefinitionsPart styles = main.AddNewPart<StyleDefinitionsPart>();
            styles.Styles = new W.Styles(
                new W.DocDefaults(new W.RunPropertiesDefault(new W.RunPropertiesBaseStyle(
                    new W.RunFonts { Ascii = "Arial", HighAnsi = "Arial" },
                    new W.FontSize { Val = "24" }))),
                new W.Style(
                    new W.StyleName { Val = "Table Grid" },
                    new W.StyleTableProperties(new W.TableBorders(
                        new W.TopBorder { Val = W.BorderValues.Single, Size = 4 },
                        new W.InsideHorizontalBorder { Val = W.BorderValues.Single, Size = 4 })))
                { Type = W.StyleValues.Table, StyleId = "TableGrid" });

            FooterPart footer = main.AddNewPart<FooterPart>();
            footer.Footer = new W.Footer(new W.Paragraph(
                new W.ParagraphProperties(new W.Justification { Val = W.JustificationValues.Right }),
                new W.Run(new W.Text("Trang ") { Space = SpaceProcessingModeValues.Preserve }),
                new W.SimpleField(new W.Run(new W.Text("1"))) { Instruction = " PAGE " }));

            main.Document = new W.Document(new W.Body(
                new W.Paragraph(
                    new W.ParagraphProperties(new W.Justification { Val = W.JustificationValues.Center }),
                    new W.Run(new W.RunProperties(new W.RunFonts { Ascii = "Times New Roman" }, new W.Bold()), new W.Text("KẾ HOẠCH"))),
                new W.Table(
                    new W.TableProperties(new W.TableStyle { Val = "TableGrid" }),
                    Row("STT", "Nội dung"),
                    new W.TableRow(
                        new W.TableCell(new W.Paragraph(new W.Run(new W.Text("1")))),
                        new W.TableCell(new W.Paragraph(
                            new W.Run(new W.RunProperties(new W.Bold(), new W.Italic()), new W.Text("Tuyên truyền")),
                            new W.Run(new W.Text(" Luật Đất đai") { Space = SpaceProcessingModeValues.Preserve }))))),
                new W.SectionProperties(
                    new W.FooterReference { Type = W.HeaderFooterValues.Default, Id = main.GetIdOfPart(footer) },
                    new W.PageSize { Width = 12240, Height = 15840 },
                    new W.PageMargin { Top = 1440, Bottom = 1440, Left = 1800, Right = 1800 })));
        }

        return stream.ToArray();
    }

    private static W.TableRow Row(params string[] cells) =>
        new(cells.Select(cell => new W.TableCell(new W.Paragraph(new W.Run(new W.Text(cell))))));
}
