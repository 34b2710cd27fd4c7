namespace DanVan.Reporting;

/// <summary>
/// Process-wide choice of the language in which the SDK words exceptions and validation messages.
/// </summary>
/// <remarks>
/// Messages never depend on <see cref="System.Globalization.CultureInfo.CurrentUICulture"/>: a server's culture says
/// little about who reads the message, and culture data may be absent (invariant globalization). Set
/// <see cref="Language"/> once at start-up; reads and writes are atomic, so it is safe to read from any thread.
/// </remarks>
public static class MessageSettings
{
    /// <summary>The language of new messages. Vietnamese unless set.</summary>
    public static MessageLanguage Language { get; set; } = MessageLanguage.Vietnamese;
}
