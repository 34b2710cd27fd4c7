namespace DanVan.Reporting.Testing;

/// <summary>
/// A snapshot check failed: the verified file is missing or differs from the received text. The message says which
/// files to look at, shows the first differing lines and how to accept; any test framework reports it as a failure.
/// </summary>
public sealed class SnapshotMismatchException : Exception
{
    /// <summary>Creates the exception with a default message.</summary>
    public SnapshotMismatchException()
        : base("The snapshot does not match its verified file.")
    {
    }

    /// <summary>Creates the exception with <paramref name="message"/>.</summary>
    /// <param name="message">What failed.</param>
    public SnapshotMismatchException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with <paramref name="message"/> and its cause.</summary>
    /// <param name="message">What failed.</param>
    /// <param name="innerException">The cause.</param>
    public SnapshotMismatchException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for one failed check.</summary>
    /// <param name="message">The readable failure message (paths, diff, how to accept).</param>
    /// <param name="receivedPath">The received file just written.</param>
    /// <param name="verifiedPath">The verified file it was compared with (it may not exist).</param>
    public SnapshotMismatchException(string message, string receivedPath, string verifiedPath)
        : base(message)
    {
        ReceivedPath = receivedPath;
        VerifiedPath = verifiedPath;
    }

    /// <summary>The <c>.received.</c> file written for this failure, if known (CI can upload it).</summary>
    public string? ReceivedPath { get; }

    /// <summary>The <c>.verified.</c> file the text was compared with, if known; it may not exist yet.</summary>
    public string? VerifiedPath { get; }
}
