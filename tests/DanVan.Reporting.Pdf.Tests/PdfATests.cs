using System.Globalization;
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
/// bytes (<see cref="PdfStructure"/>); the clauses that apply to every file are checked on the default output too. No
/// PDF/A validator runs here (docs/pdf.md, "PDF/A-2b", lists which clauses these checks cover and which they do not).
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

    [Fact]
    public void LongSubject_IsCutInTheInformation_AndTheXmpStillAgrees()
    {
        // A PDF string holds at most 32,767 bytes (ISO 32000-1 Annex C; binding under PDF/A-2 6.1.13).
        var document = SampleDocuments.Party with { Subject = string.Concat(Enumerable.Repeat("công tác dân vận ", 1000)) };
        byte[] pdf = new SampleReport(document).RenderPdf(s_pdfA);
        using PdfDocument read = PdfDocument.Open(pdf, new ParsingOptions { UseLenientParsing = false });

        Assert.InRange(read.Information.Title!.Length, 7000, 8000);
        Assert.StartsWith("BÁO CÁO công tác dân vận", read.Information.Title, StringComparison.Ordinal);
        Assert.Equal(read.Information.Title, Single(Xmp(read), "http://purl.org/dc/elements/1.1/", "title"));
        Assert.Equal(read.Information.Subject, Single(Xmp(read), "http://purl.org/dc/elements/1.1/", "description"));
    }

    public static TheoryData<bool> BothForms => [true, false];

    [Theory]
    [MemberData(nameof(BothForms))]
    public void Header_IsPdf17_WithABinaryComment_AndEveryObjectIsWhereTheCrossReferenceSays(bool pdfA)
    {
        // PdfStructure.Read checks the cross-reference offsets, the 20-byte entries, every /Length and the %%EOF.
        PdfStructure file = PdfStructure.Read(Render(pdfA));

        Assert.StartsWith("%PDF-1.7\n%", file.Header, StringComparison.Ordinal);
        string comment = file.Header[10..^1];
        Assert.True(comment.Length >= 4 && comment.All(c => c > 127), "a binary comment of four bytes above 127 (PDF/A-2 6.1.2)");
    }

    [Theory]
    [MemberData(nameof(BothForms))]
    public void Trailer_HasAFileId_AndNothingIsEncrypted(bool pdfA)
    {
        PdfStructure file = PdfStructure.Read(Render(pdfA));

        Match id = Regex.Match(file.Trailer, @"/ID\[<(?<first>[0-9A-F]{32})><(?<second>[0-9A-F]{32})>\]");
        Assert.True(id.Success, file.Trailer);
        Assert.Equal(id.Groups["first"].Value, id.Groups["second"].Value); // one file, never updated
        Assert.DoesNotContain("/Encrypt", file.Trailer, StringComparison.Ordinal);

        // Another report, another id: the id comes from the content.
        PdfStructure other = PdfStructure.Read(new SampleReport(SampleDocuments.State, "Một nội dung khác.").RenderPdf(new PdfReportWriterOptions { PdfA = pdfA }));
        Assert.NotEqual(file.Trailer, other.Trailer);
    }

    [Theory]
    [MemberData(nameof(BothForms))]
    public void EveryFont_HasAToUnicodeMap_ForEveryGlyphDrawn_AndNoTextDrawsNotdef(bool pdfA)
    {
        PdfStructure file = PdfStructure.Read(Render(pdfA));
        PdfObject resources = file.Resolve(file.OfType("Page").First().Dictionary, "/Resources");
        var fonts = Regex.Matches(resources.Dictionary, @"/(F\d) (\d+) 0 R").ToDictionary(m => m.Groups[1].Value, m => file.Objects[int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture)]);
        Assert.NotEmpty(fonts);

        var drawn = fonts.Keys.ToDictionary(k => k, _ => new HashSet<int>());
        foreach (PdfObject page in file.OfType("Page"))
        {
            string content = file.Resolve(page.Dictionary, "/Contents").Text;
            string font = "";
            foreach (Match op in Regex.Matches(content, @"/(?<font>F\d) [\d.]+ Tf|<(?<hex>[0-9A-F]*)> Tj"))
            {
                if (op.Groups["font"].Success)
                {
                    font = op.Groups["font"].Value;
                    continue;
                }

                string hex = op.Groups["hex"].Value;
                Assert.True(hex.Length % 4 == 0, hex);
                for (int i = 0; i < hex.Length; i += 4)
                {
                    drawn[font].Add(int.Parse(hex.AsSpan(i, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                }
            }
        }

        foreach ((string name, PdfObject font) in fonts)
        {
            Assert.StartsWith("<</Type/Font/Subtype/Type0/", font.Dictionary, StringComparison.Ordinal);
            Assert.Contains("/Encoding/Identity-H", font.Dictionary, StringComparison.Ordinal);
            string cmap = file.Resolve(font.Dictionary, "/ToUnicode").Text;
            var mapped = Regex.Matches(cmap, @"<([0-9A-F]{4})><([0-9A-F]{4,8})>").Select(m => int.Parse(m.Groups[1].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToHashSet();
            Assert.DoesNotContain(0, drawn[name]); // PDF/A-2 6.2.11.8: no text refers to .notdef
            Assert.Subset(mapped, drawn[name]);
        }
    }

    [Theory]
    [MemberData(nameof(BothForms))]
    public void FontWidths_AgreeWithTheEmbeddedSubset(bool pdfA)
    {
        // PDF/A-2 6.2.11.5: the widths in the font dictionary agree with the font program's (within one unit).
        // The subset's hmtx lists every glyph (numberOfHMetrics = numGlyphs), so it gives the glyph count too.
        PdfStructure file = PdfStructure.Read(Render(pdfA));
        foreach (PdfObject cidFont in file.Objects.Values.Where(o => o.Dictionary.StartsWith("<</Type/Font/Subtype/CIDFontType2/", StringComparison.Ordinal)))
        {
            Assert.Contains("/CIDToGIDMap/Identity", cidFont.Dictionary, StringComparison.Ordinal);
            PdfObject descriptor = file.Resolve(cidFont.Dictionary, "/FontDescriptor");
            byte[] subset = file.Resolve(descriptor.Dictionary, "/FontFile2").Data!;
            (int unitsPerEm, int[] advances) = Advances(subset);
            int[] widths = Regex.Match(cidFont.Dictionary, @"/W\[0\[(?<w>[\d ]+)\]\]").Groups["w"].Value.Split(' ').Select(w => int.Parse(w, CultureInfo.InvariantCulture)).ToArray();
            Assert.Equal(advances.Length, widths.Length);

            // The CIDSet names every glyph of the subset, and no other (PDF/A-2 6.2.11.4.2).
            byte[] cidSet = file.Resolve(descriptor.Dictionary, "/CIDSet").Data!;
            Assert.Equal((advances.Length + 7) / 8, cidSet.Length);
            for (int bit = 0; bit < cidSet.Length * 8; bit++)
            {
                Assert.Equal(bit < advances.Length, (cidSet[bit / 8] & (0x80 >> (bit % 8))) != 0);
            }
            for (int glyph = 0; glyph < widths.Length; glyph++)
            {
                Assert.InRange(widths[glyph] - (advances[glyph] * 1000.0 / unitsPerEm), -1, 1);
            }
        }
    }

    [Theory]
    [MemberData(nameof(BothForms))]
    public void NoJavaScript_Actions_Annotations_Attachments_Transparency_OrEncryption(bool pdfA)
    {
        PdfStructure file = PdfStructure.Read(Render(pdfA));
        string[] forbidden = ["/JavaScript", "/JS", "/AA", "/OpenAction", "/Launch", "/Annots", "/EmbeddedFiles", "/Group", "/SMask", "/ExtGState", "/Encrypt", "/Alternates", "/OC"];
        foreach (PdfObject o in file.Objects.Values)
        {
            foreach (string name in forbidden)
            {
                Assert.False(Regex.IsMatch(o.Dictionary, Regex.Escape(name) + @"\b"), name + " in object " + o.Number);
            }
        }

        // The pages draw text and thin lines only: no graphics state dictionaries (transparency), images or colour spaces.
        foreach (PdfObject page in file.OfType("Page"))
        {
            string content = file.Resolve(page.Dictionary, "/Contents").Text;
            var operators = Regex.Matches(Regex.Replace(content, @"<[0-9A-F]*>|/F\d", ""), @"[A-Za-z*']+").Select(m => m.Value).ToHashSet();
            Assert.Subset(new HashSet<string> { "BT", "ET", "Tf", "Tm", "Tj", "w", "m", "l", "S" }, operators);
        }
    }

    [Theory]
    [MemberData(nameof(BothForms))]
    public void Catalog_HasUnfilteredXmpMetadata_AndTheLanguage(bool pdfA)
    {
        PdfStructure file = PdfStructure.Read(Render(pdfA));
        PdfObject catalog = Assert.Single(file.OfType("Catalog"));
        PdfObject metadata = file.Resolve(catalog.Dictionary, "/Metadata");

        Assert.Contains("/Lang(vi-VN)", catalog.Dictionary, StringComparison.Ordinal);
        Assert.Equal("<</Type/Metadata/Subtype/XML", metadata.Dictionary[..28]);
        Assert.DoesNotContain("/Filter", metadata.Dictionary, StringComparison.Ordinal);
        Assert.Equal(pdfA, metadata.Text.Contains("pdfaid:part", StringComparison.Ordinal));
        Assert.Equal(pdfA, catalog.Dictionary.Contains("/OutputIntents", StringComparison.Ordinal));
    }

    private static byte[] Render(bool pdfA) => new SampleReport(SampleDocuments.Party with { DraftNote = "Dự thảo" }).RenderPdf(new PdfReportWriterOptions { PdfA = pdfA });

    /// <summary>unitsPerEm and every glyph's advance width, from the subset's head, hhea and hmtx tables.</summary>
    private static (int UnitsPerEm, int[] Advances) Advances(byte[] font)
    {
        int tables = (font[4] << 8) | font[5];
        int head = 0, hhea = 0, hmtx = 0;
        for (int i = 0; i < tables; i++)
        {
            int record = 12 + (i * 16);
            string tag = Encoding.ASCII.GetString(font, record, 4);
            int offset = (font[record + 8] << 24) | (font[record + 9] << 16) | (font[record + 10] << 8) | font[record + 11];
            switch (tag)
            {
                case "head": head = offset; break;
                case "hhea": hhea = offset; break;
                case "hmtx": hmtx = offset; break;
                default: break;
            }
        }

        int unitsPerEm = (font[head + 18] << 8) | font[head + 19];
        int metrics = (font[hhea + 34] << 8) | font[hhea + 35];
        int[] advances = new int[metrics];
        for (int g = 0; g < metrics; g++)
        {
            advances[g] = (font[hmtx + (g * 4)] << 8) | font[hmtx + (g * 4) + 1];
        }

        return (unitsPerEm, advances);
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
