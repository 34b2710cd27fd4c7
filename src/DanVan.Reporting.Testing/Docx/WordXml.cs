using System.Globalization;
using System.Xml.Linq;

namespace DanVan.Reporting.Testing;

/// <summary>
/// WordprocessingML names and values for the DOCX projection: elements are matched by local name in the transitional
/// or the strict namespace; measures are read invariantly and shown in millimetres or points.
/// </summary>
internal static class WordXml
{
    public static readonly XNamespace Transitional = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    public static readonly XNamespace Strict = "http://purl.oclc.org/ooxml/wordprocessingml/main";
    public static readonly XNamespace MarkupCompatibility = "http://schemas.openxmlformats.org/markup-compatibility/2006";

    public static bool IsWord(XNamespace ns) => ns == Transitional || ns == Strict;

    public static bool Is(XElement element, string localName) =>
        element.Name.LocalName == localName && IsWord(element.Name.Namespace);

    public static XElement? Child(XElement? element, string localName) =>
        element?.Elements().FirstOrDefault(child => Is(child, localName));

    public static IEnumerable<XElement> Children(XElement? element, string localName) =>
        element is null ? [] : element.Elements().Where(child => Is(child, localName));

    /// <summary>A WordprocessingML attribute (<c>w:val</c>, <c>w:w</c>…), in the element's own namespace.</summary>
    public static string? Attribute(XElement? element, string localName) =>
        element?.Attribute(element.Name.Namespace + localName)?.Value;

    /// <summary>An on/off property (<c>&lt;w:b/&gt;</c>, <c>w:val="0"</c>…): present and not switched off.</summary>
    public static bool IsOn(XElement? element)
    {
        if (element is null)
        {
            return false;
        }

        string? value = Attribute(element, "val");
        return value is null || !(value == "0" || value.Equals("false", StringComparison.OrdinalIgnoreCase) || value.Equals("off", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Whether a border element (<c>w:top</c>, <c>w:insideH</c>…) draws a line.</summary>
    public static bool IsVisibleBorder(XElement border)
    {
        string? value = Attribute(border, "val");
        return value is not null && value != "none" && value != "nil";
    }

    /// <summary>
    /// A length in twips: a plain number (twentieths of a point, as transitional documents write it) or a universal
    /// measure with a unit (mm, cm, in, pt, pc, pi), as strict documents may.
    /// </summary>
    public static bool TryTwips(string? value, out decimal twips)
    {
        twips = 0;
        if (string.IsNullOrWhiteSpace(value))
        {
            return false;
        }

        string text = value.Trim();
        (string unit, decimal factor)[] units = [("mm", 1440m / 25.4m), ("cm", 14400m / 25.4m), ("in", 1440m), ("pt", 20m), ("pc", 240m), ("pi", 240m)];
        decimal scale = 1m;
        foreach ((string unit, decimal factor) in units)
        {
            if (text.EndsWith(unit, StringComparison.Ordinal))
            {
                text = text[..^unit.Length];
                scale = factor;
                break;
            }
        }

        if (!decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out decimal number))
        {
            return false;
        }

        twips = number * scale;
        return true;
    }

    /// <summary>Twips in millimetres, rounded to 0.1 mm: 11906 → "210", 1134 → "20", 850 → "15".</summary>
    public static string Millimetres(decimal twips) =>
        Math.Round(twips * 25.4m / 1440m, 1, MidpointRounding.AwayFromZero).ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>A font size (<c>w:sz</c>, in half-points, or a universal measure) in points: "28" → "14pt", "25" → "12.5pt".</summary>
    public static string Points(string value)
    {
        if (int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out int halfPoints))
        {
            return (halfPoints / 2m).ToString("0.#", CultureInfo.InvariantCulture) + "pt";
        }

        return TryTwips(value, out decimal twips) && value.Trim().Length > 0 && !char.IsDigit(value.Trim()[^1])
            ? Math.Round(twips / 20m, 1, MidpointRounding.AwayFromZero).ToString("0.#", CultureInfo.InvariantCulture) + "pt"
            : "size=" + value;
    }

    /// <summary>Text on one line: line breaks inside a value become "↵".</summary>
    public static string OneLine(string text) =>
        text.Replace("\r\n", "↵", StringComparison.Ordinal).Replace('\r', '↵').Replace('\n', '↵');
}
