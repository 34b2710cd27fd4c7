namespace DanVan.Reporting.Testing;

/// <summary>
/// A <see cref="SnapshotChecks"/> check failed: the repository lacks a line of the CI recipe, or holds verified files
/// whose test no longer exists. The message names the file, what is missing or left over, and the fix.
/// </summary>
public sealed class SnapshotSetupException : Exception
{
    /// <summary>Creates the exception with a default message.</summary>
    public SnapshotSetupException()
        : base("The repository is not set up for snapshot tests.")
    {
    }

    /// <summary>Creates the exception with <paramref name="message"/>.</summary>
    /// <param name="message">What failed and how to fix it.</param>
    public SnapshotSetupException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with <paramref name="message"/> and its cause.</summary>
    /// <param name="message">What failed.</param>
    /// <param name="innerException">The cause.</param>
    public SnapshotSetupException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
