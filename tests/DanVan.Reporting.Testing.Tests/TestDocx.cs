using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace DanVan.Reporting.Testing;

/// <summary>DOCX packages built by hand, so that tests control every part, the zip's entry order and its time stamps.</summary>
internal static class TestDocx
{
    public const string Namespaces =
        "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
        + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";

    private const string RelationshipTypes = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

    /// <summary>The parts of a document with <paramref name="body"/> (the inside of w:body), optional styles, headers and core properties.</summary>
    public static List<(string Name, string Content)> Parts(
        string body,
        string? styles = null,
        IReadOnlyList<(string Id, string Name, string Content)>? headers = null,
        string? core = null)
    {
        var documentRelationships = new StringBuilder();
        var overrides = new StringBuilder();
        var parts = new List<(string Name, string Content)>
        {
            ("word/document.xml", $"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document {Namespaces}><w:body>{body}</w:body></w:document>"),
        };
        if (styles is not null)
        {
            parts.Add(("word/styles.xml", $"<w:styles {Namespaces}>{styles}</w:styles>"));
            documentRelationships.Append(CultureInfo.InvariantCulture, $"<Relationship Id=\"rIdStyles\" Type=\"{RelationshipTypes}styles\" Target=\"styles.xml\"/>");
            overrides.Append("<Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>");
        }

        foreach ((string id, string name, string content) in headers ?? [])
        {
            string kind = name.StartsWith("footer", StringComparison.Ordinal) ? "footer" : "header";
            string root = kind == "footer" ? "ftr" : "hdr";
            parts.Add(("word/" + name, $"<w:{root} {Namespaces}>{content}</w:{root}>"));
            documentRelationships.Append(CultureInfo.InvariantCulture, $"<Relationship Id=\"{id}\" Type=\"{RelationshipTypes}{kind}\" Target=\"/word/{name}\"/>");
            overrides.Append(CultureInfo.InvariantCulture, $"<Override PartName=\"/word/{name}\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.{kind}+xml\"/>");
        }

        string packageRelationships = $"<Relationship Id=\"rId1\" Type=\"{RelationshipTypes}officeDocument\" Target=\"word/document.xml\"/>";
        if (core is not null)
        {
            parts.Add(("docProps/core.xml",
                "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
                + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" "
                + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">" + core + "</cp:coreProperties>"));
            packageRelationships += "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>";
        }

        parts.Add(("word/_rels/document.xml.rels", Relationships(documentRelationships.ToString())));
        parts.Add(("_rels/.rels", Relationships(packageRelationships)));
        parts.Add(("[Content_Types].xml",
            "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
            + overrides + "</Types>"));
        return parts;
    }

    /// <summary>A zip of <paramref name="parts"/> in the given order, every entry with <paramref name="time"/>.</summary>
    public static byte[] Zip(IEnumerable<(string Name, string Content)> parts, DateTimeOffset? time = null, CompressionLevel level = CompressionLevel.Optimal)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach ((string name, string content) in parts)
            {
                ZipArchiveEntry entry = zip.CreateEntry(name, level);
                entry.LastWriteTime = time ?? new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
                using Stream entryStream = entry.Open();
                entryStream.Write(new UTF8Encoding(false).GetBytes(content));
            }
        }

        return stream.ToArray();
    }

    /// <summary>A whole DOCX with <paramref name="body"/>: the common case.</summary>
    public static byte[] Build(string body, string? styles = null, IReadOnlyList<(string Id, string Name, string Content)>? headers = null, string? core = null) =>
        Zip(Parts(body, styles, headers, core));

    private static string Relationships(string relationships) =>
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" + relationships + "</Relationships>";
}
