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

    /// <summary>
    /// A text that <see cref="ReportWriterBase"/> already put on one line, cleaned: removing characters may leave white
    /// space at either end, which goes too.
    /// </summary>
    public static string OneLine(string text) => Clean(text).Trim();

    /// <summary>Paragraphs as <see cref="ReportWriterBase"/> hands them over, cleaned; a paragraph left blank by the cleaning is dropped.</summary>
    public static List<string> Paragraphs(IReadOnlyList<string> paragraphs)
    {
        var shown = new List<string>(paragraphs.Count);
        foreach (string paragraph in paragraphs)
        {
            string text = OneLine(paragraph);
            if (text.Length > 0)
            {
                shown.Add(text);
            }
        }

        return shown;
    }

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
