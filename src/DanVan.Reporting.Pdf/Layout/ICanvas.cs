namespace DanVan.Reporting.Pdf.Layout;

/// <summary>What laid-out units draw on: a page, in points from its top-left corner.</summary>
internal interface ICanvas
{
    /// <summary>Draws a piece of text with its left end at <paramref name="x"/> and its baseline at <paramref name="baseline"/>.</summary>
    void Text(double x, double baseline, LinePiece piece);

    /// <summary>Draws a thin straight line.</summary>
    void Line(double x1, double y1, double x2, double y2, double thickness);
}
