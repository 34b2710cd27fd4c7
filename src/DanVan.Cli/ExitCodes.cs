namespace DanVan.Cli;

/// <summary>The tool's exit codes (fixed: other teams' scripts test them).</summary>
internal static class ExitCodes
{
    /// <summary>Every input was valid (and rendered).</summary>
    public const int Success = 0;

    /// <summary>Some input was read as JSON but is not a valid report; the valid ones were still rendered.</summary>
    public const int Invalid = 1;

    /// <summary>A usage error, or an input that cannot be read as JSON at all.</summary>
    public const int Unreadable = 2;
}
