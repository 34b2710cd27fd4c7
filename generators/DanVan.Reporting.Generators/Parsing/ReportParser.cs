using System.Collections.Generic;
using System.Linq;
using System.Threading;
using DanVan.Reporting.Generators.Diagnostics;
using DanVan.Reporting.Generators.Helpers;
using DanVan.Reporting.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DanVan.Reporting.Generators.Parsing;

/// <summary>
/// Reads a [Report] type into a <see cref="ReportSpec"/>. The same code serves the generator (which needs the spec)
/// and the analyzer (which reports the diagnostics live in the IDE), so both always agree.
/// </summary>
internal sealed partial class ReportParser
{
    /// <summary>Names the generator writes on every report; a user member with one of these names is a conflict.</summary>
    internal static readonly string[] GeneratedMemberNames = ["Validate", "WriteTo", "NextPeriod", "Schema", "ReadJson", "WriteJson", "GetJsonSchema"];

    private readonly WellKnownTypes _types;
    private readonly List<Diagnostic> _diagnostics = [];
    private readonly Dictionary<string, GroupTypeSpec?> _groups = new(System.StringComparer.Ordinal);
    private readonly List<string> _groupOrder = [];
    private readonly Dictionary<INamedTypeSymbol, string> _attributeNames = new(SymbolEqualityComparer.Default);
    private readonly CancellationToken _cancellation;
    private INamedTypeSymbol? _report;

    private ReportParser(WellKnownTypes types, CancellationToken cancellation)
    {
        _types = types;
        _cancellation = cancellation;
    }

    /// <summary>The diagnostics found while parsing.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics => _diagnostics;

    /// <summary>Parses <paramref name="type"/>; the spec is null when an error stops generation.</summary>
    public static (ReportSpec? Spec, IReadOnlyList<Diagnostic> Diagnostics) Parse(INamedTypeSymbol type, AttributeData reportAttribute, WellKnownTypes types, CancellationToken cancellation)
    {
        var parser = new ReportParser(types, cancellation);
        ReportSpec? spec = parser.ParseReport(type, reportAttribute);
        List<string> errors = parser._diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.Id).Distinct().OrderBy(id => id, System.StringComparer.Ordinal).ToList();
        if (errors.Count == 0 || spec is null)
        {
            return (spec, parser._diagnostics);
        }

