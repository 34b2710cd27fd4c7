using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using PdfSharp.Pdf;

namespace DanVan.Reporting.Pdf.Layout;

/// <summary>
/// PDF/A-2b identification (<see cref="PdfReportWriterOptions.PdfA"/>), without PDFsharp 6.2.4's <c>SetPdfA()</c>, which
/// claims PDF/A-1a and switches on its tagging: an sRGB output intent with its ICC profile before the save, and after
/// it an incremental update that replaces PDFsharp's XMP packet with one that says <c>pdfaid:part 2</c>,
/// <c>conformance B</c> and repeats the document information exactly (XML-escaped, which PDFsharp's is not). What this
/// does and does not prove is in docs/pdf.md ("PDF/A-2b").
/// </summary>
internal static partial class PdfA
{
    // The sRGB profile PDFsharp itself ships (from the ICC, free to embed and redistribute): no second copy in our package.
    private const string ProfileResource = "PdfSharp.Resources.sRGB2014.icc";

    /// <summary>Adds the catalog's /OutputIntents: one GTS_PDFA1 intent whose destination profile is sRGB.</summary>
    public static void AddOutputIntent(PdfDocument document)
    {
        byte[] profile = ReadProfile();
        var stream = new PdfDictionary(document);
        document.Internals.AddObject(stream);
        stream.Elements["/N"] = new PdfInteger(3);
        stream.CreateStream(profile);

        var intent = new PdfDictionary(document);
        intent.Elements["/Type"] = new PdfName("/OutputIntent");
        intent.Elements["/S"] = new PdfName("/GTS_PDFA1");
        intent.Elements["/OutputConditionIdentifier"] = new PdfString("sRGB IEC61966-2.1");
        intent.Elements["/RegistryName"] = new PdfString("http://www.color.org");
        intent.Elements["/Info"] = new PdfString("sRGB IEC61966-2.1");
        intent.Elements["/DestOutputProfile"] = stream.Reference;
        var intents = new PdfArray(document);
        intents.Elements.Add(intent);
        document.Internals.Catalog.Elements["/OutputIntents"] = intents;
    }

    /// <summary>
    /// The saved (and pinned) file with an incremental update appended: the catalog's metadata object replaced by the
    /// PDF/A-2b XMP packet, a cross-reference section for it, and a trailer that keeps the file id. Appending keeps every
    /// earlier offset valid, whatever the packet's length.
    /// </summary>
    public static byte[] AppendMetadata(byte[] pdf, PdfDocumentInfo info, string creator, string producer)
    {
        string text = Encoding.Latin1.GetString(pdf);
        int trailerAt = text.LastIndexOf("\ntrailer", StringComparison.Ordinal);
        Match metadata = MetadataReference().Match(text);
        if (trailerAt < 0 || !metadata.Success)
        {
            throw new InvalidOperationException("PDF/A: PDFsharp's output lacks the catalog's /Metadata or the trailer.");
        }

        string trailer = text[trailerAt..];
        string id = TrailerEntry(trailer, TrailerId());
        string infoReference = TrailerEntry(trailer, TrailerInfo());
        string root = TrailerEntry(trailer, TrailerRoot());
        string size = TrailerEntry(trailer, TrailerSize());
        string previous = TrailerEntry(trailer, StartXref());

        byte[] hash = SHA256.HashData(pdf);
        byte[] xmp = Encoding.UTF8.GetBytes(Xmp(info, creator, producer, Uuid(hash, 0), Uuid(hash, 1)));
        int objectNumber = int.Parse(metadata.Groups["v"].Value, CultureInfo.InvariantCulture);

        using var output = new MemoryStream(pdf.Length + xmp.Length + 512);
        output.Write(pdf);
        long objectOffset = output.Position;
        Ascii(output, objectNumber.ToString(CultureInfo.InvariantCulture) + " 0 obj\n<</Type/Metadata/Subtype/XML/Length "
            + xmp.Length.ToString(CultureInfo.InvariantCulture) + ">>\nstream\n");
        output.Write(xmp);
        Ascii(output, "\nendstream\nendobj\n");
        long xrefOffset = output.Position;
        Ascii(output, "xref\n" + objectNumber.ToString(CultureInfo.InvariantCulture) + " 1\n"
            + objectOffset.ToString("D10", CultureInfo.InvariantCulture) + " 00000 n \n");
        Ascii(output, "trailer\n<</ID" + id + "/Info " + infoReference + "/Root " + root + "/Size " + size + "/Prev " + previous
            + ">>\nstartxref\n" + xrefOffset.ToString(CultureInfo.InvariantCulture) + "\n%%EOF\n");
        return output.ToArray();
    }

