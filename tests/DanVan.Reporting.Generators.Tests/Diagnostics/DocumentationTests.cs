using System.Reflection;
using Microsoft.CodeAnalysis;

namespace DanVan.Reporting.Generators.Tests.Diagnostics;

/// <summary>Every diagnostic has its page, the release tracking lists exactly the descriptors, every validation code is documented.</summary>
public class DocumentationTests
{
    private static readonly IReadOnlyList<DiagnosticDescriptor> s_descriptors = new ReportAnalyzer().SupportedDiagnostics;

    [Fact]
    public void Descriptors_EachId_HasItsPageWithSeverityCategoryAndExamples()
    {
        foreach (DiagnosticDescriptor descriptor in s_descriptors)
        {
            string path = Path.Combine(TestRepository.Root, "docs", "diagnostics", descriptor.Id + ".md");
            Assert.True(File.Exists(path), "missing " + path);
            string page = File.ReadAllText(path);
            Assert.StartsWith("# " + descriptor.Id + ": " + descriptor.Title, page, StringComparison.Ordinal);
            Assert.Contains("| Severity | " + descriptor.DefaultSeverity + " |", page, StringComparison.Ordinal);
            Assert.Contains("| Category | " + descriptor.Category + " |", page, StringComparison.Ordinal);
            Assert.Contains("## Invalid", page, StringComparison.Ordinal);
            Assert.Contains("## Fixed", page, StringComparison.Ordinal);
            Assert.Contains("dotnet_diagnostic." + descriptor.Id + ".severity", page, StringComparison.Ordinal);
            Assert.Contains("(" + descriptor.Id + ".md)", File.ReadAllText(Path.Combine(TestRepository.Root, "docs", "diagnostics", "README.md")), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Descriptors_EachId_LinksToItsPage()
    {
        foreach (DiagnosticDescriptor descriptor in s_descriptors)
        {
            Assert.EndsWith("/docs/diagnostics/" + descriptor.Id + ".md", descriptor.HelpLinkUri, StringComparison.Ordinal);
            Assert.True(Uri.IsWellFormedUriString(descriptor.HelpLinkUri, UriKind.Absolute), descriptor.HelpLinkUri);
        }
    }

    [Fact]
    public void GeneratorSources_NameIdsOnlyInTheDescriptorFile()
    {
        string generator = Path.Combine(TestRepository.Root, "generators", "DanVan.Reporting.Generators");
        string[] offenders = [.. Directory.EnumerateFiles(generator, "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal)
                && !path.Contains(Path.DirectorySeparatorChar + "bin" + Path.DirectorySeparatorChar, StringComparison.Ordinal)
                && Path.GetFileName(path) != "DiagnosticDescriptors.cs"
                && System.Text.RegularExpressions.Regex.IsMatch(File.ReadAllText(path), "\"DV[0-9]{4}\""))];

        Assert.Empty(offenders);
    }

    [Fact]
    public void Descriptors_Ids_AreDistinctAndWellFormed()
    {
        // Ids are allotted in ranges per area of work (DV0017–19 DataAnnotations, DV0020–29 reliability, DV0030–34 JSON),
        // so the numbering has gaps; an id is never used twice.
        Assert.Equal(s_descriptors.Count, s_descriptors.Select(d => d.Id).Distinct(StringComparer.Ordinal).Count());
        Assert.All(s_descriptors, d => Assert.Matches("^DV[0-9]{4}$", d.Id));
    }

    [Fact]
    public void AnalyzerReleases_UnshippedTable_ListsExactlyTheDescriptors()
    {
        string path = Path.Combine(TestRepository.Root, "generators", "DanVan.Reporting.Generators", "AnalyzerReleases.Unshipped.md");
        string[] rows = [.. File.ReadAllLines(path)
            .Where(line => line.StartsWith("DV", StringComparison.Ordinal))
            .Select(line => string.Join(" | ", line.Split('|').Take(3).Select(cell => cell.Trim())))];

        Assert.Equal(
            s_descriptors.Select(d => d.Id + " | " + d.Category + " | " + d.DefaultSeverity).Order(StringComparer.Ordinal),
            rows.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ValidationCodes_EachCode_IsDocumented()
    {
        string page = File.ReadAllText(Path.Combine(TestRepository.Root, "docs", "validation-codes.md"));
        string[] codes = [.. typeof(ValidationCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetRawConstantValue()!)];

        Assert.NotEmpty(codes);
        Assert.All(codes, code => Assert.Contains("| `" + code + "` |", page, StringComparison.Ordinal));
    }
}
