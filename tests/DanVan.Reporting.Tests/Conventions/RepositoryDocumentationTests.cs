using System.Text.RegularExpressions;

namespace DanVan.Reporting.Tests.Conventions;

/// <summary>
/// The repository stands alone: nothing in it points to documents outside it, every citation of the domain pages
/// names a page and a section that exist, and docs/unverified.md lists exactly the source files that mark a rule
/// UNVERIFIED.
/// </summary>
public partial class RepositoryDocumentationTests
{
    private static readonly string s_root = TestRepository.Root;

    [Fact]
    public void NoFile_PointsOutsideTheRepository()
    {
        string[] offenders = TextFiles()
            .Where(file => OutsideReference().IsMatch(File.ReadAllText(file)))
            .Select(Relative)
            .ToArray();

        Assert.Empty(offenders);
    }

    [Fact]
    public void MarkdownLinks_InsideTheRepository_PointToFilesThatExist()
    {
        var broken = new List<string>();
        int links = 0;
        foreach (string file in TextFiles().Where(f => f.EndsWith(".md", StringComparison.Ordinal)))
        {
            foreach (Match match in RelativeLink().Matches(File.ReadAllText(file)))
            {
                links++;
                string target = Uri.UnescapeDataString(match.Groups["path"].Value);
                string resolved = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, target));
                if (!resolved.StartsWith(s_root, StringComparison.Ordinal) || !(File.Exists(resolved) || Directory.Exists(resolved)))
                {
                    broken.Add(Relative(file) + ": " + match.Value);
                }
            }
        }

        Assert.True(links > 50, "expected the documents to link to each other, found " + links);
        Assert.Empty(broken);
    }

    [Fact]
    public void DomainCitations_NameAPageAndSectionThatExist()
    {
        var missing = new List<string>();
        int citations = 0;
        foreach (string file in TextFiles())
        {
            foreach (Match match in DomainCitation().Matches(File.ReadAllText(file)))
            {
                citations++;
                string page = Path.Combine(s_root, "docs", "domain", match.Groups["page"].Value);
                string section = match.Groups["section"].Value;
                if (!File.Exists(page))
                {
                    missing.Add(Relative(file) + ": " + match.Value + " (no such page)");
                }
                else if (section.Length > 0 && !HasSection(File.ReadAllText(page), section))
                {
                    missing.Add(Relative(file) + ": " + match.Value + " (no such section)");
                }
            }
        }

        Assert.True(citations > 10, "expected the code to cite the domain pages, found " + citations);
        Assert.Empty(missing);
    }

    [Fact]
    public void UnverifiedPage_ListsEveryFileThatMarksARuleUnverified()
    {
        string page = File.ReadAllText(Path.Combine(s_root, "docs", "unverified.md"));
        var listed = new SortedSet<string>(
            SourceLink().Matches(page).Select(m => Path.GetFullPath(Path.Combine(s_root, "docs", m.Groups["path"].Value))).Select(Relative),
            StringComparer.Ordinal);
        var marked = new SortedSet<string>(
            Directory.EnumerateFiles(Path.Combine(s_root, "src"), "*.cs", SearchOption.AllDirectories)
                .Where(f => !IsBuildOutput(f) && File.ReadAllText(f).Contains("UNVERIFIED", StringComparison.Ordinal))
                .Select(Relative),
            StringComparer.Ordinal);

        Assert.Equal(marked, listed);
    }

    private static bool HasSection(string page, string section)
    {
        // "§0.3" may cite item 3 of a page's "§0" section.
        string head = section.Split('.')[0];
        return Regex.IsMatch(page, @"^#+ §" + Regex.Escape(section) + @"\b", RegexOptions.Multiline)
            || Regex.IsMatch(page, @"^#+ §" + Regex.Escape(head) + @"\b", RegexOptions.Multiline);
    }

    private static IEnumerable<string> TextFiles() =>
        new[] { "src", "generators", "tests", "samples", "docs", "scripts", ".ci" }
            .Select(d => Path.Combine(s_root, d))
            .Where(Directory.Exists)
            .SelectMany(d => Directory.EnumerateFiles(d, "*", SearchOption.AllDirectories))
            .Concat(Directory.EnumerateFiles(s_root, "*.md"))
            .Where(f => !IsBuildOutput(f) && IsText(f) && !f.EndsWith(nameof(RepositoryDocumentationTests) + ".cs", StringComparison.Ordinal));

    private static bool IsText(string file) =>
        Path.GetExtension(file) is ".cs" or ".md" or ".props" or ".targets" or ".csproj" or ".sh" or ".json" or ".txt" or ".yml" or ""
        && !file.Contains(".verified.", StringComparison.Ordinal);

    private static bool IsBuildOutput(string file)
    {
        string separator = Path.DirectorySeparatorChar.ToString();
        return file.Contains(separator + "bin" + separator, StringComparison.Ordinal)
            || file.Contains(separator + "obj" + separator, StringComparison.Ordinal)
            || file.Contains(separator + "out" + separator, StringComparison.Ordinal);
    }

    private static string Relative(string file) => Path.GetRelativePath(s_root, file).Replace('\\', '/');

    [GeneratedRegex(@"\.\./shared/|shared/(domain|design|seeds)/|\b(REFERENCE|VECTORS|ARCHITECTURE|GENERATORS|RENDERING|REACH|STYLE)\.md")]
    private static partial Regex OutsideReference();

    // [text](path) or [text](path#anchor), not a web address, a mailto or an anchor in the same page.
    [GeneratedRegex(@"\]\((?!https?:|mailto:|#)(?<path>[^)#\s]+)(?:#[^)\s]*)?\)")]
    private static partial Regex RelativeLink();

    [GeneratedRegex(@"docs/domain/(?<page>[a-z-]+\.md)(?: §(?<section>\d+(?:\.\d+)?))?")]
    private static partial Regex DomainCitation();

    [GeneratedRegex(@"\]\((?<path>\.\./src/[^)]+\.cs)\)")]
    private static partial Regex SourceLink();
}
