using System.Collections;
using System.Reflection;
using DanVan.Reporting.Generators.Model;
using DanVan.Reporting.Generators.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace DanVan.Reporting.Generators.Tests;

/// <summary>The generator is incremental: edits that do not change a report leave its steps cached.</summary>
public class IncrementalTests
{
    [Fact]
    public void UnrelatedFileAdded_EveryTrackedStepIsCachedOrUnchanged()
    {
        CSharpCompilation compilation = GeneratorHarness.Compile(Sources.SoKetDanVan);
        GeneratorDriver driver = GeneratorHarness.CreateDriver().RunGenerators(compilation);

        CSharpCompilation edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace Other; public class Unrelated { public int X => 1; }", GeneratorHarness.ParseOptions));
        GeneratorRunResult result = driver.RunGenerators(edited).GetRunResult().Results[0];

        AssertAllSteps(result, IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged);
    }

    [Fact]
    public void MethodBodyEditedInTheReportFile_SpecAndOutputUnchanged()
    {
        string withMethod = Sources.SoKetDanVan.Replace("public static SoKetDanVan Valid() => new()", "public static int Helper() => 1;\n    public static SoKetDanVan Valid() => new()", StringComparison.Ordinal);
        string edited = withMethod.Replace("Helper() => 1;", "Helper() => 2; // edited", StringComparison.Ordinal);
        CSharpCompilation compilation = GeneratorHarness.Compile(withMethod);
        GeneratorDriver driver = GeneratorHarness.CreateDriver().RunGenerators(compilation);

        SyntaxTree oldTree = compilation.SyntaxTrees.Single();
        CSharpCompilation next = compilation.ReplaceSyntaxTree(oldTree, CSharpSyntaxTree.ParseText(edited, GeneratorHarness.ParseOptions, path: oldTree.FilePath));
        GeneratorRunResult result = driver.RunGenerators(next).GetRunResult().Results[0];

        Assert.All(result.TrackedSteps[TrackingNames.Spec].SelectMany(step => step.Outputs), output =>
            Assert.Contains(output.Reason, new[] { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged }));
        Assert.All(result.TrackedOutputSteps.SelectMany(step => step.Value).SelectMany(step => step.Outputs), output =>
            Assert.Contains(output.Reason, new[] { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged }));
    }

    [Fact]
    public void RuleArgumentChanged_SpecIsModified()
    {
        CSharpCompilation compilation = GeneratorHarness.Compile(Sources.SoKetDanVan);
        GeneratorDriver driver = GeneratorHarness.CreateDriver().RunGenerators(compilation);

        SyntaxTree oldTree = compilation.SyntaxTrees.Single();
        string edited = Sources.SoKetDanVan.Replace("Range(0, 100_000)", "Range(0, 50_000)", StringComparison.Ordinal);
        GeneratorRunResult result = driver.RunGenerators(compilation.ReplaceSyntaxTree(oldTree, CSharpSyntaxTree.ParseText(edited, GeneratorHarness.ParseOptions, path: oldTree.FilePath))).GetRunResult().Results[0];

        Assert.Contains(result.TrackedSteps[TrackingNames.Spec].SelectMany(step => step.Outputs), output => output.Reason == IncrementalStepRunReason.Modified);
        Assert.Contains("0m, 50000m", result.GeneratedSources.Single().SourceText.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void SameSourceTwice_GivesEqualSpecs()
    {
        ReportSpec first = ParseSpec(Sources.SoKetDanVan);
        ReportSpec second = ParseSpec(Sources.SoKetDanVan);

        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
        Assert.NotEqual(first, ParseSpec(Sources.SoKetDanVan.Replace("Tỷ lệ hộ nghèo", "Tỷ lệ hộ cận nghèo", StringComparison.Ordinal)));
    }

    [Fact]
    public void Spec_HoldsNoRoslynObjects()
    {
        ReportSpec spec = ParseSpec(Sources.SoKetDanVan);

        AssertNoRoslynObjects(spec, new HashSet<object>(ReferenceEqualityComparer.Instance), "spec");
    }

    [Fact]
    public void Output_IsTheSameUnderACultureWithUnicodeMinusAndDecimalComma()
    {
        string source = Sources.SoKetDanVan.Replace("Range(0, 100)", "Range(-10.5, 100.25)", StringComparison.Ordinal);
        string invariant = GeneratedText(source);

        System.Globalization.CultureInfo before = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            var odd = (System.Globalization.CultureInfo)System.Globalization.CultureInfo.GetCultureInfo("sv-SE").Clone();
            odd.NumberFormat.NegativeSign = "\u2212";
            odd.NumberFormat.NumberDecimalSeparator = ",";
            System.Globalization.CultureInfo.CurrentCulture = odd;

            Assert.Equal(invariant, GeneratedText(source));
            Assert.Contains("-10.5m, 100.25m", invariant, StringComparison.Ordinal);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = before;
        }
    }

    private static string GeneratedText(string source) =>
        GeneratorHarness.Generate(GeneratorHarness.Compile(source)).Result.GeneratedTrees.Single().ToString();

    private static ReportSpec ParseSpec(string source)
    {
        CSharpCompilation compilation = GeneratorHarness.Compile(source);
        INamedTypeSymbol type = compilation.GetTypeByMetadataName("Reports.SoKetDanVan")!;
        AttributeData attribute = type.GetAttributes().Single(a => a.AttributeClass!.Name == "ReportAttribute");
        return ReportParser.Parse(type, attribute, new WellKnownTypes(compilation), CancellationToken.None).Spec!;
    }

    private static void AssertAllSteps(GeneratorRunResult result, params IncrementalStepRunReason[] allowed)
    {
        foreach (string name in new[] { TrackingNames.Parse, TrackingNames.Spec })
        {
            Assert.All(result.TrackedSteps[name].SelectMany(step => step.Outputs), output => Assert.Contains(output.Reason, allowed));
        }

        Assert.All(result.TrackedOutputSteps.SelectMany(step => step.Value).SelectMany(step => step.Outputs), output => Assert.Contains(output.Reason, allowed));
    }

    // Walks the object graph (the test may use reflection; the generator's output may not hold Roslyn objects).
    private static void AssertNoRoslynObjects(object? node, HashSet<object> seen, string path)
    {
        if (node is null || node is string || node.GetType().IsPrimitive || node.GetType().IsEnum || !seen.Add(node))
        {
            return;
        }

        Type type = node.GetType();
        Assert.False(
            node is ISymbol or SyntaxNode or Compilation or Location or SemanticModel or AttributeData or SyntaxTree,
            $"{path} holds a Roslyn object of type {type}");
        if (node is IEnumerable items)
        {
            int i = 0;
            foreach (object? item in items)
            {
                AssertNoRoslynObjects(item, seen, $"{path}[{i++}]");
            }
        }

        foreach (FieldInfo field in type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            AssertNoRoslynObjects(field.GetValue(node), seen, path + "." + field.Name);
        }
    }
}
