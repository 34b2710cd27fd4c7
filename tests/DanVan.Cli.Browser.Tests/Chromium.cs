namespace DanVan.Cli.Browser.Tests;

/// <summary>
/// Where Debian's Chromium is: DANVAN_CHROMIUM if set, else /usr/bin/chromium. Playwright's own browser download is
/// not reachable here, so the tests launch this binary through LaunchOptions.ExecutablePath.
/// </summary>
internal static class Chromium
{
    /// <summary>The variable that points the tests at another Chromium binary.</summary>
    public const string PathVariable = "DANVAN_CHROMIUM";

    /// <summary>The Chromium binary, or an exception saying how to install it (the tests fail; they never skip).</summary>
    public static string ExecutablePath() => ExecutablePath(Environment.GetEnvironmentVariable(PathVariable));

    /// <summary>The Chromium binary given the value of <see cref="PathVariable"/> (null or blank: the Debian path).</summary>
    public static string ExecutablePath(string? configured)
    {
        string path = string.IsNullOrWhiteSpace(configured) ? "/usr/bin/chromium" : configured;
        if (!File.Exists(path))
        {
            throw new InvalidOperationException(
                "Chromium was not found at " + path + ". The preview page's browser tests need a real Chromium: on Debian " +
                "`sudo apt-get install -y chromium` (.ci/run installs it), or set " + PathVariable + " to a Chromium binary.");
        }

        return path;
    }
}
