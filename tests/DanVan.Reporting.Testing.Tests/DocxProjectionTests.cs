using System.Globalization;
using System.IO.Compression;
using System.Security;
using CsCheck;

namespace DanVan.Reporting.Testing;

/// <summary>The DOCX projection on documents built by hand: what it shows, that it is deterministic, and bad input.</summary>
public class DocxProjectionTests
{
    private const string Styles =
        "<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\"/><w:sz w:val=\"26\"/></w:rPr></w:rPrDefault></w:docDefaults>"
        + "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/></w:style>"
        + "<w:style w:type=\"table\" w:styleId=\"TableGrid\"><w:name w:val=\"Table Grid\"/><w:tblPr><w:tblBorders>"
        + "<w:top w:val=\"single\" w:sz=\"4\"/><w:bottom w:val=\"single\" w:sz=\"4\"/></w:tblBorders></w:tblPr></w:style>";

    private const string Body =
        // A section of its own, landscape, ends with the first paragraph.
        "<w:p><w:pPr><w:sectPr><w:pgSz w:w=\"16838\" w:h=\"11906\" w:orient=\"landscape\"/></w:sectPr></w:pPr><w:r><w:t>Phụ lục</w:t></w:r></w:p>"
        + "<w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr><w:r><w:rPr><w:b/><w:sz w:val=\"32\"/></w:rPr><w:t>BÁO CÁO</w:t></w:r></w:p>"
        + "<w:p><w:pPr><w:jc w:val=\"both\"/></w:pPr><w:r><w:t xml:space=\"preserve\">Kính gửi: </w:t></w:r>"
        + "<w:r><w:rPr><w:b/></w:rPr><w:t>Ủy ban nhân dân tỉnh</w:t></w:r><w:r><w:t>.</w:t></w:r></w:p>"
        + "<w:p><w:r><w:t>Một</w:t><w:tab/><w:t>hai</w:t><w:br/><w:t>ba</w:t><w:sym w:font=\"Wingdings\" w:char=\"F0FC\"/></w:r>"
        + "<w:del w:id=\"1\" w:author=\"A\" w:date=\"2024-07-02T08:00:00Z\"><w:r><w:delText>bỏ</w:delText></w:r></w:del>"
        + "<w:ins w:id=\"2\" w:author=\"A\"><w:r><w:t xml:space=\"preserve\"> thêm</w:t></w:r></w:ins>"
        + "<w:hyperlink r:id=\"rIdLink\"><w:r><w:t xml:space=\"preserve\"> liên kết</w:t></w:r></w:hyperlink></w:p>"
        + "<w:p><w:r><w:rPr><w:rFonts w:ascii=\"Arial\" w:hAnsi=\"Arial\"/><w:i/><w:sz w:val=\"25\"/></w:rPr><w:t>Ghi chú</w:t></w:r></w:p>"
        + "<w:p><w:pPr><w:pStyle w:val=\"Heading1\"/></w:pPr><w:r><w:rPr><w:b w:val=\"0\"/><w:sz w:val=\"26\"/></w:rPr><w:t>Mục</w:t></w:r></w:p>"
        + "<w:p><w:r><w:t xml:space=\"preserve\">Trang </w:t></w:r><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
        + "<w:r><w:instrText xml:space=\"preserve\"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>"
        + "<w:r><w:t>7</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>"
        + "<w:p/>"
        + "<w:tbl><w:tblPr><w:tblBorders><w:top w:val=\"single\"/><w:insideH w:val=\"single\"/></w:tblBorders></w:tblPr>"
        + "<w:tr><w:tc><w:tcPr><w:gridSpan w:val=\"2\"/></w:tcPr><w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t>Bảng 1</w:t></w:r></w:p></w:tc></w:tr>"
        + "<w:tr><w:tc><w:p><w:r><w:t>Xã</w:t></w:r></w:p><w:p><w:r><w:rPr><w:i/></w:rPr><w:t>ghi chú</w:t></w:r></w:p></w:tc>"
        + "<w:tc><w:p><w:pPr><w:jc w:val=\"right\"/></w:pPr><w:r><w:t>11</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"
        + "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>a</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc></w:tr></w:tbl>"
        + "<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/></w:tblPr><w:tr><w:tc><w:p><w:r><w:t>c</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"
        + "<w:sectPr><w:headerReference w:type=\"first\" r:id=\"rIdH2\"/><w:footerReference w:type=\"default\" r:id=\"rIdF1\"/>"
        + "<w:headerReference w:type=\"default\" r:id=\"rIdH1\"/><w:pgSz w:w=\"11906\" w:h=\"16838\"/>"
        + "<w:pgMar w:top=\"1134\" w:right=\"850\" w:bottom=\"1134\" w:left=\"1440\" w:header=\"567\" w:footer=\"567\" w:gutter=\"0\"/><w:titlePg/></w:sectPr>";

