using System.Globalization;
using System.Xml.Linq;

namespace DanVan.Reporting.Testing;

/// <summary>
/// A table's layout line: <c>table (bordered): columns 30, 120 mm, width 100%, center</c>: the grid's column widths
/// (<c>w:tblGrid</c>) in millimetres, the table's preferred width when set, its alignment when not left, its fixed layout;
/// and the width of a cell (<c>w=45mm</c>, <c>w=50%</c>) when it is not the sum of the grid columns it spans.
/// </summary>
internal static class DocxTableLayout
{
    /// <summary>The grid's column widths in twips (an unreadable width is 0).</summary>
    public static decimal[] Grid(XElement table) =>
        WordXml.Children(WordXml.Child(table, "tblGrid"), "gridCol")
            .Select(column => WordXml.TryTwips(WordXml.Attribute(column, "w"), out decimal twips) ? twips : 0m)
            .ToArray();

    /// <summary>The line before a table's rows.</summary>
    public static string Describe(XElement table, decimal[] grid, bool bordered)
    {
        XElement? properties = WordXml.Child(table, "tblPr");
        var parts = new List<string>();
        if (grid.Length > 0)
        {
            parts.Add("columns " + string.Join(", ", grid.Select(WordXml.Millimetres)) + " mm");
        }

        if (Width(WordXml.Child(properties, "tblW")) is string width)
        {
            parts.Add("width " + width);
        }

        string? alignment = WordXml.Attribute(WordXml.Child(properties, "jc"), "val");
        if (alignment is not null and not "left" and not "start")
        {
            parts.Add(alignment);
        }

        if (WordXml.Attribute(WordXml.Child(properties, "tblLayout"), "type") == "fixed")
        {
            parts.Add("fixed");
        }

        string head = bordered ? "table (bordered)" : "table";
        return parts.Count == 0 ? head : head + ": " + string.Join(", ", parts);
    }

    /// <summary>A cell's width mark when its <c>w:tcW</c> says something the grid does not; otherwise <see langword="null"/>.</summary>
    public static string? CellWidth(XElement? cellProperties, decimal[] grid, int column, int spanned)
    {
        XElement? width = WordXml.Child(cellProperties, "tcW");
        string? type = WordXml.Attribute(width, "type");
        if (type == "pct")
        {
            return Width(width) is string percent ? "w=" + percent : null;
        }

        if (type is not (null or "dxa") || !WordXml.TryTwips(WordXml.Attribute(width, "w"), out decimal twips))
        {
            return null;
        }

        decimal gridWidth = column + spanned <= grid.Length ? grid.Skip(column).Take(spanned).Sum() : -1m;

        // Within half a millimetre of the grid (rounding in the writer) is the grid's width.
        return gridWidth >= 0 && Math.Abs(gridWidth - twips) <= 28m ? null : "w=" + WordXml.Millimetres(twips) + "mm";
    }

    /// <summary>A preferred width (<c>w:tblW</c>, <c>w:tcW</c>): "120mm", "100%"; <see langword="null"/> for auto or none.</summary>
    private static string? Width(XElement? width)
    {
        string? type = WordXml.Attribute(width, "type");
        string? value = WordXml.Attribute(width, "w");
        if (value is null || type is "auto" or "nil")
        {
            return null;
        }

        if (type == "pct")
        {
            // Fiftieths of a percent, or a value with "%" in strict documents.
            string trimmed = value.Trim();
            if (trimmed.EndsWith('%'))
            {
                return trimmed;
            }

            return decimal.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out decimal fiftieths)
                ? Math.Round(fiftieths / 50m, 1, MidpointRounding.AwayFromZero).ToString("0.#", CultureInfo.InvariantCulture) + "%"
                : null;
        }

        return WordXml.TryTwips(value, out decimal twips) ? WordXml.Millimetres(twips) + "mm" : null;
    }
}
