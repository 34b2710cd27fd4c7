namespace DanVan.Reporting.Testing;

/// <summary>Whether snapshots may be accepted here and a diff tool opened: local runs may, CI never does.</summary>
/// <param name="AcceptRequested">DANVAN_ACCEPT_SNAPSHOTS=1 (or "true").</param>
/// <param name="OnCi">
/// CI=true (or 1), or the variable of a build server DiffEngine knows (GitHub Actions, GitLab, Azure DevOps, Jenkins,
/// TeamCity, AppVeyor, Travis, GoCD) set to anything but an explicit off ("false", "0", "no", "off"): GITHUB_ACTIONS=false
/// is not CI.
/// </param>
/// <param name="DiffToolAllowed">Whether opening a diff tool is wanted at all (the helper's own tests turn it off).</param>
internal readonly record struct SnapshotEnvironment(bool AcceptRequested, bool OnCi, bool DiffToolAllowed = false)
{
    /// <summary>The environment variable that accepts new and changed snapshots locally.</summary>
    public const string AcceptVariable = "DANVAN_ACCEPT_SNAPSHOTS";

    private static readonly string[] s_buildServerVariables =
        ["GITHUB_ACTIONS", "GITHUB_ACTION", "GITLAB_CI", "TF_BUILD", "JENKINS_URL", "TEAMCITY_VERSION", "APPVEYOR", "TRAVIS_BUILD_ID", "GO_SERVER_URL"];

    /// <summary>Read from the process environment.</summary>
    public static SnapshotEnvironment Current => From(Environment.GetEnvironmentVariable, diffToolAllowed: true);

    /// <summary>Whether verified files may be written now.</summary>
    public bool MayAccept => AcceptRequested && !OnCi;

    /// <summary>Whether a diff tool may be opened now (never on CI, never while accepting).</summary>
    public bool MayLaunchDiffTool => DiffToolAllowed && !OnCi && !AcceptRequested;

    /// <summary>Read from <paramref name="variable"/> (the process environment, or a test's dictionary).</summary>
    public static SnapshotEnvironment From(Func<string, string?> variable, bool diffToolAllowed) => new(
        IsOn(variable(AcceptVariable)),
        IsOn(variable("CI")) || s_buildServerVariables.Any(name => IsSet(variable(name))),
        diffToolAllowed);

    /// <summary>A build server's variable: set, and not explicitly off.</summary>
    private static bool IsSet(string? value) =>
        !string.IsNullOrWhiteSpace(value)
        && !(value.Trim() == "0" || value.Trim().Equals("false", StringComparison.OrdinalIgnoreCase)
            || value.Trim().Equals("no", StringComparison.OrdinalIgnoreCase) || value.Trim().Equals("off", StringComparison.OrdinalIgnoreCase));

    private static bool IsOn(string? value) =>
        value is not null && (value == "1" || value.Equals("true", StringComparison.OrdinalIgnoreCase));
}
