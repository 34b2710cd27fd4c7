using System.Globalization;

namespace DanVan.Reporting.Testing;

/// <summary>
/// The wording of the helper's messages in the language of <see cref="MessageSettings.Current"/> (Vietnamese unless
/// English is chosen), as every DanVan message; numbers are written invariantly.
/// </summary>
internal static class SnapshotMessages
{
    /// <summary>Whether messages are written in English now.</summary>
    public static bool English => MessageSettings.Current == MessageLanguage.English;

    /// <summary>The Vietnamese or the English text.</summary>
    public static string Pick(string vietnamese, string english) => English ? english : vietnamese;

    /// <summary>The Vietnamese or the English format, filled in invariantly.</summary>
    public static string Format(string vietnameseFormat, string englishFormat, params object?[] args) =>
        string.Format(CultureInfo.InvariantCulture, Pick(vietnameseFormat, englishFormat), args);

    /// <summary>A count, invariantly.</summary>
    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
