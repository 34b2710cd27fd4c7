using System.IO.Compression;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace DanVan.Reporting.Testing;

/// <summary>
/// The parts of a DOCX package read with System.IO.Compression and System.Xml only. Part names are matched without
/// case, as Open Packaging Conventions require; entry order and time stamps in the zip play no part. Bad input (not a
/// zip, no main document, a part that cannot be read or is not well-formed XML) throws <see cref="ArgumentException"/>
/// naming the caller's parameter.
/// </summary>
internal sealed class DocxParts : IDisposable
{
    public const string Expected = "Expected a DOCX document (a zip package with word/document.xml)";

    private static readonly XmlReaderSettings s_xml = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
    };

    private readonly ZipArchive _zip;
    private readonly Dictionary<string, ZipArchiveEntry> _entries = new(StringComparer.OrdinalIgnoreCase);
    private readonly string _parameterName;

    private DocxParts(ZipArchive zip, string parameterName)
    {
        _zip = zip;
        _parameterName = parameterName;
        foreach (ZipArchiveEntry entry in zip.Entries)
        {
            string name = entry.FullName.Replace('\\', '/').TrimStart('/');
            if (name.Length > 0 && !name.EndsWith('/'))
            {
                _entries.TryAdd(name, entry);
            }
        }

        MainPart = FindMainPart();
    }

    /// <summary>The main document part's name, normally "word/document.xml".</summary>
    public string MainPart { get; }

    /// <summary>Opens <paramref name="docx"/> as a zip package with a main document part.</summary>
    /// <exception cref="ArgumentException">The bytes are not a zip, or the zip has no main document part.</exception>
    public static DocxParts Open(byte[] docx, string parameterName)
    {
        if (docx.Length >= 4 && docx[0] == 0xD0 && docx[1] == 0xCF && docx[2] == 0x11 && docx[3] == 0xE0)
        {
            throw new ArgumentException(
                Expected + ", but the bytes are an OLE compound file: a Word 97-2003 .doc or a password-protected DOCX, which this projection cannot read.",
                parameterName);
        }

        ZipArchive? zip = null;
        try
        {
            zip = new ZipArchive(new MemoryStream(docx, writable: false), ZipArchiveMode.Read);
            _ = zip.Entries.Count; // the central directory is read here, and may be damaged
        }
        catch (InvalidDataException exception)
        {
            zip?.Dispose();
            throw new ArgumentException(
                Expected + ", but the " + docx.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)
                    + " bytes are not a readable zip archive: " + exception.Message,
                parameterName,
                exception);
        }

        try
        {
            return new DocxParts(zip, parameterName);
        }
        catch
        {
            zip.Dispose();
            throw;
        }
    }

    /// <summary>Whether the package has a part named <paramref name="partName"/>.</summary>
    public bool Contains(string partName) => _entries.ContainsKey(partName);

    /// <summary>The root element of an XML part, or <see langword="null"/> when there is no such part.</summary>
    /// <exception cref="ArgumentException">The part cannot be read or is not well-formed XML.</exception>
    public XElement? Root(string partName)
    {
        if (!_entries.TryGetValue(partName, out ZipArchiveEntry? entry))
        {
            return null;
        }

        try
        {
            using Stream stream = entry.Open();
            using var reader = XmlReader.Create(stream, s_xml);
            return XDocument.Load(reader, LoadOptions.PreserveWhitespace).Root;
        }
        catch (XmlException exception)
        {
            throw new ArgumentException(
                "The DOCX part '" + partName + "' is not well-formed XML: " + exception.Message,
                _parameterName,
                exception);
        }
        catch (InvalidDataException exception)
        {
            throw new ArgumentException(
                "The DOCX part '" + partName + "' cannot be read from the zip (the archive is damaged): " + exception.Message,
                _parameterName,
                exception);
        }
    }

    /// <summary>The relationships of a part ("" for the package's own), in their file's order; none when it has no .rels part.</summary>
    public List<DocxRelationship> Relationships(string partName)
    {
        int slash = partName.LastIndexOf('/');
        string directory = slash < 0 ? "" : partName[..(slash + 1)];
        string relationshipsPart = directory + "_rels/" + partName[(slash + 1)..] + ".rels";
        var relationships = new List<DocxRelationship>();
        XElement? root = Root(relationshipsPart);
        if (root is null)
        {
            return relationships;
        }

        foreach (XElement relationship in root.Elements().Where(e => e.Name.LocalName == "Relationship"))
        {
            string id = (string?)relationship.Attribute("Id") ?? "";
            string type = (string?)relationship.Attribute("Type") ?? "";
            string target = (string?)relationship.Attribute("Target") ?? "";
            bool external = string.Equals((string?)relationship.Attribute("TargetMode"), "External", StringComparison.OrdinalIgnoreCase);
            relationships.Add(new DocxRelationship(id, type, external ? target : Resolve(directory, target), external));
        }

        return relationships;
    }

    public void Dispose() => _zip.Dispose();

    /// <summary>A relationship target relative to <paramref name="directory"/> (or absolute) as a part name.</summary>
    private static string Resolve(string directory, string target)
    {
        string path = Uri.UnescapeDataString(target.Replace('\\', '/'));
        int query = path.IndexOfAny(['#', '?']);
        if (query >= 0)
        {
            path = path[..query];
        }

        var segments = new List<string>();
        foreach (string segment in (path.StartsWith('/') ? path : directory + path).Split('/'))
        {
            if (segment == "..")
            {
                if (segments.Count > 0)
                {
                    segments.RemoveAt(segments.Count - 1);
                }
            }
            else if (segment.Length > 0 && segment != ".")
            {
                segments.Add(segment);
            }
        }

        return string.Join('/', segments);
    }

    private string FindMainPart()
    {
        foreach (DocxRelationship relationship in Relationships(""))
        {
            if (!relationship.External && relationship.IsOfType("officeDocument") && Contains(relationship.Target))
            {
                return relationship.Target;
            }
        }

        if (Contains("word/document.xml"))
        {
            return "word/document.xml";
        }

        var names = new StringBuilder();
        foreach (string name in _entries.Keys.Order(StringComparer.Ordinal).Take(5))
        {
            names.Append(names.Length == 0 ? "" : ", ").Append(name);
        }

        if (_entries.Count > 5)
        {
            names.Append(", …");
        }

        throw new ArgumentException(
            Expected + ", but the zip has no main document part (word/document.xml); its entries: "
                + (names.Length == 0 ? "none" : names.ToString()) + ".",
            _parameterName);
    }
}
