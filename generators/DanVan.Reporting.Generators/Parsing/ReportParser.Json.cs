using System.Collections.Generic;
using System.Linq;
using DanVan.Reporting.Generators.Diagnostics;
using DanVan.Reporting.Generators.Helpers;
using DanVan.Reporting.Generators.Model;
using Microsoft.CodeAnalysis;

namespace DanVan.Reporting.Generators.Parsing;

// JSON: which members can be set, their JSON names and nullability, and whether a type can be built from JSON at all.
internal sealed partial class ReportParser
{
    private static readonly SymbolDisplayFormat s_declaredType =
        SymbolDisplayFormat.FullyQualifiedFormat.AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    /// <summary>The JSON side of a member; null when it cannot be set (a get-only or computed property), which JSON skips.</summary>
    private static JsonMemberSpec? JsonMember(ISymbol symbol, ITypeSymbol type, ITypeSymbol valueType, bool isNullableValue, ITypeSymbol? elementType)
    {
        if (!IsSettable(symbol))
        {
            return null;
        }

        ITypeSymbol shown = elementType ?? valueType;
        return new JsonMemberSpec(
            CamelCase(symbol.Name),
            type.ToDisplayString(s_declaredType),
            shown.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat),
            isNullableValue || AcceptsNull(type),
            elementType is not null && AcceptsNull(elementType),
            IsRequiredMember(symbol),
            type is IArrayTypeSymbol);
    }

    private static bool AcceptsNull(ITypeSymbol type) =>
        type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T }
        || (!type.IsValueType && type.NullableAnnotation != NullableAnnotation.NotAnnotated);

    private static bool IsRequiredMember(ISymbol symbol) => symbol is IPropertySymbol { IsRequired: true } or IFieldSymbol { IsRequired: true };

    /// <summary>Whether a report or nested record can be built from JSON, and its document member's JSON side.</summary>
    private static JsonTypeSpec JsonType(INamedTypeSymbol type, EquatableArray<MemberSpec> members, bool isReport)
    {
        string? problem = null;
        bool constructible = type.IsValueType
            || (!type.IsAbstract && type.InstanceConstructors.Any(c => c.Parameters.Length == 0 && c.DeclaredAccessibility is Accessibility.Public or Accessibility.Internal or Accessibility.ProtectedOrInternal));
        if (!constructible)
        {
            problem = "'" + type.Name + "' has no accessible parameterless constructor";
        }

        var handled = new HashSet<string>(members.Where(m => m.Json is not null).Select(m => m.Name), System.StringComparer.Ordinal);
        ISymbol? document = null;
        if (isReport)
        {
            handled.Add("Period");
            // The document member's name is looked up once: computed inside the predicate, it made the parse quadratic
            // in the member count (a report with 10,000 members allocated 31 GB). The member may be inherited.
            string? documentName = DocumentMember(type);
            document = documentName is null ? null : AllMembers(type).FirstOrDefault(m => !m.IsStatic && m.DeclaredAccessibility == Accessibility.Public && m.Name == documentName);
            if (document is not null && IsSettable(document))
            {
                handled.Add(document.Name);
            }

            // Without a Period at all DV0002 is the error to fix; here only one that cannot be set counts.
            if (AllMembers(type).OfType<IPropertySymbol>().Any(p => p.Name == "Period" && !p.IsStatic)
                && !AllMembers(type).OfType<IPropertySymbol>().Any(p => p.Name == "Period" && !p.IsStatic && IsSettable(p)))
            {
                problem ??= "its Period property cannot be set";
            }
        }

        // JSON names must be distinct, and a report's members must not take the names of its kind, period and document.
        var names = new HashSet<string>(isReport ? ["kind", "period", "document"] : [], System.StringComparer.Ordinal);
        foreach (MemberSpec member in members.Where(m => m.Json is not null))
        {
            if (!names.Add(member.Json!.JsonName))
            {
                problem ??= "the member '" + member.Name + "' would be written as \"" + member.Json.JsonName + "\", a name another member or the report's kind, period or document already has";
            }
        }

        // A required member is read when the member of that name is, in the type or in a base type; one hidden by a
        // derived member of the same name cannot be set from JSON.
        var overrides = new Dictionary<string, bool>(System.StringComparer.Ordinal); // name → whether its most derived member overrides
        for (INamedTypeSymbol? current = type; current is not null && problem is null; current = current.BaseType)
        {
            foreach (ISymbol member in current.GetMembers())
            {
                bool hidden = false;
                if (overrides.TryGetValue(member.Name, out bool overridden))
                {
                    hidden = !overridden;
                }
                else
                {
                    overrides[member.Name] = member.IsOverride;
                }

                if (IsRequiredMember(member) && (hidden || !handled.Contains(member.Name)))
                {
                    problem = "its required member '" + member.Name + "' is not one the generator reads";
                    break;
                }
            }
        }

        ITypeSymbol? documentType = document switch
        {
            IPropertySymbol property => property.Type,
            IFieldSymbol field => field.Type,
            _ => null,
        };
        return new JsonTypeSpec(
            problem,
            type.IsValueType,
            documentType is not null && AcceptsNull(documentType),
            document is not null && IsRequiredMember(document),
            document is not null && IsSettable(document));
    }

    private static bool IsSettable(ISymbol symbol) => symbol switch
    {
        IPropertySymbol property => property.SetMethod is { } setter && setter.DeclaredAccessibility is Accessibility.Public or Accessibility.Internal or Accessibility.ProtectedOrInternal,
        IFieldSymbol field => !field.IsReadOnly && !field.IsConst,
        _ => false,
    };

    /// <summary>
    /// The report's JSON side, with the first problem of its nested records when it has none of its own: a report is read
    /// from JSON only when all of its types can be built. Reports DV0030 when it cannot.
    /// </summary>
    private JsonTypeSpec WithJsonProblems(INamedTypeSymbol type, JsonTypeSpec report)
    {
        string? problem = report.Problem
            ?? _groupOrder.Select(key => _groups[key]?.Json?.Problem).FirstOrDefault(p => p is not null);
        if (problem is null)
        {
            return report;
        }

        if (_diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            return report with { Problem = problem }; // the error is the thing to fix; the report gets a placeholder anyway
        }

        Report(DiagnosticDescriptors.NotReadableFromJson, type.Locations.FirstOrDefault() ?? Location.None, type.Name, problem);
        return report with { Problem = problem };
    }

    /// <summary>The camelCase JSON name, as System.Text.Json's JsonNamingPolicy.CamelCase writes it ("TyLeHoNgheo" → "tyLeHoNgheo", "URLValue" → "urlValue").</summary>
    internal static string CamelCase(string name)
    {
        if (name.Length == 0 || !char.IsUpper(name[0]))
        {
            return name;
        }

        char[] chars = name.ToCharArray();
        for (int i = 0; i < chars.Length; i++)
        {
            if (i == 1 && !char.IsUpper(chars[i]))
            {
                break;
            }

            bool hasNext = i + 1 < chars.Length;
            if (i > 0 && hasNext && !char.IsUpper(chars[i + 1]))
            {
                break;
            }

            chars[i] = char.ToLowerInvariant(chars[i]);
        }

        return new string(chars);
    }
}
