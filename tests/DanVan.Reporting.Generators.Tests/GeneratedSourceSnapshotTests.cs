using DanVan.Reporting.Testing;

namespace DanVan.Reporting.Generators.Tests;

/// <summary>The generated source of a whole report, compared with its committed snapshot.</summary>
public class GeneratedSourceSnapshotTests
{
    [Fact]
    public void SoKetDanVan_GeneratedSource()
    {
        var (_, result) = GeneratorHarness.Generate(GeneratorHarness.Compile(Sources.SoKetDanVan));
        Microsoft.CodeAnalysis.GeneratedSourceResult generated = Assert.Single(result.Results.Single().GeneratedSources);

        Assert.Matches("^Reports\\.SoKetDanVan\\.[0-9a-f]{8}\\.Report\\.g\\.cs$", generated.HintName);
        Snapshot.Verify(generated.SourceText.ToString(), "cs");
    }

    [Fact]
    public void SoKetDanVan_RenderedText()
    {
        IReport report = GeneratorHarness.Call<IReport>(GeneratorHarness.CompileAndLoad(Sources.SoKetDanVan), "Reports.Factory", "ValidReport");

        Snapshot.Verify(report.RenderText(), "txt");
        Snapshot.Verify(report.RenderMarkdown(), "md");
        Snapshot.Verify(report.RenderHtml(), "html");
    }
}
