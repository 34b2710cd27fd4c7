using System.Globalization;
using System.Xml.Linq;

namespace DanVan.Reporting.Testing;

/// <summary>
/// A readable, deterministic text projection of a Word document (DOCX): its text, in reading order, with the layout
/// that matters for an official document (page size, margins, fonts, alignment, bold, tables and their borders,
/// headers and footers). Snapshot it instead of the zip's bytes; <see cref="Snapshot.VerifyDocx(byte[], string?, SnapshotSettings?, string, string, int)"/>
/// does, and any other snapshot tool can compare the returned text.
/// </summary>
/// <remarks>
/// <para>
/// The projection reads the package with System.IO.Compression and System.Xml only (no Open XML SDK). It depends only
/// on the parts' XML: not on zip entry order, compression or time stamps, nor on the current culture, so the same
/// document gives the same text on every machine. Lines end with "\n", and the text ends with one.
/// </para>
/// <para>
/// The text starts with a header block, then a <c>---</c> line, then the body:
/// </para>
/// <list type="bullet">
/// <item><description><c>projection: DanVan DOCX 2</c>: the <see cref="Version"/> of this projection.</description></item>
/// <item><description><c>title:</c>, <c>subject:</c>, <c>creator:</c> from the core properties, each only when present (dates never).</description></item>
/// <item><description><c>font: Times New Roman 14pt</c>: the default font and size (styles.xml docDefaults, then the default paragraph style; Word's 10 pt when none is set).</description></item>
/// <item><description><c>paragraph defaults: after=8pt line=1.08</c>: the paragraph layout every paragraph starts from (docDefaults, then the default paragraph style), in the tokens below; <c>none</c> when not set.</description></item>
/// <item><description><c>section 1: page 210×297 mm (A4), margins top 20, bottom 20, left 30, right 15 mm, first page different</c>
/// for each section (millimetres from twips, rounded to 0.1 mm), then one indented line per header and footer it refers to,
/// <c>header default: [center] {PAGE}</c>, paragraphs joined with " / ", <c>(empty)</c> when blank.</description></item>
/// </list>
/// <para>
/// In the body, each paragraph is one line: its text, prefixed by a bracketed list of what is not the default:
/// alignment (<c>center</c>, <c>right</c>, <c>justify</c>…), <c>style=</c> the paragraph style id, <c>list=</c>
/// numbering id and level, <c>border=</c> the sides with a border, the indents in mm (<c>first-line=10mm</c>,
/// <c>hanging=</c>, <c>indent-left=</c>, <c>indent-right=</c>), the spacing in points (<c>before=6pt</c>, <c>after=0pt</c>),
/// the line spacing (<c>line=1.15</c>, <c>line=exactly:14pt</c>, <c>line=at-least:14pt</c>), <c>keep-next</c>,
/// <c>keep-lines</c>, <c>page-break-before</c>, then the run formatting that all its text shares:
/// <c>b</c>, <c>i</c>, <c>u</c> (or <c>u=double</c>…), <c>strike</c>, <c>caps</c>, <c>hidden</c>, <c>sup</c>/<c>sub</c>,
/// the size when it differs from the default (<c>16pt</c>), the font when it differs (<c>font="Arial"</c>), <c>rstyle=</c>
/// the run style. Formatting that only part of the text has wraps that part: <c>Kính gửi: [b]Ủy ban nhân dân tỉnh[/b]</c>.
/// For example <c>[center b 16pt] BÁO CÁO</c>. Only direct formatting is read; a style's own formatting shows as its id.
/// A tab is a tab character, a line break "↵", a page break <c>[page break]</c>, a picture <c>[drawing]</c>; a field
/// shows its instruction, <c>{PAGE}</c>, never its last result; deleted revisions are left out, symbols (<c>w:sym</c>) too.
/// </para>
/// <para>
/// A table starts with a <c>table: columns 30, 120 mm</c> line (the grid's column widths, then the table's width,
/// alignment and fixed layout when set), <c>table (bordered): …</c> when it draws borders (its own, its table style's
/// or its cells'), so a borderless header table and a data table look different. Then one line per row,
/// <c>| cell | cell |</c>, the paragraphs of a cell (with their brackets) joined with " / ", merged cells marked
/// <c>[span=2]</c> or <c>[merged]</c>, a cell whose width is not its grid columns' marked <c>[w=45mm]</c>. When a document has several sections, <c>[end of section n]</c> follows the paragraph that ends one.
/// </para>
/// </remarks>
/// <threadsafety>The methods are pure and may be called from any thread.</threadsafety>
public static class DocxProjection
{
    /// <summary>
    /// The version of the projection, written on its first line (<c>projection: DanVan DOCX 2</c>): when a new version
    /// of this package shows more of a document, every DOCX snapshot changes on that line too, so the update is one
    /// obvious snapshot update rather than a puzzle. Version 2 added indents, spacing, line spacing, pagination,
    /// paragraph defaults and table column widths.
    /// </summary>
    public const int Version = 2;

