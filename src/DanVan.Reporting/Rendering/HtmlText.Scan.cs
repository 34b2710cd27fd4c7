using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace DanVan.Reporting;

/// <summary>
/// Where a text first needs a change (an escape, the second space of a run, an unpaired surrogate) or, for paragraphs,
/// ends: one scan, vectorised for long texts.
/// </summary>
internal static partial class HtmlText
{
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
        // Most characters are letters, digits, punctuation or Vietnamese letters: one table lookup or one comparison
        // each, instead of a chain of comparisons.
        ReadOnlySpan<byte> kinds = AsciiKinds;
        for (int i = 0; i < span.Length; i++)
        {
            char c = span[i];
            if (c < 0x80)
            {
                switch (kinds[c])
                {
                    case Plain:
                        continue;
                    case Escaped:
                        return i;
                    case LineBreak when lineBreaks:
                        return i;
                    case Space when i > 0 && span[i - 1] == ' ':
                        return i;
                }

                continue;
            }

            if (c < '\u2028' && c != '\u0085')
            {
                continue;
            }

            if (c is '\u0085' or '\u2028' or '\u2029')
            {
                if (lineBreaks)
                {
                    return i;
                }
            }
            else if (c is >= '\uD800' and <= '\uDFFF')
            {
                if (!char.IsHighSurrogate(c) || i + 1 >= span.Length || !char.IsLowSurrogate(span[i + 1]))
                {
                    return i;
                }

                i++;
            }
        }

        return -1;
    }

    private const byte Plain = 0;
    private const byte Escaped = 1;
    private const byte LineBreak = 2;
    private const byte Space = 3;

    // What each ASCII character is to the short scan: escaped (&amp; &lt; &gt; " '), a line break (\n \r), a space.
    private static ReadOnlySpan<byte> AsciiKinds =>
    [
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0, 2, 0, 0, // \n \r
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        3, 0, 1, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, // space " & '
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 1, 0, // < >
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    ];
}
