using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace DanVan.Reporting.Pdf.Tests;

/// <summary>
/// The file's objects read straight from its bytes through the cross-reference table, without a PDF library: each
/// object's dictionary as text and its stream decoded. Reading this way checks what a PDF library would forgive: every
/// cross-reference offset points at its object, every /Length is the stream's true length, the trailer and the header
/// are as ISO 32000-1 and ISO 19005-2 (PDF/A-2) require.
/// </summary>
internal sealed partial class PdfStructure
{
    private PdfStructure(string header, string trailer, Dictionary<int, PdfObject> objects)
    {
        Header = header;
        Trailer = trailer;
        Objects = objects;
    }

    /// <summary>The bytes up to the end of the second line, as Latin-1.</summary>
    public string Header { get; }

    /// <summary>The trailer dictionary, as text.</summary>
    public string Trailer { get; }

    public Dictionary<int, PdfObject> Objects { get; }

    /// <summary>The object a "n 0 R" in <paramref name="dictionary"/> after <paramref name="key"/> points to.</summary>
    public PdfObject Resolve(string dictionary, string key)
    {
        Match reference = Regex.Match(dictionary, Regex.Escape(key) + @"\s*(\d+) 0 R");
        Assert.True(reference.Success, key + " in " + dictionary);
        return Objects[int.Parse(reference.Groups[1].Value, CultureInfo.InvariantCulture)];
    }

    public IEnumerable<PdfObject> OfType(string type) => Objects.Values.Where(o => o.Dictionary.StartsWith("<</Type/" + type + "/", StringComparison.Ordinal) || o.Dictionary.StartsWith("<</Type/" + type + ">", StringComparison.Ordinal));

    public static PdfStructure Read(byte[] pdf)
    {
        string text = Encoding.Latin1.GetString(pdf);
        int secondLine = text.IndexOf('\n', text.IndexOf('\n', StringComparison.Ordinal) + 1);
        Assert.True(text.EndsWith("%%EOF\n", StringComparison.Ordinal), "the file ends with %%EOF");
        Match startxref = StartXref().Match(text);
        Assert.True(startxref.Success, "startxref");
        int xref = int.Parse(startxref.Groups[1].Value, CultureInfo.InvariantCulture);
        Assert.StartsWith("xref\n0 ", text[xref..], StringComparison.Ordinal);
        int firstLine = text.IndexOf('\n', xref + 5);
        int count = int.Parse(text[(xref + 7)..firstLine], CultureInfo.InvariantCulture);
        var objects = new Dictionary<int, PdfObject>();
        for (int n = 1; n < count; n++)
        {
            // Each entry is exactly 20 bytes (ISO 32000-1 7.5.4).
            string entry = text.Substring(firstLine + 1 + (n * 20), 20);
            Assert.Matches(@"^\d{10} 00000 n \n$", entry);
            int offset = int.Parse(entry[..10], CultureInfo.InvariantCulture);
            objects.Add(n, ReadObject(pdf, text, offset, n));
        }

        int trailerAt = text.IndexOf("trailer\n", firstLine + 1 + (count * 20), StringComparison.Ordinal);
        Assert.Equal(firstLine + 1 + (count * 20), trailerAt);
        string trailer = text[(trailerAt + 8)..text.IndexOf("\nstartxref", trailerAt, StringComparison.Ordinal)];
        return new PdfStructure(text[..(secondLine + 1)], trailer, objects);
    }

    private static PdfObject ReadObject(byte[] pdf, string text, int offset, int number)
    {
        string opening = number.ToString(CultureInfo.InvariantCulture) + " 0 obj\n";
        Assert.True(string.CompareOrdinal(text, offset, opening, 0, opening.Length) == 0, "object " + number + " at its cross-reference offset " + offset);
        int body = offset + opening.Length;
        int end = text.IndexOf("\nendobj\n", body, StringComparison.Ordinal);
        int stream = text.IndexOf(">>\nstream\n", body, StringComparison.Ordinal);
        if (stream < 0 || stream > end)
        {
            return new PdfObject(number, text[body..end], null);
        }

        string dictionary = text[body..(stream + 2)];
        int length = int.Parse(Regex.Match(dictionary, @"/Length (\d+)").Groups[1].Value, CultureInfo.InvariantCulture);
        int data = stream + 10;
        Assert.True(string.CompareOrdinal(text, data + length, "\nendstream\nendobj\n", 0, 18) == 0, "object " + number + "'s /Length is its stream's length");
        byte[] bytes = pdf[data..(data + length)];
        if (dictionary.Contains("/Filter/FlateDecode", StringComparison.Ordinal))
        {
            using var decoded = new MemoryStream();
            using (var zlib = new ZLibStream(new MemoryStream(bytes), CompressionMode.Decompress))
            {
                zlib.CopyTo(decoded);
            }

            bytes = decoded.ToArray();
        }

        return new PdfObject(number, dictionary, bytes);
    }

    [GeneratedRegex(@"startxref\n(\d+)\n%%EOF\n$")]
    private static partial Regex StartXref();
}

/// <summary>An object: its dictionary (or other value) as text and, for a stream, its decoded data.</summary>
internal sealed record PdfObject(int Number, string Dictionary, byte[]? Data)
{
    public string Text => Encoding.Latin1.GetString(Data ?? []);
}
