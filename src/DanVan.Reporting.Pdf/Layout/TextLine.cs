namespace DanVan.Reporting.Pdf.Layout;

/// <summary>One laid-out line: its pieces, its height and where its baseline is below its top, in points.</summary>
internal sealed record TextLine(IReadOnlyList<LinePiece> Pieces, double Height, double Baseline);
