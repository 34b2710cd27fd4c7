using System.Xml.Linq;

namespace DanVan.Reporting.Testing;

/// <summary>
/// What the projection needs from a DOCX's styles part: the default font and size that runs are compared with
/// (docDefaults, then the default paragraph style), and the borders a table style gives its tables.
/// </summary>
internal sealed class DocxStyles
{
    /// <summary>Word's size when neither docDefaults nor the default paragraph style sets one: 10 pt.</summary>
    private const string WordDefaultSize = "20";

    private readonly Dictionary<string, XElement> _tableStyles = new(StringComparer.Ordinal);
    private readonly XElement? _defaultTableStyle;

    private DocxStyles(XElement? root)
    {
        XElement? defaults = WordXml.Child(WordXml.Child(WordXml.Child(root, "docDefaults"), "rPrDefault"), "rPr");
        (string? font, string? hAnsiFont, string? size) = FontOf(defaults);
        XElement? defaultParagraphStyle = null;
        foreach (XElement style in WordXml.Children(root, "style"))
        {
            string? type = WordXml.Attribute(style, "type");
            bool isDefault = WordXml.Attribute(style, "default") is string value && (value == "1" || value.Equals("true", StringComparison.OrdinalIgnoreCase) || value == "on");
            if (type == "paragraph" && isDefault)
            {
                (string? styleFont, string? styleHAnsi, string? styleSize) = FontOf(WordXml.Child(style, "rPr"));
                font = styleFont ?? font;
                hAnsiFont = styleHAnsi ?? hAnsiFont;
                size = styleSize ?? size;
                defaultParagraphStyle ??= WordXml.Child(style, "pPr");
            }
            else if (type == "table")
            {
                string? id = WordXml.Attribute(style, "styleId");
                if (id is not null)
                {
                    _tableStyles.TryAdd(id, style);
                }

                if (isDefault)
                {
                    _defaultTableStyle ??= style;
                }
            }
        }

        XElement? paragraphDefaults = WordXml.Child(WordXml.Child(WordXml.Child(root, "docDefaults"), "pPrDefault"), "pPr");
        var paragraphTokens = new List<string>();
        DocxParagraphLayout.Add(paragraphTokens, DocxParagraphLayout.Merge(paragraphDefaults, defaultParagraphStyle));
        ParagraphDefaults = paragraphTokens.Count == 0 ? "none" : string.Join(' ', paragraphTokens);
        ParagraphDefaultTokens = new HashSet<string>(paragraphTokens, StringComparer.Ordinal);
        Font = font;
        HAnsiFont = hAnsiFont;
        Size = size ?? WordDefaultSize;
    }

    /// <summary>The default font for ASCII text (<c>w:rFonts/@w:ascii</c>, or "theme:…"); <see langword="null"/> when not set.</summary>
    public string? Font { get; }

    /// <summary>The default font for other Latin text, Vietnamese letters among them (<c>w:hAnsi</c>).</summary>
    public string? HAnsiFont { get; }

    /// <summary>
    /// The paragraph layout every paragraph starts from (docDefaults, then the default paragraph style), as layout
    /// tokens (<see cref="DocxParagraphLayout"/>): "after=8pt line=1.08"; "none" when neither sets any.
    /// </summary>
    public string ParagraphDefaults { get; }

    /// <summary>The tokens of <see cref="ParagraphDefaults"/>: a paragraph's own equal token is not repeated on its line.</summary>
    public IReadOnlySet<string> ParagraphDefaultTokens { get; }

    /// <summary>The default size, as written in <c>w:sz</c> (half-points).</summary>
    public string Size { get; }

    /// <summary>Reads the styles part of the main document (none: Word's defaults).</summary>
    public static DocxStyles Read(DocxParts parts, List<DocxRelationship> documentRelationships)
    {
        foreach (DocxRelationship relationship in documentRelationships)
        {
            if (!relationship.External && relationship.IsOfType("styles"))
            {
                return new DocxStyles(parts.Root(relationship.Target));
            }
        }

        return new DocxStyles(null);
    }

    /// <summary>The ASCII font a run's <c>w:rFonts</c> names (or its theme font); <see langword="null"/> when it names none.</summary>
    public static string? AsciiFont(XElement? fonts) =>
        WordXml.Attribute(fonts, "ascii")
        ?? (WordXml.Attribute(fonts, "asciiTheme") is string theme ? "theme:" + theme : null)
        ?? WordXml.Attribute(fonts, "hAnsi");

    /// <summary>"Times New Roman 14pt" (with the other-Latin font when it differs), for the projection's header.</summary>
    public string Describe()
    {
        string font = Font ?? "(not set)";
        if (HAnsiFont is not null && HAnsiFont != Font)
        {
            font += " (hAnsi " + HAnsiFont + ")";
        }

        return font + " " + WordXml.Points(Size);
    }

    /// <summary>
    /// Whether a table style (its id, or the default table style for <see langword="null"/>) draws the border
    /// <paramref name="side"/>, following <c>w:basedOn</c>; <see langword="null"/> when no style in the chain says.
    /// </summary>
    public bool? TableStyleBorder(string? styleId, string side)
    {
        XElement? style = styleId is null ? _defaultTableStyle : _tableStyles.GetValueOrDefault(styleId);
        for (int depth = 0; style is not null && depth < 32; depth++)
        {
            XElement? border = WordXml.Child(WordXml.Child(WordXml.Child(style, "tblPr"), "tblBorders"), side);
            if (border is not null)
            {
                return WordXml.IsVisibleBorder(border);
            }

            string? basedOn = WordXml.Attribute(WordXml.Child(style, "basedOn"), "val");
            style = basedOn is null ? null : _tableStyles.GetValueOrDefault(basedOn);
        }

        return null;
    }

    private static (string? Font, string? HAnsiFont, string? Size) FontOf(XElement? runProperties)
    {
        XElement? fonts = WordXml.Child(runProperties, "rFonts");
        string? font = fonts is null ? null : AsciiFont(fonts);
        string? hAnsi = WordXml.Attribute(fonts, "hAnsi") ?? (WordXml.Attribute(fonts, "hAnsiTheme") is string theme ? "theme:" + theme : null);
        return (font, hAnsi, WordXml.Attribute(WordXml.Child(runProperties, "sz"), "val"));
    }
}
