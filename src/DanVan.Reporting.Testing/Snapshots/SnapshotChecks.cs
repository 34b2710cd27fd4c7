using System.Runtime.CompilerServices;
using System.Text;

namespace DanVan.Reporting.Testing;

/// <summary>
/// Checks of the repository around the snapshots, to run as ordinary tests so that CI catches what the snapshots'
/// own checks cannot: the CI recipe's lines in .gitattributes and .gitignore, and verified files whose test no longer
/// exists. Each throws <see cref="SnapshotSetupException"/> naming the file, the missing or orphaned entries, and the fix.
/// </summary>
/// <example>
/// <code>
/// public sealed class SnapshotSetupTests
/// {
///     [Fact] public void GitKeepsSnapshotsAsLfAndIgnoresReceivedFiles() => SnapshotChecks.AssertGitSetUp();
///     [Fact] public void EveryVerifiedFileHasItsTest() => SnapshotChecks.AssertNoOrphanedSnapshots();
/// }
/// </code>
/// </example>
public static class SnapshotChecks
{
    /// <summary>The .gitattributes line that keeps verified files in LF on every checkout.</summary>
    public const string GitAttributesLine = "*.verified.* text eol=lf";

    /// <summary>The .gitignore line that keeps received files out of commits.</summary>
    public const string GitIgnoreLine = "*.received.*";

    /// <summary>
    /// Fails unless the repository that holds the calling test project checks out every verified file of the project
    /// (or, when it has none yet, a <c>….verified.txt</c> in it) as text with LF endings, and ignores the matching
    /// received files: the <see cref="GitAttributesLine"/> and <see cref="GitIgnoreLine"/> lines, or rules that do the same.
    /// </summary>
    /// <param name="sourceFile">Filled in by the compiler: a file of the test project.</param>
    /// <exception cref="SnapshotSetupException">A line is missing; the message says which and where.</exception>
    public static void AssertGitSetUp([CallerFilePath] string sourceFile = "")
    {
        string project = ProjectDirectory(sourceFile);
        string repository = RepositoryRoot(project);
        List<string> verified = VerifiedFiles(project).Select(path => Relative(repository, path)).ToList();
        if (verified.Count == 0)
        {
            verified.Add(Relative(repository, Path.Combine(project, "Tests.Method.verified.txt")));
        }

        var problems = new StringBuilder();
        string attributesPath = Path.Combine(repository, ".gitattributes");
        string attributes = File.Exists(attributesPath) ? File.ReadAllText(attributesPath) : string.Empty;
        string? notLf = verified.FirstOrDefault(path => !GitPatterns.IsTextWithLf(attributes, path));
        if (notLf is not null)
        {
            problems.Append(SnapshotMessages.Format(
                "- {0}: thiếu dòng `{1}`: '{2}' sẽ được checkout với ký tự xuống dòng của máy (CRLF trên Windows) và mọi ảnh chụp sẽ khác.\n",
                "- {0}: the line `{1}` is missing: '{2}' would be checked out with the machine's line endings (CRLF on Windows) and every snapshot would differ.\n",
                attributesPath,
                GitAttributesLine,
                notLf));
        }

        List<(string Path, string Text)> ignores = IgnoreFiles(repository, project);
        string? notIgnored = verified
            .Select(path => path.Replace(".verified.", ".received.", StringComparison.Ordinal))
            .FirstOrDefault(path => !ignores.Aggregate(false, (ignored, file) => IsIgnored(file, repository, path, ignored)));
        if (notIgnored is not null)
        {
            problems.Append(SnapshotMessages.Format(
                "- {0}: thiếu dòng `{1}`: tệp received '{2}' (kết quả của một lần kiểm tra thất bại) có thể bị commit.\n",
                "- {0}: the line `{1}` is missing: the received file '{2}' (the output of a failed check) could be committed.\n",
                Path.Combine(repository, ".gitignore"),
                GitIgnoreLine,
                notIgnored));
        }

        if (problems.Length > 0)
        {
            throw new SnapshotSetupException(SnapshotMessages.Pick(
                "Kho git chưa sẵn sàng cho kiểm thử ảnh chụp trên CI:\n",
                "The git repository is not set up for snapshot tests on CI:\n") + problems);
        }
    }

    /// <summary>
    /// Fails when the calling test project holds verified files (<c>{Class}.{Method}[_{suffix}][.{framework}].verified.*</c>,
    /// in any folder of the project but bin and obj) for which no class of the project's sources declares the method:
    /// the test was renamed or deleted and its snapshot stayed behind. Whether a test exists is read from the sources,
    /// not from which tests ran, so a filtered run reports the same.
    /// </summary>
    /// <param name="keep">File name prefixes to leave alone (snapshots named with <see cref="SnapshotSettings.UseTypeName"/>, or by a helper of your own).</param>
    /// <param name="sourceFile">Filled in by the compiler: a file of the test project.</param>
    /// <exception cref="SnapshotSetupException">Orphaned verified files were found; the message lists them with the command that deletes them.</exception>
    public static void AssertNoOrphanedSnapshots(IEnumerable<string>? keep = null, [CallerFilePath] string sourceFile = "")
    {
        string project = ProjectDirectory(sourceFile);
        string[] kept = keep?.ToArray() ?? [];
        var tests = new HashSet<string>(StringComparer.Ordinal);
        foreach (string file in ProjectFiles(project, "*.cs"))
        {
            CSharpOutline outline = CSharpOutline.Parse(File.ReadAllText(file));
            string fileName = Path.GetFileNameWithoutExtension(file);
            foreach (CSharpOutline.TypeOutline type in outline.Types)
            {
                foreach (string method in type.Methods)
                {
                    tests.Add(type.Name + "." + method);
                    tests.Add(fileName + "." + method);
                }
            }
        }

        var orphans = new List<string>();
        foreach (string file in VerifiedFiles(project))
        {
            string name = Path.GetFileName(file);
            string stem = name[..name.IndexOf(".verified.", StringComparison.Ordinal)];
            if (!kept.Any(prefix => stem.StartsWith(prefix, StringComparison.Ordinal)) && !HasTest(stem, tests))
            {
                orphans.Add(file);
            }
        }

        if (orphans.Count > 0)
        {
            var message = new StringBuilder(SnapshotMessages.Format(
                "{0} tệp verified không còn test nào (không lớp nào trong mã nguồn của dự án khai báo phương thức ấy); xóa chúng, hoặc truyền tiền tố tên vào keep:\n",
                "{0} verified file(s) have no test any more (no class in the project's sources declares the method); delete them, or pass their name prefix in keep:\n",
                SnapshotMessages.Number(orphans.Count)));
            foreach (string orphan in orphans.Order(StringComparer.Ordinal))
            {
                message.Append("  git rm '").Append(orphan.Replace("'", "'\\''", StringComparison.Ordinal)).Append("'\n");
            }

            throw new SnapshotSetupException(message.ToString());
        }
    }

