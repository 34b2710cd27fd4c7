using DanVan.Reporting.Validation;

namespace DanVan.Reporting;

/// <summary>One broken rule of a report: where, which rule, and a message for people.</summary>
/// <param name="Path">The member: its C# property name, dotted for nested members and with <c>[i]</c> for list items
/// ("MoHinh[2].TenMoHinh").</param>
/// <param name="Code">The rule's stable code (see <see cref="ValidationCodes"/>), for programs.</param>
/// <param name="Message">The message, naming the field, the value and the rule, in the language of
/// <see cref="MessageSettings.Language"/> when the report was validated.</param>
/// <remarks>
/// Immutable and thread-safe. Errors found by generated <c>Validate()</c> write their message on first read (in the
/// language chosen when the report was validated), so code that only counts errors or reads their codes pays for no
/// text. Two errors are equal when their path, code and message are.
/// </remarks>
public sealed record ValidationError(string Path, string Code, string Message)
{
    // The message given, or written from _pending on first read. Two threads reading at once write the same text:
    // either result may stay.
    private string? _message = Message;
    private readonly PendingMessage _pending;

    internal ValidationError(string path, string code, PendingMessage pending)
        : this(path, code, null!) => _pending = pending;

    /// <summary>The message, naming the field, the value and the rule.</summary>
    public string Message
    {
        get => _message ??= _pending.Write()!;
        init => _message = value;
    }

    /// <inheritdoc/>
    public bool Equals(ValidationError? other) =>
        other is not null && Path == other.Path && Code == other.Code && Message == other.Message;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Path, Code, Message);

    /// <summary>The error as "Path: Message".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Path + ": " + Message;
}
