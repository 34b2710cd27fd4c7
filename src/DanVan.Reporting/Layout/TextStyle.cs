namespace DanVan.Reporting;

/// <summary>How one element of a document is printed: its size in points and its style ("cỡ chữ", "kiểu chữ").</summary>
/// <param name="Size">The font size in points, e.g. 14.</param>
/// <param name="Bold">Bold ("đậm").</param>
/// <param name="Italic">Italic ("nghiêng").</param>
/// <param name="Uppercase">Printed in capitals ("in hoa"); otherwise as written ("in thường").</param>
/// <param name="Underline">Underlined ("gạch chân").</param>
public readonly record struct TextStyle(int Size, bool Bold = false, bool Italic = false, bool Uppercase = false, bool Underline = false)
{
    /// <summary>
    /// The text as printed in this style: in capitals when <see cref="Uppercase"/> is set, otherwise unchanged. Writers
    /// capitalise through this, never through <see cref="string.ToUpperInvariant()"/>: the SDK's case mapping is
    /// culture-free and gives the same text with ICU and with invariant globalization ("ſ" and "ı" stay as written), and
    /// applying it twice changes nothing.
    /// </summary>
    /// <param name="text">The text to print.</param>
    /// <returns>The text in this style's case.</returns>
    public string ApplyCase(string text) => Uppercase ? Internal.CaseMapping.ToUpper(text) : text;
}
