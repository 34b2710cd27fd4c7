using System.Globalization;
using System.Runtime.CompilerServices;
using DanVan.Reporting.Internal;

namespace DanVan.Reporting;

/// <summary>
/// Numbers, percentages and amounts of money written the Vietnamese way, and numbers in Vietnamese words.
/// </summary>
/// <remarks>
/// <para>
/// Vietnamese groups thousands with a dot and separates decimals with a comma: 1.250.000 and 3,14 (CLDR "vi"; the
/// banking/statistics rule "sau chữ số hàng nghìn, triệu, tỷ … phải đặt dấu chấm; … chữ số sau chữ số hàng đơn vị thì
/// phải đặt dấu phẩy"). Four-digit numbers are grouped too ("1.000"). A percent sign follows the number without a
/// space ("36,24%"). Official documents write money in "đồng" ("1.250.000 đồng"), not with the "₫" symbol that .NET's
/// vi-VN currency format gives.
/// </para>
/// <para>
/// Every method builds its text itself: the output is the same under any <see cref="CultureInfo.CurrentCulture"/> and
/// with invariant globalization, where the vi-VN culture data do not exist. All members are thread-safe.
/// </para>
/// </remarks>
[SkipLocalsInit] // the stack buffers are read only up to what VietnameseNumberWriter wrote
public static class VietnameseNumbers
{
    /// <summary>The most decimal places <see cref="Format"/>, <see cref="FormatPercent"/> and <see cref="FormatRatioAsPercent"/> write.</summary>
    private const int MaxDecimals = 10;

    /// <summary>The largest ratio whose percentage (× 100) still fits a <see cref="decimal"/>.</summary>
    private static readonly decimal s_maxRatio = decimal.MaxValue / 100m;

    /// <summary>
    /// Writes a number with "." between thousands and "," before the decimals: 1250000 → "1.250.000",
    /// 1250000.5 with 2 decimals → "1.250.000,50", 1000 → "1.000", -1250 → "-1.250".
    /// </summary>
    /// <param name="value">The number.</param>
    /// <param name="decimals">How many decimal places to write, 0 to 10; the value is rounded half away from zero
    /// (<see cref="MidpointRounding.AwayFromZero"/>: 2.5 → "3", -2.5 → "-3") and padded with zeros.</param>
    /// <returns>The number in Vietnamese notation, with a leading "-" when it is negative after rounding.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is outside 0–10.</exception>
    public static string Format(decimal value, int decimals = 0)
    {
        CheckDecimals(decimals);
        Span<char> text = stackalloc char[VietnameseNumberWriter.MaxLength];
        return new string(text[..VietnameseNumberWriter.WriteRounded(value, decimals, text)]);
    }

    /// <summary>
    /// Writes a number that is already a percentage, followed by "%" with no space: 36.24 → "36,24%".
    /// </summary>
    /// <param name="percent">The percentage (36.24 means 36,24%).</param>
    /// <param name="decimals">Decimal places, 0 to 10 (default 2), rounded half away from zero.</param>
    /// <returns>The percentage, for example "36,24%" or "-5,00%".</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is outside 0–10.</exception>
    public static string FormatPercent(decimal percent, int decimals = 2) => Format(percent, decimals) + "%";

    /// <summary>
    /// Writes a ratio as a percentage: 0.3624 → "36,24%" (the ratio is multiplied by 100).
    /// </summary>
    /// <param name="ratio">The ratio (1 means 100%).</param>
    /// <param name="decimals">Decimal places of the percentage, 0 to 10 (default 2), rounded half away from zero.</param>
    /// <returns>The percentage, for example "36,24%".</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is outside 0–10, or
    /// <paramref name="ratio"/> × 100 does not fit a <see cref="decimal"/>.</exception>
    public static string FormatRatioAsPercent(decimal ratio, int decimals = 2)
    {
        CheckDecimals(decimals);
        if (ratio > s_maxRatio || ratio < -s_maxRatio)
        {
            string range = "[" + FormatRounded(-s_maxRatio, 2) + "-" + FormatRounded(s_maxRatio, 2) + "]";
            // The actual value is passed as invariant text: .NET appends it to the message with the current culture.
            throw new ArgumentOutOfRangeException(nameof(ratio), Messages.Format("{0}", ratio), Messages.Pick(
                Messages.Format("Giá trị {0} của tham số '{1}' (tỷ lệ) nằm ngoài phạm vi hợp lệ {2}: nhân 100 sẽ vượt quá kiểu decimal.", ratio, nameof(ratio), range),
                Messages.Format("The value {0} of argument '{1}' (ratio) is outside the valid range {2}: times 100 it would overflow decimal.", ratio, nameof(ratio), range)));
        }

        return FormatPercent(ratio * 100m, decimals);
    }

    /// <summary>
    /// Writes an amount of money in đồng, as official documents do: 212000000 → "212.000.000 đồng".
    /// </summary>
    /// <param name="dong">The amount in đồng.</param>
    /// <returns>
    /// The amount followed by " đồng". A fractional amount is not rounded: its significant decimals are written
    /// (1250000.5 → "1.250.000,5 đồng"; 1250000.50 → "1.250.000,5 đồng"; 1250000.00 → "1.250.000 đồng").
    /// </returns>
    /// <remarks>Writing "đồng" rather than "₫" is the usual convention of official documents, UNVERIFIED as a rule (docs/domain/numbers-and-text.md §6).</remarks>
    public static string FormatMoney(decimal dong) => FormatExact(dong) + " đồng";

