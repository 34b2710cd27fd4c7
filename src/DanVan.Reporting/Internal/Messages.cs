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

    /// <summary>Quotes user input in a message, cut to <paramref name="maxLength"/> characters.</summary>
    public static string Quote(string? input, int maxLength = 100)
    {
        if (input is null)
        {
            return "null";
        }

        string shown = input.Length <= maxLength ? input : string.Concat(input.AsSpan(0, maxLength), "…");
        return "\"" + shown + "\"";
    }
}