    /// <summary>The line between the header block and the body.</summary>
    private const string BodySeparator = "---";

    /// <summary>Projects the DOCX in <paramref name="docx"/> to text.</summary>
    /// <param name="docx">The bytes of a .docx file (a WordprocessingML zip package).</param>
    /// <returns>The projection: header block, <c>---</c>, body; "\n" line endings and a final "\n".</returns>
    /// <exception cref="ArgumentNullException"><paramref name="docx"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="docx"/> is not a zip archive, has no main document part (word/document.xml), or has a part that
    /// is damaged or not well-formed XML, or its main part is not a WordprocessingML document.
    /// </exception>
    public static string ToText(byte[] docx)
    {
        ArgumentNullException.ThrowIfNull(docx);
        return Project(docx, nameof(docx));
    }

    /// <summary>Projects the DOCX read from <paramref name="docx"/> (from its current position to its end) to text.</summary>
    /// <param name="docx">A readable stream holding a .docx file; it is read to its end and not closed.</param>
    /// <returns>The projection: header block, <c>---</c>, body; "\n" line endings and a final "\n".</returns>
    /// <exception cref="ArgumentNullException"><paramref name="docx"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="docx"/> cannot be read, or does not hold a DOCX (see <see cref="ToText(byte[])"/>).
    /// </exception>
    public static string ToText(Stream docx)
    {
        ArgumentNullException.ThrowIfNull(docx);
        return Project(ReadAll(docx, nameof(docx)), nameof(docx));
    }

    /// <summary>The rest of a stream as bytes; a stream that cannot be read is the caller's argument error.</summary>
    internal static byte[] ReadAll(Stream stream, string parameterName)
    {
        if (!stream.CanRead)
        {
            throw new ArgumentException("Expected a readable stream holding a DOCX document, but the stream cannot be read.", parameterName);
        }

        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }

    /// <summary>The projection of <paramref name="docx"/>, errors naming <paramref name="parameterName"/>.</summary>
    internal static string Project(byte[] docx, string parameterName)
    {
        using DocxParts parts = DocxParts.Open(docx, parameterName);
        XElement document = parts.Root(parts.MainPart)!;
        if (!WordXml.Is(document, "document"))
        {
            throw new ArgumentException(
                DocxParts.Expected + ", but the main part '" + parts.MainPart + "' is a '" + document.Name.LocalName
                    + "' element in '" + document.Name.NamespaceName + "', not a WordprocessingML document.",
                parameterName);
        }

        List<DocxRelationship> relationships = parts.Relationships(parts.MainPart);
        var styles = DocxStyles.Read(parts, relationships);
        XElement? body = WordXml.Child(document, "body");
        var lines = new List<string> { "projection: DanVan DOCX " + Version.ToString(CultureInfo.InvariantCulture) };
        AddCoreProperties(lines, parts);
        lines.Add("font: " + styles.Describe());
        lines.Add("paragraph defaults: " + styles.ParagraphDefaults);
        List<XElement> sections = DocxSections.Of(body);
        for (int i = 0; i < sections.Count; i++)
        {
            DocxSections.Add(lines, i + 1, sections[i], parts, relationships, styles);
        }

        lines.Add(BodySeparator);
        var ends = sections.Select((section, index) => (section, index)).ToDictionary(pair => pair.section, pair => pair.index + 1);
        new DocxContent(styles).AddBlocks(body, lines, paragraph =>
        {
            if (WordXml.Child(WordXml.Child(paragraph, "pPr"), "sectPr") is XElement end && ends.TryGetValue(end, out int number))
            {
                lines.Add("[end of section " + number.ToString(CultureInfo.InvariantCulture) + "]");
            }
        });

        return string.Join('\n', lines) + "\n";
    }

    private static void AddCoreProperties(List<string> lines, DocxParts parts)
    {
        string? target = parts.Relationships("").Where(r => !r.External && r.IsOfType("core-properties")).Select(r => (string?)r.Target).FirstOrDefault();
        XElement? root = parts.Root(target ?? "docProps/core.xml");
        if (root is null)
        {
            return;
        }

        foreach (string name in (string[])["title", "subject", "creator"])
        {
            string? value = root.Elements().FirstOrDefault(e => e.Name.LocalName == name)?.Value.Trim();
            if (!string.IsNullOrEmpty(value))
            {
                lines.Add(name + ": " + WordXml.OneLine(value));
            }
        }
    }
}
