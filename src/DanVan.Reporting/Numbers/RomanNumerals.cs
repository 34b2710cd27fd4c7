using DanVan.Reporting.Internal;

namespace DanVan.Reporting;

/// <summary>
/// Roman numerals as official documents use them: "quý I … quý IV", "khóa XIII", "Phần I", headings "I.", "II-".
/// </summary>
/// <remarks>
/// <para>
/// Only the canonical (subtractive) form of 1 to 3999 is written and accepted: 4 is "IV", never "IIII"; 1990 is "MCMXC".
/// There is no zero, and 4000 would need an overline, which plain text cannot show.
/// </para>
/// <para>
/// Writing is greedy over the thirteen subtractive pairs (M, CM, D, CD … IV, I); the tests check it against
/// Humanizer's <c>ToRoman()</c> for every value. Reading accepts the text only when writing the value back gives the same
/// letters (a round-trip check that rejects "IIII", "VX", "IC").
/// </para>
/// <para>Culture-independent and thread-safe.</para>
/// </remarks>
public static class RomanNumerals
{
    /// <summary>The smallest number a Roman numeral can write.</summary>
    private const int MinValue = 1;

    /// <summary>The largest number a Roman numeral can write without an overline (MMMCMXCIX).</summary>
    private const int MaxValue = 3999;

    /// <summary>The longest canonical numeral, MMMDCCCLXXXVIII (3888).</summary>
    private const int MaxLength = 15;

    /// <summary>Writes <paramref name="value"/> as an upper-case canonical Roman numeral: 4 → "IV", 14 → "XIV", 2024 → "MMXXIV".</summary>
    /// <param name="value">A number from 1 to 3999.</param>
    /// <returns>The numeral, in capital letters.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is outside 1–3999.</exception>
    public static string ToRoman(int value)
    {
        Preconditions.CheckRange(value, MinValue, MaxValue, nameof(value), "số viết bằng chữ số La Mã", "number written in Roman numerals");
        Span<char> letters = stackalloc char[MaxLength];
        return new string(letters[..Write(value, letters)]);
    }

    /// <summary>Reads a canonical Roman numeral in upper or lower case: "XIV" or "xiv" → 14.</summary>
    /// <param name="text">The numeral, without surrounding spaces.</param>
    /// <returns>The number, from 1 to 3999.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not a canonical Roman numeral of 1–3999 (for example "", "IIII", "IC", " IV").</exception>
    public static int FromRoman(string text)
    {
        Preconditions.CheckNotNull(text, nameof(text));
        if (TryFromRoman(text, out int value))
        {
            return value;
        }

        throw new FormatException(Messages.Pick(
            Messages.Format("{0} không phải là số La Mã viết đúng chuẩn của một số trong phạm vi [{1}-{2}] (ví dụ: IV, XIV, MMXXIV).", Messages.Quote(text), MinValue, MaxValue),
            Messages.Format("{0} is not a canonical Roman numeral of a number in the range [{1}-{2}] (for example IV, XIV, MMXXIV).", Messages.Quote(text), MinValue, MaxValue)));
    }

    /// <summary>Tries to read a canonical Roman numeral in upper or lower case, as <see cref="FromRoman"/> does, without throwing.</summary>
    /// <param name="text">The numeral; null, empty or non-canonical text gives false.</param>
    /// <param name="value">The number (1–3999) when the result is true; otherwise 0.</param>
    /// <returns>True when <paramref name="text"/> is a canonical Roman numeral.</returns>
    public static bool TryFromRoman(string? text, out int value)
    {
        value = 0;
        if (string.IsNullOrEmpty(text) || text.Length > MaxLength)
        {
            return false;
        }

        Span<char> upper = stackalloc char[text.Length];
        int total = 0;
        int previous = 0;
        for (int i = text.Length - 1; i >= 0; i--)
        {
            // ASCII only: char.ToUpperInvariant would also turn the Turkish dotless 'ı' into 'I'.
            char letter = text[i] is >= 'a' and <= 'z' ? (char)(text[i] - ('a' - 'A')) : text[i];
            int digit = ValueOf(letter);
            if (digit == 0)
            {
                return false;
            }

            upper[i] = letter;
            total += digit < previous ? -digit : digit;
            previous = Math.Max(previous, digit);
        }

        // The sum accepts non-canonical forms such as "IIII" or "IC"; only a value written back the same way is canonical.
        Span<char> canonical = stackalloc char[MaxLength];
        if (total < MinValue || total > MaxValue || !upper.SequenceEqual(canonical[..Write(total, canonical)]))
        {
            return false;
        }

        value = total;
        return true;
    }

    private static readonly int[] s_values = [1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1];
    private static readonly string[] s_symbols = ["M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"];

    /// <summary>Writes the canonical numeral of a value in 1–3999 into <paramref name="destination"/>; returns its length.</summary>
    private static int Write(int value, Span<char> destination)
    {
        int length = 0;
        for (int i = 0; i < s_values.Length; i++)
        {
            for (; value >= s_values[i]; value -= s_values[i])
            {
                s_symbols[i].AsSpan().CopyTo(destination[length..]);
                length += s_symbols[i].Length;
            }
        }

        return length;
    }

    private static int ValueOf(char letter) => letter switch
    {
        'I' => 1,
        'V' => 5,
        'X' => 10,
        'L' => 50,
        'C' => 100,
        'D' => 500,
        'M' => 1000,
        _ => 0,
    };
}
