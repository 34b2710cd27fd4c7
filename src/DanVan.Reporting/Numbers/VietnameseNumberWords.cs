using System.Text;

namespace DanVan.Reporting;

/// <summary>
/// The engine behind <see cref="VietnameseNumbers.ToWords(long, NumberWordsOptions)"/>: reads a number group by group
/// (units, nghìn, triệu) and recursively by tỷ, so 10¹² is "một nghìn tỷ" and 10¹⁵ "một triệu tỷ", as Humanizer does.
/// </summary>
internal static class VietnameseNumberWords
{
    private const ulong Billion = 1_000_000_000UL;

    private static readonly string[] s_digits = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"];

    /// <summary>Writes <paramref name="value"/> in words; options are assumed valid.</summary>
    public static string Write(long value, NumberWordsOptions options)
    {
        if (value == 0)
        {
            return s_digits[0];
        }

        var builder = new StringBuilder(96);
        ulong magnitude;
        if (value < 0)
        {
            // "âm" is the word for a negative number; "trừ" means subtraction. -(value + 1) avoids overflow at long.MinValue.
            builder.Append("âm");
            magnitude = (ulong)(-(value + 1)) + 1UL;
        }
        else
        {
            magnitude = (ulong)value;
        }

        AppendNumber(builder, magnitude, options, hasHigher: false);
        return builder.ToString();
    }

    /// <summary>Appends a positive number. <paramref name="hasHigher"/>: a non-zero part was already read before it.</summary>
    private static void AppendNumber(StringBuilder builder, ulong number, NumberWordsOptions options, bool hasHigher)
    {
        ulong high = number / Billion;
        ulong low = number % Billion;
        if (high > 0)
        {
            AppendNumber(builder, high, options, hasHigher);
            AppendWord(builder, options.UseTi ? "tỉ" : "tỷ");
            hasHigher = true;
        }

        hasHigher = AppendGroup(builder, (int)(low / 1_000_000UL), "triệu", options, hasHigher);
        hasHigher = AppendGroup(builder, (int)(low / 1_000UL % 1_000UL), options.UseNgan ? "ngàn" : "nghìn", options, hasHigher);
        AppendGroup(builder, (int)(low % 1_000UL), scaleWord: null, options, hasHigher);
    }

    /// <summary>
    /// Appends one group of three digits and its scale word (null for the last group, the units), unless the group is
    /// zero; returns the new "has higher".
    /// </summary>
    private static bool AppendGroup(StringBuilder builder, int group, string? scaleWord, NumberWordsOptions options, bool hasHigher)
    {
        if (group == 0)
        {
            return hasHigher;
        }

        int hundreds = group / 100;
        int tens = group / 10 % 10;
        int units = group % 10;

        bool saidHundreds = true;
        if (hundreds > 0)
        {
            AppendWord(builder, s_digits[hundreds]);
            AppendWord(builder, "trăm");
        }
        else if (hasHigher && options.SayKhongTram)
        {
            AppendWord(builder, "không");
            AppendWord(builder, "trăm");
        }
        else
        {
            saidHundreds = false;
        }

        switch (tens)
        {
            case 0:
                if (units > 0)
                {
                    // "lẻ" links a units digit to a spoken hundreds ("một trăm lẻ năm", "một nghìn không trăm lẻ năm"), or
                    // the last group to the groups before it ("một nghìn lẻ năm"). Without "không trăm", a scaled group
                    // is read bare: 1.009.000 is "một triệu chín nghìn", as in Humanizer.
                    if (saidHundreds || (hasHigher && scaleWord is null))
                    {
                        AppendWord(builder, options.ZeroTensWord == ZeroTensWord.Linh ? "linh" : "lẻ");
                    }

                    // After lẻ/linh the units keep their plain names: 105 "một trăm lẻ năm", 101 "một trăm lẻ một".
                    AppendWord(builder, s_digits[units]);
                }

                break;
            case 1:
                AppendWord(builder, "mười");
                AppendUnitsAfterTens(builder, units, afterMuoi: false, options);
                break;
            default:
                AppendWord(builder, s_digits[tens]);
                AppendWord(builder, "mươi");
                AppendUnitsAfterTens(builder, units, afterMuoi: true, options);
                break;
        }

        if (scaleWord is not null)
        {
            AppendWord(builder, scaleWord);
        }

        return true;
    }

    /// <summary>Units after "mười" (10–19) or "mươi" (20–99): "lăm" for 5 after both; "mốt" and optionally "tư" only after "mươi".</summary>
    private static void AppendUnitsAfterTens(StringBuilder builder, int units, bool afterMuoi, NumberWordsOptions options)
    {
        string? word = units switch
        {
            0 => null,
            1 when afterMuoi => "mốt",
            4 when afterMuoi && options.UseTuAfterMuoi => "tư",
            5 => "lăm",
            _ => s_digits[units],
        };

        if (word is not null)
        {
            AppendWord(builder, word);
        }
    }

    private static void AppendWord(StringBuilder builder, string word)
    {
        if (builder.Length > 0)
        {
            builder.Append(' ');
        }

        builder.Append(word);
    }
}
