namespace DanVan.Reporting.Pdf.Layout;

/// <summary>
/// The smallest thing pagination moves: one line of a paragraph, a rule, a boxed note, a block of columns, or a table
/// row (or one band of lines of a row taller than a page). Heights and spaces are in points.
/// </summary>
internal abstract class Unit
{
    public double Height { get; init; }

    /// <summary>Space above; dropped at the top of a page.</summary>
    public double SpaceBefore { get; set; }

    /// <summary>Space below.</summary>
    public double SpaceAfter { get; set; }

    /// <summary>Whether a page may end just before this unit (widows, orphans, keep-with-next and keep-with-previous decide).</summary>
    public bool CanBreakBefore { get; set; } = true;

    /// <summary>The header row to repeat at the top of a page that this unit opens, when it belongs to a table.</summary>
    public Unit? RepeatedHeader { get; init; }

    /// <summary>Draws the unit with its top-left corner at (<paramref name="left"/>, <paramref name="top"/>).</summary>
    public abstract void Draw(ICanvas canvas, double left, double top, bool firstOnPage, bool lastOnPage);
}

/// <summary>One line of a paragraph.</summary>
internal sealed class LineUnit(TextLine line) : Unit
{
    public TextLine Line => line;

    public override void Draw(ICanvas canvas, double left, double top, bool firstOnPage, bool lastOnPage)
    {
        foreach (LinePiece piece in line.Pieces)
        {
            canvas.Text(left + piece.X, top + line.Baseline, piece);
        }
    }
}

/// <summary>A horizontal line centred in the width it is given.</summary>
internal sealed class RuleUnit(double width, double available) : Unit
{
    public override void Draw(ICanvas canvas, double left, double top, bool firstOnPage, bool lastOnPage)
    {
        double x = left + Math.Max(0, (available - width) / 2);
        double y = top + Math.Min(4, Height);
        canvas.Line(x, y, x + Math.Min(width, available), y, 0.5);
    }
}

/// <summary>Text in a thin box at the right edge.</summary>
internal sealed class BoxUnit(LinePiece text, double baseline, double boxWidth, double available, double padding) : Unit
{
    public override void Draw(ICanvas canvas, double left, double top, bool firstOnPage, bool lastOnPage)
    {
        double x = left + available - boxWidth;
        double bottom = top + Height;
        canvas.Line(x, top, x + boxWidth, top, 0.5);
        canvas.Line(x, bottom, x + boxWidth, bottom, 0.5);
        canvas.Line(x, top, x, bottom, 0.5);
        canvas.Line(x + boxWidth, top, x + boxWidth, bottom, 0.5);
        canvas.Text(x + padding, top + baseline, text);
    }
}

/// <summary>Units placed side by side (the header block, the signature beside "Nơi nhận"), kept on one page.</summary>
internal sealed class StackUnit(IReadOnlyList<(Unit Unit, double X, double Y)> parts) : Unit
{
    public override void Draw(ICanvas canvas, double left, double top, bool firstOnPage, bool lastOnPage)
    {
        foreach ((Unit unit, double x, double y) in parts)
        {
            unit.Draw(canvas, left + x, top + y, firstOnPage: false, lastOnPage: false);
        }
    }
}

/// <summary>
/// A table row, or the band of lines <c>[from, to)</c> of a row taller than a page. Every cell is bordered; a band
/// draws the row's top border when it opens the row or a page, and its bottom border when it ends the row or a page.
/// </summary>
internal sealed class RowUnit(IReadOnlyList<List<TextLine>> cells, IReadOnlyList<double> columnX, double width, int from, int to, double padding) : Unit
{
    public override void Draw(ICanvas canvas, double left, double top, bool firstOnPage, bool lastOnPage)
    {
        bool opens = from == 0;
        bool closes = to >= Longest();
        double bottom = top + Height;
        if (opens || firstOnPage)
        {
            canvas.Line(left, top, left + width, top, 0.5);
        }

        if (closes || lastOnPage)
        {
            canvas.Line(left, bottom, left + width, bottom, 0.5);
        }

        for (int c = 0; c <= columnX.Count; c++)
        {
            double x = left + (c < columnX.Count ? columnX[c] : width);
            canvas.Line(x, top, x, bottom, 0.5);
        }

        for (int c = 0; c < cells.Count; c++)
        {
            double y = top + (opens ? padding : 0);
            List<TextLine> lines = cells[c];
            for (int i = from; i < Math.Min(to, lines.Count); i++)
            {
                foreach (LinePiece piece in lines[i].Pieces)
                {
                    canvas.Text(left + columnX[c] + piece.X, y + lines[i].Baseline, piece);
                }

                y += lines[i].Height;
            }
        }
    }

    private int Longest()
    {
        int longest = 0;
        foreach (List<TextLine> cell in cells)
        {
            longest = Math.Max(longest, cell.Count);
        }

        return longest;
    }
}
