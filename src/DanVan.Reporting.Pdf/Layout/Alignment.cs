namespace DanVan.Reporting.Pdf.Layout;

/// <summary>How the lines of a paragraph sit between its indents.</summary>
internal enum Alignment
{
    Left,
    Center,
    Right,

    /// <summary>Both edges straight: the spaces of every line but the last are widened.</summary>
    Justify,
}
