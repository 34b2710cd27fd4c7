namespace DanVan.Reporting;

/// <summary>The page margins of a document ("định lề trang văn bản"), in millimetres.</summary>
/// <param name="TopMm">From the top edge.</param>
/// <param name="BottomMm">From the bottom edge.</param>
/// <param name="LeftMm">From the left edge (the wider one, for binding).</param>
/// <param name="RightMm">From the right edge.</param>
public readonly record struct PageMargins(int TopMm, int BottomMm, int LeftMm, int RightMm);
