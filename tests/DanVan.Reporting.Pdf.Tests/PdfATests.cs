using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using DanVan.Reporting.Docx.Tests;
using DanVan.Reporting.Tests.Documents;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;

namespace DanVan.Reporting.Pdf.Tests;

/// <summary>
/// PdfReportWriterOptions.PdfA: the structure PDF/A-2b asks for, read back with PdfPig (strict parsing) and from the raw
/// bytes. No PDF/A validator runs here (docs/pdf.md says which clauses these checks cover and which they do not).
/// </summary>
public class PdfATests
{
    private static readonly PdfReportWriterOptions s_pdfA = new() { PdfA = true };
    private static readonly XNamespace Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";

    [Fact]
    public void Xmp_SaysPart2ConformanceB_AndRepeatsTheDocumentInformation()
    {
        byte[] pdf = new SampleReport(SampleDocuments.Party).RenderPdf(s_pdfA);
        using PdfDocument document = PdfDocument.Open(pdf, new ParsingOptions { UseLenientParsing = false });
        XDocument xmp = Xmp(document);

        Assert.Equal("2", Single(xmp, "http://www.aiim.org/pdfa/ns/id/", "part"));
        Assert.Equal("B", Single(xmp, "http://www.aiim.org/pdfa/ns/id/", "conformance"));
        Assert.Equal(document.Information.Title, Single(xmp, "http://purl.org/dc/elements/1.1/", "title"));
        Assert.Equal("BÁO CÁO sơ kết công tác dân vận 6 tháng đầu năm 2024", document.Information.Title);
        Assert.Equal(document.Information.Author, Single(xmp, "http://purl.org/dc/elements/1.1/", "creator"));
        Assert.Equal(document.Information.Subject, Single(xmp, "http://purl.org/dc/elements/1.1/", "description"));
        Assert.Equal(document.Information.Producer, Single(xmp, "http://ns.adobe.com/pdf/1.3/", "Producer"));
        Assert.Equal(document.Information.Creator, Single(xmp, "http://ns.adobe.com/xap/1.0/", "CreatorTool"));
        Assert.Equal("D:20240101000000+00'00'", document.Information.CreationDate);
        Assert.Equal("2024-01-01T00:00:00Z", Single(xmp, "http://ns.adobe.com/xap/1.0/", "CreateDate"));
        Assert.Equal("D:20240101000000+00'00'", document.Information.ModifiedDate);
        Assert.Equal("2024-01-01T00:00:00Z", Single(xmp, "http://ns.adobe.com/xap/1.0/", "ModifyDate"));

        // The text is still all there: the update touched the metadata only.
        Assert.Contains("Nguyễn Văn A", PdfInspection.Text(pdf), StringComparison.Ordinal);
    }

    [Fact]
    public void OutputIntent_IsSrgb_WithAnIccProfile()
    {
        byte[] pdf = new SampleReport(SampleDocuments.State).RenderPdf(s_pdfA);
        using PdfDocument document = PdfDocument.Open(pdf, new ParsingOptions { UseLenientParsing = false });
        var catalog = document.Structure.Catalog.CatalogDictionary;
        var intents = Resolve<ArrayToken>(document, catalog.Data["OutputIntents"]);
        var intent = Resolve<DictionaryToken>(document, Assert.Single(intents.Data));

        Assert.Equal("GTS_PDFA1", Resolve<NameToken>(document, intent.Data["S"]).Data);
        Assert.Equal("sRGB IEC61966-2.1", Resolve<StringToken>(document, intent.Data["OutputConditionIdentifier"]).Data);
        var profile = Resolve<StreamToken>(document, intent.Data["DestOutputProfile"]);
        Assert.Equal(3, Resolve<NumericToken>(document, profile.StreamDictionary.Data["N"]).Int);
        Assert.False(profile.StreamDictionary.ContainsKey(NameToken.Filter));
        byte[] icc = [.. profile.Data.Span];
        // An ICC profile: "acsp" at byte 36, an RGB colour space, its declared size its real size.
        Assert.Equal("acsp", Encoding.ASCII.GetString(icc, 36, 4));
        Assert.Equal("RGB ", Encoding.ASCII.GetString(icc, 16, 4));
        Assert.Equal(icc.Length, (icc[0] << 24) | (icc[1] << 16) | (icc[2] << 8) | icc[3]);
    }

    [Fact]
    public void EveryFont_IsEmbedded()
    {
        string raw = Encoding.Latin1.GetString(new SampleReport(SampleDocuments.Party).RenderPdf(s_pdfA));
        MatchCollection descriptors = Regex.Matches(raw, @"/Type/FontDescriptor[^>]*");
        Assert.NotEmpty(descriptors);
        Assert.All(descriptors, descriptor => Assert.Matches(@"/FontFile2 \d+ 0 R", descriptor.Value));
        // Every font that is not a composite (Type0) names a descriptor; Type0 fonts point to a descendant that does.
        foreach (Match font in Regex.Matches(raw, @"/Type/Font/Subtype/(?<subtype>\w+).*?endobj", RegexOptions.Singleline))
        {
            Assert.True(font.Groups["subtype"].Value == "Type0" ? font.Value.Contains("/DescendantFonts", StringComparison.Ordinal) : font.Value.Contains("/FontDescriptor", StringComparison.Ordinal), font.Value);
        }
    }

    [Fact]
    public void SameReport_SameBytes_AndWithoutTheOption_NoPdfAClaim()
    {
        byte[] first = new SampleReport(SampleDocuments.Party).RenderPdf(s_pdfA);
        Assert.Equal(first, new SampleReport(SampleDocuments.Party).RenderPdf(s_pdfA));

        byte[] plain = new SampleReport(SampleDocuments.Party).RenderPdf();
        string raw = Encoding.Latin1.GetString(plain);
        Assert.DoesNotContain("pdfaid", raw, StringComparison.Ordinal);
        Assert.DoesNotContain("/OutputIntents", raw, StringComparison.Ordinal);
    }

    [Fact]
    public void MarkupInTheTitle_IsEscaped_TheXmpStaysWellFormed()
    {
        var document = SampleDocuments.Party with { Subject = "dân vận <khéo> & \"hiệu quả\"" };
        byte[] pdf = new SampleReport(document).RenderPdf(s_pdfA);
        using PdfDocument read = PdfDocument.Open(pdf, new ParsingOptions { UseLenientParsing = false });
        Assert.Equal("BÁO CÁO dân vận <khéo> & \"hiệu quả\"", Single(Xmp(read), "http://purl.org/dc/elements/1.1/", "title"));
    }

    private static XDocument Xmp(PdfDocument document)
    {
        // XMP is UTF-8 (ISO 16684-1); read the bytes as such.
        Assert.True(document.TryGetXmpMetadata(out var metadata));
        return XDocument.Parse(Encoding.UTF8.GetString(metadata.GetXmlBytes()).TrimStart('\uFEFF'));
    }

    // The text of the one element with that name (inside rdf:Alt/rdf:Seq for dc: properties).
    private static string Single(XDocument xmp, string ns, string name)
    {
        XElement element = Assert.Single(xmp.Descendants(XName.Get(name, ns)));
        return element.Descendants(Rdf + "li").FirstOrDefault()?.Value ?? element.Value;
    }

    private static T Resolve<T>(PdfDocument document, IToken token)
        where T : class, IToken =>
        (token is IndirectReferenceToken reference ? document.Structure.GetObject(reference.Data).Data : token) as T
        ?? throw new InvalidOperationException("not a " + typeof(T).Name + ": " + token);
}
