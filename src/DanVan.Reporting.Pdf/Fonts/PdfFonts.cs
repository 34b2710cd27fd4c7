using System.Security.Cryptography;
using DanVan.Reporting.Pdf.Internal;

namespace DanVan.Reporting.Pdf;

/// <summary>
/// The four faces (regular, bold, italic, bold italic) a PDF is set in, embedded as subsets. By default
/// <see cref="LiberationSerif"/>, shipped inside this package; <see cref="FromFiles"/> takes your own TrueType files
/// (e.g. Times New Roman where you hold a licence to embed it). Fonts are never looked up on the machine, so the same
/// report gives the same PDF everywhere.
/// </summary>
public sealed class PdfFonts
{
    private static readonly Lazy<PdfFonts> s_liberation = new(LoadLiberationSerif);
    private readonly byte[][] _files;
    private Fonts.FontBook? _book;

    private PdfFonts(string name, byte[] regular, byte[] bold, byte[] italic, byte[] boldItalic, string[] sources)
    {
        Name = name;
        _files = [regular, bold, italic, boldItalic];
        Sources = sources;

        // One family name per set of files, from their contents: the same files give the same name in every run.
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (byte[] file in _files)
        {
            hash.AppendData(file);
        }

        Key = "DanVan-" + Convert.ToHexString(hash.GetHashAndReset(), 0, 8);
    }

    /// <summary>
    /// Liberation Serif 2.1.5 (SIL Open Font License 1.1, licence file in the package): metrically compatible with Times
    /// New Roman, the font both official formats name, with every Vietnamese letter.
    /// </summary>
    public static PdfFonts LiberationSerif => s_liberation.Value;

    /// <summary>A name for messages: "Liberation Serif" or the regular file's path.</summary>
    public string Name { get; }

    internal string Key { get; }

    internal IReadOnlyList<string> Sources { get; }

    /// <summary>Reads four TrueType (.ttf) files; the files are read now and not kept open.</summary>
    /// <param name="regular">The regular face.</param>
    /// <param name="bold">The bold face.</param>
    /// <param name="italic">The italic face.</param>
    /// <param name="boldItalic">The bold italic face.</param>
    /// <returns>The font set.</returns>
    /// <exception cref="ArgumentNullException">A path is null.</exception>
    /// <exception cref="ArgumentException">A file cannot be read, or is not a TrueType font with a Unicode character map (the message names the file).</exception>
    public static PdfFonts FromFiles(string regular, string bold, string italic, string boldItalic)
    {
        string[] paths = [regular, bold, italic, boldItalic];
        string[] names = [nameof(regular), nameof(bold), nameof(italic), nameof(boldItalic)];
        var files = new byte[4][];
        for (int i = 0; i < 4; i++)
        {
            ArgumentNullException.ThrowIfNull(paths[i], names[i]);
            try
            {
                files[i] = System.IO.File.ReadAllBytes(paths[i]);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
            {
                throw new ArgumentException(
                    PdfMessages.Format("Không đọc được tệp phông {0}: {1}", "Cannot read font file {0}: {1}", PdfMessages.Quote(paths[i], 200), e.Message),
                    names[i],
                    e);
            }
        }

        return FromBytes(regular, files[0], files[1], files[2], files[3], paths);
    }

    /// <summary>Takes four TrueType faces as bytes (copied).</summary>
    /// <param name="name">A name for messages.</param>
    /// <param name="regular">The regular face.</param>
    /// <param name="bold">The bold face.</param>
    /// <param name="italic">The italic face.</param>
    /// <param name="boldItalic">The bold italic face.</param>
    /// <returns>The font set.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A face is not a TrueType font with a Unicode character map.</exception>
    public static PdfFonts FromBytes(string name, byte[] regular, byte[] bold, byte[] italic, byte[] boldItalic)
    {
        ArgumentNullException.ThrowIfNull(name);
        return FromBytes(name, Copy(regular, nameof(regular)), Copy(bold, nameof(bold)), Copy(italic, nameof(italic)), Copy(boldItalic, nameof(boldItalic)), [name + " (regular)", name + " (bold)", name + " (italic)", name + " (bold italic)"]);
    }

    /// <summary>The face file by index: 0 regular, 1 bold, 2 italic, 3 bold italic.</summary>
    internal byte[] File(int index) => _files[index];

    /// <summary>The faces read for measuring.</summary>
    internal Fonts.FontBook Book => _book ??= new Fonts.FontBook(
        Key,
        Fonts.TrueTypeFace.Read(_files[0], Sources[0]),
        Fonts.TrueTypeFace.Read(_files[1], Sources[1]),
        Fonts.TrueTypeFace.Read(_files[2], Sources[2]),
        Fonts.TrueTypeFace.Read(_files[3], Sources[3]));

    private static PdfFonts FromBytes(string name, byte[] regular, byte[] bold, byte[] italic, byte[] boldItalic, string[] sources)
    {
        var fonts = new PdfFonts(name, regular, bold, italic, boldItalic, sources);
        _ = fonts.Book; // read now: a bad file fails here, naming itself, not in the middle of a render
        return fonts;
    }

    private static byte[] Copy(byte[] bytes, string name)
    {
        ArgumentNullException.ThrowIfNull(bytes, name);
        return (byte[])bytes.Clone();
    }

    private static PdfFonts LoadLiberationSerif()
    {
        string[] faces = ["Regular", "Bold", "Italic", "BoldItalic"];
        var files = new byte[4][];
        for (int i = 0; i < 4; i++)
        {
            string resource = "DanVan.Reporting.Pdf.Fonts.LiberationSerif-" + faces[i] + ".ttf";
            using Stream stream = typeof(PdfFonts).Assembly.GetManifestResourceStream(resource)
                ?? throw new InvalidOperationException("Missing embedded font " + resource + ".");
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            files[i] = copy.ToArray();
        }

        return FromBytes("Liberation Serif", files[0], files[1], files[2], files[3], ["Liberation Serif", "Liberation Serif Bold", "Liberation Serif Italic", "Liberation Serif Bold Italic"]);
    }
}
