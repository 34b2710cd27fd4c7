using System.Xml.Linq;

namespace DanVan.Reporting.Testing;

/// <summary>
/// The header block's section lines: page size and margins in millimetres, a different first page, and the headers
/// and footers each section refers to, projected like the body.
/// </summary>
internal static class DocxSections
{
    private static readonly (string Name, int Width, int Height)[] s_paperSizes =
        [("A4", 11906, 16838), ("A5", 8391, 11906), ("A3", 16838, 23811), ("Letter", 12240, 15840), ("Legal", 12240, 20160)];

    private static readonly string[] s_referenceTypes = ["default", "first", "even"];

    /// <summary>The section properties of a body in document order: those ending a paragraph, then the body's last.</summary>
    public static List<XElement> Of(XElement? body)
    {
        if (body is null)
        {
            return [];
        }

        return body.Descendants()
            .Where(e => WordXml.Is(e, "sectPr") && e.Parent is XElement parent
                && (parent == body || (WordXml.Is(parent, "pPr") && parent.Parent is XElement paragraph && WordXml.Is(paragraph, "p"))))
            .ToList();
    }

    /// <summary>Adds "section n: page …, margins …" and one indented line per header and footer.</summary>
    public static void Add(
        List<string> lines,
        int number,
        XElement section,
        DocxParts parts,
        List<DocxRelationship> relationships,
        DocxStyles styles)
    {
        var description = new List<string> { Page(WordXml.Child(section, "pgSz")) };
        if (WordXml.Child(section, "pgMar") is XElement margins)
        {
            description.Add(Margins(margins));
        }

        string? columns = WordXml.Attribute(WordXml.Child(section, "cols"), "num");
        if (columns is not null && columns != "1")
        {
            description.Add(columns + " columns");
        }

        string? start = WordXml.Attribute(WordXml.Child(section, "type"), "val");
        if (start is not null && start != "nextPage")
        {
            description.Add("starts " + start);
        }

        if (WordXml.IsOn(WordXml.Child(section, "titlePg")))
        {
            description.Add("first page different");
        }

        lines.Add("section " + number.ToString(System.Globalization.CultureInfo.InvariantCulture) + ": " + string.Join(", ", description));
        foreach (string kind in (string[])["header", "footer"])
        {
            List<XElement> references = WordXml.Children(section, kind + "Reference")
                .OrderBy(r => Array.IndexOf(s_referenceTypes, WordXml.Attribute(r, "type") ?? "default") is int i && i >= 0 ? i : s_referenceTypes.Length)
                .ToList();
            foreach (XElement reference in references)
            {
                string type = WordXml.Attribute(reference, "type") ?? "default";
                lines.Add("  " + kind + " " + type + ": " + Story(reference, parts, relationships, styles));
            }
        }
    }

    private static string Page(XElement? size)
    {
        if (!WordXml.TryTwips(WordXml.Attribute(size, "w"), out decimal width) || !WordXml.TryTwips(WordXml.Attribute(size, "h"), out decimal height))
        {
            return "page size not set";
        }

        string page = "page " + WordXml.Millimetres(width) + "×" + WordXml.Millimetres(height) + " mm";
        foreach ((string name, int paperWidth, int paperHeight) in s_paperSizes)
        {
            if (Math.Abs(width - paperWidth) <= 20 && Math.Abs(height - paperHeight) <= 20)
            {
                return page + " (" + name + ")";
            }

            if (Math.Abs(width - paperHeight) <= 20 && Math.Abs(height - paperWidth) <= 20)
            {
                return page + " (" + name + " landscape)";
            }
        }

        return page;
    }

    private static string Margins(XElement margins)
    {
        var sides = new List<string>();
        foreach (string side in (string[])["top", "bottom", "left", "right"])
        {
            string? value = WordXml.Attribute(margins, side) ?? WordXml.Attribute(margins, side == "left" ? "start" : side == "right" ? "end" : side);
            if (WordXml.TryTwips(value, out decimal twips))
            {
                sides.Add(side + " " + WordXml.Millimetres(twips));
            }
        }

        if (WordXml.TryTwips(WordXml.Attribute(margins, "gutter"), out decimal gutter) && gutter != 0)
        {
            sides.Add("gutter " + WordXml.Millimetres(gutter));
        }

        return sides.Count == 0 ? "margins not set" : "margins " + string.Join(", ", sides) + " mm";
    }

    /// <summary>A header's or footer's content on one line, paragraphs joined with " / "; "(empty)" when it has no text.</summary>
    private static string Story(XElement reference, DocxParts parts, List<DocxRelationship> relationships, DocxStyles styles)
    {
        string? id = reference.Attributes().FirstOrDefault(a => a.Name.LocalName == "id" && !WordXml.IsWord(a.Name.Namespace))?.Value;
        string? target = relationships.Where(r => r.Id == id && !r.External).Select(r => (string?)r.Target).FirstOrDefault();
        XElement? root = target is null ? null : parts.Root(target);
        if (root is null)
        {
            return "(missing part " + id + ")";
        }

        var storyLines = new List<string>();
        new DocxContent(styles).AddBlocks(root, storyLines);
        return storyLines.All(line => line.Length == 0) ? "(empty)" : string.Join(" / ", storyLines);
    }
}
