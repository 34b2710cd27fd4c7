using DanVan.Reporting.Tests.Documents;
using System.Globalization;
using System.IO.Compression;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DanVan.Reporting.Docx.Tests;

public class DocxReportWriterTests
{
    public static TheoryData<string> Documents => new() { "none", "Party2018", "State2020" };

    private static DocumentInfo? DocumentFor(string name) => name switch
    {
        "Party2018" => SampleDocuments.Party,
        "State2020" => SampleDocuments.State,
        _ => null,
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public void Render_ValidatesWithZeroErrors(string document)
    {
        byte[] docx = new SampleReport(DocumentFor(document)).RenderDocx();

        Assert.Empty(DocxReader.ValidationErrors(docx));
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Render_Twice_ByteIdentical_AlsoAcrossCultures(string document)
    {
        var report = new SampleReport(DocumentFor(document));
        byte[] first = report.RenderDocx();
        byte[] second = report.RenderDocx();
        byte[] turkish = InCulture("tr-TR", report.RenderDocx);
        byte[] arabic = InCulture("ar-SA", report.RenderDocx);

        Assert.Equal(first, second);
        Assert.Equal(first, turkish);
        Assert.Equal(first, arabic);
    }

    [Fact]
    public void Render_ZipEntries_FixedTimeAndOrder_NoCoreProperties()
    {
        byte[] docx = new SampleReport(SampleDocuments.State).RenderDocx();

        using var zip = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
        var names = zip.Entries.Select(e => e.FullName).ToList();
        Assert.Equal("[Content_Types].xml", names[0]);
        Assert.Equal("_rels/.rels", names[1]);
        Assert.All(zip.Entries, e => Assert.Equal(new DateTime(2024, 1, 1), e.LastWriteTime.DateTime));
        Assert.DoesNotContain(names, n => n.StartsWith("docProps/", StringComparison.Ordinal));
        using var reader = new StreamReader(zip.GetEntry("_rels/.rels")!.Open());
        Assert.Contains("Id=\"rIdDocument\"", reader.ReadToEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Party_KeyLinesInOrder()
    {
        List<string> paragraphs = DocxReader.Paragraphs(new SampleReport(SampleDocuments.Party).RenderDocx());

        AssertInOrder(
            paragraphs,
            "TỈNH ỦY KON TUM",
            "BAN DÂN VẬN",
            "*",
            "ĐẢNG CỘNG SẢN VIỆT NAM",
            "Số 45-BC/BDVTU",
            "Kon Tum, ngày 02 tháng 7 năm 2024",
            "BÁO CÁO",
            "sơ kết công tác dân vận 6 tháng đầu năm 2024" /* Party: trích yếu as written, lowercase */,
            "I- KẾT QUẢ THỰC HIỆN",
            "1- Công tác lãnh đạo, chỉ đạo",
            "Ban Thường vụ Thành ủy đã lãnh đạo thực hiện có hiệu quả công tác dân vận.",
            "- Tỷ lệ hộ nghèo: 36,24%",
            "Mô hình \"Dân vận khéo\":",
            "a) Tên mô hình: Dân vận khéo trong xây dựng nông thôn mới",
            "- Số hộ tham gia: 120 hộ",
            "b) Tên mô hình: Chuyển đổi cây trồng",
            "II- PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2024",
            "- Nhân rộng các mô hình \"Dân vận khéo\".",
            "Nơi nhận:",
            "- Ban Dân vận Trung ương;",
            "- Lưu: VT, BDV.",
            "K/T TRƯỞNG BAN",
            "PHÓ TRƯỞNG BAN",
            "Nguyễn Văn A");
        Assert.DoesNotContain("Kính gửi", string.Join("\n", paragraphs), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_State_KeyLinesInOrder_AndBodyEnding()
    {
        List<string> paragraphs = DocxReader.Paragraphs(new SampleReport(SampleDocuments.State).RenderDocx());

        AssertInOrder(
            paragraphs,
            "UBND TỈNH KON TUM",
            "SỞ NỘI VỤ",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            "Số: 03/BC-SNV",
            "Kon Tum, ngày 02 tháng 7 năm 2024",
            "BÁO CÁO",
            "Sơ kết công tác dân vận 6 tháng đầu năm 2024",
            "Kính gửi: Ủy ban nhân dân tỉnh.",
            "I. KẾT QUẢ THỰC HIỆN",
            "1. Công tác lãnh đạo, chỉ đạo",
            "- Nhân rộng các mô hình \"Dân vận khéo\"./.",
            "Nơi nhận:",
            "- Như trên;",
            "- Lưu: VT, VP.",
            "KT. GIÁM ĐỐC",
            "PHÓ GIÁM ĐỐC",
            "Trần Thị B");
        Assert.DoesNotContain("*", paragraphs);
    }

    [Fact]
    public void Render_WithoutDocument_TitleSubjectAndBodyOnly()
    {
        List<string> paragraphs = DocxReader.Paragraphs(new SampleReport().RenderDocx());

        Assert.Equal("BÁO CÁO", paragraphs[0]);
        Assert.Equal("Sơ kết công tác dân vận 6 tháng đầu năm 2024", paragraphs[1]);
        Assert.Equal("I. KẾT QUẢ THỰC HIỆN", paragraphs[2]);
        Assert.Equal("- Nhân rộng các mô hình \"Dân vận khéo\".", paragraphs[^1]);
        Assert.DoesNotContain("Nơi nhận:", paragraphs);
        Assert.Equal(0, DocxReader.With(new SampleReport().RenderDocx(), d => d.MainDocumentPart!.Document!.Body!.Descendants<Table>().Count()));
    }

    [Fact]
    public void Render_IllegalXmlCharacters_RemovedAndFileValid()
    {
        string dirty = "Trước\u0001giữa\u0008sau \uD800lẻ \uDC00cặp 😀 hết\uFFFE.";
        byte[] docx = new SampleReport(SampleDocuments.Party, dirty).RenderDocx();

        Assert.Empty(DocxReader.ValidationErrors(docx));
        Assert.Contains("Trướcgiữasau lẻ cặp 😀 hết.", DocxReader.Paragraphs(docx));
    }

    [Fact]
    public void Render_OneMegabyteParagraph_Works()
    {
        string big = string.Concat(Enumerable.Repeat("Dân vận khéo. ", 1024 * 1024 / 14));
        byte[] docx = new SampleReport(SampleDocuments.State, big).RenderDocx();

        Assert.Empty(DocxReader.ValidationErrors(docx));
        Assert.Contains(big.Trim(), DocxReader.Paragraphs(docx));
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Render_PageAndMargins_FromProfile(string name)
    {
        DocumentInfo? document = DocumentFor(name);
        LayoutProfile profile = document?.Layout ?? LayoutProfile.State2020;
        byte[] docx = new SampleReport(document).RenderDocx();

        DocxReader.With(docx, d =>
        {
            SectionProperties section = d.MainDocumentPart!.Document!.Body!.Elements<SectionProperties>().Single();
            PageSize size = section.GetFirstChild<PageSize>()!;
            PageMargin margin = section.GetFirstChild<PageMargin>()!;
            Assert.Equal(11906u, size.Width!.Value);
            Assert.Equal(16838u, size.Height!.Value);
            Assert.Equal(1134, margin.Top!.Value);
            Assert.Equal(1134, margin.Bottom!.Value);
            Assert.Equal(1701u, margin.Left!.Value);
            Assert.Equal(850u, margin.Right!.Value);
            Assert.Equal(profile.Margins, new PageMargins(20, 20, 30, 15));
            return 0;
        });
    }

    [Fact]
    public void Render_CustomMargins_AndSizes_ReadBack()
    {
        LayoutProfile custom = LayoutProfile.State2020 with
        {
            Name = "State2020-Wide",
            Margins = new PageMargins(25, 20, 35, 20),
            BodyStyle = new TextStyle(13),
            KindNameStyle = new TextStyle(13, Bold: true, Uppercase: true),
        };
        byte[] docx = new SampleReport(SampleDocuments.State with { Layout = custom }).RenderDocx();

        Assert.Empty(DocxReader.ValidationErrors(docx));
        DocxReader.With(docx, d =>
        {
            Body body = d.MainDocumentPart!.Document!.Body!;
            PageMargin margin = body.Elements<SectionProperties>().Single().GetFirstChild<PageMargin>()!;
            Assert.Equal(1417, margin.Top!.Value);
            Assert.Equal(1134, margin.Bottom!.Value);
            Assert.Equal(1984u, margin.Left!.Value);
            Assert.Equal(1134u, margin.Right!.Value);

            Assert.Equal("26", SizeOf(body, "BÁO CÁO"));
            Assert.Equal("26", SizeOf(body, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"));
            Assert.Equal("28", SizeOf(body, "Độc lập - Tự do - Hạnh phúc"));
            Assert.Equal("26", SizeOf(body, "Ban Thường vụ Thành ủy đã lãnh đạo thực hiện có hiệu quả công tác dân vận."));
            Assert.Equal("22", SizeOf(body, "- Như trên;"));
            Assert.Equal("26", d.MainDocumentPart.StyleDefinitionsPart!.Styles!.DocDefaults!.Descendants<FontSize>().Single().Val!.Value);
            return 0;
        });
    }

    [Fact]
    public void Render_Party_SizesAndStyles_FromProfile()
    {
        byte[] docx = new SampleReport(SampleDocuments.Party).RenderDocx();

        DocxReader.With(docx, d =>
        {
            Body body = d.MainDocumentPart!.Document!.Body!;
            Assert.Equal("30", SizeOf(body, "ĐẢNG CỘNG SẢN VIỆT NAM"));
            Assert.Equal("32", SizeOf(body, "BÁO CÁO"));
            Assert.Equal("28", SizeOf(body, "Kon Tum, ngày 02 tháng 7 năm 2024"));
            Assert.Equal("24", SizeOf(body, "- Ban Dân vận Trung ương;"));
            Run date = RunOf(body, "Kon Tum, ngày 02 tháng 7 năm 2024");
            Assert.NotNull(date.RunProperties!.Italic);
            Run issuer = RunOf(body, "BAN DÂN VẬN");
            Assert.NotNull(issuer.RunProperties!.Bold);
            Run label = RunOf(body, "Nơi nhận:");
            Assert.NotNull(label.RunProperties!.Underline);
            RunFonts fonts = d.MainDocumentPart.StyleDefinitionsPart!.Styles!.DocDefaults!.Descendants<RunFonts>().Single();
            Assert.Equal("Times New Roman", fonts.Ascii!.Value);
            return 0;
        });
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Render_PageNumbers_TopCentre_FirstPageUnnumbered(string name)
    {
        byte[] docx = new SampleReport(DocumentFor(name)).RenderDocx();

        DocxReader.With(docx, d =>
        {
            SectionProperties section = d.MainDocumentPart!.Document!.Body!.Elements<SectionProperties>().Single();
            Assert.NotNull(section.GetFirstChild<TitlePage>());
            var references = section.Elements<HeaderReference>().ToList();
            Assert.Equal(2, references.Count);
            var main = (DocumentFormat.OpenXml.Packaging.HeaderPart)d.MainDocumentPart.GetPartById(references.Single(r => r.Type! == HeaderFooterValues.Default).Id!.Value!);
            Assert.Contains("PAGE", main.Header!.InnerText, StringComparison.Ordinal);
            Assert.Equal(JustificationValues.Center, main.Header.Descendants<Justification>().Single().Val!.Value);
            var first = (DocumentFormat.OpenXml.Packaging.HeaderPart)d.MainDocumentPart.GetPartById(references.Single(r => r.Type! == HeaderFooterValues.First).Id!.Value!);
            Assert.Equal("", first.Header!.InnerText);
            return 0;
        });
    }

    [Fact]
    public void Render_HeaderAndSignatureTables_Borderless()
    {
        byte[] docx = new SampleReport(SampleDocuments.Party).RenderDocx();

        DocxReader.With(docx, d =>
        {
            var tables = d.MainDocumentPart!.Document!.Body!.Elements<Table>().ToList();
            Assert.Equal(2, tables.Count);
            Assert.All(tables, t =>
            {
                TableBorders borders = t.GetFirstChild<TableProperties>()!.TableBorders!;
                Assert.All(borders.ChildElements, b => Assert.Equal("none", b.GetAttribute("val", "http://schemas.openxmlformats.org/wordprocessingml/2006/main").Value));
                Assert.Equal(2, t.GetFirstChild<TableGrid>()!.Elements<GridColumn>().Count());
            });
            return 0;
        });
    }

    [Fact]
    public void Render_ToStreamThatCannotSeek_SameBytes()
    {
        var report = new SampleReport(SampleDocuments.Party);
        using var output = new WriteOnlyStream();
        report.RenderDocx(output);

        Assert.Equal(report.RenderDocx(), output.Inner.ToArray());
    }

    [Fact]
    public void Render_EmptyOptionalBlocks_Omitted_AndValid()
    {
        DocumentInfo bare = SampleDocuments.State with
        {
            Issuer = new IssuingBody { Name = "SỞ NỘI VỤ" },
            Recipients = Recipients.None,
            Signature = new Signature { Position = "GIÁM ĐỐC", SignerName = "Trần Thị B" },
        };
        byte[] docx = new SampleReport(bare).RenderDocx();

        Assert.Empty(DocxReader.ValidationErrors(docx));
        List<string> paragraphs = DocxReader.Paragraphs(docx);
        Assert.DoesNotContain("Nơi nhận:", paragraphs);
        Assert.DoesNotContain(paragraphs, p => p.StartsWith("Kính gửi", StringComparison.Ordinal));
        AssertInOrder(paragraphs, "SỞ NỘI VỤ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "GIÁM ĐỐC", "Trần Thị B");
    }

    [Fact]
    public void Render_SeveralAddressees_KinhGuiList()
    {
        DocumentInfo document = SampleDocuments.State with
        {
            Recipients = new Recipients { Addressees = ["Ủy ban nhân dân tỉnh", "Sở Tài chính;"], Lines = ["Như trên"], Archive = "VT, VP" },
        };
        byte[] docx = new SampleReport(document).RenderDocx();

        Assert.Empty(DocxReader.ValidationErrors(docx));
        AssertInOrder(DocxReader.Paragraphs(docx), "Sơ kết công tác dân vận 6 tháng đầu năm 2024", "Kính gửi:", "- Ủy ban nhân dân tỉnh;", "- Sở Tài chính.", "I. KẾT QUẢ THỰC HIỆN");
    }

    [Fact]
    public void Render_BottomPageNumbers_OnEveryPage_Valid()
    {
        LayoutProfile profile = LayoutProfile.Party2018 with { Name = "Party2018-Footer", PageNumbers = PageNumberPlacement.BottomCenter, NumberFirstPage = true };
        byte[] docx = new SampleReport(SampleDocuments.Party with { Layout = profile }).RenderDocx();

        Assert.Empty(DocxReader.ValidationErrors(docx));
        DocxReader.With(docx, d =>
        {
            SectionProperties section = d.MainDocumentPart!.Document!.Body!.Elements<SectionProperties>().Single();
            Assert.Null(section.GetFirstChild<TitlePage>());
            Assert.Empty(section.Elements<HeaderReference>());
            FooterReference footer = section.Elements<FooterReference>().Single();
            Assert.Contains("PAGE", ((DocumentFormat.OpenXml.Packaging.FooterPart)d.MainDocumentPart.GetPartById(footer.Id!.Value!)).Footer!.InnerText, StringComparison.Ordinal);
            return 0;
        });
    }

    [Fact]
    public void Render_NoPageNumbers_NoHeaderParts()
    {
        LayoutProfile profile = LayoutProfile.State2020 with { Name = "State2020-Unnumbered", PageNumbers = PageNumberPlacement.None };
        byte[] docx = new SampleReport(SampleDocuments.State with { Layout = profile }).RenderDocx();

        Assert.Empty(DocxReader.ValidationErrors(docx));
        Assert.Equal(0, DocxReader.With(docx, d => d.MainDocumentPart!.HeaderParts.Count() + d.MainDocumentPart.FooterParts.Count()));
    }

    [Fact]
    public void Writer_CallsOutOfOrder_Throw()
    {
        var writer = new DocxReportWriter(new MemoryStream());
        Assert.Throws<InvalidOperationException>(() => writer.WriteValue("a", "b"));
        writer.BeginReport(new ReportHeading("x", ReportPeriod.Year(2024)));
        Assert.Throws<InvalidOperationException>(writer.EndSection);
        writer.BeginList("l");
        Assert.Throws<InvalidOperationException>(() => writer.WriteText("a", "b"));
        Assert.Throws<InvalidOperationException>(writer.EndReport);
    }

    private static string SizeOf(Body body, string text) => RunOf(body, text).RunProperties!.FontSize!.Val!.Value!;

    private static Run RunOf(Body body, string text) => body.Descendants<Run>().First(r => r.InnerText == text);

    private static void AssertInOrder(List<string> paragraphs, params string[] expected)
    {
        int at = 0;
        foreach (string line in expected)
        {
            int found = paragraphs.IndexOf(line, at);
            Assert.True(found >= 0, "Missing or out of order: \"" + line + "\"\nParagraphs:\n" + string.Join("\n", paragraphs));
            at = found + 1;
        }
    }

    private static T InCulture<T>(string name, Func<T> action)
    {
        CultureInfo culture = CultureInfo.CurrentCulture;
        CultureInfo uiCulture = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(name);
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);
            return action();
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = uiCulture;
        }
    }

    private sealed class WriteOnlyStream : Stream
    {
        public MemoryStream Inner { get; } = new();

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => Inner.Write(buffer, offset, count);

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                Inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
