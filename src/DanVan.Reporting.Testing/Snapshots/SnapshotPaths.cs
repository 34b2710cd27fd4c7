using System.Collections.Concurrent;
using System.Text;

namespace DanVan.Reporting.Testing;

/// <summary>Where a snapshot lives: the test source's directory (or a folder under it), and Verify's file name.</summary>
internal static class SnapshotPaths
{
    private static readonly ConcurrentDictionary<string, string> s_claimed = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, CSharpOutline?> s_outlines = new(StringComparer.Ordinal);

    /// <summary>
    /// The directory of the test source file. A deterministic build maps the repository root to "/_/"
    /// (ContinuousIntegrationBuild); such a path is looked up under the ancestors of the test's output directory, but
    /// never above the first one that is a repository's root (holds .git): a sibling checkout's copy of the same file
    /// must not be taken for this one.
    /// </summary>
    public static string SourceDirectory(string sourceFile) => SourceDirectory(sourceFile, AppContext.BaseDirectory);

    /// <summary><see cref="SourceDirectory(string)"/> from an explicit output directory, for the helper's own tests.</summary>
    internal static string SourceDirectory(string sourceFile, string baseDirectory)
    {
        if (File.Exists(sourceFile))
        {
            return Path.GetDirectoryName(Path.GetFullPath(sourceFile))!;
        }

        string normalized = sourceFile.Replace('\\', '/');
        if (normalized.StartsWith("/_/", StringComparison.Ordinal) || normalized.StartsWith("/_1/", StringComparison.Ordinal))
        {
            string relative = normalized[(normalized.IndexOf('/', 1) + 1)..];
            for (DirectoryInfo? directory = new(baseDirectory); directory is not null; directory = directory.Parent)
            {
                string candidate = Path.Combine(directory.FullName, relative);
                if (File.Exists(candidate))
                {
                    return Path.GetDirectoryName(candidate)!;
                }

                if (Directory.Exists(Path.Combine(directory.FullName, ".git")) || File.Exists(Path.Combine(directory.FullName, ".git")))
                {
                    break;
                }
            }

            throw new InvalidOperationException(SnapshotMessages.Format(
                "Snapshot: đường dẫn nguồn '{0}' đã bị ánh xạ (build tất định, ContinuousIntegrationBuild) và không tìm thấy tệp '{1}' dưới các thư mục cha của '{2}' trong cùng kho git. Ảnh chụp nằm cạnh tệp nguồn của test: đặt <DeterministicSourcePaths>false</DeterministicSourcePaths> trong dự án test.",
                "Snapshot: the source path '{0}' is mapped (deterministic build, ContinuousIntegrationBuild) and '{1}' was not found under the ancestors of '{2}' within the same git repository. Snapshots live beside the test source: set <DeterministicSourcePaths>false</DeterministicSourcePaths> in the test project.",
                sourceFile,
                relative,
                baseDirectory));
        }

        throw new InvalidOperationException(SnapshotMessages.Format(
            "Snapshot: không tìm thấy tệp nguồn của test '{0}' trên đĩa (từ [CallerFilePath]); ảnh chụp được lưu cạnh tệp này.",
            "Snapshot: cannot find the test source file '{0}' on disk (from [CallerFilePath]); snapshots are stored next to it.",
            sourceFile));
    }

    /// <summary>
    /// The class part of the name: <see cref="SnapshotSettings.TypeName"/> when set, else the class of the test source
    /// that declares <paramref name="testMethod"/> (the innermost around <paramref name="line"/> when several do), else
    /// the source file's name.
    /// </summary>
    public static string TestClass(string sourcePath, string testMethod, int line, SnapshotSettings settings)
    {
        if (settings.TypeName is not null)
        {
            return settings.TypeName;
        }

        CSharpOutline? outline = s_outlines.GetOrAdd(sourcePath, path =>
        {
            try
            {
                return CSharpOutline.Parse(File.ReadAllText(path));
            }
            catch (IOException)
            {
                return null;
            }
            catch (UnauthorizedAccessException)
            {
                return null;
            }
        });
        string? type = outline?.TypeOf(testMethod, line, out IReadOnlyList<string> candidates) is string found ? found : null;
        if (type is null && outline is not null && outline.Types.Count(t => t.Methods.Contains(testMethod)) > 1)
        {
            throw new InvalidOperationException(SnapshotMessages.Format(
                "Snapshot: phương thức '{0}' được khai báo trong nhiều lớp của '{1}' ({2}); không biết lớp nào gọi. Đặt tên lớp cho tệp ảnh chụp: settings.UseTypeName(\"…\").",
                "Snapshot: the method '{0}' is declared in several classes of '{1}' ({2}); which one calls is unknown. Name the class for the snapshot file: settings.UseTypeName(\"…\").",
                testMethod,
                sourcePath,
                string.Join(", ", outline.Types.Where(t => t.Methods.Contains(testMethod)).Select(t => t.Name))));
        }

        return type ?? Path.GetFileNameWithoutExtension(sourcePath);
    }

    /// <summary>
    /// "{Class}.{Method}", then "_{suffix}" when given, then ".{framework}" with
    /// <see cref="SnapshotSettings.UniqueForTargetFramework"/>; characters not allowed in file names turned into "-".
    /// </summary>
    public static string Name(string testClass, string testMethod, string? suffix, bool uniqueForTargetFramework = false)
    {
        string name = testClass + "." + testMethod + (string.IsNullOrEmpty(suffix) ? string.Empty : "_" + suffix)
            + (uniqueForTargetFramework ? "." + SnapshotSettings.TargetFramework : string.Empty);
        var builder = new StringBuilder(name.Length);
        foreach (char c in name)
        {
            builder.Append(c < ' ' || "<>:\"/\\|?*".Contains(c, StringComparison.Ordinal) ? '-' : c);
        }

        return builder.ToString();
    }

    /// <summary>Fails when two checks in one run would use the same verified file, naming both.</summary>
    public static void Claim(string verifiedPath, string claimant)
    {
        if (!s_claimed.TryAdd(verifiedPath, claimant))
        {
            string first = s_claimed.TryGetValue(verifiedPath, out string? earlier) ? earlier : "?";
            throw new InvalidOperationException(SnapshotMessages.Format(
                "Snapshot: tệp '{0}' được kiểm tra hai lần trong lần chạy này: bởi {1} và bởi {2}. Hai lần kiểm tra trong cùng một test cần suffix khác nhau (suffix: \"…\"); hai lớp cùng tên (ở hai namespace) cần UseDirectory(\"…\") hoặc UseTypeName(\"…\"); một theory cần suffix theo tham số.",
                "Snapshot: '{0}' is checked twice in this run: by {1} and by {2}. Two checks in one test need different suffixes (suffix: \"…\"); two classes of the same name (in two namespaces) need UseDirectory(\"…\") or UseTypeName(\"…\"); a theory needs a suffix per case.",
                verifiedPath,
                first,
                claimant));
        }
    }
}