    private static readonly (string Id, string Name, string Content)[] s_headers =
    [
        ("rIdH1", "header1.xml",
            "<w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> PAGE </w:instrText></w:r>"
            + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>2</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>"),
        ("rIdH2", "header2.xml", "<w:p/>"),
        ("rIdF1", "footer1.xml",
            "<w:p><w:r><w:t xml:space=\"preserve\">Trang </w:t></w:r><w:fldSimple w:instr=\" PAGE  \\* MERGEFORMAT \"><w:r><w:t>1</w:t></w:r></w:fldSimple>"
            + "<w:r><w:t xml:space=\"preserve\"> / </w:t></w:r><w:fldSimple w:instr=\"NUMPAGES\"/></w:p><w:p><w:r><w:t>Lưu hành nội bộ</w:t></w:r></w:p>"),
    ];

    private const string Core =
        "<dc:title>Báo cáo sơ kết</dc:title><dc:creator>Ban Dân vận</dc:creator>"
        + "<dcterms:created xsi:type=\"dcterms:W3CDTF\">2024-07-02T08:00:00Z</dcterms:created>";

    private const string Expected =
        "projection: DanVan DOCX 2\n"
        + "title: Báo cáo sơ kết\n"
        + "creator: Ban Dân vận\n"
        + "font: Times New Roman 13pt\n"
        + "paragraph defaults: none\n"
        + "section 1: page 297×210 mm (A4 landscape)\n"
        + "section 2: page 210×297 mm (A4), margins top 20, bottom 20, left 25.4, right 15 mm, first page different\n"
        + "  header default: [center] {PAGE}\n"
        + "  header first: (empty)\n"
        + "  footer default: Trang {PAGE \\* MERGEFORMAT} / {NUMPAGES} / Lưu hành nội bộ\n"
        + "---\n"
        + "Phụ lục\n"
        + "[end of section 1]\n"
        + "[center b 16pt] BÁO CÁO\n"
        + "[justify] Kính gửi: [b]Ủy ban nhân dân tỉnh[/b].\n"
        + "Một\thai↵ba thêm liên kết\n"
        + "[i 12.5pt font=\"Arial\"] Ghi chú\n"
        + "[style=Heading1] Mục\n"
        + "Trang {PAGE}\n"
        + "\n"
        + "table (bordered)\n"
        + "| [span=2] [center b] Bảng 1 |\n"
        + "| Xã / [i] ghi chú | [right] 11 |\n"
        + "table\n"
        + "| a | [merged] |\n"
        + "table (bordered)\n"
        + "| c |\n";

    private static byte[] Sample() => TestDocx.Build(Body, Styles, s_headers, Core);

    [Fact]
    public void ToText_HandBuiltDocument_ShowsSectionsFontsFormattingTablesAndFields()
    {
        Assert.Equal(Expected, DocxProjection.ToText(Sample()));
    }

    [Theory]
    [InlineData("<w:r><w:rPr><w:i/></w:rPr><w:t xml:space=\"preserve\">Tên: </w:t></w:r><w:r><w:t>giá trị</w:t></w:r>", "[i]Tên:[/i] giá trị")]
    [InlineData("<w:r><w:rPr><w:b/></w:rPr><w:t>A</w:t></w:r><w:r><w:t xml:space=\"preserve\"> </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>B</w:t></w:r>", "[b] A B")]
    [InlineData("<w:r><w:rPr><w:b/><w:sz w:val=\"24\"/></w:rPr><w:t>Nhãn:</w:t></w:r><w:r><w:rPr><w:sz w:val=\"24\"/></w:rPr><w:t xml:space=\"preserve\"> nội dung</w:t></w:r>", "[12pt] [b]Nhãn:[/b] nội dung")]
    [InlineData("<w:r><w:rPr><w:u w:val=\"double\"/><w:vertAlign w:val=\"superscript\"/></w:rPr><w:t>2</w:t></w:r>", "[u=double sup] 2")]
    [InlineData("<w:r><w:br w:type=\"page\"/><w:drawing/><w:t>x</w:t><w:noBreakHyphen/><w:softHyphen/><w:t>y</w:t></w:r>", "[page break][drawing]x-y")]
    public void ToText_MixedFormatting_MarksOnlyWhatDiffers(string runs, string expected)
    {
        string text = DocxProjection.ToText(TestDocx.Build("<w:p>" + runs + "</w:p>", Styles));

        Assert.Equal("projection: DanVan DOCX 2\nfont: Times New Roman 13pt\nparagraph defaults: none\n---\n" + expected + "\n", text);
    }

    [Fact]
    public void ToText_Stream_ReadsFromTheCurrentPositionAndLeavesItOpen()
    {
        byte[] docx = Sample();
        using var stream = new MemoryStream();
        stream.Write("prefix"u8);
        stream.Write(docx);
        stream.Position = 6;

        Assert.Equal(Expected, DocxProjection.ToText(stream));
        Assert.True(stream.CanRead);
    }

    [Fact]
    public void ToText_NoStylesNoSectionNoCore_WordDefaults()
    {
        string text = DocxProjection.ToText(TestDocx.Build("<w:p><w:r><w:rPr><w:sz w:val=\"20\"/></w:rPr><w:t>x</w:t></w:r></w:p>"));

        Assert.Equal("projection: DanVan DOCX 2\nfont: (not set) 10pt\nparagraph defaults: none\n---\nx\n", text);
    }

    [Fact]
    public void ToText_StrictNamespaceAndUniversalMeasures_AreRead()
    {
        string document =
            "<w:document xmlns:w=\"http://purl.oclc.org/ooxml/wordprocessingml/main\"><w:body>"
            + "<w:p><w:pPr><w:jc w:val=\"end\"/></w:pPr><w:r><w:rPr><w:sz w:val=\"14pt\"/></w:rPr><w:t>Strict</w:t></w:r></w:p>"
            + "<w:sectPr><w:pgSz w:w=\"210mm\" w:h=\"297mm\"/><w:pgMar w:top=\"2cm\" w:bottom=\"2cm\" w:left=\"3cm\" w:right=\"1.5cm\"/></w:sectPr>"
            + "</w:body></w:document>";
        byte[] docx = TestDocx.Zip([("word/document.xml", document)]);

        Assert.Equal(
            "projection: DanVan DOCX 2\nfont: (not set) 10pt\nparagraph defaults: none\nsection 1: page 210×297 mm (A4), margins top 20, bottom 20, left 30, right 15 mm\n---\n[end 14pt] Strict\n",
            DocxProjection.ToText(docx));
    }

    [Fact]
    public void ToText_SameBytes_SameText()
    {
        byte[] docx = Sample();

        Assert.Equal(DocxProjection.ToText(docx), DocxProjection.ToText(docx));
    }

    [Fact]
    public void ToText_ZipOrderTimeStampsAndCompression_DoNotMatter()
    {
        List<(string Name, string Content)> parts = TestDocx.Parts(Body, Styles, s_headers, Core);
        byte[] first = TestDocx.Zip(parts, new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero), CompressionLevel.Optimal);
        byte[] second = TestDocx.Zip(Enumerable.Reverse(parts), new DateTimeOffset(1999, 12, 31, 23, 59, 58, TimeSpan.Zero), CompressionLevel.NoCompression);

        Assert.NotEqual(first, second);
        Assert.Equal(DocxProjection.ToText(first), DocxProjection.ToText(second));
    }

