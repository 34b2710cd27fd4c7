using System.Text;

namespace DanVan.Reporting;

/// <summary>
/// The HTML encoder of the HTML writer: escapes only <c>&amp; &lt; &gt; " '</c>, so that Vietnamese text stays readable
/// in the source ("Đảng", not "&amp;#x110;ảng" as <c>System.Text.Encodings.Web.HtmlEncoder.Default</c> writes it).
/// </summary>
/// <remarks>
/// Safe in element content and in quoted attribute values. An unpaired surrogate (which no encoding can write) becomes
/// U+FFFD. A space after a space becomes a no-break space (U+00A0), so that runs of spaces keep their width instead of
/// collapsing to one: the room left for a hand-written day in "ngày      tháng      năm 2024". Every other character is
/// written as it is: the document declares UTF-8.
/// </remarks>
internal static partial class HtmlText
{
    /// <summary>The text with <c>&amp; &lt; &gt; " '</c> escaped and unpaired surrogates replaced; the same instance when nothing changes.</summary>
    public static string Encode(string text)
    {
        int first = FirstToChange(text);
        if (first < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16);
        builder.Append(text, 0, first);
        for (int i = first; i < text.Length; i++)
        {
            char c = text[i];
            switch (c)
            {
                case '&':
                    builder.Append("&amp;");
                    break;
                case '<':
                    builder.Append("&lt;");
                    break;
                case '>':
                    builder.Append("&gt;");
                    break;
                case '"':
                    builder.Append("&quot;");
                    break;
                case '\'':
                    builder.Append("&#39;");
                    break;
                case ' ' when i > 0 && text[i - 1] == ' ':
                    builder.Append('\u00A0');
                    break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                    {
                        builder.Append(c).Append(text[i + 1]);
                        i++;
                    }
                    else if (char.IsSurrogate(c))
                    {
                        builder.Append('\uFFFD');
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// Writes <paramref name="text"/> as <see cref="Encode"/> would return it, straight to <paramref name="output"/>:
    /// the runs that need nothing are written as they are, so no string is made.
    /// </summary>
    public static void Write(PooledStringWriter output, ReadOnlySpan<char> text) => Write(new Utf16Sink(output), text, 0);

    /// <summary>Writes <paramref name="text"/> as UTF-8 of what <see cref="Encode"/> would return, straight to <paramref name="output"/>.</summary>
    public static void Write(PooledUtf8Buffer output, ReadOnlySpan<char> text) => Write(new Utf8Sink(output), text, 0);

    /// <summary>
    /// Writes <paramref name="text"/> as <see cref="Write(PooledStringWriter, ReadOnlySpan{char})"/> does, knowing that
    /// its first <paramref name="clean"/> characters need no change (a scan already found where the first change is).
    /// </summary>
    public static void Write(PooledStringWriter output, ReadOnlySpan<char> text, int clean) => Write(new Utf16Sink(output), text, clean);

    /// <summary>The UTF-8 <see cref="Write(PooledStringWriter, ReadOnlySpan{char}, int)"/>.</summary>
    public static void Write(PooledUtf8Buffer output, ReadOnlySpan<char> text, int clean) => Write(new Utf8Sink(output), text, clean);

    // A struct per staging, so that the loop below is compiled once for each with direct calls.
    private readonly struct Utf16Sink(PooledStringWriter output) : IMarkupSink
    {
        public void Write(ReadOnlySpan<char> text) => output.Write(text);

        public void Write(char value) => output.Write(value);
    }

    private readonly struct Utf8Sink(PooledUtf8Buffer output) : IMarkupSink
    {
        public void Write(ReadOnlySpan<char> text) => output.Write(text);

        public void Write(char value) => output.Write(value);
    }

    private static void Write<TSink>(TSink output, ReadOnlySpan<char> text, int clean)
        where TSink : struct, IMarkupSink
    {
        if (clean > 0)
        {
            output.Write(text[..clean]);
        }

        int position = clean;
        while (position < text.Length)
        {
            // A space after a space is a change too when the first one ended the previous run.
            int next = position > 0 && text[position] == ' ' && text[position - 1] == ' ' ? 0 : FirstToChange(text[position..]);
            if (next < 0)
            {
                output.Write(text[position..]);
                return;
            }

            if (next > 0)
            {
                output.Write(text.Slice(position, next));
                position += next;
            }

            switch (text[position])
            {
                case '&':
                    output.Write("&amp;");
                    break;
                case '<':
                    output.Write("&lt;");
                    break;
                case '>':
                    output.Write("&gt;");
                    break;
                case '"':
                    output.Write("&quot;");
                    break;
                case '\'':
                    output.Write("&#39;");
                    break;
                case ' ':
                    output.Write('\u00A0');
                    break;
                default:
                    output.Write('\uFFFD'); // a surrogate that is not part of a pair
                    break;
            }

            position++;
        }
    }
}
