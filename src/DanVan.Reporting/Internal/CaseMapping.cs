namespace DanVan.Reporting.Internal;

/// <summary>
/// One culture-free case mapping for everything the SDK capitalises ("in hoa" issuer names, banners, titles), the same
/// with ICU and with invariant globalization.
/// </summary>
/// <remarks>
/// <see cref="string.ToUpperInvariant()"/> is not enough: with ICU it maps a few letters that invariant mode leaves
/// alone or maps otherwise (the long s "ſ" → "S", the dotless ı → "I"), so the same document gave different DOCX bytes.
/// Here a letter is mapped only when it lies in the Latin, Greek or Cyrillic blocks (whose case pairs are decades old and
/// agree everywhere, and which hold every Vietnamese letter) and the mapping is one-to-one: the other case maps back to
/// it. Everything else is kept as written.
/// </remarks>
internal static class CaseMapping
{
    /// <summary>The text in capitals.</summary>
    public static string ToUpper(string text)
    {
        int first = 0;
        while (first < text.Length && ToUpper(text[first]) == text[first])
        {
            first++;
        }

        if (first == text.Length)
        {
            return text;
        }

        return string.Create(text.Length, (text, first), static (span, state) =>
        {
            state.text.AsSpan().CopyTo(span);
            for (int i = state.first; i < span.Length; i++)
            {
                span[i] = ToUpper(span[i]);
            }
        });
    }

    /// <summary>The text in small letters.</summary>
    public static string ToLower(string text)
    {
        return string.Create(text.Length, text, static (span, source) =>
        {
            for (int i = 0; i < span.Length; i++)
            {
                span[i] = ToLower(source[i]);
            }
        });
    }

    /// <summary>One character in capitals (see the remarks).</summary>
    public static char ToUpper(char c)
    {
        if (c < 0x80)
        {
            return c is >= 'a' and <= 'z' ? (char)(c - 32) : c;
        }

        if (!InMappedBlocks(c))
        {
            return c;
        }

        char upper = char.ToUpperInvariant(c);
        return upper != c && InMappedBlocks(upper) && char.ToLowerInvariant(upper) == c ? upper : c;
    }

    /// <summary>One character in small letters (see the remarks).</summary>
    public static char ToLower(char c)
    {
        if (c < 0x80)
        {
            return c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
        }

        if (!InMappedBlocks(c))
        {
            return c;
        }

        char lower = char.ToLowerInvariant(c);
        return lower != c && InMappedBlocks(lower) && char.ToUpperInvariant(lower) == c ? lower : c;
    }

    // Latin-1 Supplement and Latin Extended-A/B, Greek and Coptic, Cyrillic, Latin Extended Additional (ạ…ỹ).
    private static bool InMappedBlocks(char c) =>
        c is (>= '\u00C0' and <= '\u024F') or (>= '\u0370' and <= '\u04FF') or (>= '\u1E00' and <= '\u1EFF');
}
