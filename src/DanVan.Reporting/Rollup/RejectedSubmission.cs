namespace DanVan.Reporting;

/// <summary>A submission that was not added to the roll-up, with the unit it named and why.</summary>
/// <param name="Source">Where it came from (a file name).</param>
/// <param name="Unit">The unit it was for, as given; null when unknown.</param>
/// <param name="Code">A stable code: <c>unit-unknown</c>, <c>period</c>, <c>kind</c>, <c>invalid</c>, <c>unreadable</c>, <c>source-twice</c>.</param>
/// <param name="Reason">Why, in the language of <see cref="MessageSettings"/>.</param>
public sealed record RejectedSubmission(string Source, string? Unit, string Code, string Reason)
{
    /// <summary>"source: reason".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Source + ": " + Reason;
}
