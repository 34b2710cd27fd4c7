namespace DanVan.Reporting;

/// <summary>How one element of a document is printed: its size in points and its style ("cỡ chữ", "kiểu chữ").</summary>
/// <param name="Size">The font size in points, e.g. 14.</param>
/// <param name="Bold">Bold ("đậm").</param>
/// <param name="Italic">Italic ("nghiêng").</param>
/// <param name="Uppercase">Printed in capitals ("in hoa"); otherwise as written ("in thường").</param>
/// <param name="Underline">Underlined ("gạch chân").</param>
public readonly record struct TextStyle(int Size, bool Bold = false, bool Italic = false, bool Uppercase = false, bool Underline = false);
