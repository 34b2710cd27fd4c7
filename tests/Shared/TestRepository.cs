using System.Runtime.CompilerServices;

namespace DanVan.Tests.Shared;

/// <summary>
/// The repository the tests run in, found once for every test project (this file is linked into each of them by
/// tests/Directory.Build.props): tests read README.md, docs/ and samples/ and pack projects from it.
/// </summary>
internal static class TestRepository
{
    /// <summary>The folder that holds DanVanSdk.sln.</summary>
    public static string Root { get; } = Find();

    // This file's compile-time path first (tests keep real source paths: DeterministicSourcePaths is off), then the
    // folders above the test assembly, for a copied build output.
    private static string Find([CallerFilePath] string thisFile = "")
    {
        foreach (string? start in new[] { Path.GetDirectoryName(thisFile), AppContext.BaseDirectory })
        {
            for (DirectoryInfo? directory = string.IsNullOrEmpty(start) ? null : new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "DanVanSdk.sln")))
                {
                    return directory.FullName;
                }
            }
        }

        throw new InvalidOperationException("The repository root (DanVanSdk.sln) was not found above " + thisFile + " or " + AppContext.BaseDirectory);
    }
}
