using System.Globalization;
using CsCheck;

namespace DanVan.Reporting.Tests.Numbers;

public sealed class VietnameseNumbersPropertyTests
{
    /// <summary>Non-negative longs spread over every magnitude (1 digit to 19 digits), not just near long.MaxValue.</summary>
    internal static readonly Gen<long> SpreadLong =
        Gen.Int[0, 18].SelectMany(exponent => Gen.Long[0, exponent == 18 ? long.MaxValue : Pow10(exponent + 1) - 1]);

    private static readonly Gen<NumberWordsOptions> s_options =
        Gen.Select(Gen.Bool, Gen.Bool, Gen.Bool, Gen.Bool, Gen.Bool, (linh, ngan, ti, tu, khongTram) => new NumberWordsOptions
        {
            ZeroTensWord = linh ? ZeroTensWord.Linh : ZeroTensWord.Le,
            UseNgan = ngan,
            UseTi = ti,
            UseTuAfterMuoi = tu,
            SayKhongTram = khongTram,
        });

    [Fact]
    public void Format_AnyDecimal_ParsesBackToRoundedValue() =>
        Gen.Select(Gen.Decimal, Gen.Int[0, 10]).Sample((value, decimals) =>
        {
            string text = VietnameseNumbers.Format(value, decimals);
            decimal parsed = decimal.Parse(
                text.Replace(".", string.Empty, StringComparison.Ordinal).Replace(',', '.'),
                NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint,
                CultureInfo.InvariantCulture);
            Assert.Equal(decimal.Round(value, decimals, MidpointRounding.AwayFromZero), parsed);
            int comma = text.IndexOf(',', StringComparison.Ordinal);
            Assert.Equal(decimals, comma < 0 ? 0 : text.Length - comma - 1);
        }, iter: 2000);

    [Fact]
    public void FormatMoney_AnyDecimal_ParsesBackExactly() =>
        Gen.Decimal.Sample(value =>
        {
            string text = VietnameseNumbers.FormatMoney(value);
            Assert.EndsWith(" đồng", text, StringComparison.Ordinal);
            string number = text[..^" đồng".Length];
            decimal parsed = decimal.Parse(
                number.Replace(".", string.Empty, StringComparison.Ordinal).Replace(',', '.'),
                NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint,
                CultureInfo.InvariantCulture);
            Assert.Equal(value, parsed);
            Assert.False(number.EndsWith('0') && number.Contains(',', StringComparison.Ordinal), "trailing zero decimal: " + text);
        }, iter: 2000);

    [Fact]
    public void ToWords_AnyLongAndOptions_IsSingleSpacedLetters() =>
        Gen.Select(Gen.OneOf(SpreadLong, Gen.Long, SpreadLong.Select(n => -n)), s_options).Sample((value, options) =>
        {
            string words = VietnameseNumbers.ToWords(value, options);
            Assert.DoesNotContain("  ", words, StringComparison.Ordinal);
            Assert.True(char.IsLetter(words[0]), words);
            Assert.True(char.IsLetter(words[^1]), words);
            Assert.Equal(value < 0, words.StartsWith("âm ", StringComparison.Ordinal));
            Assert.Equal(words.Normalize(System.Text.NormalizationForm.FormC), words);
        }, iter: 2000);

    [Fact]
    public void ToWords_ThousandTimesN_ShiftsScaleWordsOfN()
    {
        // With the default options "không trăm" makes the reading of a group independent of the groups before it, so
        // n × 1000 reads as n with "nghìn" shifted to "triệu", then "nghìn" for the last group (n < 10⁶, n mod 1000 ≠ 0).
        Gen.Long[1, 999_999].Sample(n =>
        {
            if (n % 1000 != 0)
            {
                Assert.Equal(VietnameseNumbers.ToWords(n * 1000), SuffixThousands(VietnameseNumbers.ToWords(n)));
            }
        }, iter: 2000);
    }

    [Fact]
    public void TryFromRoman_RandomLetters_AcceptsExactlyCanonicalNumerals() =>
        Gen.Char["IVXLCDMivxlcdm"].Array[1, 9].Select(letters => new string(letters)).Sample(text =>
        {
            if (RomanNumerals.TryFromRoman(text, out int value))
            {
                Assert.Equal(text.ToUpperInvariant(), RomanNumerals.ToRoman(value));
            }
            else
            {
                Assert.Throws<FormatException>(() => RomanNumerals.FromRoman(text));
            }
        }, iter: 5000);

    private static string SuffixThousands(string words) =>
        words.Replace(" nghìn", " triệu", StringComparison.Ordinal) + " nghìn";

    private static long Pow10(int exponent)
    {
        long result = 1;
        for (int i = 0; i < exponent; i++)
        {
            result *= 10;
        }

        return result;
    }
}
