using System.Collections.Concurrent;
using DanVan.Reporting.Pdf.Internal;
using PdfSharp.Fonts;

namespace DanVan.Reporting.Pdf.Fonts;

/// <summary>
/// PDFsharp's font resolver for DanVan: serves the faces of every <see cref="PdfFonts"/> set used so far, by their
/// content-derived family names, and never looks at the machine's fonts. PDFsharp holds one resolver for the process;
/// a resolver the application set before is asked for every other family.
/// </summary>
internal sealed class FontResolver : IFontResolver
{
    private static readonly object s_gate = new();
    private static FontResolver? s_instance;
    private readonly ConcurrentDictionary<string, PdfFonts> _sets = new(StringComparer.Ordinal);
    private readonly IFontResolver? _previous;

    private FontResolver(IFontResolver? previous) => _previous = previous;

    /// <summary>Makes the faces of <paramref name="fonts"/> known to PDFsharp.</summary>
    public static void Register(PdfFonts fonts)
    {
        FontResolver resolver = Instance();
        resolver._sets.TryAdd(fonts.Key, fonts);
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic)
    {
        if (_sets.ContainsKey(familyName))
        {
            return new FontResolverInfo(familyName + "|" + ((bold ? 1 : 0) + (italic ? 2 : 0)).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return _previous?.ResolveTypeface(familyName, bold, italic);
    }

    public byte[]? GetFont(string faceName)
    {
        int bar = faceName.LastIndexOf('|');
        if (bar > 0 && _sets.TryGetValue(faceName[..bar], out PdfFonts? fonts) && int.TryParse(faceName.AsSpan(bar + 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int index) && index is >= 0 and <= 3)
        {
            return fonts.File(index);
        }

        return _previous?.GetFont(faceName);
    }

    private static FontResolver Instance()
    {
        lock (s_gate)
        {
            if (s_instance is not null && ReferenceEquals(GlobalFontSettings.FontResolver, s_instance))
            {
                return s_instance;
            }

            IFontResolver? current = GlobalFontSettings.FontResolver;
            var resolver = new FontResolver(current is FontResolver ours ? ours._previous : current);
            if (current is FontResolver previousOurs)
            {
                foreach (KeyValuePair<string, PdfFonts> set in previousOurs._sets)
                {
                    resolver._sets.TryAdd(set.Key, set.Value);
                }
            }

            try
            {
                GlobalFontSettings.FontResolver = resolver;
            }
            catch (InvalidOperationException e)
            {
                throw new InvalidOperationException(
                    PdfMessages.Pick(
                        "PDFsharp đã dùng một bộ phân giải phông khác và không cho thay: hãy để DanVan.Reporting.Pdf vẽ PDF đầu tiên của tiến trình, hoặc không đặt GlobalFontSettings.FontResolver.",
                        "PDFsharp already used another font resolver and cannot change it: let DanVan.Reporting.Pdf render the process's first PDF, or do not set GlobalFontSettings.FontResolver."),
                    e);
            }

            s_instance = resolver;
            return resolver;
        }
    }
}