    [Theory]
    [InlineData("vi-VN")]
    [InlineData("tr-TR")]
    [InlineData("ar-SA")]
    [InlineData("fr-FR")]
    public void ToText_AnyCulture_SameText(string culture)
    {
        byte[] docx = Sample();
        CultureInfo saved = CultureInfo.CurrentCulture;
        CultureInfo savedUi = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
            Assert.Equal(Expected, DocxProjection.ToText(docx));
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
            CultureInfo.CurrentUICulture = savedUi;
        }
    }

    [Fact]
    public void ToText_AnyParagraphText_IsItsLine()
    {
        const string alphabet = "aăâbđeêioôơuưyAĂÂĐÊÔƠƯàáảãạằắẳẵặầấẩẫậềếểễệòóỏõọờớởỡợừứửữự 0123456789.,;:-/()[]{}<>&\"'%*";
        Gen<string> text = Gen.Int[0, alphabet.Length - 1].Array[0, 40].Select(indices => new string(Array.ConvertAll(indices, i => alphabet[i])));

        text.Sample(value =>
        {
            byte[] docx = TestDocx.Build("<w:p><w:r><w:t xml:space=\"preserve\">" + SecurityElement.Escape(value) + "</w:t></w:r></w:p>");
            string projection = DocxProjection.ToText(docx);
            return projection == "projection: DanVan DOCX 2\nfont: (not set) 10pt\nparagraph defaults: none\n---\n" + value + "\n";
        });
    }

    [Fact]
    public void ToText_Null_Throws()
    {
        Assert.Throws<ArgumentNullException>("docx", () => DocxProjection.ToText((byte[])null!));
        Assert.Throws<ArgumentNullException>("docx", () => DocxProjection.ToText((Stream)null!));
    }

    [Theory]
    [InlineData(new byte[0])]
    [InlineData(new byte[] { 1, 2, 3 })]
    [InlineData(new byte[] { (byte)'<', (byte)'w', (byte)':', (byte)'d', (byte)'o', (byte)'c', (byte)'>' })]
    public void ToText_NotAZip_ClearArgumentException(byte[] bytes)
    {
        ArgumentException exception = Assert.Throws<ArgumentException>("docx", () => DocxProjection.ToText(bytes));

        Assert.StartsWith("Expected a DOCX document (a zip package with word/document.xml), but the ", exception.Message, StringComparison.Ordinal);
        Assert.Contains("not a readable zip archive", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToText_OleCompoundFile_SaysDocOrEncrypted()
    {
        byte[] ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0];

        ArgumentException exception = Assert.Throws<ArgumentException>("docx", () => DocxProjection.ToText(ole));

        Assert.Contains("Word 97-2003 .doc or a password-protected DOCX", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToText_ZipWithoutDocument_NamesWhatIsMissingAndWhatIsThere()
    {
        byte[] zip = TestDocx.Zip([("mimetype", "application/epub+zip"), ("content.xml", "<a/>")]);

        ArgumentException exception = Assert.Throws<ArgumentException>("docx", () => DocxProjection.ToText(zip));

        Assert.Contains("the zip has no main document part (word/document.xml); its entries: content.xml, mimetype.", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToText_MalformedXml_NamesThePart()
    {
        byte[] docx = TestDocx.Zip([("word/document.xml", "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p></w:body>")]);

        ArgumentException exception = Assert.Throws<ArgumentException>("docx", () => DocxProjection.ToText(docx));

        Assert.StartsWith("The DOCX part 'word/document.xml' is not well-formed XML: ", exception.Message, StringComparison.Ordinal);
        Assert.IsType<System.Xml.XmlException>(exception.InnerException);
    }

    [Fact]
    public void ToText_MalformedHeaderPart_NamesThePart()
    {
        byte[] docx = TestDocx.Build(
            "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rIdH1\"/></w:sectPr>",
            headers: [("rIdH1", "header1.xml", "<w:p>")]);

        ArgumentException exception = Assert.Throws<ArgumentException>("docx", () => DocxProjection.ToText(docx));

        Assert.StartsWith("The DOCX part 'word/header1.xml' is not well-formed XML: ", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToText_DtdInPart_IsRefused()
    {
        byte[] docx = TestDocx.Zip([("word/document.xml", "<!DOCTYPE d [<!ENTITY e \"x\">]><d>&e;</d>")]);

        ArgumentException exception = Assert.Throws<ArgumentException>("docx", () => DocxProjection.ToText(docx));

        Assert.IsType<System.Xml.XmlException>(exception.InnerException);
    }

    [Fact]
    public void ToText_MainPartNotWordprocessingMl_ClearArgumentException()
    {
        byte[] docx = TestDocx.Zip([("word/document.xml", "<html><body/></html>")]);

        ArgumentException exception = Assert.Throws<ArgumentException>("docx", () => DocxProjection.ToText(docx));

        Assert.Contains("is a 'html' element", exception.Message, StringComparison.Ordinal);
        Assert.Contains("not a WordprocessingML document", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToText_UnreadableStream_ClearArgumentException()
    {
        using var stream = new MemoryStream(Sample());
        using var unreadable = new BufferedStream(stream);
        unreadable.Dispose();

        Assert.Throws<ArgumentException>("docx", () => DocxProjection.ToText(unreadable));
    }

    [Fact]
    public void ToText_TruncatedDocx_IsAlwaysTheNotAZipError()
    {
        byte[] docx = Sample();

        // A zip's directory is at its end, so every truncation loses it: always the "not a readable zip" error.
        Gen.Int[0, docx.Length - 1].Sample(length =>
        {
            ArgumentException exception = Assert.Throws<ArgumentException>("docx", () => DocxProjection.ToText(docx[..length]));
            Assert.StartsWith("Expected a DOCX document (a zip package with word/document.xml), but the " + length.ToString(CultureInfo.InvariantCulture) + " bytes are not a readable zip archive: ", exception.Message, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void ToText_DamagedDocx_IsAWholeProjectionOrAnErrorNamingThePart()
    {
        byte[] docx = Sample();
        Gen<byte[]> damaged = Gen.Select(Gen.Int[0, docx.Length - 1], Gen.Byte).Array[1, 8].Select(changes =>
        {
            byte[] copy = (byte[])docx.Clone();
            foreach ((int at, byte value) in changes)
            {
                copy[at] = value;
            }

            return copy;
        });

        damaged.Sample(bytes =>
        {
            string text;
            try
            {
                text = DocxProjection.ToText(bytes);
            }
            catch (ArgumentException exception) when (exception.ParamName == "docx")
            {
                // Only the documented errors: what the bytes are not, or which part cannot be read.
                Assert.Matches("^(Expected a DOCX document \\(a zip package with word/document.xml\\), but |The DOCX part '[^']+' (is not well-formed XML|cannot be read from the zip))", exception.Message);
                return;
            }

            // A change the zip and its XML survive (a timestamp, a byte of text) still gives a whole projection.
            Assert.StartsWith("projection: DanVan DOCX 2\n", text, StringComparison.Ordinal);
            Assert.Contains("\n---\n", text, StringComparison.Ordinal);
            Assert.EndsWith("\n", text, StringComparison.Ordinal);
            Assert.DoesNotContain("\r", text, StringComparison.Ordinal);
        });
    }
}