    /// <summary>
    /// Writes a number with exactly its significant decimals, never rounding: 1250000.50 → "1.250.000,5",
    /// 36.24 → "36,24", 3000.00 → "3.000". For values whose precision is not known in advance.
    /// </summary>
    /// <param name="value">The number.</param>
    /// <returns>The number in Vietnamese notation.</returns>
    public static string FormatExact(decimal value)
    {
        Span<char> text = stackalloc char[VietnameseNumberWriter.MaxLength];
        return new string(text[..VietnameseNumberWriter.WriteExact(value, text)]);
    }

    /// <summary>
    /// Writes a number in Vietnamese words with the SDK's default choices (<see cref="NumberWordsOptions.Default"/>):
    /// 21 → "hai mươi mốt", 105 → "một trăm lẻ năm", 1001 → "một nghìn không trăm lẻ một", 10⁹ → "một tỷ", -7 → "âm bảy".
    /// </summary>
    /// <param name="value">Any <see cref="long"/>, including <see cref="long.MinValue"/>.</param>
    /// <returns>The words, lower case, single-spaced.</returns>
    public static string ToWords(long value) => VietnameseNumberWords.Write(value, NumberWordsOptions.Default);

    /// <summary>
    /// Writes a number in Vietnamese words with the given regional choices ("linh"/"lẻ", "ngàn"/"nghìn", "tỉ"/"tỷ", "tư"/"bốn",
    /// with or without "không trăm").
    /// </summary>
    /// <param name="value">Any <see cref="long"/>, including <see cref="long.MinValue"/>.</param>
    /// <param name="options">The choices; see <see cref="NumberWordsOptions"/>.</param>
    /// <returns>The words, lower case, single-spaced.</returns>
    /// <remarks>
    /// <para>
    /// The number is read in groups of three digits (trăm, mươi, đơn vị) followed by "nghìn" or "triệu"; above 999.999.999
    /// it is split recursively at "tỷ", so 10¹² is "một nghìn tỷ", 10¹⁵ "một triệu tỷ" and 10¹⁸ "một tỷ tỷ".
    /// A negative number starts with "âm" ("âm bảy"); "trừ" means subtraction and is not used.
    /// </para>
    /// <para>
    /// Readings that never vary: "mốt" for 1 after "mươi" (21 "hai mươi mốt"; 11 "mười một"; 101 "một trăm lẻ một") and
    /// "lăm" for 5 after "mười"/"mươi" (15 "mười lăm", 25 "hai mươi lăm"; 105 "một trăm lẻ năm").
    /// </para>
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="NumberWordsOptions.ZeroTensWord"/> is not a defined value.</exception>
    public static string ToWords(long value, NumberWordsOptions options)
    {
        CheckOptions(options);
        return VietnameseNumberWords.Write(value, options);
    }

    /// <summary>Writes a number as an upper-case Roman numeral: 4 → "IV", 13 → "XIII" (as in "quý IV", "khóa XIII").</summary>
    /// <param name="value">A number from 1 to 3999.</param>
    /// <returns>The canonical Roman numeral; see <see cref="RomanNumerals.ToRoman"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is outside 1–3999.</exception>
    public static string ToRoman(int value) => RomanNumerals.ToRoman(value);

    /// <summary>
    /// Writes the "Bằng chữ" (amount in words) line that follows an amount of money:
    /// 1250000 → "Bằng chữ: Một triệu hai trăm năm mươi nghìn đồng."
    /// </summary>
    /// <param name="dong">The amount in đồng.</param>
    /// <returns>"Bằng chữ: ", the words with a capital first letter, then " đồng.".</returns>
    /// <remarks>
    /// The layout (capital first letter, ending "đồng.") is the convention of invoices and receipts; it is UNVERIFIED as a
    /// rule for reports (docs/domain/numbers-and-text.md §6). Some forms end with "đồng chẵn" for round amounts; the SDK does not.
    /// </remarks>
    public static string FormatAmountInWords(long dong) => FormatAmountInWords(dong, NumberWordsOptions.Default);

    /// <summary>
    /// Writes the "Bằng chữ" (amount in words) line with the given regional choices:
    /// 1005000 with "linh" → "Bằng chữ: Một triệu không trăm linh năm nghìn đồng."
    /// </summary>
    /// <param name="dong">The amount in đồng.</param>
    /// <param name="options">The choices; see <see cref="NumberWordsOptions"/>.</param>
    /// <returns>"Bằng chữ: ", the words with a capital first letter, then " đồng.".</returns>
    /// <remarks>The layout is a convention, UNVERIFIED as a rule for reports; see <see cref="FormatAmountInWords(long)"/>.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="NumberWordsOptions.ZeroTensWord"/> is not a defined value.</exception>
    public static string FormatAmountInWords(long dong, NumberWordsOptions options)
    {
        string words = ToWords(dong, options);

        // The first word is one of a fixed set ("âm", "không", "một" … "mười"), so invariant upper-casing is exact.
        return "Bằng chữ: " + Internal.CaseMapping.ToUpper(words[0]) + words.Substring(1) + " đồng.";
    }

    private static void CheckDecimals(int decimals) =>
        Preconditions.CheckRange(decimals, 0, MaxDecimals, nameof(decimals), "số chữ số thập phân", "number of decimal places");

    private static void CheckOptions(NumberWordsOptions options)
    {
        Preconditions.CheckNotNull(options, nameof(options));
        Preconditions.CheckRange((long)options.ZeroTensWord, (long)ZeroTensWord.Le, (long)ZeroTensWord.Linh, nameof(options), "cách đọc hàng chục bằng 0", "zero tens word");
    }

    /// <summary>Writes a value that needs no further rounding with exactly <paramref name="decimals"/> decimal places.</summary>
    private static string FormatRounded(decimal value, int decimals)
    {
        Span<char> text = stackalloc char[VietnameseNumberWriter.MaxLength];
        return new string(text[..VietnameseNumberWriter.Write(value, decimals, text)]);
    }
}
