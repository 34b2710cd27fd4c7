using System.Text;

namespace DanVan.Reporting.Pdf.Output;

/// <summary>
/// The document's XMP metadata packet: the same title, author, subject, tools and dates as the document information
/// dictionary (PDF/A-2 6.6.2.3 asks them to agree), XML-escaped, and for a PDF/A file its identification
/// (<c>pdfaid:part</c> 2, <c>conformance</c> B).
/// </summary>
internal static class Xmp
{
    public static string Packet(PdfDocumentInfo info, string creator, string producer, bool pdfA, string documentId, string instanceId)
    {
        string date = Date(info.Created);
        var xmp = new StringBuilder(1536);
        xmp.Append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n")
            .Append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n")
            .Append("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n");
        if (pdfA)
        {
            xmp.Append("<rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">")
                .Append("<pdfaid:part>2</pdfaid:part><pdfaid:conformance>B</pdfaid:conformance></rdf:Description>\n");
        }

        xmp.Append("<rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">")
            .Append("<pdf:Producer>").Append(Escape(producer)).Append("</pdf:Producer></rdf:Description>\n")
            .Append("<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">")
            .Append("<dc:format>application/pdf</dc:format>")
            .Append("<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">").Append(Escape(info.Title)).Append("</rdf:li></rdf:Alt></dc:title>")
            .Append("<dc:creator><rdf:Seq><rdf:li>").Append(Escape(info.Author)).Append("</rdf:li></rdf:Seq></dc:creator>")
            .Append("<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">").Append(Escape(info.Subject)).Append("</rdf:li></rdf:Alt></dc:description>")
            .Append("</rdf:Description>\n")
            .Append("<rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">")
            .Append("<xmp:CreatorTool>").Append(Escape(creator)).Append("</xmp:CreatorTool>")
            .Append("<xmp:CreateDate>").Append(date).Append("</xmp:CreateDate><xmp:ModifyDate>").Append(date).Append("</xmp:ModifyDate>")
            .Append("<xmp:MetadataDate>").Append(date).Append("</xmp:MetadataDate></rdf:Description>\n")
            .Append("<rdf:Description rdf:about=\"\" xmlns:xmpMM=\"http://ns.adobe.com/xap/1.0/mm/\">")
            .Append("<xmpMM:DocumentID>uuid:").Append(documentId).Append("</xmpMM:DocumentID><xmpMM:InstanceID>uuid:").Append(instanceId)
            .Append("</xmpMM:InstanceID></rdf:Description>\n")
            .Append("</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"r\"?>");
        return xmp.ToString();
    }

    /// <summary>A UTC instant as XMP writes it: 2024-01-01T00:00:00Z.</summary>
    private static string Date(DateTime utc)
    {
        Span<char> date = stackalloc char[20];
        Digits(date[..4], utc.Year);
        date[4] = '-';
        Digits(date.Slice(5, 2), utc.Month);
        date[7] = '-';
        Digits(date.Slice(8, 2), utc.Day);
        date[10] = 'T';
        Digits(date.Slice(11, 2), utc.Hour);
        date[13] = ':';
        Digits(date.Slice(14, 2), utc.Minute);
        date[16] = ':';
        Digits(date.Slice(17, 2), utc.Second);
        date[19] = 'Z';
        return new string(date);
    }

    /// <summary>Writes <paramref name="value"/> with leading zeros into all of <paramref name="target"/>.</summary>
    internal static void Digits(Span<char> target, int value)
    {
        for (int i = target.Length - 1; i >= 0; i--)
        {
            target[i] = (char)('0' + (value % 10));
            value /= 10;
        }
    }

    /// <summary>XML text: markup characters escaped, and characters XML 1.0 forbids (controls, lone surrogates) left out.</summary>
    private static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            switch (c)
            {
                case '&': escaped.Append("&amp;"); break;
                case '<': escaped.Append("&lt;"); break;
                case '>': escaped.Append("&gt;"); break;
                case '"': escaped.Append("&quot;"); break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                    {
                        escaped.Append(c).Append(text[++i]);
                    }
                    else if (!(c is < ' ' and not ('\t' or '\n' or '\r') || char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF'))
                    {
                        escaped.Append(c);
                    }

                    break;
            }
        }

        return escaped.ToString();
    }
}
