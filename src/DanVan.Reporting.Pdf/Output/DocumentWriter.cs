using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using DanVan.Reporting.Pdf.Fonts;

namespace DanVan.Reporting.Pdf.Output;

/// <summary>
/// Writes the PDF file from the drawn pages: catalog, page tree, pages and their content, the embedded font subsets,
/// the document information and its XMP copy, and for PDF/A the sRGB output intent. Nothing in the file comes from the
/// clock or from chance: the dates are <see cref="PdfDocumentInfo.Created"/>, the subset tags are numbered in order of
/// first use (DVAAAA, DVAAAB…), and the file id and XMP uuids are derived from a SHA-256 hash of the file's objects,
/// so the same report gives the same bytes and another report other ids.
/// </summary>
internal static class DocumentWriter
{
    /// <summary>The tool named in /Creator and xmp:CreatorTool.</summary>
    public const string Creator = "DanVan SDK";

    /// <summary>The library named in /Producer and pdf:Producer.</summary>
    public const string Producer = "DanVan.Reporting.Pdf";

    /// <summary>The longest title, author or subject written, in UTF-16 code units.</summary>
    private const int MaxInfoLength = 8000;

    private const string ProfileResource = "DanVan.Reporting.Pdf.Output.sRGB2014.icc";

    private static readonly Lazy<byte[]> s_srgb = new(ReadProfile);

    public static void Write(IReadOnlyList<PageContent> pages, double width, double height, FontBook book, DocumentFonts fonts, PdfDocumentInfo info, bool pdfA, Stream output)
    {
        info = info with { Title = Clean(info.Title), Author = Clean(info.Author), Subject = Clean(info.Subject) };
        var file = new PdfFile();
        int catalog = file.Reserve();
        int pageTree = file.Reserve();
        int infoObject = file.Reserve();
        int resources = file.Reserve();
        int metadata = file.Reserve();
        int profile = pdfA ? file.Reserve() : 0;
        var pageObjects = new int[pages.Count];
        var contentObjects = new int[pages.Count];
        for (int p = 0; p < pages.Count; p++)
        {
            pageObjects[p] = file.Reserve();
            contentObjects[p] = file.Reserve();
        }

        var fontObjects = new int[4];
        foreach (int face in fonts.Used)
        {
            fontObjects[face] = file.Reserve();
        }

        PdfBuffer o = file.Begin(catalog).Ascii("<</Type/Catalog/Pages ").Integer(pageTree).Ascii(" 0 R/Metadata ").Integer(metadata)
            .Ascii(" 0 R/Lang(vi-VN)");
        if (pdfA)
        {
            o.Ascii("/OutputIntents[<</Type/OutputIntent/S/GTS_PDFA1/OutputConditionIdentifier(sRGB IEC61966-2.1)")
                .Ascii("/RegistryName(http://www.color.org)/Info(sRGB IEC61966-2.1)/DestOutputProfile ").Integer(profile).Ascii(" 0 R>>]");
        }

        o.Ascii(">>");
        file.End();

        o = file.Begin(pageTree).Ascii("<</Type/Pages/Kids[");
        for (int p = 0; p < pages.Count; p++)
        {
            o.Integer(pageObjects[p]).Ascii(p + 1 < pages.Count ? " 0 R " : " 0 R");
        }

        o.Ascii("]/Count ").Integer(pages.Count).Ascii(">>");
        file.End();

        string date = PdfDate(info.Created);
        file.Begin(infoObject).Ascii("<</Title").Text(info.Title).Ascii("/Author").Text(info.Author).Ascii("/Subject").Text(info.Subject)
            .Ascii("/Creator").Text(Creator).Ascii("/Producer").Text(Producer)
            .Ascii("/CreationDate").Text(date).Ascii("/ModDate").Text(date).Ascii(">>");
        file.End();

        o = file.Begin(resources).Ascii("<</Font<<");
        foreach (int face in fonts.Used)
        {
            o.Ascii("/F").Integer(face).Byte((byte)' ').Integer(fontObjects[face]).Ascii(" 0 R");
        }

        o.Ascii(">>>>");
        file.End();

        for (int p = 0; p < pages.Count; p++)
        {
            file.Begin(pageObjects[p]).Ascii("<</Type/Page/Parent ").Integer(pageTree).Ascii(" 0 R/MediaBox[0 0 ").Real(width).Byte((byte)' ').Real(height)
                .Ascii("]/Resources ").Integer(resources).Ascii(" 0 R/Contents ").Integer(contentObjects[p]).Ascii(" 0 R>>");
            file.End();
            file.WriteStream(contentObjects[p], pages[p].Bytes, compress: true);
        }

        for (int i = 0; i < fonts.Used.Count; i++)
        {
            int face = fonts.Used[i];
            FontObjects.Write(file, fontObjects[face], book.Face(face), fonts.Glyphs(face), face, Tag(i));
        }

        if (pdfA)
        {
            file.WriteStream(profile, s_srgb.Value, compress: false, entries: "/N 3");
        }

        // Ids from the content: a hash of every object written so far (the metadata repeats only what they hold).
        byte[] hash = file.Hash();
        byte[] xmp = Encoding.UTF8.GetBytes(Xmp.Packet(info, Creator, Producer, pdfA, Uuid(hash, 0), Uuid(hash, 1)));
        file.WriteStream(metadata, xmp, compress: false, entries: "/Type/Metadata/Subtype/XML");
        file.Finish(catalog, infoObject, hash.AsSpan(0, 16));
        file.CopyTo(output);
    }

