namespace DanVan.Reporting.Tests.Snapshots;

/// <summary>Whether snapshots may be accepted here: local runs may, CI never does.</summary>
/// <param name="AcceptRequested">DANVAN_ACCEPT_SNAPSHOTS=1 (or "true").</param>
/// <param name="OnCi">CI=true, or a build server DiffEngine knows (GitHub Actions, GitLab, Azure DevOps, Jenkins, TeamCity, AppVeyor, Travis, GoCD).</param>
internal readonly record struct SnapshotEnvironment(bool AcceptRequested, bool OnCi)
{
    private static readonly string[] s_buildServerVariables =
        ["GITHUB_ACTIONS", "GITHUB_ACTION", "GITLAB_CI", "TF_BUILD", "JENKINS_URL", "TEAMCITY_VERSION", "APPVEYOR", "TRAVIS_BUILD_ID", "GO_SERVER_URL"];

    /// <summary>Read from the process environment.</summary>
    public static SnapshotEnvironment Current => new(
        IsOn(Environment.GetEnvironmentVariable("DANVAN_ACCEPT_SNAPSHOTS")),
        IsOn(Environment.GetEnvironmentVariable("CI"))
            || s_buildServerVariables.Any(name => !string.IsNullOrEmpty(Environment.GetEnvironmentVariable(name))));

    /// <summary>Whether verified files may be written now.</summary>
    public bool MayAccept => AcceptRequested && !OnCi;

    private static bool IsOn(string? value) =>
        value is not null && (value == "1" || value.Equals("true", StringComparison.OrdinalIgnoreCase));
}
