using System.Collections.Concurrent;
using System.Text;

namespace DanVan.Reporting.Testing;

/// <summary>Where a snapshot lives: the test source's directory, and Verify's file name.</summary>
internal static class SnapshotPaths
{
    private static readonly ConcurrentDictionary<string, string> s_claimed = new(StringComparer.Ordinal);

    /// <summary>
    /// The directory of the test source file. A deterministic build maps the repository root to "/_/"
    /// (Directory.Build.props PathMap); such a path is looked up under each ancestor of the test's output directory.
    /// </summary>
    public static string SourceDirectory(string sourceFile)
    {
        if (File.Exists(sourceFile))
        {
            return Path.GetDirectoryName(sourceFile)!;
        }

        string normalized = sourceFile.Replace('\\', '/');
        if (normalized.StartsWith("/_/", StringComparison.Ordinal))
        {
            string relative = normalized[3..];
            for (DirectoryInfo? directory = new(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            {
                string candidate = Path.Combine(directory.FullName, relative);
                if (File.Exists(candidate))
                {
                    return Path.GetDirectoryName(candidate)!;
                }
            }
        }

        throw new InvalidOperationException(
            $"Snapshot: cannot find the test source file '{sourceFile}' on disk (from [CallerFilePath]); snapshots are stored next to it.");
    }

    /// <summary>"{Class}.{Method}" or "{Class}.{Method}_{suffix}", characters not allowed in file names turned into "-".</summary>
    public static string Name(string testClass, string testMethod, string? suffix)
    {
        string name = testClass + "." + testMethod + (string.IsNullOrEmpty(suffix) ? string.Empty : "_" + suffix);
        var builder = new StringBuilder(name.Length);
        foreach (char c in name)
        {
            builder.Append(c < ' ' || "<>:\"/\\|?*".Contains(c, StringComparison.Ordinal) ? '-' : c);
        }

        return builder.ToString();
    }

    /// <summary>Fails when two checks in one run would use the same verified file.</summary>
    public static void Claim(string verifiedPath, string name)
    {
        if (!s_claimed.TryAdd(verifiedPath, name))
        {
            throw new InvalidOperationException(
                $"Snapshot: '{verifiedPath}' is used twice in this run. Give each check in a test its own suffix.");
        }
    }
}
