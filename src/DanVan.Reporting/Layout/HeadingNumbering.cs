using System.Globalization;
using DanVan.Reporting.Internal;

namespace DanVan.Reporting;

/// <summary>
/// Numbers for the headings in the body of an official document: "Phần I", "I." / "I-", "1." / "1-", "a)".
/// </summary>
/// <remarks>
/// <para>
/// Nghị định 30/2020/NĐ-CP (Phụ lục I) orders the levels of a state document as Phần/Chương (Roman numerals),
/// mục ("I. …"), khoản ("1. …") and điểm ("a) …"). Party documents of the 66-QĐ/TW and 36-HD/VPTW style write a hyphen
/// instead of the dot ("I- QUY ĐỊNH CHUNG", "1- …"); 399-QĐ/TW (2026) returned to the dot. The separator is therefore
/// a parameter (<see cref="HeadingSeparator"/>).
/// </para>
/// <para>
/// Points (điểm) follow the Vietnamese alphabet ("theo thứ tự bảng chữ cái tiếng Việt"): a, b, c, d, đ, e, g, h, i, k,
/// l, m, n, o, p, q, r, s, t, u, v, x, y. The rule is stated by Nghị định 30/2020/NĐ-CP; leaving out the letters with
/// diacritics other than đ (ă, â, ê, ô, ơ, ư) and keeping f, j, w, z out is the observed practice, UNVERIFIED as a rule.
/// </para>
/// <para>Culture-independent and thread-safe.</para>
/// </remarks>
public static class HeadingNumbering
{
    /// <summary>The 23 letters used to number points, in order.</summary>
    private static readonly string[] s_pointLetters =
        ["a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m", "n", "o", "p", "q", "r", "s", "t", "u", "v", "x", "y"];

    /// <summary>The heading of a part (phần): 1 → "Phần I".</summary>
    /// <param name="n">The part number, 1 to 3999.</param>
    /// <returns>"Phần " followed by the Roman numeral.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="n"/> is outside 1–3999.</exception>
    public static string Part(int n) => "Phần " + RomanOf(n);

    /// <summary>A section (mục) number in Roman numerals: 1 → "I." (<see cref="HeadingSeparator.Dot"/>) or "I-" (<see cref="HeadingSeparator.Hyphen"/>).</summary>
    /// <param name="n">The section number, 1 to 3999.</param>
    /// <param name="separator">The mark after the numeral.</param>
    /// <returns>The numeral and the mark, with no space; the caller adds the space and the title.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="n"/> is outside 1–3999, or <paramref name="separator"/> is not a defined value.</exception>
    public static string Roman(int n, HeadingSeparator separator)
    {
        string mark = Mark(separator);
        return RomanOf(n) + mark;
    }

    /// <summary>A clause (khoản) number in digits: 1 → "1." (<see cref="HeadingSeparator.Dot"/>) or "1-" (<see cref="HeadingSeparator.Hyphen"/>).</summary>
    /// <param name="n">The clause number, 1 or more.</param>
    /// <param name="separator">The mark after the number.</param>
    /// <returns>The number and the mark, with no space.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="n"/> is less than 1, or <paramref name="separator"/> is not a defined value.</exception>
    public static string Arabic(int n, HeadingSeparator separator)
    {
        Preconditions.CheckRange(n, 1, int.MaxValue, nameof(n), "số thứ tự của khoản", "clause number");
        string mark = Mark(separator);
        return n.ToString(CultureInfo.InvariantCulture) + mark;
    }

    /// <summary>A point (điểm) letter: 1 → "a)", 5 → "đ)", 6 → "e)", 7 → "g)", 23 → "y)".</summary>
    /// <param name="n">The point number, 1 to 23 (the Vietnamese point alphabet has 23 letters).</param>
    /// <returns>The letter followed by ")".</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="n"/> is outside 1–23.</exception>
    public static string Point(int n)
    {
        Preconditions.CheckRange(n, 1, s_pointLetters.Length, nameof(n), "số thứ tự của điểm (a, b, c…)", "point number (a, b, c…)");
        return s_pointLetters[n - 1] + ")";
    }

    private static string RomanOf(int n)
    {
        // Checked here so that the message names this method's argument.
        Preconditions.CheckRange(n, 1, 3999, nameof(n), "số thứ tự viết bằng chữ số La Mã", "number written in Roman numerals");
        return RomanNumerals.ToRoman(n);
    }

    private static string Mark(HeadingSeparator separator)
    {
        Preconditions.CheckRange((long)separator, (long)HeadingSeparator.Dot, (long)HeadingSeparator.Hyphen, nameof(separator), "dấu sau số đề mục", "heading separator");
        return separator == HeadingSeparator.Dot ? "." : "-";
    }
}
