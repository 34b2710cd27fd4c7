namespace DanVan.Reporting.Testing;

/// <summary>The result of one snapshot check: passed, or failed with the message to show.</summary>
/// <param name="Passed">Whether the check passed (matched, or accepted).</param>
/// <param name="Message">Why it failed, which files to look at, and how to accept; or what was accepted.</param>
/// <param name="ReceivedPath">The received file's path (written only on failure).</param>
/// <param name="VerifiedPath">The verified file's path.</param>
/// <param name="VerifiedExists">Whether a verified file existed when the check ran.</param>
internal readonly record struct SnapshotOutcome(bool Passed, string Message, string ReceivedPath, string VerifiedPath, bool VerifiedExists);
