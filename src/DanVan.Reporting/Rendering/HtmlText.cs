using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
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
internal static class HtmlText
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
    /// Writes a label, heading or number as <see cref="Encode"/> would return it: one already found to need no change
    /// (see <see cref="KnownStrings"/>) is copied without scanning it again.
    /// </summary>
    public static void WriteLabel(PooledStringWriter output, string text)
    {
        if (s_cleanLabels.Contains(text))
        {
            output.Write(text);
            return;
        }

        if (FirstToChange(text) < 0)
        {
            s_cleanLabels.Add(text);
            output.Write(text);
            return;
        }

        Write(output, text.AsSpan());
    }

    private static readonly KnownStrings s_cleanLabels = new();

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

    private static readonly SearchValues<char> s_escaped = SearchValues.Create("&<>\"'");

    // Vectorised: the first character to escape (or the second space of a run), and before it the first surrogate that
    // is not part of a pair.
    internal static int FirstToChange(ReadOnlySpan<char> span)
    {
        if (span.Length <= ShortText)
        {
            return FirstToChangeShort(span, lineBreaks: false);
        }

        if (Vector256.IsHardwareAccelerated)
        {
            return FirstToChangeVector(span, lineBreaks: false);
        }

        return FirstToChangeScalar(span);
    }

    /// <summary>
    /// Where a paragraph of a text ends or first needs a change: <see cref="FirstToChange"/>, or before that the first
    /// line break (<see cref="ReportText"/>'s), found in the same pass.
    /// </summary>
    internal static int FirstToChangeOrLineBreak(ReadOnlySpan<char> span)
    {
        if (span.Length <= ShortText)
        {
            return FirstToChangeShort(span, lineBreaks: true);
        }

        if (Vector256.IsHardwareAccelerated)
        {
            return FirstToChangeVector(span, lineBreaks: true);
        }

        int change = FirstToChangeScalar(span);
        int lineBreak = ReportText.IndexOfLineBreak(change < 0 ? span : span[..change]);
        return lineBreak >= 0 ? lineBreak : change;
    }

    private static int FirstToChangeScalar(ReadOnlySpan<char> span)
    {
        int escaped = span.IndexOfAny(s_escaped);
        // Only a run of spaces before the first escape matters: searching past it would scan the rest of a long text
        // again for every escape in it.
        int spaces = (escaped < 0 ? span : span[..escaped]).IndexOf("  ", StringComparison.Ordinal);
        if (spaces >= 0)
        {
            escaped = spaces + 1;
        }

        int limit = escaped < 0 ? span.Length : escaped;
        int i = 0;
        while (i < limit)
        {
            int surrogate = span[i..limit].IndexOfAnyInRange('\uD800', '\uDFFF');
            if (surrogate < 0)
            {
                break;
            }

            surrogate += i;
            if (char.IsHighSurrogate(span[surrogate]) && surrogate + 1 < span.Length && char.IsLowSurrogate(span[surrogate + 1]))
            {
                i = surrogate + 2;
                continue;
            }

            return surrogate;
        }

        return escaped;
    }

    /// <summary>
    /// <see cref="FirstToChange"/> in one vectorised pass instead of three: each block of 16 characters is checked at
    /// once for the five escaped characters, a space followed by a space, and any surrogate; a block with a hit is
    /// looked at closely (a well-formed pair is skipped and the scan goes on).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // so that each caller's constant lineBreaks folds away
    private static int FirstToChangeVector(ReadOnlySpan<char> span, bool lineBreaks)
    {
        ref ushort start = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(span));
        int length = span.Length;
        int i = 0;

        // Blocks of 32 where the machine has 512-bit vectors, then of 16. Each block also reads the character after it
        // (for a run of spaces), so it stops one short of the end.
        if (Vector512.IsHardwareAccelerated)
        {
            while (i + Vector512<ushort>.Count < length)
            {
                Vector512<ushort> block = Vector512.LoadUnsafe(ref start, (nuint)i);
                Vector512<ushort> next = Vector512.LoadUnsafe(ref start, (nuint)(i + 1));
                Vector512<ushort> hits =
                    Vector512.Equals(block, Vector512.Create((ushort)'&'))
                    | Vector512.Equals(block, Vector512.Create((ushort)'<'))
                    | Vector512.Equals(block, Vector512.Create((ushort)'>'))
                    | Vector512.Equals(block, Vector512.Create((ushort)'"'))
                    | Vector512.Equals(block, Vector512.Create((ushort)'\''))
                    | (Vector512.Equals(block, Vector512.Create((ushort)' ')) & Vector512.Equals(next, Vector512.Create((ushort)' ')))
                    | Vector512.LessThan(block - Vector512.Create((ushort)0xD800), Vector512.Create((ushort)0x800));
                if (lineBreaks)
                {
                    hits |= Vector512.Equals(block, Vector512.Create((ushort)'\n'))
                        | Vector512.Equals(block, Vector512.Create((ushort)'\r'))
                        | Vector512.Equals(block, Vector512.Create((ushort)'\u0085'))
                        | Vector512.Equals(block | Vector512.Create((ushort)1), Vector512.Create((ushort)'\u2029')); // U+2028 and U+2029
                }

                if (hits == Vector512<ushort>.Zero)
                {
                    i += Vector512<ushort>.Count;
                    continue;
                }

                int at = i + BitOperations.TrailingZeroCount(hits.ExtractMostSignificantBits());
                if (IsChange(span, at, out int change))
                {
                    return change;
                }

                i = at + 2; // a well-formed pair: go on after it
            }
        }

        while (i + Vector256<ushort>.Count < length)
        {
            Vector256<ushort> block = Vector256.LoadUnsafe(ref start, (nuint)i);
            Vector256<ushort> next = Vector256.LoadUnsafe(ref start, (nuint)(i + 1));
            Vector256<ushort> hits =
                Vector256.Equals(block, Vector256.Create((ushort)'&'))
                | Vector256.Equals(block, Vector256.Create((ushort)'<'))
                | Vector256.Equals(block, Vector256.Create((ushort)'>'))
                | Vector256.Equals(block, Vector256.Create((ushort)'"'))
                | Vector256.Equals(block, Vector256.Create((ushort)'\''))
                | (Vector256.Equals(block, Vector256.Create((ushort)' ')) & Vector256.Equals(next, Vector256.Create((ushort)' ')))
                | Vector256.LessThan(block - Vector256.Create((ushort)0xD800), Vector256.Create((ushort)0x800));
            if (lineBreaks)
            {
                hits |= Vector256.Equals(block, Vector256.Create((ushort)'\n'))
                    | Vector256.Equals(block, Vector256.Create((ushort)'\r'))
                    | Vector256.Equals(block, Vector256.Create((ushort)'\u0085'))
                    | Vector256.Equals(block | Vector256.Create((ushort)1), Vector256.Create((ushort)'\u2029'));
            }

            if (hits == Vector256<ushort>.Zero)
            {
                i += Vector256<ushort>.Count;
                continue;
            }

            int at = i + BitOperations.TrailingZeroCount(hits.ExtractMostSignificantBits());
            if (IsChange(span, at, out int change))
            {
                return change;
            }

            i = at + 2; // a well-formed pair: go on after it
        }

        // The tail, as the short scan does it, with the character before it for a run of spaces.
        if (i >= length)
        {
            return -1;
        }

        if (i > 0 && span[i] == ' ' && span[i - 1] == ' ')
        {
            return i;
        }

        int tail = FirstToChangeShort(span[i..], lineBreaks);
        return tail < 0 ? -1 : i + tail;
    }

    /// <summary>
    /// Looks closely at a character a vector block flagged: an escape, the space before a second space (the change is
    /// the second one), or a surrogate; false for a well-formed pair, which needs no change.
    /// </summary>
    private static bool IsChange(ReadOnlySpan<char> span, int at, out int change)
    {
        char c = span[at];
        change = c == ' ' ? at + 1 : at;
        return !char.IsHighSurrogate(c) || at + 1 >= span.Length || !char.IsLowSurrogate(span[at + 1]);
    }

    // Labels, values and tags are short: one scalar pass costs less there than three vector searches.
    private const int ShortText = 32;

    internal static int FirstToChangeShort(ReadOnlySpan<char> span) => FirstToChangeShort(span, lineBreaks: false);

    /// <summary><see cref="FirstToChangeShort(ReadOnlySpan{char})"/>, stopping at a line break too when <paramref name="lineBreaks"/>.</summary>
    internal static int FirstToChangeShort(ReadOnlySpan<char> span, bool lineBreaks)
    {
        for (int i = 0; i < span.Length; i++)
        {
            char c = span[i];
            switch (c)
            {
                case '&' or '<' or '>' or '"' or '\'':
                    return i;
                case '\n' or '\r' or '\u0085' or '\u2028' or '\u2029' when lineBreaks:
                    return i;
                case ' ' when i > 0 && span[i - 1] == ' ':
                    return i;
                case >= '\uD800' and <= '\uDFFF':
                    if (char.IsHighSurrogate(c) && i + 1 < span.Length && char.IsLowSurrogate(span[i + 1]))
                    {
                        i++;
                        break;
                    }

                    return i;
            }
        }

        return -1;
    }
}
