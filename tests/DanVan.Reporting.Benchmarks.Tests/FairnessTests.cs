using DanVan.Reporting.Benchmarks.Subjects;
using Microsoft.CodeAnalysis;

namespace DanVan.Reporting.Benchmarks.Tests;

/// <summary>Each benchmark race is fair: its sides get the same input and produce the same result.</summary>
public class FairnessTests
{
    [Fact]
    public void Validation_ValidReport_EverySideFindsNothing()
    {
        Assert.Empty(Inputs.Valid.Validate().Errors);
        Assert.Empty(DataAnnotationsSide.FailingMembers(Inputs.Valid));
        Assert.Empty(FluentValidationSide.FailingMembers(Inputs.Valid));
    }

    [Fact]
    public void Validation_InvalidReport_EverySideFindsTheSameFailingMembers()
    {
        // The same set of failing members (DataAnnotations reports the nested items after the report's own members).
        var expected = Inputs.InvalidMembers.ToHashSet();
        Assert.Equal(Inputs.InvalidMembers, Inputs.Invalid.Validate().Errors.Select(e => e.Path).Distinct());
        Assert.True(expected.SetEquals(DataAnnotationsSide.FailingMembers(Inputs.Invalid)));
        Assert.True(expected.SetEquals(FluentValidationSide.FailingMembers(Inputs.Invalid)));
    }

    [Fact]
    public void Validation_InvalidReport_EverySideReadsAMessageForEachError()
    {
        var suite = new DanVan.Reporting.Benchmarks.Suites.ValidationBenchmarks();
        ReportValidationResult ours = Inputs.Invalid.Validate();
        var annotations = DataAnnotationsSide.Validate(Inputs.Invalid);
        var fluent = FluentValidationSide.Validator.Validate(Inputs.Invalid).Errors;

        Assert.All(ours.Errors, e => Assert.False(string.IsNullOrEmpty(e.Message)));
        Assert.All(annotations, e => Assert.False(string.IsNullOrEmpty(e.ErrorMessage)));
        Assert.All(fluent, e => Assert.False(string.IsNullOrEmpty(e.ErrorMessage)));
        Assert.Equal(ours.Errors.Sum(e => e.Message.Length), suite.Generated_InvalidMessages());
        Assert.Equal(annotations.Sum(e => e.ErrorMessage!.Length), suite.DataAnnotations_InvalidMessages());
        Assert.Equal(fluent.Sum(e => e.ErrorMessage.Length), suite.FluentValidation_InvalidMessages());
    }

    [Fact]
    public void Generator_TheJsonPeerGeneratesForEveryType_AndItsCachedRunChangesNothing()
    {
        var project = new JsonPeerProject(50);
        Compilation compilation = project.NewCompilation();
        GeneratorDriver driver = JsonPeerProject.NewDriver().RunGenerators(compilation);
        GeneratorDriverRunResult first = driver.GetRunResult();

        // One file per context and per serialized type at least; no generator error.
        Assert.True(first.GeneratedTrees.Length >= 50 * 3, first.GeneratedTrees.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.DoesNotContain(first.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.All(Enumerable.Range(0, 50), i => Assert.Contains(first.GeneratedTrees, t => t.FilePath.Contains("Report" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "Context", StringComparison.Ordinal)));

        GeneratorDriverRunResult cached = driver.RunGenerators(project.WithUnrelatedEdit(compilation)).GetRunResult();
        Assert.Equal(first.GeneratedTrees.Select(t => t.ToString()), cached.GeneratedTrees.Select(t => t.ToString()));
    }

    [Fact]
    public void Generator_TheJsonPeersTypes_AreOursWithTheSameMemberAttributes()
    {
        // The compiler binds every member attribute for either generator: the peer's members carry the same ones.
        static IEnumerable<string> Members(string source) =>
            Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(source).GetRoot().DescendantNodes()
                .OfType<Microsoft.CodeAnalysis.CSharp.Syntax.PropertyDeclarationSyntax>()
                .Select(p => ((Microsoft.CodeAnalysis.CSharp.Syntax.TypeDeclarationSyntax)p.Parent!).Identifier.Text + "." + p.Identifier.Text + " "
                    + string.Join(" ", p.AttributeLists.Select(list => list.ToString())));

        Assert.Equal(Members(SyntheticProject.Source(7)), Members(JsonPeerProject.Source(7)));
    }

    [Fact]
    public void Html_TheLiquidTemplate_WritesExactlyOurHtml() =>
        Assert.Equal(Inputs.Valid.RenderHtml(), TemplateSides.RenderFluid(Inputs.Valid));

    [Fact]
    public void Html_TheHandlebarsTemplate_WritesExactlyOurHtml() =>
        Assert.Equal(Inputs.Valid.RenderHtml(), TemplateSides.RenderHandlebars(Inputs.Valid));

    [Fact]
    public void HtmlUtf8_BothSidesWriteTheSameBytes_ToAStream()
    {
        using var ours = new MemoryStream();
        using var theirs = new MemoryStream();
        Inputs.Valid.RenderHtml(ours);
        TemplateSides.RenderHandlebars(Inputs.Valid, theirs);

        Assert.Equal(System.Text.Encoding.UTF8.GetBytes(Inputs.Valid.RenderHtml()), ours.ToArray());
        Assert.Equal(ours.ToArray(), theirs.ToArray());
    }

    [Fact]
    public void Lunar_BothSidesConvertTheSameDays_AndAgreeWhereTheCalendarsDo()
    {
        Assert.Equal(LunarSides.LocalDates.Length, LunarSides.DateTimes.Length);
        int disagreements = 0;
        for (int i = 0; i < LunarSides.LocalDates.Length; i++)
        {
            Assert.Equal(LunarSides.LocalDates[i].ToDateTimeUnspecified(), LunarSides.DateTimes[i]);
            if (LunarSides.Ours(LunarSides.LocalDates[i]) != LunarSides.China(LunarSides.DateTimes[i]))
            {
                disagreements++;
            }
        }

        // Vietnam (UTC+7) and China (UTC+8) differ on 1,887 of the 48,578 days (57 lunar months, each explained in
        // DanVan.Reporting.Tests' ChineseCalendarComparisonTests: new moons just before midnight, the 1985 and 1987 leap
        // months); on every other day both sides give the same (year, month, leap, day).
        Assert.Equal(48_578, LunarSides.LocalDates.Length);
        Assert.Equal(1_887, disagreements);
    }

    [Fact]
    public void Generator_FirstRunGeneratesEveryReport_AndTheCachedRunChangesNothing()
    {
        var project = new SyntheticProject(50);
        Compilation compilation = project.NewCompilation();
        GeneratorDriver driver = SyntheticProject.NewDriver().RunGenerators(compilation);
        GeneratorDriverRunResult first = driver.GetRunResult();

        Assert.Equal(50, first.GeneratedTrees.Length);
        Assert.Empty(first.Diagnostics);

        GeneratorDriverRunResult cached = driver.RunGenerators(project.WithUnrelatedEdit(compilation)).GetRunResult();
        Assert.Equal(first.GeneratedTrees.Select(t => t.ToString()), cached.GeneratedTrees.Select(t => t.ToString()));
    }
}
