using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
using static DanVan.Reporting.Generators.Tests.Diagnostics.DiagnosticAssert;

namespace DanVan.Reporting.Generators.Tests.Diagnostics;

/// <summary>
/// The analyzer's diagnostics are ordinary, tree-located diagnostics, so the user silences or escalates them the usual
/// ways: #pragma, [SuppressMessage], and .editorconfig / global AnalyzerConfig severities.
/// </summary>
public class SuppressionTests
{
    private static readonly string s_unsupported = Report("    public Dictionary<string, int>? SoLieu { get; init; }");

    private static readonly string s_emptySection = Report("""
            [Section("I", "")]
            public string? KetQua { get; init; }
        """);

    [Fact]
    public void Analyze_UnsupportedMemberWithoutSuppression_ReportsDV0003()
    {
        Diagnostic diagnostic = Assert.Single(AnalyzeWithoutAnalyzerErrors(GeneratorHarness.Compile(s_unsupported)));
        Assert.Equal("DV0003", diagnostic.Id);
    }

    [Fact]
    public void Analyze_PragmaWarningDisableAroundMember_RemovesDV0003()
    {
        string source = Report("""
            #pragma warning disable DV0003 // the dictionary is filled in by hand
                public Dictionary<string, int>? SoLieu { get; init; }
            #pragma warning restore DV0003
            """);

        Assert.Empty(AnalyzeWithoutAnalyzerErrors(GeneratorHarness.Compile(source)));
    }

    [Fact]
    public void Analyze_PragmaForAnotherId_KeepsDV0003()
    {
        string source = Report("""
            #pragma warning disable DV0013
                public Dictionary<string, int>? SoLieu { get; init; }
            #pragma warning restore DV0013
            """);

        Assert.Equal("DV0003", Assert.Single(AnalyzeWithoutAnalyzerErrors(GeneratorHarness.Compile(source))).Id);
    }

    [Fact]
    public void Analyze_SuppressMessageOnMember_RemovesDV0003()
    {
        string source = Report("""
                [System.Diagnostics.CodeAnalysis.SuppressMessage("DanVan.Usage", "DV0003", Justification = "Filled in by hand.")]
                public Dictionary<string, int>? SoLieu { get; init; }
            """);

        Assert.Empty(AnalyzeWithoutAnalyzerErrors(GeneratorHarness.Compile(source)));
    }

    [Fact]
    public void Analyze_SuppressMessageWithIdAndTitle_RemovesDV0003()
    {
        string source = Report("""
                [System.Diagnostics.CodeAnalysis.SuppressMessage("DanVan.Usage", "DV0003:Member type is not supported")]
                public Dictionary<string, int>? SoLieu { get; init; }
            """);

        Assert.Empty(AnalyzeWithoutAnalyzerErrors(GeneratorHarness.Compile(source)));
    }

    [Fact]
    public void Analyze_GlobalConfigSeverityNone_RemovesDV0003()
    {
        Compilation compilation = WithGlobalConfig(GeneratorHarness.Compile(s_unsupported), """
            is_global = true
            dotnet_diagnostic.DV0003.severity = none
            """);

        Assert.Empty(AnalyzeWithoutAnalyzerErrors(compilation));
    }

    [Fact]
    public void Analyze_EditorConfigSeverityNone_RemovesDV0003()
    {
        Compilation compilation = WithEditorConfig(GeneratorHarness.Compile(s_unsupported), """
            root = true

            [*.cs]
            dotnet_diagnostic.DV0003.severity = none
            """);

        Assert.Empty(AnalyzeWithoutAnalyzerErrors(compilation));
    }

    [Fact]
    public void Analyze_EditorConfigForOtherFiles_KeepsDV0003()
    {
        Compilation compilation = WithEditorConfig(GeneratorHarness.Compile(s_unsupported), """
            root = true

            [Other*.cs]
            dotnet_diagnostic.DV0003.severity = none
            """);

        Assert.Equal("DV0003", Assert.Single(AnalyzeWithoutAnalyzerErrors(compilation)).Id);
    }

    [Fact]
    public void Analyze_GlobalConfigSeverityError_EscalatesDV0013ToError()
    {
        Compilation compilation = WithGlobalConfig(GeneratorHarness.Compile(s_emptySection), """
            is_global = true
            dotnet_diagnostic.DV0013.severity = error
            """);

        Diagnostic diagnostic = Assert.Single(AnalyzeWithoutAnalyzerErrors(compilation));
        Assert.Equal("DV0013", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.DefaultSeverity);
    }

