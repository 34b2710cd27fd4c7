using DanVan.Reporting.Generators.Emit;
using DanVan.Reporting.Generators.Model;
using DanVan.Reporting.Generators.Parsing;
using Microsoft.CodeAnalysis;

namespace DanVan.Reporting.Generators;

/// <summary>
/// Turns every [Report] type into its Validate(), WriteTo(), IReport implementation, NextPeriod and Schema, one file
/// per report. Declaration mistakes are reported by <see cref="ReportAnalyzer"/> (live in the IDE, suppressible); the
/// generator only skips a report it cannot generate.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class ReportGenerator : IIncrementalGenerator
{
    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        IncrementalValuesProvider<ReportSpec?> parsed = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                WellKnownTypes.Attributes.Report,
                predicate: static (node, _) => node is Microsoft.CodeAnalysis.CSharp.Syntax.TypeDeclarationSyntax,
                transform: static (attributeContext, cancellation) =>
                    attributeContext.TargetSymbol is INamedTypeSymbol type && IsFirstReportDeclaration(type, attributeContext.TargetNode)
                        ? ReportParser.Parse(type, attributeContext.Attributes[0], WellKnownTypes.For(attributeContext.SemanticModel.Compilation), cancellation).Spec
                        : null)
            .WithTrackingName(TrackingNames.Parse);

        IncrementalValuesProvider<ReportSpec> specs = parsed
            .Where(static spec => spec is not null)
            .Select(static (spec, _) => spec!)
            .WithTrackingName(TrackingNames.Spec);

        context.RegisterSourceOutput(specs, static (output, spec) =>
            output.AddSource(ReportEmitter.HintName(spec), ReportEmitter.Emit(spec)));
    }

    // [Report] on two partial declarations of one type (the compiler's CS0579) reaches the transform once per
    // declaration, each time with all the type's attributes; only the declaration that carries the first one
    // generates, or the two files would collide.
    private static bool IsFirstReportDeclaration(INamedTypeSymbol type, SyntaxNode declaration)
    {
        foreach (AttributeData candidate in type.GetAttributes())
        {
            if (WellKnownTypes.Is(candidate.AttributeClass, WellKnownTypes.Attributes.Report))
            {
                return candidate.ApplicationSyntaxReference is not { } first
                    || (first.SyntaxTree == declaration.SyntaxTree && declaration.Span.Contains(first.Span));
            }
        }

        return true;
    }
}
