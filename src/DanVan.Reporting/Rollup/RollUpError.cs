namespace DanVan.Reporting;

/// <summary>A member that could not be rolled up: its path ("SoLieu[2].KetQua"), a stable code and a message.</summary>
/// <param name="Path">The member's path in the rolled-up report.</param>
/// <param name="Code">A stable code: <c>rollup-overflow</c>, <c>rollup-disagree</c>.</param>
/// <param name="Message">What went wrong, naming the member and the value, in the language of <see cref="MessageSettings"/>.</param>
public sealed record RollUpError(string Path, string Code, string Message)
{
    /// <summary>"path: message".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Path + ": " + Message;
}
