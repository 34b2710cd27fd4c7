using System.Diagnostics;
using System.Reflection;

namespace DanVan.Reporting.Tests.Conventions;

/// <summary>The runtime stays Roslyn-free and reflection-free, and its attributes vanish from user assemblies.</summary>
public class RuntimeArchitectureTests
{
    private static readonly Assembly s_runtime = typeof(ReportPeriod).Assembly;

    [Fact]
    public void Runtime_ReferencesNoRoslynAssembly() =>
        Assert.DoesNotContain(s_runtime.GetReferencedAssemblies(), name => name.Name!.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal));

    [Fact]
    public void Attributes_AreSealedAndConditional()
    {
        Type[] attributes = [.. s_runtime.GetExportedTypes().Where(t => typeof(Attribute).IsAssignableFrom(t))];

        Assert.NotEmpty(attributes);
        Assert.All(attributes, attribute =>
        {
            Assert.True(attribute.IsSealed, $"{attribute.Name} must be sealed");
            ConditionalAttribute? conditional = attribute.GetCustomAttribute<ConditionalAttribute>();
            Assert.Equal("DANVAN_KEEP_ATTRIBUTES", conditional?.ConditionString);
        });
    }

    [Fact]
    public void RuntimeSources_UseNoReflection()
    {
        string sources = Path.Combine(TestRepository.Root, "src", "DanVan.Reporting");
        string[] banned = ["System.Reflection", "GetCustomAttribute", "Activator.CreateInstance", "Type.GetType(", "CultureInfo(\"vi"];

        foreach (string file in Directory.EnumerateFiles(sources, "*.cs", SearchOption.AllDirectories).Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)))
        {
            string text = File.ReadAllText(file);
            Assert.All(banned, word => Assert.False(text.Contains(word, StringComparison.Ordinal), $"{file} uses {word}"));
        }
    }
}
