using System.Globalization;
using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace DanVan.Reporting.Testing;

/// <summary>
/// A readable, deterministic text projection of a PDF: its metadata, fonts, page sizes and text area, and every line of
/// text with its position and style. Snapshot it instead of the file's bytes (which hold compressed streams and ids);
/// <see cref="Snapshot.VerifyPdf(byte[], string?, SnapshotSettings?, string, string, int)"/> does.
/// </summary>
/// <remarks>
/// <para>
/// The PDF is read with PdfPig (Apache-2.0), an independent reader, so the projection shows what a viewer or a text
/// extractor gets, including the Unicode each glyph maps back to. It depends neither on the current culture nor on
/// the file's object order, ids, dates or font subset tags ("ABCDEF+"), which are left out. Lines end with "\n".
/// </para>
/// <para>
/// The header: <c>title:</c>, <c>author:</c>, <c>subject:</c> (each when present), <c>pages: 3</c>, <c>fonts:</c> the
/// font names used, sorted, without subset tags. Then, per page, <c>page 1: 210×297 mm, text area left 30.0, top 20.0,
/// right 15.0, bottom 25.4 mm</c> (the distances from the edges to the outermost letters, rounded to 0.1 mm), and one
/// line per line of text, top to bottom: <c>  y=30.2 x=30.0 [b 13pt] ĐẢNG BỘ TỈNH</c>, where y is the baseline's
/// distance from the top edge and x the line's left end, in millimetres rounded to 0.1; the bracket gives bold
/// (<c>b</c>), italic (<c>i</c>) and the size in points rounded to 0.5. A line whose parts are far apart (the two
/// header columns) or change style lists each part: <c>x=… [style] text | x=… [style] text</c>. Lines, borders and
/// boxes are not projected.
/// </para>
/// </remarks>
public static class PdfProjection
{
    private const double PointsPerMm = 72 / 25.4;

    /// <summary>A gap wider than this (in points) between two letters on a baseline starts a new part of the line.</summary>
    private const double PartGap = 24;

