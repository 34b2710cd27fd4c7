namespace DanVan.Reporting;

/// <summary>One broken rule of a report: where, which rule, and a message for people.</summary>
/// <param name="Path">The member: its C# property name, dotted for nested members and with <c>[i]</c> for list items
/// ("MoHinh[2].TenMoHinh").</param>
/// <param name="Code">The rule's stable code (see <see cref="ValidationCodes"/>), for programs.</param>
/// <param name="Message">The message, naming the field, the value and the rule, in the language of
/// <see cref="MessageSettings.Language"/> when the report was validated.</param>
public sealed record ValidationError(string Path, string Code, string Message)
{
    /// <summary>The error as "Path: Message".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Path + ": " + Message;
}