    private static string TrailerEntry(string trailer, Regex entry) =>
        entry.Match(trailer) is { Success: true } match ? match.Groups["v"].Value
            : throw new InvalidOperationException("PDF/A: the trailer of PDFsharp's output lacks " + entry + ".");

    /// <summary>The XMP packet: PDF/A identification and the same title, author, subject, tools and dates as /Info.</summary>
    internal static string Xmp(PdfDocumentInfo info, string creator, string producer, string documentId, string instanceId)
    {
        string created = XmpDate(info.Created);
        string modified = created;
        return "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
            + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
            + "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
            + "<rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">"
            + "<pdfaid:part>2</pdfaid:part><pdfaid:conformance>B</pdfaid:conformance></rdf:Description>\n"
            + "<rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">"
            + "<pdf:Producer>" + Escape(producer) + "</pdf:Producer></rdf:Description>\n"
            + "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
            + "<dc:format>application/pdf</dc:format>"
            + "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" + Escape(info.Title) + "</rdf:li></rdf:Alt></dc:title>"
            + "<dc:creator><rdf:Seq><rdf:li>" + Escape(info.Author) + "</rdf:li></rdf:Seq></dc:creator>"
            + "<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">" + Escape(info.Subject) + "</rdf:li></rdf:Alt></dc:description>"
            + "</rdf:Description>\n"
            + "<rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">"
            + "<xmp:CreatorTool>" + Escape(creator) + "</xmp:CreatorTool>"
            + "<xmp:CreateDate>" + created + "</xmp:CreateDate><xmp:ModifyDate>" + modified + "</xmp:ModifyDate>"
            + "<xmp:MetadataDate>" + modified + "</xmp:MetadataDate></rdf:Description>\n"
            + "<rdf:Description rdf:about=\"\" xmlns:xmpMM=\"http://ns.adobe.com/xap/1.0/mm/\">"
            + "<xmpMM:DocumentID>uuid:" + documentId + "</xmpMM:DocumentID><xmpMM:InstanceID>uuid:" + instanceId
            + "</xmpMM:InstanceID></rdf:Description>\n"
            + "</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"r\"?>";
    }

    // /Info holds the UTC date as D:yyyyMMddHHmmss+00'00' (PdfComposer passes UTC only); the XMP, the same instant.
    private static string XmpDate(DateTime utc) =>
        utc.ToString("yyyy'-'MM'-'dd'T'HH':'mm':'ss", CultureInfo.InvariantCulture) + "Z";

    private static string Escape(string? text)
    {
        var escaped = new StringBuilder((text ?? "").Length);
        foreach (char c in text ?? "")
        {
            escaped.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                _ => c.ToString(),
            });
        }

        return escaped.ToString();
    }

    private static string Uuid(byte[] hash, byte place)
    {
        string digits = Convert.ToHexString(SHA256.HashData([.. hash, place])).ToLowerInvariant();
        return digits[..8] + "-" + digits[8..12] + "-4" + digits[13..16] + "-a" + digits[17..20] + "-" + digits[20..32];
    }

    private static byte[] ReadProfile()
    {
        using Stream profile = typeof(PdfDocument).Assembly.GetManifestResourceStream(ProfileResource)
            ?? throw new InvalidOperationException("PDF/A: PDFsharp's sRGB profile " + ProfileResource + " was not found.");
        using var bytes = new MemoryStream();
        profile.CopyTo(bytes);
        return bytes.ToArray();
    }

    private static void Ascii(Stream output, string text) => output.Write(Encoding.ASCII.GetBytes(text));

    // Only the catalog refers to a metadata stream in what PdfComposer draws.
    [GeneratedRegex(@"/Metadata (?<v>\d+) 0 R")]
    private static partial Regex MetadataReference();

    [GeneratedRegex(@"/ID\s*(?<v>\[\s*<[0-9A-Fa-f]+>\s*<[0-9A-Fa-f]+>\s*\])")]
    private static partial Regex TrailerId();

    [GeneratedRegex(@"/Info\s+(?<v>\d+ \d+ R)")]
    private static partial Regex TrailerInfo();

    [GeneratedRegex(@"/Root\s+(?<v>\d+ \d+ R)")]
    private static partial Regex TrailerRoot();

    [GeneratedRegex(@"/Size\s+(?<v>\d+)")]
    private static partial Regex TrailerSize();

    [GeneratedRegex(@"startxref\s+(?<v>\d+)")]
    private static partial Regex StartXref();
}
