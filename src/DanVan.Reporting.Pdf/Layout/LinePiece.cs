namespace DanVan.Reporting.Pdf.Layout;

/// <summary>Text drawn at <paramref name="X"/> points from the left of its box, on the line's baseline.</summary>
/// <remarks>A piece keeps the spaces that follow it (also at the end of a line), so that the text extracted from the
/// PDF has every space of the input, while the next piece's position carries the justification.</remarks>
internal readonly record struct LinePiece(string Text, TextStyle Style, double X, double Width);
