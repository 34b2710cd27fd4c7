using System.Text;

namespace DanVan.Reporting.Docx;

/// <summary>Text clean-up for Open XML: what user text may hold that an XML 1.0 part must not.</summary>
internal static class DocxText
{
    /// <summary>
    /// Removes the characters XML 1.0 forbids: C0 controls other than tab, line feed and carriage return, U+FFFE,
    /// U+FFFF and unpaired surrogates. Returns <paramref name="text"/> itself when it is already clean.
    /// </summary>
    public static string Clean(string text)
    {
        int first = FirstIllegal(text);
        if (first < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        builder.Append(text, 0, first);
        for (int i = first; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsHighSurrogate(c))
            {
                if (i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    builder.Append(c).Append(text[i + 1]);
                    i++;
                }

                continue;
            }

            if (IsLegalSingle(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>One line: line breaks become spaces; trimmed; cleaned.</summary>
    public static string OneLine(string text)
    {
        string clean = Clean(text);
        if (clean.AsSpan().IndexOfAny(LineBreaks) < 0)
        {
            return clean.Trim();
        }

        var builder = new StringBuilder(clean.Length);
        for (int i = 0; i < clean.Length; i++)
        {
            char c = clean[i];
            if (IsLineBreak(c))
            {
                if (c == '\r' && i + 1 < clean.Length && clean[i + 1] == '\n')
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

    /// <summary>The paragraphs of a text: split at line breaks, trimmed, blank ones dropped; cleaned.</summary>
    public static List<string> Paragraphs(string text)
    {
        string clean = Clean(text);
        var paragraphs = new List<string>();
        int start = 0;
        for (int i = 0; i <= clean.Length; i++)
        {
            if (i < clean.Length && !IsLineBreak(clean[i]))
            {
                continue;
            }

            string paragraph = clean[start..i].Trim();
            if (paragraph.Length > 0)
            {
                paragraphs.Add(paragraph);
            }

            start = i + 1;
        }

        return paragraphs;
    }

    /// <summary>The text with its first letter in capitals (culture-independent).</summary>
    public static string CapitalizeFirst(string text) =>
        text.Length == 0 || !char.IsLower(text[0]) ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static ReadOnlySpan<char> LineBreaks => "\r\n\u0085\u2028\u2029";

    private static bool IsLineBreak(char c) => c is '\r' or '\n' or '\u0085' or '\u2028' or '\u2029';

    private static bool IsLegalSingle(char c) =>
        c is '\t' or '\n' or '\r' || (c >= '\u0020' && c <= '\uD7FF') || (c >= '\uE000' && c <= '\uFFFD');

    private static int FirstIllegal(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (IsLegalSingle(c))
            {
                continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            return i;
        }

        return -1;
    }
}
