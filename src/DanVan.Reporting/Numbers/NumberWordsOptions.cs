namespace DanVan.Reporting;

/// <summary>
/// Regional and stylistic choices for writing numbers in Vietnamese words (<see cref="VietnameseNumbers.ToWords(long, NumberWordsOptions)"/>).
/// </summary>
/// <remarks>
/// <para>
/// Vietnamese number words vary by region: "lẻ" or "linh" for a zero tens digit, "nghìn" or "ngàn" for a thousand,
/// "tỷ" or "tỉ" for a billion, "bốn" or "tư" for 4 after "mươi". None of these is fixed by the rules on official
/// documents (Nghị định 30/2020/NĐ-CP, Hướng dẫn 36-HD/VPTW); the defaults of <see cref="Default"/> — "lẻ", "nghìn", "tỷ",
/// "bốn", and "không trăm" inside a number — are the Northern/official-looking forms chosen by the SDK, and are
/// UNVERIFIED as a rule (docs/domain/numbers-and-text.md §6).
/// </para>
/// <para>
/// Some readings never vary and have no option: "mốt" for 1 after "mươi" (21 "hai mươi mốt", but 11 "mười một"),
/// "lăm" for 5 after "mười"/"mươi" (15 "mười lăm", 25 "hai mươi lăm", but 105 "một trăm lẻ năm"), "mười" for 10.
/// </para>
/// <para>Instances are immutable and safe to share between threads.</para>
/// </remarks>
public sealed class NumberWordsOptions
{
    /// <summary>
    /// The SDK's default choices: "lẻ", "nghìn", "tỷ", "bốn" after "mươi", and "không trăm" inside a number
    /// (1001 → "một nghìn không trăm lẻ một").
    /// </summary>
    public static NumberWordsOptions Default { get; } = new();

    /// <summary>
    /// The word for a zero tens digit before a non-zero units digit: "lẻ" (105 "một trăm lẻ năm", the default) or
    /// "linh" ("một trăm linh năm"). Regional usage; the default is UNVERIFIED as an official rule.
    /// </summary>
    public ZeroTensWord ZeroTensWord { get; init; } = ZeroTensWord.Le;

    /// <summary>
    /// Whether a thousand is "ngàn" (Southern usage) instead of "nghìn" (Northern usage and the default):
    /// 10000 → "mười ngàn". The default is UNVERIFIED as an official rule.
    /// </summary>
    public bool UseNgan { get; init; }

    /// <summary>
    /// Whether a billion (10⁹) is spelled "tỉ" instead of "tỷ": 10⁹ → "một tỉ". Both spellings are correct; finance
    /// and statistics texts more often write "tỷ" (the default), dictionaries and Humanizer write "tỉ". UNVERIFIED as a rule.
    /// </summary>
    public bool UseTi { get; init; }

    /// <summary>
    /// Whether 4 after "mươi" is read "tư" instead of "bốn": 24 → "hai mươi tư". "tư" is common speech, "bốn" (the default)
    /// is the plain form; 14 is always "mười bốn". The default is UNVERIFIED as an official rule.
    /// </summary>
    public bool UseTuAfterMuoi { get; init; }

    /// <summary>
    /// Whether a group of three digits that follows a higher group and has a zero hundreds digit is read with
    /// "không trăm": 1001 → "một nghìn không trăm lẻ một", 1_000_010 → "một triệu không trăm mười" (true, the default),
    /// or without it: "một nghìn lẻ một", "một triệu mười", "một triệu chín nghìn" (false, Humanizer's reading). The long
    /// form is the common practice for amounts in words ("số tiền bằng chữ") in accounting; no primary rule text was
    /// found, so the default is UNVERIFIED.
    /// </summary>
    public bool SayKhongTram { get; init; } = true;
}
