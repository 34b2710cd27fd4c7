using System.Globalization;
using System.Xml.Linq;

namespace DanVan.Reporting.Testing;

/// <summary>
/// The paragraph layout an official document prescribes, as projection tokens: indents (<c>first-line=10mm</c>,
/// <c>hanging=</c>, <c>indent-left=</c>, <c>indent-right=</c>, in millimetres), spacing before and after in points
/// (<c>before=6pt</c>, <c>after=0pt</c>, <c>before=auto</c>), line spacing (<c>line=1.15</c> for a multiple,
/// <c>line=exactly:14pt</c>, <c>line=at-least:14pt</c>), and pagination (<c>keep-next</c>, <c>keep-lines</c>,
/// <c>page-break-before</c>). Only what is written is shown, and in a paragraph only what differs from the document's
/// paragraph defaults (shown once in the header block): <c>after=0pt</c> when the document says 0 and the default is
/// not 0, so a paragraph's line says how it differs from the body text around it.
/// </summary>
internal static class DocxParagraphLayout
{
    /// <summary>
    /// Adds the layout tokens of a paragraph's properties (<c>w:pPr</c>) to <paramref name="tokens"/>, leaving out those
    /// in <paramref name="defaults"/> (the paragraph defaults' own tokens).
    /// </summary>
    public static void Add(List<string> tokens, XElement? properties, IReadOnlySet<string> defaults)
    {
        var own = new List<string>();
        Add(own, properties);
        tokens.AddRange(own.Where(token => !defaults.Contains(token)));
    }

    /// <summary>Adds the layout tokens of a paragraph's properties (<c>w:pPr</c>) to <paramref name="tokens"/>.</summary>
    public static void Add(List<string> tokens, XElement? properties)
    {
        if (properties is null)
        {
            return;
        }

        XElement? indent = WordXml.Child(properties, "ind");
        AddLength(tokens, "first-line", WordXml.Attribute(indent, "firstLine"));
        AddLength(tokens, "hanging", WordXml.Attribute(indent, "hanging"));
        AddLength(tokens, "indent-left", WordXml.Attribute(indent, "left") ?? WordXml.Attribute(indent, "start"));
        AddLength(tokens, "indent-right", WordXml.Attribute(indent, "right") ?? WordXml.Attribute(indent, "end"));

        XElement? spacing = WordXml.Child(properties, "spacing");
        AddSpace(tokens, "before", WordXml.Attribute(spacing, "before"), WordXml.Attribute(spacing, "beforeAutospacing"));
        AddSpace(tokens, "after", WordXml.Attribute(spacing, "after"), WordXml.Attribute(spacing, "afterAutospacing"));
        if (WordXml.Attribute(spacing, "line") is string line)
        {
            tokens.Add("line=" + LineSpacing(line, WordXml.Attribute(spacing, "lineRule")));
        }

        foreach ((string element, string token) in (ReadOnlySpan<(string, string)>)[("keepNext", "keep-next"), ("keepLines", "keep-lines"), ("pageBreakBefore", "page-break-before")])
        {
            if (WordXml.IsOn(WordXml.Child(properties, element)))
            {
                tokens.Add(token);
            }
        }
    }

    /// <summary>
    /// The paragraph properties a document gives every paragraph: docDefaults' <c>w:pPrDefault</c>, overridden
    /// attribute by attribute by the default paragraph style's <c>w:pPr</c>.
    /// </summary>
    public static XElement Merge(XElement? defaults, XElement? style)
    {
        var merged = new XElement(WordXml.Transitional + "pPr");
        foreach (XElement? source in (XElement?[])[defaults, style])
        {
            foreach (XElement child in source?.Elements() ?? [])
            {
                XElement? target = merged.Elements().FirstOrDefault(e => e.Name.LocalName == child.Name.LocalName);
                if (target is null)
                {
                    merged.Add(new XElement(child));
                    continue;
                }

                foreach (XAttribute attribute in child.Attributes())
                {
                    target.SetAttributeValue(attribute.Name, attribute.Value);
                }
            }
        }

        return merged;
    }

    private static void AddLength(List<string> tokens, string name, string? value)
    {
        if (value is not null)
        {
            tokens.Add(name + "=" + (WordXml.TryTwips(value, out decimal twips) ? WordXml.Millimetres(twips) + "mm" : value));
        }
    }

    private static void AddSpace(List<string> tokens, string name, string? value, string? auto)
    {
        if (auto is not null && WordXml.IsOn(new XElement(WordXml.Transitional + "auto", new XAttribute(WordXml.Transitional + "val", auto))))
        {
            tokens.Add(name + "=auto");
        }
        else if (value is not null)
        {
            tokens.Add(name + "=" + (WordXml.TryTwips(value, out decimal twips) ? PointsFromTwips(twips) : value));
        }
    }

    /// <summary><c>w:line</c> by its rule: in 240ths of a line for "auto" (the default), in twips for "exact" and "atLeast".</summary>
    private static string LineSpacing(string line, string? rule)
    {
        if (!WordXml.TryTwips(line, out decimal value))
        {
            return line;
        }

        return rule switch
        {
            "exact" => "exactly:" + PointsFromTwips(value),
            "atLeast" => "at-least:" + PointsFromTwips(value),
            _ => Math.Round(value / 240m, 2, MidpointRounding.AwayFromZero).ToString("0.##", CultureInfo.InvariantCulture),
        };
    }

    private static string PointsFromTwips(decimal twips) =>
        Math.Round(twips / 20m, 1, MidpointRounding.AwayFromZero).ToString("0.#", CultureInfo.InvariantCulture) + "pt";
}
