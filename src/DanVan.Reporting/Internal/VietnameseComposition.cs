using System.Text;

namespace DanVan.Reporting.Internal;

/// <summary>
/// Composes decomposed (NFD) Vietnamese letters into their precomposed (NFC) forms: "a" + U+0323 + U+0302 → "ậ".
/// </summary>
/// <remarks>
/// Written out as a table rather than with <see cref="string.Normalize()"/>, which does nothing under invariant
/// globalization (see <see cref="VietnameseFolding"/>): text read from JSON must come out the same on every machine.
/// A base letter takes at most one vowel mark (circumflex U+0302, breve U+0306, horn U+031B) and one tone mark (grave
/// U+0300, acute U+0301, hook U+0309, tilde U+0303, dot below U+0323), in any order; a sequence with no precomposed
/// letter is left as it is. Text without combining marks is returned unchanged, without copying.
/// </remarks>
internal static class VietnameseComposition
{
    // Each row: a base letter with its vowel mark, then the five tones in the order grave, acute, hook, tilde, dot.
    private static readonly string[] s_rows =
    [
        "aàáảãạ", "ăằắẳẵặ", "âầấẩẫậ", "eèéẻẽẹ", "êềếểễệ", "iìíỉĩị", "oòóỏõọ", "ôồốổỗộ", "ơờớởỡợ", "uùúủũụ", "ưừứửữự", "yỳýỷỹỵ",
        "AÀÁẢÃẠ", "ĂẰẮẲẴẶ", "ÂẦẤẨẪẬ", "EÈÉẺẼẸ", "ÊỀẾỂỄỆ", "IÌÍỈĨỊ", "OÒÓỎÕỌ", "ÔỒỐỔỖỘ", "ƠỜỚỞỠỢ", "UÙÚỦŨỤ", "ƯỪỨỬỮỰ", "YỲÝỶỸỴ",
    ];

    private const string Tones = "\u0300\u0301\u0309\u0303\u0323";

    // (base letter, vowel mark) → the letter with the mark: ('a', U+0302) → 'â'.
    private static readonly Dictionary<(char, char), char> s_vowels = new()
    {
        [('a', '\u0302')] = 'â', [('a', '\u0306')] = 'ă', [('e', '\u0302')] = 'ê', [('o', '\u0302')] = 'ô', [('o', '\u031B')] = 'ơ', [('u', '\u031B')] = 'ư',
        [('A', '\u0302')] = 'Â', [('A', '\u0306')] = 'Ă', [('E', '\u0302')] = 'Ê', [('O', '\u0302')] = 'Ô', [('O', '\u031B')] = 'Ơ', [('U', '\u031B')] = 'Ư',
    };

    private static readonly Dictionary<char, string> s_rowOf = BuildRows();

    /// <summary>The text with its decomposed Vietnamese letters composed; the same instance when there are none.</summary>
    public static string Compose(string text)
    {
        int first = text.AsSpan().IndexOfAnyInRange('\u0300', '\u036F');
        if (first < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            int end = i + 1;
            while (end < text.Length && IsMark(text[end]))
            {
                end++;
            }

            if (end == i + 1 || !TryCompose(c, text.AsSpan(i + 1, end - i - 1), out char composed))
            {
                builder.Append(text, i, end - i);
            }
            else
            {
                builder.Append(composed);
            }

            i = end;
        }

        return builder.ToString();
    }

    private static bool IsMark(char c) => c is '\u0302' or '\u0306' or '\u031B' || Tones.Contains(c, StringComparison.Ordinal);

    private static bool TryCompose(char letter, ReadOnlySpan<char> marks, out char composed)
    {
        composed = letter;
        char vowel = '\0';
        int tone = 0;
        foreach (char mark in marks)
        {
            int t = Tones.IndexOf(mark, StringComparison.Ordinal);
            if (t >= 0 && tone == 0)
            {
                tone = t + 1;
            }
            else if (t < 0 && vowel == '\0')
            {
                vowel = mark;
            }
            else
            {
                return false;
            }
        }

        if (vowel != '\0' && !s_vowels.TryGetValue((letter, vowel), out composed))
        {
            return false;
        }

        if (tone == 0)
        {
            return true;
        }

        if (!s_rowOf.TryGetValue(composed, out string? row))
        {
            return false;
        }

        composed = row[tone];
        return true;
    }

    private static Dictionary<char, string> BuildRows()
    {
        var rows = new Dictionary<char, string>();
        foreach (string row in s_rows)
        {
            rows[row[0]] = row;
        }

        return rows;
    }
}
