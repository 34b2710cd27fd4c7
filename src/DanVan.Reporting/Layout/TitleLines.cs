namespace DanVan.Reporting;

/// <summary>
/// Where a body's name that is too wide for its header column breaks into two lines: before the word that starts the
/// name of an administrative unit, so that a place name is never split ("ĐẢNG ỦY" / "PHƯỜNG THỚI SƠN"), and otherwise
/// where the two lines are most even, a word alone on a line only when no other break fits.
/// </summary>
internal static class TitleLines
{
    // The words that start the name of an administrative unit (Luật Tổ chức chính quyền địa phương: tỉnh, thành phố,
    // huyện, quận, thị xã, xã, phường, thị trấn, đặc khu), the two-word ones first so that "THỊ XÃ" is not read as "XÃ".
    private static readonly string[][] s_unitWords =
    [
        ["THÀNH", "PHỐ"], ["THỊ", "XÃ"], ["THỊ", "TRẤN"], ["ĐẶC", "KHU"], ["TỈNH"], ["HUYỆN"], ["QUẬN"], ["XÃ"], ["PHƯỜNG"],
    ];

    // Words that close a compound with the word before them ("ĐẢNG ỦY", "NHÂN DÂN", "DÂN VẬN", "THƯỜNG VỤ", "TỔ
    // QUỐC"): a title never breaks between the two.
    private static readonly (string Before, string Word)[] s_compounds =
    [
        ("", "ỦY"), ("", "UỶ"), ("NHÂN", "DÂN"), ("DÂN", "VẬN"), ("THƯỜNG", "VỤ"), ("THƯỜNG", "TRỰC"), ("TỔ", "QUỐC"),
    ];

    /// <summary>The name in one line when it fits <paramref name="roomPt"/>, otherwise in the two lines of the best break.</summary>
    /// <param name="text">The name as printed (already in its style's case).</param>
    /// <param name="style">Its style, for the widths.</param>
    /// <param name="roomPt">The width the column gives it, in points.</param>
    /// <returns>One or two lines.</returns>
    public static IReadOnlyList<string> Break(string text, TextStyle style, double roomPt)
    {
        string[] words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2 || TextMetrics.EstimateWidthPt(text, style) <= roomPt)
        {
            return [text];
        }

        string[] upper = Array.ConvertAll(words, Internal.CaseMapping.ToUpper);
        int best = 0;
        (bool Fits, bool BeforeUnit, bool Whole, bool NoLoneWord, double Widest) bestScore = default;
        for (int i = 1; i < words.Length; i++)
        {
            double widest = Math.Max(
                TextMetrics.EstimateWidthPt(string.Join(' ', words, 0, i), style),
                TextMetrics.EstimateWidthPt(string.Join(' ', words, i, words.Length - i), style));
            var score = (widest <= roomPt, StartsUnit(upper, i), !InCompound(upper, i), i > 1 && i < words.Length - 1, widest);
            if (best == 0 || Better(score, bestScore))
            {
                best = i;
                bestScore = score;
            }
        }

        return [string.Join(' ', words, 0, best), string.Join(' ', words, best, words.Length - best)];
    }

    // Fitting first, then a break before a unit's name, then not inside a compound, then no lone word, then the most
    // even lines.
    private static bool Better((bool Fits, bool BeforeUnit, bool Whole, bool NoLoneWord, double Widest) a, (bool Fits, bool BeforeUnit, bool Whole, bool NoLoneWord, double Widest) b) =>
        a.Fits != b.Fits ? a.Fits
        : a.BeforeUnit != b.BeforeUnit ? a.BeforeUnit
        : a.Whole != b.Whole ? a.Whole
        : a.NoLoneWord != b.NoLoneWord ? a.NoLoneWord
        : a.Widest < b.Widest;

    private static bool InCompound(string[] upper, int i)
    {
        foreach ((string before, string word) in s_compounds)
        {
            if (upper[i] == word && (before.Length == 0 || upper[i - 1] == before))
            {
                return true;
            }
        }

        return false;
    }

    private static bool StartsUnit(string[] upper, int i)
    {
        // "XÃ" after "THỊ" is the second word of "THỊ XÃ", not a unit of its own.
        if (i > 0 && upper[i - 1] == "THỊ" && upper[i] is "XÃ" or "TRẤN")
        {
            return false;
        }

        foreach (string[] unit in s_unitWords)
        {
            if (i + unit.Length <= upper.Length && unit.AsSpan().SequenceEqual(upper.AsSpan(i, unit.Length)))
            {
                return true;
            }
        }

        return false;
    }
}