    /// <summary>"DVAAAA", "DVAAAB", …: six capitals, as PDF subset tags must be.</summary>
    private static string Tag(int n)
    {
        Span<char> tag = ['D', 'V', 'A', 'A', 'A', 'A'];
        for (int i = 5; i >= 2 && n > 0; i--)
        {
            tag[i] = (char)('A' + (n % 26));
            n /= 26;
        }

        return new string(tag);
    }

    /// <summary>A version-4-shaped uuid from the hash, one per place (the instance id differs from the document id).</summary>
    private static string Uuid(byte[] hash, byte place)
    {
        string digits = Convert.ToHexString(SHA256.HashData([.. hash, place])).ToLowerInvariant();
        return digits[..8] + "-" + digits[8..12] + "-4" + digits[13..16] + "-a" + digits[17..20] + "-" + digits[20..32];
    }

    /// <summary>A UTC instant as PDF writes dates: D:20240101000000+00'00'.</summary>
    private static string PdfDate(DateTime utc)
    {
        Span<char> date = stackalloc char[23];
        "D:".CopyTo(date);
        Xmp.Digits(date.Slice(2, 4), utc.Year);
        Xmp.Digits(date.Slice(6, 2), utc.Month);
        Xmp.Digits(date.Slice(8, 2), utc.Day);
        Xmp.Digits(date.Slice(10, 2), utc.Hour);
        Xmp.Digits(date.Slice(12, 2), utc.Minute);
        Xmp.Digits(date.Slice(14, 2), utc.Second);
        "+00'00'".CopyTo(date[16..]);
        return new string(date);
    }

    /// <summary>
    /// Document information as both the dictionary and the XMP hold it: characters XML 1.0 forbids (controls, lone
    /// surrogates) left out of both, a tab or line break as a space, so the two agree exactly; cut to
    /// <see cref="MaxInfoLength"/> characters (a PDF string holds at most 32,767 bytes, two a character here).
    /// </summary>
    private static string Clean(string text)
    {
        StringBuilder? clean = null;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            bool pair = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
            bool drop = !pair && (c is < ' ' or '\uFFFE' or '\uFFFF' || char.IsSurrogate(c));
            if (drop)
            {
                clean ??= new StringBuilder(text.Length).Append(text, 0, i);
                if (c is '\t' or '\n' or '\r')
                {
                    clean.Append(' ');
                }
            }
            else
            {
                clean?.Append(c);
                if (pair)
                {
                    clean?.Append(text[i + 1]);
                    i++;
                }
            }
        }

        string result = clean?.ToString() ?? text;
        if (result.Length <= MaxInfoLength)
        {
            return result;
        }

        // Cut between text elements: never inside a surrogate pair or before a combining mark.
        int cut = MaxInfoLength;
        while (cut > 0 && (char.IsLowSurrogate(result[cut]) || CharUnicodeInfo.GetUnicodeCategory(result[cut]) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark))
        {
            cut--;
        }

        return result[..cut];
    }

    private static byte[] ReadProfile()
    {
        using Stream profile = typeof(DocumentWriter).Assembly.GetManifestResourceStream(ProfileResource)
            ?? throw new InvalidOperationException("PDF/A: the sRGB profile " + ProfileResource + " is missing from the assembly.");
        using var bytes = new MemoryStream();
        profile.CopyTo(bytes);
        return bytes.ToArray();
    }
}
