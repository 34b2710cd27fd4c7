using System.Globalization;
using DanVan.Reporting;

namespace DanVan.Cli;

/// <summary>The tool's own messages, in the language chosen by <c>--lang</c> (Vietnamese unless told otherwise).</summary>
internal static class Text
{
    /// <summary>The Vietnamese or the English wording, per <see cref="MessageSettings.Current"/>.</summary>
    public static string Pick(string vietnamese, string english) =>
        MessageSettings.Current == MessageLanguage.English ? english : vietnamese;

    /// <summary>Formats the picked wording with invariant numbers (never the current culture).</summary>
    public static string Format(string vietnamese, string english, params object?[] args) =>
        string.Format(CultureInfo.InvariantCulture, Pick(vietnamese, english), args);

    /// <summary>
    /// An argument exception's own message without what .NET appends to it ("(Parameter 'days')", "Actual value
    /// was …"): the SDK's messages already name the value and the valid range.
    /// </summary>
    public static string MessageOf(ArgumentException error)
    {
        string message = error.Message;
        int appended = error.ParamName is null ? -1 : message.IndexOf(" (Parameter '" + error.ParamName + "')", StringComparison.Ordinal);
        return appended > 0 ? message[..appended] : message;
    }

    /// <summary>The one line that stands for a bug (no stack trace at a user): the exception's type and message.</summary>
    public static string Unexpected(Exception error) => Format(
        "lỗi không lường trước ({0}): {1}. Hãy báo lỗi này cho nhóm phát triển DanVan SDK.",
        "unexpected error ({0}): {1}. Please report it to the DanVan SDK team.",
        error.GetType().Name, error.Message);

    /// <summary>A value quoted for a message, so blanks and odd characters stay visible.</summary>
    public static string Quote(string value) => "\"" + value + "\"";
}
