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
    /// or a letter from its combining marks; control characters are escaped (<see cref="Escape"/>) so a value holding a
    /// newline cannot break the message's line.
    /// </summary>
    public static string Quote(string? input, int maxLength = 100) => input is null ? "null" : "\"" + Escape(Cut(input, maxLength)) + "\"";

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

    /// <summary>
    /// Writes control characters (C0, DEL, C1) and the line and paragraph separators as C#-style escapes: a newline as
    /// \n, a tab as \t, a carriage return as \r, the others as \uXXXX. Other text, Vietnamese included, is unchanged.
    /// </summary>
    public static string Escape(ReadOnlySpan<char> text)
    {
        int first = 0;
        while (first < text.Length && !NeedsEscape(text[first]))
        {
            first++;
        }

        if (first == text.Length)
        {
            return text.ToString();
        }

        var builder = new System.Text.StringBuilder(text.Length + 8);
        builder.Append(text[..first]);
        foreach (char c in text[first..])
        {
            switch (c)
            {
                case '\n':
                    builder.Append("\\n");
                    break;
                case '\r':
                    builder.Append("\\r");
                    break;
                case '\t':
                    builder.Append("\\t");
                    break;
                default:
                    if (NeedsEscape(c))
                    {
                        builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.ToString();
    }

    private static bool NeedsEscape(char c) => char.IsControl(c) || c is '\u2028' or '\u2029';
}
