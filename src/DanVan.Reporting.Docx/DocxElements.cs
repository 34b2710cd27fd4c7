using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DanVan.Reporting.Docx;

/// <summary>
/// The Open XML factories of the DOCX layout: body paragraphs, centred and plain paragraphs, drawn lines, runs in a
/// profile's text style and borderless layout tables. Invariant numbers only.
/// </summary>
internal static class DocxElements
{
    /// <summary>0.5 cm more first-line indent per nesting level.</summary>
    public const int IndentStep = 284;

    /// <summary>1 cm first-line indent, Nghị định 30/2020 Phụ lục I.</summary>
    public const int FirstLineIndent = 567;

    /// <summary>6 pt after a body paragraph.</summary>
    public const int ParagraphAfter = 120;

    /// <summary>1.15 lines, between single and 1.5.</summary>
    public const int BodyLine = 276;

    public static Table BorderlessTable(int[] widths, List<OpenXmlElement>[][] rows)
    {
        int total = 0;
        foreach (int width in widths)
        {
            total += width;
        }

        var properties = new TableProperties
        {
            TableWidth = new TableWidth { Width = Invariant(total), Type = TableWidthUnitValues.Dxa },
            TableBorders = new TableBorders(
                new TopBorder { Val = BorderValues.None },
                new LeftBorder { Val = BorderValues.None },
                new BottomBorder { Val = BorderValues.None },
                new RightBorder { Val = BorderValues.None },
                new InsideHorizontalBorder { Val = BorderValues.None },
                new InsideVerticalBorder { Val = BorderValues.None }),
            TableLayout = new TableLayout { Type = TableLayoutValues.Fixed },
            TableCellMarginDefault = new TableCellMarginDefault(
                new TableCellLeftMargin { Width = 0, Type = TableWidthValues.Dxa },
                new TableCellRightMargin { Width = 0, Type = TableWidthValues.Dxa }),
        };

        var grid = new TableGrid();
        foreach (int width in widths)
        {
            grid.Append(new GridColumn { Width = Invariant(width) });
        }

        var table = new Table(properties, grid);
        foreach (List<OpenXmlElement>[] cells in rows)
        {
            var row = new TableRow();
            for (int i = 0; i < cells.Length; i++)
            {
                var cell = new TableCell(new TableCellProperties
                {
                    TableCellWidth = new TableCellWidth { Width = Invariant(widths[i]), Type = TableWidthUnitValues.Dxa },
                });
                if (cells[i].Count == 0)
                {
                    cell.Append(new Paragraph());
                }
                else
                {
                    cell.Append(cells[i]);
                }

                row.Append(cell);
            }

            table.Append(row);
        }

        return table;
    }

    public static Paragraph BodyParagraph(IReadOnlyList<(string Text, TextStyle Style)> runs, int level, bool keepNext = false, int before = 0)
    {
        var properties = new ParagraphProperties();
        if (keepNext)
        {
            properties.KeepNext = new KeepNext();
        }

        properties.SpacingBetweenLines = new SpacingBetweenLines
        {
            Before = Invariant(before),
            After = Invariant(ParagraphAfter),
            Line = Invariant(BodyLine),
            LineRule = LineSpacingRuleValues.Auto,
        };
        properties.Indentation = new Indentation { FirstLine = Invariant(FirstLineIndent + (level * IndentStep)) };
        properties.Justification = new Justification { Val = JustificationValues.Both };
        var paragraph = new Paragraph(properties);
        foreach ((string text, TextStyle style) in runs)
        {
            paragraph.Append(TextRun(text, style));
        }

        return paragraph;
    }

    public static Paragraph Centered(string text, TextStyle style, int before, int after) =>
        Plain([(text, style)], JustificationValues.Center, 0, before, after);

    public static Paragraph Plain(IReadOnlyList<(string Text, TextStyle Style)> runs, JustificationValues justification, int left, int before, int after)
    {
        var properties = new ParagraphProperties
        {
            SpacingBetweenLines = new SpacingBetweenLines
            {
                Before = Invariant(before),
                After = Invariant(after),
                Line = "240",
                LineRule = LineSpacingRuleValues.Auto,
            },
        };
        if (left > 0)
        {
            properties.Indentation = new Indentation { Left = Invariant(left) };
        }

        properties.Justification = new Justification { Val = justification };
        if (runs.Count > 0)
        {
            // The paragraph mark takes the size of the text, so that an empty line is as high as a line of text.
            properties.ParagraphMarkRunProperties = new ParagraphMarkRunProperties(
                new FontSize { Val = Invariant(runs[0].Style.Size * 2) },
                new FontSizeComplexScript { Val = Invariant(runs[0].Style.Size * 2) });
        }

        var paragraph = new Paragraph(properties);
        foreach ((string text, TextStyle style) in runs)
        {
            if (text.Length > 0)
            {
                paragraph.Append(TextRun(text, style));
            }
        }

        return paragraph;
    }

    /// <summary>An empty paragraph whose bottom border is a horizontal line, indented by <paramref name="indent"/> on both sides.</summary>
    public static Paragraph Rule(int indent, int after = 0)
    {
        var properties = new ParagraphProperties
        {
            ParagraphBorders = new ParagraphBorders(new BottomBorder { Val = BorderValues.Single, Size = 6, Space = 1, Color = "000000" }),
            SpacingBetweenLines = new SpacingBetweenLines { Before = "0", After = Invariant(after), Line = "100", LineRule = LineSpacingRuleValues.Exact },
            Indentation = new Indentation { Left = Invariant(indent), Right = Invariant(indent) },
            Justification = new Justification { Val = JustificationValues.Center },
            ParagraphMarkRunProperties = new ParagraphMarkRunProperties(new FontSize { Val = "4" }, new FontSizeComplexScript { Val = "4" }),
        };
        return new Paragraph(properties);
    }

    public static Run TextRun(string text, TextStyle style)
    {
        var properties = new RunProperties();
        if (style.Bold)
        {
            properties.Bold = new Bold();
            properties.BoldComplexScript = new BoldComplexScript();
        }

        if (style.Italic)
        {
            properties.Italic = new Italic();
            properties.ItalicComplexScript = new ItalicComplexScript();
        }

        properties.FontSize = new FontSize { Val = Invariant(style.Size * 2) };
        properties.FontSizeComplexScript = new FontSizeComplexScript { Val = Invariant(style.Size * 2) };
        if (style.Underline)
        {
            properties.Underline = new Underline { Val = UnderlineValues.Single };
        }

        string shown = style.ApplyCase(text); // culture-free capitals: the same DOCX with ICU and invariant globalization
        return new Run(properties, new Text(shown) { Space = SpaceProcessingModeValues.Preserve });
    }

    /// <summary>The printed width of a line in twips, estimated by the runtime's <see cref="TextMetrics"/> as in every format.</summary>
    public static int EstimateWidth(string text, TextStyle style) => (int)Math.Round(TextMetrics.EstimateWidthPt(text, style) * 20);

    /// <summary>Millimetres to twips (1/1440 inch), rounded.</summary>
    public static int Mm(int millimetres) => (int)Math.Round(millimetres * 1440 / 25.4, MidpointRounding.AwayFromZero);

    public static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}
