namespace DanVan.Reporting;

/// <summary>
/// Text shaping shared by the writers, before each escapes for its format: the heading lines, one-line labels and
/// values, and the paragraphs of a text. Culture-independent.
/// </summary>
internal static class ReportText
{
    /// <summary>"I. KẾT QUẢ THỰC HIỆN": number, dot, title; just the title when the number is empty.</summary>
    public static string SectionHeading(string number, string title) =>
        number.Length == 0 ? title : title.Length == 0 ? number + "." : number + ". " + title;

    /// <summary>Upper-cases the first letter ("sơ kết" → "Sơ kết"), without culture data.</summary>
    public static string CapitalizeFirst(string text) =>
        text.Length == 0 || !char.IsLower(text[0]) ? text : Internal.CaseMapping.ToUpper(text[0]) + text[1..];

    /// <summary>The text on one line: line breaks become spaces, leading and trailing white space goes.</summary>
    public static string OneLine(string text)
    {
        if (IndexOfLineBreak(text) < 0)
        {
            return IsTrimmed(text) ? text : text.Trim();
        }

        var builder = new System.Text.StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (IsLineBreak(c))
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                builder.Append(' ');
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString().Trim();
    }

    /// <summary>
    /// <see cref="OneLine"/> of a label, heading or number: one already found to be on one line (see
    /// <see cref="KnownStrings"/>) is returned without scanning it again.
    /// </summary>
    public static string OneLineLabel(string text)
    {
        if (s_oneLineLabels.Contains(text))
        {
            return text;
        }

        string shown = OneLine(text);
        if (ReferenceEquals(shown, text))
        {
            s_oneLineLabels.Add(text);
        }

        return shown;
    }

    private static readonly KnownStrings s_oneLineLabels = new();

    /// <summary>
    /// The paragraphs of a text: split at every line break (\n, \r\n, \r, U+0085, U+2028, U+2029), each trimmed, blank
    /// ones dropped. "a\nb" and "a\n\nb" are both two paragraphs: authors break lines between paragraphs either way.
    /// </summary>
    public static List<string> Paragraphs(string text)
    {
        var paragraphs = new List<string>();
        int start = 0;
        for (int i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && !IsLineBreak(text[i]))
            {
                continue;
            }

            string paragraph = text[start..i].Trim();
            if (paragraph.Length > 0)
            {
                paragraphs.Add(paragraph);
            }

            start = i + 1;
        }

        return paragraphs;
    }

    /// <summary>Whether <see cref="OneLine"/> would leave the text as it is: no line break, nothing to trim.</summary>
    public static bool IsOneLine(ReadOnlySpan<char> text) =>
        IndexOfLineBreak(text) < 0 && IsTrimmed(text);

    /// <summary>Whether <paramref name="text"/> neither starts nor ends with white space (as <see cref="string.Trim()"/> sees it).</summary>
    public static bool IsTrimmed(ReadOnlySpan<char> text) => text.Length == 0 || (!IsWhiteSpace(text[0]) && !IsWhiteSpace(text[^1]));

    /// <summary>Trims white space at the start (as <see cref="string.TrimStart()"/> does).</summary>
    public static ReadOnlySpan<char> TrimStart(ReadOnlySpan<char> text)
    {
        int start = 0;
        while (start < text.Length && IsWhiteSpace(text[start]))
        {
            start++;
        }

        return text[start..];
    }

    /// <summary>Trims white space at the end (as <see cref="string.TrimEnd()"/> does).</summary>
    public static ReadOnlySpan<char> TrimEnd(ReadOnlySpan<char> text)
    {
        int end = text.Length;
        while (end > 0 && IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return text[..end];
    }

    /// <summary>
    /// <see cref="char.IsWhiteSpace(char)"/> without a table lookup: the white space of Unicode is a short list (tab to
    /// carriage return, NEL, the space separators and the line and paragraph separators), and the letters of Vietnamese
    /// text are far from most of it. A test compares the two on all 65,536 code units.
    /// </summary>
    public static bool IsWhiteSpace(char c) => c <= ' '
        ? c == ' ' || (c >= '\t' && c <= '\r')
        : c >= '\u0085' && (c < '\u2000'
            ? c is '\u0085' or '\u00A0' or '\u1680'
            : c <= '\u200A' || c is '\u2028' or '\u2029' or '\u202F' or '\u205F' or '\u3000');

    /// <summary>The paragraphs of a text as <see cref="Paragraphs"/> finds them, as slices of the text: no string each.</summary>
    public static ParagraphEnumerator EnumerateParagraphs(string text) => new(text);

    /// <summary>Walks the paragraphs of a text (see <see cref="Paragraphs"/>) without copying them.</summary>
    public ref struct ParagraphEnumerator
    {
        private readonly ReadOnlySpan<char> _text;
        private int _start;

        public ParagraphEnumerator(string text)
        {
            _text = text;
            Current = default;
        }

        /// <summary>The paragraph, trimmed and not empty.</summary>
        public ReadOnlySpan<char> Current { get; private set; }

        public readonly ParagraphEnumerator GetEnumerator() => this;

        public bool MoveNext()
        {
            while (_start <= _text.Length)
            {
                ReadOnlySpan<char> rest = _text[_start..];
                int end = rest.IndexOfAny(LineBreaks);
                ReadOnlySpan<char> paragraph = (end < 0 ? rest : rest[..end]).Trim();
                _start += end < 0 ? rest.Length + 1 : end + 1;
                if (paragraph.Length > 0)
                {
                    Current = paragraph;
                    return true;
                }
            }

            return false;
        }
    }

    private static ReadOnlySpan<char> LineBreaks => "\r\n\u0085\u2028\u2029";

    /// <summary>The first line break of <paramref name="text"/>, or -1.</summary>
    public static int IndexOfLineBreak(ReadOnlySpan<char> text)
    {
        // Values and labels are short: a plain loop there costs less than setting up the vector search.
        if (text.Length > 16)
        {
            return text.IndexOfAny(LineBreaks);
        }

        for (int i = 0; i < text.Length; i++)
        {
            if (IsLineBreak(text[i]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Whether a character ends a paragraph: CR, LF, NEL, LINE SEPARATOR or PARAGRAPH SEPARATOR.</summary>
    public static bool IsLineBreak(char c) => c is '\r' or '\n' or '\u0085' or '\u2028' or '\u2029';
}