    [Fact]
    public void Analyze_EditorConfigSeverityError_EscalatesDV0013ToError()
    {
        Compilation compilation = WithEditorConfig(GeneratorHarness.Compile(s_emptySection), """
            root = true

            [*.cs]
            dotnet_diagnostic.DV0013.severity = error
            """);

        Diagnostic diagnostic = Assert.Single(AnalyzeWithoutAnalyzerErrors(compilation));
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
    }

    [Fact]
    public void Analyze_GlobalConfigSeveritySuggestion_LowersDV0013ToInfo()
    {
        Compilation compilation = WithGlobalConfig(GeneratorHarness.Compile(s_emptySection), """
            is_global = true
            dotnet_diagnostic.DV0013.severity = suggestion
            """);

        Assert.Equal(DiagnosticSeverity.Info, Assert.Single(AnalyzeWithoutAnalyzerErrors(compilation)).Severity);
    }

    [Fact]
    public void Generate_WarningEscalatedToError_StillGeneratesTheReport()
    {
        Compilation compilation = WithGlobalConfig(GeneratorHarness.Compile(s_emptySection), """
            is_global = true
            dotnet_diagnostic.DV0013.severity = error
            """);

        (_, GeneratorDriverRunResult result) = GenerateWithoutExceptions(compilation);

        Assert.Single(result.GeneratedTrees);
    }

    // What the compiler does with a global AnalyzerConfig (a .globalconfig, or the one the SDK writes from MSBuild):
    // its dotnet_diagnostic.*.severity entries become the compilation's specific diagnostic options.
    private static Compilation WithGlobalConfig(Compilation compilation, string text)
    {
        AnalyzerConfigSet set = AnalyzerConfigSet.Create(ImmutableArray.Create(AnalyzerConfig.Parse(text, "/work/.globalconfig")));
        Assert.Empty(set.GlobalConfigOptions.Diagnostics);
        return compilation.WithOptions(compilation.Options.WithSpecificDiagnosticOptions(set.GlobalConfigOptions.TreeOptions));
    }

    // What the compiler does with an .editorconfig beside the sources: per-tree severities through the compilation's
    // SyntaxTreeOptionsProvider, resolved from the tree's path.
    private static Compilation WithEditorConfig(Compilation compilation, string text)
    {
        AnalyzerConfigSet set = AnalyzerConfigSet.Create(ImmutableArray.Create(AnalyzerConfig.Parse(text, "/work/src/.editorconfig")));
        foreach (SyntaxTree tree in compilation.SyntaxTrees.ToArray())
        {
            compilation = compilation.ReplaceSyntaxTree(tree, tree.WithFilePath("/work/src/" + tree.FilePath));
        }

        var provider = new EditorConfigTreeOptions(set, compilation.SyntaxTrees);
        return compilation.WithOptions(compilation.Options.WithSyntaxTreeOptionsProvider(provider));
    }

    private sealed class EditorConfigTreeOptions(AnalyzerConfigSet set, IEnumerable<SyntaxTree> trees) : SyntaxTreeOptionsProvider
    {
        private readonly Dictionary<SyntaxTree, AnalyzerConfigOptionsResult> _options =
            trees.ToDictionary(tree => tree, tree => set.GetOptionsForSourcePath(tree.FilePath));

        public override GeneratedKind IsGenerated(SyntaxTree tree, CancellationToken cancellationToken) => GeneratedKind.Unknown;

        public override bool TryGetDiagnosticValue(SyntaxTree tree, string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity)
        {
            severity = ReportDiagnostic.Default;
            return _options.TryGetValue(tree, out AnalyzerConfigOptionsResult result) && result.TreeOptions.TryGetValue(diagnosticId, out severity);
        }

        public override bool TryGetGlobalDiagnosticValue(string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity)
        {
            severity = ReportDiagnostic.Default;
            return set.GlobalConfigOptions.TreeOptions.TryGetValue(diagnosticId, out severity);
        }
    }

    [Fact]
    public void Descriptors_Categories_AllowCategoryWideSeverities()
    {
        string[] categories = [.. new ReportAnalyzer().SupportedDiagnostics.Select(d => d.Category).Distinct().Order(StringComparer.Ordinal)];

        Assert.Equal(["DanVan.Rendering", "DanVan.Usage", "DanVan.Validation"], categories);
        Assert.All(new ReportAnalyzer().SupportedDiagnostics, d => Assert.True(d.IsEnabledByDefault, d.Id.ToString(CultureInfo.InvariantCulture)));
    }
}