    /// <summary>Whether the stem is "{Class}.{Method}" of a known test, with a "_suffix" or ".framework" after it.</summary>
    private static bool HasTest(string stem, HashSet<string> tests)
    {
        if (tests.Contains(stem))
        {
            return true;
        }

        for (int i = 0; i < stem.Length; i++)
        {
            if ((stem[i] == '_' || stem[i] == '.') && tests.Contains(stem[..i]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsIgnored((string Path, string Text) file, string repository, string path, bool ignoredSoFar)
    {
        string folder = Relative(repository, Path.GetDirectoryName(file.Path)!);
        string relative = folder.Length == 0 ? path : path.StartsWith(folder + "/", StringComparison.Ordinal) ? path[(folder.Length + 1)..] : string.Empty;
        if (relative.Length == 0)
        {
            return ignoredSoFar;
        }

        // A deeper .gitignore only overrides the lines it matches: evaluate it with the verdict so far as its start.
        return GitPatterns.IsIgnored(file.Text, relative) || (ignoredSoFar && !Negates(file.Text, relative));
    }

    private static bool Negates(string gitignore, string path) =>
        gitignore.Split('\n').Select(line => line.Trim()).Any(line => line.StartsWith('!') && GitPatterns.Matches(line[1..], path));

    /// <summary>The .gitignore files from the repository root down to the project folder, outermost first.</summary>
    private static List<(string Path, string Text)> IgnoreFiles(string repository, string project)
    {
        var folders = new List<string>();
        for (DirectoryInfo? folder = new(project); folder is not null; folder = folder.Parent)
        {
            folders.Add(folder.FullName);
            if (Path.GetFullPath(folder.FullName).TrimEnd(Path.DirectorySeparatorChar) == Path.GetFullPath(repository).TrimEnd(Path.DirectorySeparatorChar))
            {
                break;
            }
        }

        folders.Reverse();
        return folders
            .Select(folder => Path.Combine(folder, ".gitignore"))
            .Where(File.Exists)
            .Select(path => (path, File.ReadAllText(path)))
            .ToList();
    }

    private static string Relative(string root, string path)
    {
        string relative = Path.GetRelativePath(root, path).Replace('\\', '/');
        return relative == "." ? string.Empty : relative;
    }

    /// <summary>The verified files of a project, in any folder but bin and obj.</summary>
    internal static IEnumerable<string> VerifiedFiles(string project) => ProjectFiles(project, "*.verified.*");

    private static IEnumerable<string> ProjectFiles(string project, string pattern) =>
        Directory.EnumerateFiles(project, pattern, SearchOption.AllDirectories)
            .Where(path =>
            {
                string relative = Path.GetRelativePath(project, path).Replace('\\', '/');
                return !(relative.StartsWith("bin/", StringComparison.Ordinal) || relative.StartsWith("obj/", StringComparison.Ordinal));
            })
            .Order(StringComparer.Ordinal);

    /// <summary>The folder of the project file above the caller's source.</summary>
    internal static string ProjectDirectory(string sourceFile)
    {
        string start = SnapshotPaths.SourceDirectory(sourceFile);
        for (DirectoryInfo? folder = new(start); folder is not null; folder = folder.Parent)
        {
            if (folder.EnumerateFiles("*.*proj").Any(f => f.Extension is ".csproj" or ".fsproj" or ".vbproj"))
            {
                return folder.FullName;
            }
        }

        throw new SnapshotSetupException(SnapshotMessages.Format(
            "Không tìm thấy tệp dự án (*.csproj) ở '{0}' hay các thư mục cha.",
            "No project file (*.csproj) in '{0}' or its parent folders.",
            start));
    }

    /// <summary>The repository's root above <paramref name="start"/>: the first folder holding .git (a folder, or a file in a worktree).</summary>
    private static string RepositoryRoot(string start)
    {
        for (DirectoryInfo? folder = new(start); folder is not null; folder = folder.Parent)
        {
            string git = Path.Combine(folder.FullName, ".git");
            if (Directory.Exists(git) || File.Exists(git))
            {
                return folder.FullName;
            }
        }

        throw new SnapshotSetupException(SnapshotMessages.Format(
            "'{0}' không nằm trong một kho git (không có thư mục .git ở đó hay ở thư mục cha): không thể kiểm tra .gitattributes và .gitignore.",
            "'{0}' is not inside a git repository (no .git there or above): .gitattributes and .gitignore cannot be checked.",
            start));
    }
}
