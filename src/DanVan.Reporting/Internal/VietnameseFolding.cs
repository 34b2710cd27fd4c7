using System.Text;

namespace DanVan.Reporting.Internal;

/// <summary>
/// Folds Vietnamese text to lower-case letters without diacritics ("Quý" → "quy", "ĐẦU" → "dau") so that parsers
/// accept any letter case, NFC or NFD input, and text typed without accents.
/// </summary>
/// <remarks>
/// Written out as a table rather than with <see cref="string.Normalize()"/>: under invariant globalization .NET does
/// not decompose (measured on .NET 10: NFD of "Quý II năm 2024" is returned unchanged), so Normalize cannot be relied on.
/// Combining marks (U+0300–U+036F) are dropped, which folds NFD input the same way as NFC.
/// </remarks>
internal static class VietnameseFolding
{
    // Each precomposed lower-case Vietnamese letter, grouped by the base letter it folds to.
    private static readonly (char Base, string Letters)[] s_groups =
    [
        ('a', "àáảãạăằắẳẵặâầấẩẫậ"),
        ('e', "èéẻẽẹêềếểễệ"),
        ('i', "ìíỉĩị"),
        ('o', "òóỏõọôồốổỗộơờớởỡợ"),
        ('u', "ùúủũụưừứửữự"),
        ('y', "ỳýỷỹỵ"),
        ('d', "đ"),
    ];

    private static readonly Dictionary<char, char> s_baseOf = BuildTable();

    /// <summary>Folds one character: lower case, no diacritics; <c>'\0'</c> for a combining mark (to be skipped).</summary>
    public static char Fold(char c)
    {
        if (c >= 0x0300 && c <= 0x036F)
        {
            return '\0';
        }

        char lower = CaseMapping.ToLower(c);
        return s_baseOf.TryGetValue(lower, out char folded) ? folded : lower;
    }

    /// <summary>Folds a whole string (see <see cref="Fold(char)"/>).</summary>
    public static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            char folded = Fold(c);
            if (folded != '\0')
            {
                builder.Append(folded);
            }
        }

        return builder.ToString();
    }

    private static Dictionary<char, char> BuildTable()
    {
        var table = new Dictionary<char, char>();
        foreach ((char baseLetter, string letters) in s_groups)
        {
            foreach (char letter in letters)
            {
                table[letter] = baseLetter;
            }
        }

        return table;
    }
}
