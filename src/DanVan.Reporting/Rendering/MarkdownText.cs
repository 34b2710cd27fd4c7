using System.Text;

namespace DanVan.Reporting;

/// <summary>
/// Escapes user text for CommonMark so that it reads as written, never as markup.
/// </summary>
/// <remarks>
/// <para>
/// Everywhere, a backslash is put before <c>\ ` * _ [ ] &lt; &gt; &amp; # ~</c>: backslash (so that the escapes below
/// keep working), code spans, emphasis, links and images, raw HTML and autolinks, entity references ("&amp;lt;" must stay
/// literal), headings and their closing sequence, and GFM strikethrough.
/// </para>
/// <para>
/// At the start of a line (<see cref="EscapeLineStart"/>), also what would open a block: a "-", "+" or "=" followed by
/// white space, the same sign or nothing (bullet list, thematic break, setext underline), and the "." or ")" after
/// one to nine leading digits when white space or the end follows (ordered list: "2024. …"; "212.000.000" stays).
/// "*", "#", "&gt;" are already escaped everywhere. Leading white space is trimmed by the writer (no code blocks).
/// </para>
/// <para>
/// A space after a space becomes a no-break space (U+00A0), so that a run of spaces keeps its width when rendered (the
/// room for a hand-written day in "ngày      tháng      năm 2024") and two spaces before a line end never make a hard
/// break.
/// </para>
/// </remarks>
internal static class MarkdownText
{
    private static ReadOnlySpan<char> Special => "\\`*_[]<>&#~";

    /// <summary>Escapes text that does not start a line.</summary>
    public static string Escape(string text) => Escape(text, lineStart: false);

    /// <summary>Escapes text that starts a line (a paragraph, or the content of a list item).</summary>
    public static string EscapeLineStart(string text) => Escape(text, lineStart: true);

    private static string Escape(string text, bool lineStart)
    {
        int orderedMark = lineStart ? OrderedListMark(text) : -1;
        bool blockMark = lineStart && text.Length > 0 && text[0] is '-' or '+' or '=' && (text.Length == 1 || text[1] is ' ' or '\t' or '-' or '=');
        if (orderedMark < 0 && !blockMark && text.AsSpan().IndexOfAny(Special) < 0 && !text.Contains("  ", StringComparison.Ordinal))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 8);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (Special.Contains(c) || i == orderedMark || (i == 0 && blockMark))
            {
                builder.Append('\\');
            }

            builder.Append(c == ' ' && i > 0 && text[i - 1] == ' ' ? '\u00A0' : c);
        }

        return builder.ToString();
    }

    /// <summary>The index of the "." or ")" that would make the line an ordered list item ("1. ", "2024)"), or -1.</summary>
    private static int OrderedListMark(string text)
    {
        int i = 0;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
        }

        bool marker = i is > 0 and <= 9 && i < text.Length && text[i] is '.' or ')';
        return marker && (i + 1 == text.Length || text[i + 1] is ' ' or '\t') ? i : -1;
    }
}
