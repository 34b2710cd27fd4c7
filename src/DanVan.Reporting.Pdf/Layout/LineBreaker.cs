using System.Globalization;
using DanVan.Reporting.Pdf.Fonts;

namespace DanVan.Reporting.Pdf.Layout;

/// <summary>
/// Breaks a paragraph into lines, first fit: each line takes as many words as fit; a word wider than the line is cut
/// between characters (never before a combining mark). Justified lines widen the gaps between words, all but the last.
/// </summary>
/// <remarks>Greedy breaking is what Word and LibreOffice do for these documents; it is linear in the text's length, so
/// a megabyte paragraph lays out in one pass.</remarks>
internal static class LineBreaker
{
    private const double Epsilon = 0.001;
    private const int ChunkLength = 256;

    public static List<TextLine> Break(ParagraphBlock paragraph, double width, FontBook fonts)
    {
        double left = paragraph.LeftIndent;
        double available = Math.Max(1, width - paragraph.LeftIndent - paragraph.RightIndent);
        double firstAvailable = Math.Max(1, available - paragraph.FirstLineIndent);
        var lines = new List<TextLine>();
        List<Word> words = Words(paragraph.Runs, fonts);
        if (words.Count == 0)
        {
            var empty = new TextStyle((int)paragraph.EmptySize);
            lines.Add(new TextLine([], fonts.LineHeight(empty) * paragraph.LineSpacing, fonts.Ascent(empty)));
            return lines;
        }

        var current = new List<Word>();
        double currentWidth = 0;
        double limit = firstAvailable;
        foreach (Word next in words)
        {
            Word word = next;
            if (current.Count > 0 && currentWidth + current[^1].SpaceWidth + word.Width > limit + Epsilon)
            {
                lines.Add(Line(current, paragraph, left, limit, lines.Count == 0, last: false, fonts));
                current.Clear();
                currentWidth = 0;
                limit = available;
            }

            while (current.Count == 0 && word.Width > limit + Epsilon)
            {
                (Word head, Word tail) = Cut(word, limit, fonts);
                lines.Add(Line([head], paragraph, left, limit, lines.Count == 0, last: false, fonts));
                limit = available;
                word = tail;
            }

            if (current.Count > 0)
            {
                currentWidth += current[^1].SpaceWidth;
            }

            current.Add(word);
            currentWidth += word.Width;
        }

        lines.Add(Line(current, paragraph, left, limit, lines.Count == 0, last: true, fonts));
        return lines;
    }

    private static TextLine Line(List<Word> words, ParagraphBlock paragraph, double left, double limit, bool first, bool last, FontBook fonts)
    {
        double natural = 0;
        for (int i = 0; i < words.Count; i++)
        {
            natural += words[i].Width + (i < words.Count - 1 ? words[i].SpaceWidth : 0);
        }

        double x = left + (first ? paragraph.FirstLineIndent : 0);
        double gap = 0;
        switch (paragraph.Alignment)
        {
            case Alignment.Center:
                x += Math.Max(0, (limit - natural) / 2);
                break;
            case Alignment.Right:
                x += Math.Max(0, limit - natural);
                break;
            case Alignment.Justify when !last && words.Count > 1:
                gap = Math.Max(0, (limit - natural) / (words.Count - 1));
                break;
            default:
                break;
        }

        var pieces = new List<LinePiece>();
        double height = 0;
        double baseline = 0;
        for (int w = 0; w < words.Count; w++)
        {
            foreach (Part part in words[w].Parts)
            {
                Add(pieces, part, x);
                x += part.Width;
            }

            foreach (Part space in words[w].Spaces)
            {
                Add(pieces, space, x);
                x += space.Width;
            }

            x += gap;
            foreach (Part part in words[w].Parts)
            {
                height = Math.Max(height, fonts.LineHeight(part.Style));
                baseline = Math.Max(baseline, fonts.Ascent(part.Style));
            }
        }

        return new TextLine(pieces, height * paragraph.LineSpacing, baseline);
    }

