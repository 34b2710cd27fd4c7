namespace DanVan.Reporting.Pdf.Layout;

/// <summary>The page, in points: size, margins, and how pages are numbered.</summary>
internal sealed record PageSetup(double Width, double Height, double Top, double Bottom, double Left, double Right, PageNumberPlacement Numbers, bool NumberFirstPage, TextStyle NumberStyle)
{
    /// <summary>Points per millimetre.</summary>
    public const double PointsPerMm = 72 / 25.4;

    public double TextWidth => Width - Left - Right;

    public double TextHeight => Height - Top - Bottom;

    public static PageSetup From(LayoutProfile profile) => new(
        profile.PageWidthMm * PointsPerMm,
        profile.PageHeightMm * PointsPerMm,
        profile.Margins.TopMm * PointsPerMm,
        profile.Margins.BottomMm * PointsPerMm,
        profile.Margins.LeftMm * PointsPerMm,
        profile.Margins.RightMm * PointsPerMm,
        profile.PageNumbers,
        profile.NumberFirstPage,
        profile.PageNumberStyle);
}
