using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using DanVan.Reporting.Generators.Diagnostics;
using DanVan.Reporting.Generators.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DanVan.Reporting.Generators;

/// <summary>
/// Reports mistakes in [Report] declarations as the user types, with the same parser the generator uses. Its
/// diagnostics honour <c>#pragma warning disable</c>, <c>[SuppressMessage]</c> and <c>.editorconfig</c> severities.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ReportAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.ReportMustBePartial,
        DiagnosticDescriptors.MissingPeriodProperty,
        DiagnosticDescriptors.UnsupportedMemberType,
        DiagnosticDescriptors.ContradictoryConstraints,
        DiagnosticDescriptors.FormatOnNonNumeric,
        DiagnosticDescriptors.InPeriodOnNonDate,
        DiagnosticDescriptors.UnknownTitlePlaceholder,
        DiagnosticDescriptors.InvalidPattern,
        DiagnosticDescriptors.GenericReport,
        DiagnosticDescriptors.ConflictingMember,
        DiagnosticDescriptors.ConflictingFormats,
        DiagnosticDescriptors.RuleNeverFails,
        DiagnosticDescriptors.EmptySection,
        DiagnosticDescriptors.RuleOnWrongType,
        DiagnosticDescriptors.InvalidRuleArgument,
        DiagnosticDescriptors.InvalidTable,
        DiagnosticDescriptors.InvalidLength,
        DiagnosticDescriptors.InvalidRangeBounds,
        DiagnosticDescriptors.InvalidMatchTimeout,
        DiagnosticDescriptors.NotReadableFromJson,
        DiagnosticDescriptors.InaccessibleGetter,
        DiagnosticDescriptors.FileLocalReport,
        DiagnosticDescriptors.RefStructReport,
        DiagnosticDescriptors.UndefinedEnumValue,
        DiagnosticDescriptors.RollUpRuleMissing,
        DiagnosticDescriptors.RollUpRuleOnWrongType,
        DiagnosticDescriptors.RollUpArgumentMissing,
        DiagnosticDescriptors.RollUpUnknownMember,
        DiagnosticDescriptors.RollUpNotBuildable);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            INamedTypeSymbol? reportAttribute = start.Compilation.GetTypeByMetadataName(WellKnownTypes.Attributes.Report);
            if (reportAttribute is null)
            {
                return; // the project does not reference DanVan.Reporting
            }

            var types = new WellKnownTypes(start.Compilation);

            // A nested record shared by several reports is parsed with each of them; its mistakes are reported once, by
            // the report that found them first. Claiming (not just "seen before") keeps a re-run of the same report's
            // action reporting them again.
            var owners = new ConcurrentDictionary<(string Id, Location Location), ISymbol>();
            start.RegisterSymbolAction(
                symbolContext =>
                {
                    var type = (INamedTypeSymbol)symbolContext.Symbol;
                    AttributeData? attribute = type.GetAttributes().FirstOrDefault(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, reportAttribute));
                    if (attribute is null)
                    {
                        return;
                    }

                    foreach (Diagnostic diagnostic in ReportParser.Parse(type, attribute, types, symbolContext.CancellationToken).Diagnostics)
                    {
                        if (SymbolEqualityComparer.Default.Equals(owners.GetOrAdd((diagnostic.Id, diagnostic.Location), type), type))
                        {
                            symbolContext.ReportDiagnostic(diagnostic);
                        }
                    }
                },
                SymbolKind.NamedType);
        });
    }
}
