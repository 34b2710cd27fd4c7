using System.Globalization;

namespace DanVan.Reporting.Internal;

/// <summary>Picks the Vietnamese or English wording of a message, per <see cref="MessageSettings.Language"/>.</summary>
internal static class Messages
{
    public static string Pick(string vietnamese, string english) =>
        MessageSettings.Current == MessageLanguage.English ? english : vietnamese;

    /// <summary>Formats message arguments without culture data (numbers in invariant digits).</summary>
    public static string Format(string format, params object?[] args) =>
        string.Format(CultureInfo.InvariantCulture, format, args);

    /// <summary>
    /// The message in the current language, formatted from its Vietnamese or English format with the same arguments:
    /// only the chosen one is formatted (validation of an invalid report formats each message once, not twice).
    /// </summary>
    public static string FormatPicked(string vietnameseFormat, string englishFormat, params object?[] args) =>
        string.Format(CultureInfo.InvariantCulture, Pick(vietnameseFormat, englishFormat), args);

    /// <summary>
    /// Quotes user input in a message, cut to at most <paramref name="maxLength"/> UTF-16 characters: a 1 MB input gives
    /// a short message. The cut falls between text elements (grapheme clusters), so it never splits a surrogate pair
    /// or a letter from its combining marks.
    /// </summary>
    public static string Quote(string? input, int maxLength = 100) => input is null ? "null" : "\"" + Cut(input, maxLength) + "\"";

    /// <summary>The input cut to at most <paramref name="maxLength"/> characters at a text element boundary, with "…" when cut.</summary>
    public static string Cut(string input, int maxLength = 100)
    {
        if (input.Length <= maxLength)
        {
            return input;
        }

        // StringInfo's text elements follow the Unicode grapheme rules (UAX #29); they use no culture data.
        int end = 0;
        ReadOnlySpan<char> rest = input;
        while (rest.Length > 0)
        {
            int next = StringInfo.GetNextTextElementLength(rest);
            if (end + next > maxLength)
            {
                break;
            }

            end += next;
            rest = rest[next..];
        }

        return string.Concat(input.AsSpan(0, end), "…");
    }
}
