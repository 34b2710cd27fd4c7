namespace DanVan.Reporting.Tests.Snapshots;

/// <summary>The result of one snapshot check: passed, or failed with the message to show.</summary>
/// <param name="Passed">Whether the check passed (matched, or accepted).</param>
/// <param name="Message">Why it failed, which files to look at, and how to accept; or what was accepted.</param>
internal readonly record struct SnapshotOutcome(bool Passed, string Message);
