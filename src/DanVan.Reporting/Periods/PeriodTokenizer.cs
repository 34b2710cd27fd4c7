using System.Text;
using DanVan.Reporting.Internal;

namespace DanVan.Reporting;

/// <summary>
/// Splits period text into <see cref="PeriodToken"/>s after folding it (any case, NFC or NFD, with or without
/// diacritics): "Quý II/2024" → quy, ii, /, 2024. Dashes (-, –, —) become '-'.
/// </summary>
internal static class PeriodTokenizer
{
    private const int MaxNumberDigits = 6;

    public static List<PeriodToken> Tokenize(string text)
    {
        var tokens = new List<PeriodToken>();
        var word = new StringBuilder();
        var digits = new StringBuilder();

        foreach (char original in text)
        {
            char c = VietnameseFolding.Fold(original);
            if (c == '\0')
            {
                continue; // a combining mark of NFD input
            }

            if (c is >= 'a' and <= 'z')
            {
                Flush(tokens, digits, PeriodTokenType.Number);
                word.Append(c);
                continue;
            }

            if (c is >= '0' and <= '9')
            {
                Flush(tokens, word, PeriodTokenType.Word);
                digits.Append(c);
                continue;
            }

            Flush(tokens, word, PeriodTokenType.Word);
            Flush(tokens, digits, PeriodTokenType.Number);
            char? symbol = c switch
            {
                '/' or '.' or ',' => c,
                '-' or '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2212' => '-',
                _ when char.IsWhiteSpace(c) => null,
                _ => '?',
            };
            if (symbol is char s)
            {
                tokens.Add(new PeriodToken(PeriodTokenType.Symbol, s.ToString(), 0));
            }
        }

        Flush(tokens, word, PeriodTokenType.Word);
        Flush(tokens, digits, PeriodTokenType.Number);
        return tokens;
    }

    private static void Flush(List<PeriodToken> tokens, StringBuilder pending, PeriodTokenType type)
    {
        if (pending.Length == 0)
        {
            return;
        }

        string text = pending.ToString();
        int value = type == PeriodTokenType.Number ? NumberValue(text) : 0;
        tokens.Add(new PeriodToken(type, text, value));
        pending.Clear();
    }

    private static int NumberValue(string digits)
    {
        string significant = digits.TrimStart('0');
        if (significant.Length > MaxNumberDigits)
        {
            return -1;
        }

        int value = 0;
        foreach (char d in significant)
        {
            value = (value * 10) + (d - '0');
        }

        return value;
    }
}
