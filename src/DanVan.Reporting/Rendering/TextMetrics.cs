namespace DanVan.Reporting;

/// <summary>
/// An estimate of how wide a line of a serif face (Times New Roman and its metric-compatible peers) prints, for the
/// layout decisions every format shares: how wide the header and signature columns must be so that a line does not
/// wrap, and how long a line drawn under a text is. No font file is read, so the estimate is the same everywhere.
/// </summary>
public static class TextMetrics
{
    /// <summary>
    /// The printed width of <paramref name="text"/> in points: capitals about 0.72 em, lower-case letters and digits about
    /// 0.46 em, a space 0.25 em, "-", ".", "," and ":" about 0.3 em; bold about 4% wider. Upper-cased first when the style
    /// says so.
    /// </summary>
    /// <param name="text">One line of text.</param>
    /// <param name="style">Its size and style.</param>
    /// <returns>The estimated width, in points.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static double EstimateWidthPt(string text, TextStyle style)
    {
        ArgumentNullException.ThrowIfNull(text);
        double em = 0;
        foreach (char c in text)
        {
            em += c == ' ' ? 0.25
                : char.IsUpper(c) || (style.Uppercase && char.IsLetter(c)) ? 0.72
                : c is '-' or '.' or ',' or ':' or ';' ? 0.3
                : char.IsLowSurrogate(c) || System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark ? 0
                : 0.46;
        }

        return em * style.Size * (style.Bold ? 1.04 : 1.0);
    }
}
