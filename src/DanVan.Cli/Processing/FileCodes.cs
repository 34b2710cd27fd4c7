namespace DanVan.Cli.Processing;

/// <summary>The tool's own error codes, for inputs that never reach the JSON reader (listed in docs/cli.md).</summary>
internal static class FileCodes
{
    /// <summary>The file or directory does not exist.</summary>
    public const string NotFound = "file-not-found";

    /// <summary>The file exists but cannot be read (permissions, I/O error).</summary>
    public const string Unreadable = "file-unreadable";

    /// <summary>Writing an output failed (disk full, permissions).</summary>
    public const string WriteFailed = "output-failed";

    /// <summary>Two inputs of one render would write the same documents (a usage error, exit 2, nothing rendered).</summary>
    public const string OutputCollision = "output-collision";
}