    /// <summary>Projects the PDF in <paramref name="pdf"/> to text.</summary>
    /// <param name="pdf">The bytes of a PDF file.</param>
    /// <returns>The projection, "\n" line endings and a final "\n".</returns>
    /// <exception cref="ArgumentNullException"><paramref name="pdf"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="pdf"/> is not a readable PDF.</exception>
    public static string ToText(byte[] pdf)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        return Project(pdf, nameof(pdf));
    }

    internal static string Project(byte[] pdf, string paramName)
    {
        PdfDocument document;
        try
        {
            document = PdfDocument.Open(pdf);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new ArgumentException("Not a readable PDF: " + e.Message, paramName, e);
        }

        using (document)
        {
            var text = new StringBuilder();
            DocumentInformation info = document.Information;
            Field(text, "title", info.Title);
            Field(text, "author", info.Author);
            Field(text, "subject", info.Subject);
            text.Append("pages: ").Append(Invariant(document.NumberOfPages)).Append('\n');
            var fonts = new SortedSet<string>(StringComparer.Ordinal);
            var pages = new StringBuilder();
            foreach (Page page in document.GetPages())
            {
                ProjectPage(page, pages, fonts);
            }

            text.Append("fonts: ").Append(string.Join(", ", fonts)).Append('\n');
            text.Append("---\n");
            text.Append(pages);
            return text.ToString();
        }
    }

    private static void ProjectPage(Page page, StringBuilder text, SortedSet<string> fonts)
    {
        double width = page.Width;
        double height = page.Height;
        var letters = new List<Letter>();
        foreach (Letter letter in page.Letters)
        {
            if (!string.IsNullOrWhiteSpace(letter.Value))
            {
                letters.Add(letter);
            }

            fonts.Add(FontName(letter.FontName));
        }

        text.Append("page ").Append(Invariant(page.Number)).Append(": ")
            .Append(Mm(width, 0)).Append('×').Append(Mm(height, 0)).Append(" mm");
        if (letters.Count > 0)
        {
            double left = letters.Min(l => l.BoundingBox.Left);
            double right = letters.Max(l => l.BoundingBox.Right);
            double top = letters.Max(l => l.BoundingBox.Top);
            double bottom = letters.Min(l => l.BoundingBox.Bottom);
            text.Append(", text area left ").Append(Mm(left)).Append(", top ").Append(Mm(height - top))
                .Append(", right ").Append(Mm(width - right)).Append(", bottom ").Append(Mm(bottom)).Append(" mm");
        }

        text.Append('\n');

        // Lines: letters on one baseline, in drawing order; lines top to bottom.
        var lines = new List<(double Baseline, List<Letter> Letters)>();
        foreach (Letter letter in page.Letters)
        {
            double baseline = Math.Round(letter.StartBaseLine.Y, 1);
            int index = lines.FindIndex(l => Math.Abs(l.Baseline - baseline) < 0.5);
            if (index < 0)
            {
                lines.Add((baseline, [letter]));
            }
            else
            {
                lines[index].Letters.Add(letter);
            }
        }

        lines.Sort((a, b) => b.Baseline.CompareTo(a.Baseline));
        foreach ((double baseline, List<Letter> lineLetters) in lines)
        {
            var parts = new List<(double X, string Style, StringBuilder Text)>();
            Letter? previous = null;
            foreach (Letter letter in lineLetters.OrderBy(l => l.StartBaseLine.X))
            {
                string style = Style(letter);
                bool far = previous is not null && letter.StartBaseLine.X - previous.EndBaseLine.X > PartGap;
                if (parts.Count == 0 || far || (parts[^1].Style != style && !string.IsNullOrWhiteSpace(letter.Value)))
                {
                    parts.Add((letter.StartBaseLine.X, style, new StringBuilder()));
                }

                parts[^1].Text.Append(letter.Value);
                previous = letter;
            }

            var shown = parts.Where(p => p.Text.ToString().Trim().Length > 0).ToList();
            if (shown.Count == 0)
            {
                continue;
            }

            text.Append("  y=").Append(Mm(height - baseline)).Append(' ');
            for (int i = 0; i < shown.Count; i++)
            {
                text.Append(i == 0 ? "" : " | ").Append("x=").Append(Mm(shown[i].X)).Append(" [").Append(shown[i].Style).Append("] ")
                    .Append(shown[i].Text.ToString().Trim());
            }

            text.Append('\n');
        }
    }

    private static string Style(Letter letter)
    {
        string name = letter.FontName ?? "";
        var style = new StringBuilder();
        if (name.Contains("Bold", StringComparison.OrdinalIgnoreCase))
        {
            style.Append("b ");
        }

        if (name.Contains("Italic", StringComparison.OrdinalIgnoreCase) || name.Contains("Oblique", StringComparison.OrdinalIgnoreCase))
        {
            style.Append("i ");
        }

        double size = Math.Round(letter.PointSize * 2, MidpointRounding.AwayFromZero) / 2;
        return style.Append(size.ToString("0.#", CultureInfo.InvariantCulture)).Append("pt").ToString();
    }

    /// <summary>The font's name without its subset tag ("ABCDEF+").</summary>
    private static string FontName(string? name)
    {
        name ??= "";
        int plus = name.IndexOf('+', StringComparison.Ordinal);
        return plus == 6 ? name[(plus + 1)..] : name;
    }

    private static void Field(StringBuilder text, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            text.Append(name).Append(": ").Append(value).Append('\n');
        }
    }

    private static string Mm(double points, int decimals = 1) =>
        Math.Round(points / PointsPerMm, decimals, MidpointRounding.AwayFromZero).ToString(decimals == 0 ? "0" : "0.0", CultureInfo.InvariantCulture);

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}