        // Errors in members: the type itself is fine, so it gets a placeholder. Errors in the type (not partial,
        // generic, no Period, a conflicting member) leave nothing to attach the generated members to.
        bool typeIsSound = !errors.Any(id => id == DiagnosticDescriptors.ReportMustBePartial.Id || id == DiagnosticDescriptors.MissingPeriodProperty.Id
            || id == DiagnosticDescriptors.GenericReport.Id || id == DiagnosticDescriptors.ConflictingMember.Id
            || id == DiagnosticDescriptors.FileLocalReport.Id || id == DiagnosticDescriptors.RefStructReport.Id);
        ReportSpec? placeholder = typeIsSound
            ? spec with { Members = EquatableArray<MemberSpec>.Empty, GroupTypes = EquatableArray<GroupTypeSpec>.Empty, DocumentMember = null, PlaceholderFor = string.Join(", ", errors) }
            : null;
        return (placeholder, parser._diagnostics);
    }

    private ReportSpec? ParseReport(INamedTypeSymbol type, AttributeData reportAttribute)
    {
        _report = type;
        Location location = type.Locations.FirstOrDefault() ?? Location.None;
        string typeName = type.ToDisplayString(SymbolDisplayFormat.CSharpErrorMessageFormat);

        if (!IsPartialWithContainers(type))
        {
            Report(DiagnosticDescriptors.ReportMustBePartial, location, typeName);
        }

        // Only the report's own type parameters: inside a generic type (Kho<T>.BaoCao) the members are still known at
        // compile time, and the generated partial declarations repeat the containers' type parameters.
        if (type.TypeParameters.Length > 0)
        {
            Report(DiagnosticDescriptors.GenericReport, location, typeName);
        }

        if (type.IsFileLocal)
        {
            Report(DiagnosticDescriptors.FileLocalReport, location, typeName);
        }

        if (type.IsRefLikeType)
        {
            Report(DiagnosticDescriptors.RefStructReport, location, typeName);
        }

        if (!HasPeriodProperty(type))
        {
            Report(DiagnosticDescriptors.MissingPeriodProperty, location, typeName);
        }

        ReportConflicts(type, GeneratedMemberNames, location, typeName);

        string title = NamedString(reportAttribute, "Title") ?? string.Empty;
        string periodKind = NamedEnumName(reportAttribute, "Period", ["Month", "Quarter", "FirstHalf", "SecondHalf", "NineMonths", "Year", "Term"], "PeriodKind", location) ?? "Year";
        EquatableArray<MemberSpec> members = ParseMembers(type, isReport: true);
        ParsePendingGroups();
        CheckTables();
        JsonTypeSpec json = JsonType(type, members, isReport: true);
        bool rollUp = members.Any(m => m.RollUp is not null);
        if (rollUp)
        {
            CheckRollUps(type, members, json);
            ReportConflicts(type, ["RollUp"], location, typeName);
        }

        return new ReportSpec
        {
            Namespace = type.ContainingNamespace.IsGlobalNamespace ? string.Empty : type.ContainingNamespace.ToDisplayString(),
            ContainingTypes = ContainingTypes(type),
            Keyword = Keyword(type),
            Name = type.Name,
            FullyQualifiedName = type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat),
            Title = title,
            PeriodKind = periodKind,
            Members = members,
            DocumentMember = DocumentMember(type),
            GroupTypes = _groupOrder.Select(key => _groups[key]).Where(g => g is not null).Select(g => g!).ToEquatableArray(),
            Json = WithJsonProblems(type, json),
            RollUp = rollUp,
        };
    }

    // A member the generator writes must not be declared already, and the report type must not have its name (a member
    // cannot be named as its type). Schema and NextPeriod are properties: any member of that name collides. The others
    // are methods: only an overload with the same parameter count does.
    private void ReportConflicts(INamedTypeSymbol type, string[] generated, Location location, string typeName)
    {
        if (generated.Contains(type.Name))
        {
            Report(DiagnosticDescriptors.ConflictingMember, location, typeName, type.Name);
        }

        foreach (ISymbol member in type.GetMembers())
        {
            if (member.IsImplicitlyDeclared || !generated.Contains(member.Name))
            {
                continue;
            }

            int parameters = GeneratedParameterCount(member.Name);
            bool conflicts = member is not IMethodSymbol method || parameters < 0 || method.Parameters.Length == parameters;
            if (conflicts)
            {
                Report(DiagnosticDescriptors.ConflictingMember, member.Locations.FirstOrDefault() ?? location, typeName, member.Name);
            }
        }
    }

    // How many parameters the generated method of that name takes (-1 for the properties, which any method collides with).
    private static int GeneratedParameterCount(string name) => name switch
    {
        "Validate" => 0,
        "WriteTo" or "GetJsonSchema" or "RollUp" => 1,
        "ReadJson" or "WriteJson" => 2,
        _ => -1,
    };

    // Public, with a public getter: the generated IReport implementation uses it as IReport.Period, which a property of
    // any other accessibility cannot implement.
    private bool HasPeriodProperty(INamedTypeSymbol type) =>
        AllMembers(type).OfType<IPropertySymbol>().Any(p =>
            p.Name == "Period" && !p.IsStatic && p.DeclaredAccessibility == Accessibility.Public
            && p.GetMethod is { DeclaredAccessibility: Accessibility.Public } && SymbolEqualityComparer.Default.Equals(p.Type, _types.ReportPeriod));

    private static IEnumerable<ISymbol> AllMembers(INamedTypeSymbol type)
    {
        for (INamedTypeSymbol? current = type; current is not null && !IsFrameworkBase(current); current = current.BaseType)
        {
            foreach (ISymbol member in current.GetMembers())
            {
                yield return member;
            }
        }
    }

    // Members of object, System.* and Microsoft.* base types are not report data (a record's EqualityContract, say).
    private static bool IsFrameworkBase(INamedTypeSymbol type)
    {
        if (type.SpecialType == SpecialType.System_Object || type.SpecialType == SpecialType.System_ValueType)
        {
            return true;
        }

        INamespaceSymbol? root = type.ContainingNamespace;
        while (root?.ContainingNamespace is { IsGlobalNamespace: false } parent)
        {
            root = parent;
        }

        return root is { IsGlobalNamespace: false, Name: "System" or "Microsoft" };
    }

    // The optional document block: a readable instance member of type DanVan.Reporting.DocumentInfo.
    private static string? DocumentMember(INamedTypeSymbol type) =>
        AllMembers(type).FirstOrDefault(member => !member.IsStatic && member.DeclaredAccessibility == Accessibility.Public && member switch
        {
            IPropertySymbol { GetMethod: not null, IsIndexer: false } property => WellKnownTypes.Is(property.Type.OriginalDefinition, WellKnownTypes.Attributes.DocumentInfo),
            IFieldSymbol field => WellKnownTypes.Is(field.Type.OriginalDefinition, WellKnownTypes.Attributes.DocumentInfo),
            _ => false,
        })?.Name;

    private static bool IsPartialWithContainers(INamedTypeSymbol type)
    {
        for (INamedTypeSymbol? current = type; current is not null; current = current.ContainingType)
        {
            bool partial = current.DeclaringSyntaxReferences.Any(reference =>
                reference.GetSyntax() is TypeDeclarationSyntax declaration && declaration.Modifiers.Any(SyntaxKind.PartialKeyword));
            if (!partial)
            {
                return false;
            }
        }

        return true;
    }

    private static EquatableArray<ContainingTypeSpec> ContainingTypes(INamedTypeSymbol type)
    {
        var containers = new List<ContainingTypeSpec>();
        for (INamedTypeSymbol? current = type.ContainingType; current is not null; current = current.ContainingType)
        {
            // Constraints need not be repeated on a partial declaration; variance never occurs, as a variant interface
            // cannot contain types (CS8427).
            string typeParameters = current.TypeParameters.Length == 0 ? string.Empty : "<" + string.Join(", ", current.TypeParameters.Select(p => Emit.ReportEmitter.Identifier(p.Name))) + ">";
            containers.Insert(0, new ContainingTypeSpec(Keyword(current), current.Name, typeParameters));
        }

        return containers.ToEquatableArray();
    }

    private static string Keyword(INamedTypeSymbol type) => (type.IsRecord, type.IsValueType) switch
    {
        _ when type.TypeKind == TypeKind.Interface => "interface",
        (true, true) => "record struct",
        (true, false) => "record",
        (false, true) => "struct",
        _ => "class",
    };

    private void Report(DiagnosticDescriptor descriptor, Location location, params string[] arguments) =>
        _diagnostics.Add(Diagnostic.Create(descriptor, location, arguments));

    private static string? NamedString(AttributeData attribute, string name) =>
        attribute.NamedArguments.FirstOrDefault(a => a.Key == name).Value.Value as string;

    // An enum argument by member name; a value outside the enum ("(PeriodKind)42") is DV0023, never silently another one.
    private string? NamedEnumName(AttributeData attribute, string name, string[] names, string enumName, Location location)
    {
        object? value = attribute.NamedArguments.FirstOrDefault(a => a.Key == name).Value.Value;
        if (value is int index && index >= 0 && index < names.Length)
        {
            return names[index];
        }

        if (value is int undefined)
        {
            Location where = attribute.ApplicationSyntaxReference?.GetSyntax(_cancellation).GetLocation() ?? location;
            Report(DiagnosticDescriptors.UndefinedEnumValue, where, name, undefined.ToString(System.Globalization.CultureInfo.InvariantCulture), enumName, string.Join(", ", names));
        }

        return null;
    }
}
