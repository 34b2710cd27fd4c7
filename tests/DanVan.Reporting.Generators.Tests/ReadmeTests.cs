using System.Reflection;
using System.Runtime.Loader;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace DanVan.Reporting.Generators.Tests;

/// <summary>
/// README.md's C# examples are read from README.md itself, compiled with the generator as a console program and run;
/// where a ```text block follows an example, it is the program's exact output. The README cannot drift from the code.
/// </summary>
public partial class ReadmeTests
{
    public static TheoryData<int> Examples => [.. Enumerable.Range(0, ReadExamples().Count)];

    [Fact]
    public void Readme_HasExamplesWithTheirOutput()
    {
        IReadOnlyList<(string Code, string? Output)> examples = ReadExamples();

        Assert.NotEmpty(examples);
        Assert.Contains(examples, e => e.Output is not null);
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_CompilesWithTheGenerator_RunsAndPrintsWhatTheReadmeShows(int index)
    {
        (string code, string? expected) = ReadExamples()[index];

        string printed = CompileAndRun(code);

        if (expected is not null && expected != printed && Environment.GetEnvironmentVariable("DANVAN_ACCEPT_SNAPSHOTS") == "1"
            && Environment.GetEnvironmentVariable("CI") is null)
        {
            // Locally, as for snapshots: write what the example prints into README.md, to be reviewed in the diff.
            string path = Path.Combine(TestRepository.Root, "README.md");
            string readme = File.ReadAllText(path, Encoding.UTF8).Replace("\r\n", "\n", StringComparison.Ordinal);
            int at = readme.IndexOf("```csharp\n" + code + "```\n", StringComparison.Ordinal) + code.Length + 14;
            int start = readme.IndexOf("```text\n", at, StringComparison.Ordinal) + 8;
            File.WriteAllText(path, readme[..start] + printed + readme[(start + expected.Length)..], new UTF8Encoding(false));
            return;
        }

        if (expected is not null)
        {
            Assert.Equal(expected, printed);
        }
    }

    private static string CompileAndRun(string code)
    {
        CSharpCompilation compilation = GeneratorHarness.Compile(code, ImplicitUsings);
        compilation = compilation.WithOptions(compilation.Options.WithOutputKind(OutputKind.ConsoleApplication));
        (Compilation output, _) = GeneratorHarness.Generate(compilation);
        using var stream = new MemoryStream();
        var emitted = output.Emit(stream);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning)));
        stream.Position = 0;

        var context = new AssemblyLoadContext("ReadmeExample", isCollectible: true);
        try
        {
            MethodInfo entry = context.LoadFromStream(stream).EntryPoint!;
            TextWriter console = Console.Out;
            var printed = new StringWriter { NewLine = "\n" };
            lock (s_console)
            {
                Console.SetOut(printed);
                try
                {
                    entry.Invoke(null, entry.GetParameters().Length == 0 ? null : [Array.Empty<string>()]);
                }
                finally
                {
                    Console.SetOut(console);
                }
            }

            return printed.ToString();
        }
        finally
        {
            context.Unload();
        }
    }

    private static readonly object s_console = new();

    // What `dotnet new console` projects get from <ImplicitUsings>enable</ImplicitUsings>.
    private const string ImplicitUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Threading;
        global using System.Threading.Tasks;
        """;

    /// <summary>Each ```csharp block of README.md, with the ```text block that follows it (nothing but blank lines between), if any.</summary>
    private static List<(string Code, string? Output)> ReadExamples()
    {
        string readme = File.ReadAllText(Path.Combine(TestRepository.Root, "README.md"), Encoding.UTF8).Replace("\r\n", "\n", StringComparison.Ordinal);
        var examples = new List<(string, string?)>();
        foreach (Match block in CSharpBlock().Matches(readme))
        {
            Match output = OutputBlock().Match(readme, block.Index + block.Length);
            examples.Add((block.Groups["code"].Value, output.Success && output.Index == block.Index + block.Length ? output.Groups["text"].Value : null));
        }

        return examples;
    }

    [GeneratedRegex(@"```csharp\n(?<code>.*?)```\n", RegexOptions.Singleline)]
    private static partial Regex CSharpBlock();

    [GeneratedRegex(@"\n*```text\n(?<text>.*?)```\n", RegexOptions.Singleline)]
    private static partial Regex OutputBlock();
}