    /// <summary>Adds a part, merged into the previous piece when it has the same style and follows it without a gap.</summary>
    private static void Add(List<LinePiece> pieces, Part part, double x)
    {
        if (pieces.Count > 0)
        {
            LinePiece previous = pieces[^1];
            if (previous.Style == part.Style && Math.Abs(previous.X + previous.Width - x) < Epsilon)
            {
                pieces[^1] = previous with { Text = previous.Text + part.Text, Width = previous.Width + part.Width };
                return;
            }
        }

        pieces.Add(new LinePiece(part.Text, part.Style, x, part.Width));
    }

    /// <summary>Cuts the longest head of <paramref name="word"/> that fits <paramref name="limit"/>, at least one character.</summary>
    private static (Word Head, Word Tail) Cut(Word word, double limit, FontBook fonts)
    {
        var head = new List<Part>();
        var tail = new List<Part>();
        double used = 0;
        bool full = false;
        foreach (Part part in word.Parts)
        {
            if (full)
            {
                tail.Add(part);
                continue;
            }

            int taken = 0;
            int i = 0;
            while (i < part.Text.Length)
            {
                int length = ElementLength(part.Text, i);
                double w = fonts.Width(part.Text.AsSpan(i, length), part.Style);
                if (used + w > limit + Epsilon && (head.Count > 0 || i > 0))
                {
                    full = true;
                    break;
                }

                used += w;
                i += length;
                taken = i;
            }

            if (taken > 0)
            {
                string text = part.Text[..taken];
                head.Add(new Part(text, part.Style, fonts.Width(text, part.Style)));
            }

            if (taken < part.Text.Length)
            {
                string rest = part.Text[taken..];
                tail.Add(new Part(rest, part.Style, fonts.Width(rest, part.Style)));
            }
        }

        return (new Word(head, []), new Word(tail, word.Spaces));
    }

    /// <summary>The length of the character at <paramref name="index"/> with the combining marks after it (a surrogate pair counts as one).</summary>
    private static int ElementLength(string text, int index)
    {
        int length = char.IsHighSurrogate(text[index]) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]) ? 2 : 1;
        while (index + length < text.Length && IsMark(text[index + length]))
        {
            length++;
        }

        return length;
    }

    private static bool IsMark(char c) =>
        CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    /// <summary>Splits the runs into words (parts of possibly several runs) each followed by its spaces.</summary>
    private static List<Word> Words(IReadOnlyList<StyledText> runs, FontBook fonts)
    {
        var words = new List<Word>();
        var parts = new List<Part>();
        var spaces = new List<Part>();
        foreach (StyledText run in runs)
        {
            string text = run.Text;
            int i = 0;
            while (i < text.Length)
            {
                bool space = text[i] == ' ';
                int start = i;
                while (i < text.Length && (text[i] == ' ') == space)
                {
                    i++;
                }

                if (space)
                {
                    string blank = text[start..i];
                    spaces.Add(new Part(blank, run.Style, fonts.Width(blank, run.Style)));
                    continue;
                }

                if (spaces.Count > 0)
                {
                    words.Add(new Word(parts, spaces));
                    parts = [];
                    spaces = [];
                }

                // A long word is held in chunks, so that cutting it line by line never copies the rest of it.
                while (start < i)
                {
                    int end = Math.Min(i, start + ChunkLength);
                    while (end < i && (char.IsLowSurrogate(text[end]) || IsMark(text[end])))
                    {
                        end++;
                    }

                    string piece = text[start..end];
                    parts.Add(new Part(piece, run.Style, fonts.Width(piece, run.Style)));
                    start = end;
                }
            }
        }

        if (parts.Count > 0 || spaces.Count > 0)
        {
            words.Add(new Word(parts, spaces));
        }

        return words;
    }

    private readonly record struct Part(string Text, TextStyle Style, double Width);

    private sealed class Word
    {
        public Word(List<Part> parts, List<Part> spaces)
        {
            Parts = parts;
            Spaces = spaces;
            foreach (Part part in parts)
            {
                Width += part.Width;
            }

            foreach (Part space in spaces)
            {
                SpaceWidth += space.Width;
            }
        }

        public List<Part> Parts { get; }

        public List<Part> Spaces { get; }

        public double Width { get; }

        public double SpaceWidth { get; }
    }
}
