using System.Globalization;

namespace DanVan.Reporting.Pdf.Internal;

/// <summary>Picks the Vietnamese or English wording of a message, per <see cref="MessageSettings.Current"/>.</summary>
internal static class PdfMessages
{
    public static string Pick(string vietnamese, string english) =>
        MessageSettings.Current == MessageLanguage.English ? english : vietnamese;

    public static string Format(string vietnameseFormat, string englishFormat, params object?[] args) =>
        string.Format(CultureInfo.InvariantCulture, Pick(vietnameseFormat, englishFormat), args);

    /// <summary>A value quoted for a message, cut to <paramref name="maxLength"/> characters.</summary>
    public static string Quote(string value, int maxLength = 60) =>
        "\"" + (value.Length <= maxLength ? value : value[..maxLength] + "…") + "\"";
}
