namespace DanVan.Reporting.Pdf.Layout;

/// <summary>A run of text in one style; the text is already what is printed (capitals applied, missing glyphs replaced).</summary>
internal readonly record struct StyledText(string Text, TextStyle Style);
