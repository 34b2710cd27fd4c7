namespace DanVan.Reporting;

/// <summary>
/// The language in which the SDK words exceptions and validation messages: a process-wide default, and a scoped
/// choice for one request or one piece of work.
/// </summary>
/// <remarks>
/// Messages never depend on <see cref="System.Globalization.CultureInfo.CurrentUICulture"/>: a server's culture says
/// little about who reads the message, and culture data may be absent (invariant globalization). Set
/// <see cref="Language"/> once at start-up, or wrap work in <see cref="Use"/> to choose the language for the current
/// async flow only (a web request in English while the rest of the app speaks Vietnamese). Thread-safe.
/// </remarks>
public static class MessageSettings
{
    private static readonly AsyncLocal<MessageLanguage?> s_scoped = new();
    private static volatile int s_default = (int)MessageLanguage.Vietnamese;

    /// <summary>The process-wide default language of new messages. Vietnamese unless set.</summary>
    public static MessageLanguage Language
    {
        get => (MessageLanguage)s_default;
        set => s_default = (int)value;
    }

    /// <summary>The language messages are written in here and now: the scoped choice if any, else <see cref="Language"/>.</summary>
    public static MessageLanguage Current => s_scoped.Value ?? Language;

    /// <summary>Writes messages in <paramref name="language"/> for the current async flow until the result is disposed.</summary>
    /// <param name="language">The language.</param>
    /// <returns>A scope; dispose it to restore the previous choice.</returns>
    /// <example><code>using (MessageSettings.Use(MessageLanguage.English)) { var result = report.Validate(); }</code></example>
    public static IDisposable Use(MessageLanguage language)
    {
        var scope = new Scope(s_scoped.Value);
        s_scoped.Value = language;
        return scope;
    }

    private sealed class Scope(MessageLanguage? previous) : IDisposable
    {
        public void Dispose() => s_scoped.Value = previous;
    }
}
