using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using DanVan.Reporting.Generators.Diagnostics;
using DanVan.Reporting.Generators.Helpers;
using DanVan.Reporting.Generators.Model;
using DanVan.Reporting.Schema;
using Microsoft.CodeAnalysis;

namespace DanVan.Reporting.Generators.Parsing;

// Members: what each one is, how it is rendered, and its rules.
internal sealed partial class ReportParser
{
    private const int MaxGroupTypes = 64;

    private EquatableArray<MemberSpec> ParseMembers(INamedTypeSymbol type, bool isReport)
    {
        var members = new List<MemberSpec>();
        foreach (ISymbol symbol in type.GetMembers())
        {
            _cancellation.ThrowIfCancellationRequested();
            if (symbol.IsStatic || symbol.IsImplicitlyDeclared || symbol.DeclaredAccessibility != Accessibility.Public)
            {
                continue;
            }

            ITypeSymbol? memberType = symbol switch
            {
                IPropertySymbol { IsIndexer: false, GetMethod: not null } property => property.Type,
                IFieldSymbol field => field.Type,
                _ => null,
            };
            if (memberType is null || (isReport && symbol.Name == "Period" && SymbolEqualityComparer.Default.Equals(memberType, _types.ReportPeriod)))
            {
                continue;
            }

            if (memberType.OriginalDefinition is INamedTypeSymbol { Name: "DocumentInfo" } && memberType.OriginalDefinition.ToDisplayString() == WellKnownTypes.Attributes.DocumentInfo)
            {
                continue; // the document block is rendered by the layout, not as a field
            }

            MemberSpec? member = ParseMember(symbol, memberType);
            if (member is not null)
            {
                members.Add(member);
            }
        }

        return members.ToEquatableArray();
    }

    private MemberSpec? ParseMember(ISymbol symbol, ITypeSymbol type)
    {
        Location location = symbol.Locations.FirstOrDefault() ?? Location.None;
        ImmutableAttributes attributes = new(symbol.GetAttributes(), _attributeNames);
        string typeName = type.ToDisplayString(SymbolDisplayFormat.CSharpErrorMessageFormat);

        bool isNullableValue = type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T };
        ITypeSymbol valueType = isNullableValue ? ((INamedTypeSymbol)type).TypeArguments[0] : type;
        bool isNullable = isNullableValue || !type.IsValueType;

        FieldKind? kind = Classify(valueType, out string? countProperty, out ITypeSymbol? elementType);
        string? groupKey = null;
        if (kind is FieldKind.Group or FieldKind.GroupList)
        {
            groupKey = RegisterGroup((INamedTypeSymbol)(kind == FieldKind.Group ? valueType : elementType!));
        }

        if (kind is null)
        {
            if (ContainsErrorType(type))
            {
                return null; // the compiler already reports the missing type (CS0246); a DV0003 on top would be noise
            }

            Report(DiagnosticDescriptors.UnsupportedMemberType, location, symbol.Name, typeName);
            return null;
        }

        // Number formats: [Percent], [Money], [Quantity("ha")].
        AttributeData? percent = attributes.Find(WellKnownTypes.Attributes.Percent);
        AttributeData? money = attributes.Find(WellKnownTypes.Attributes.Money);
        AttributeData? quantity = attributes.Find(WellKnownTypes.Attributes.Quantity);
        int formats = (percent is null ? 0 : 1) + (money is null ? 0 : 1) + (quantity is null ? 0 : 1);
        bool numeric = kind is FieldKind.Integer or FieldKind.Number or FieldKind.FloatingPoint;
        if (formats > 1)
        {
            Report(DiagnosticDescriptors.ConflictingFormats, location, symbol.Name);
        }
        else if (formats == 1 && !numeric)
        {
            string name = percent is not null ? "Percent" : money is not null ? "Money" : "Quantity";
            Report(DiagnosticDescriptors.FormatOnNonNumeric, location, symbol.Name, typeName, name);
        }

        FieldKind renderedKind = kind.Value;
        string? unit = null;
        int decimals = 2;
        if (formats == 1 && numeric)
        {
            if (percent is not null)
            {
                renderedKind = FieldKind.Percent;
                decimals = percent.NamedArguments.FirstOrDefault(a => a.Key == "Decimals").Value.Value is int d ? d : 2;
                if (decimals is < 0 or > 10)
                {
                    Report(DiagnosticDescriptors.InvalidRuleArgument, location, symbol.Name, "Percent", "Decimals must be 0 to 10; got " + decimals.ToString(System.Globalization.CultureInfo.InvariantCulture));
                }
            }
            else if (money is not null)
            {
                renderedKind = FieldKind.Money;
            }
            else
            {
                renderedKind = FieldKind.Quantity;
                unit = quantity!.ConstructorArguments.FirstOrDefault().Value as string ?? string.Empty;
            }
        }

        bool isTable = attributes.Find(WellKnownTypes.Attributes.Table) is not null;
        if (isTable && !CanBeTable(kind.Value, groupKey, out string why))
        {
            Report(DiagnosticDescriptors.InvalidTable, location, symbol.Name, why);
            isTable = false;
        }

        return new MemberSpec
        {
            Name = symbol.Name,
            IsTable = isTable,
            Label = Label(attributes, symbol.Name),
            Kind = renderedKind,
            IsNullable = isNullable,
            CountProperty = countProperty,
            GroupKey = groupKey,
            Unit = unit,
            IsFloatingPoint = kind == FieldKind.FloatingPoint,
            Decimals = decimals < 0 ? 0 : decimals > 10 ? 10 : decimals,
            Section = ParseSection(attributes, symbol, location),
            Rules = ParseRules(attributes, symbol, location, kind.Value, valueType, isNullable, typeName),
            Json = JsonMember(symbol, type, valueType, isNullableValue, elementType),
        };
    }

    // A table shows a record (one row per member) or a list of records (one row per item); every member is one cell.
    private bool CanBeTable(FieldKind kind, string? groupKey, out string why)
    {
        if (kind is not (FieldKind.Group or FieldKind.GroupList))
        {
            why = "only a record or a list of records can be shown as a table";
            return false;
        }

        if (!_groups.TryGetValue(groupKey!, out GroupTypeSpec? group) || group is null)
        {
            why = "its record refers back to itself, so its rows would have no end";
            return false;
        }

        foreach (MemberSpec member in group.Members)
        {
            if (member.Kind is FieldKind.TextList or FieldKind.Group or FieldKind.GroupList)
            {
                why = "the member '" + member.Name + "' of its record is a list or a record, which does not fit in a cell";
                return false;
            }
        }

        if (group.Members.Count == 0)
        {
            why = "its record has no members to show";
            return false;
        }

        why = string.Empty;
        return true;
    }

    private FieldKind? Classify(ITypeSymbol type, out string? countProperty, out ITypeSymbol? elementType)
    {
        countProperty = null;
        elementType = null;
        switch (type.SpecialType)
        {
            case SpecialType.System_String:
                return FieldKind.Text;
            case SpecialType.System_Boolean:
                return FieldKind.Boolean;
            case SpecialType.System_Byte or SpecialType.System_SByte or SpecialType.System_Int16 or SpecialType.System_UInt16
                or SpecialType.System_Int32 or SpecialType.System_UInt32 or SpecialType.System_Int64 or SpecialType.System_UInt64:
                return FieldKind.Integer;
            case SpecialType.System_Decimal:
                return FieldKind.Number;
            case SpecialType.System_Single or SpecialType.System_Double:
                return FieldKind.FloatingPoint;
        }

        if (SymbolEqualityComparer.Default.Equals(type, _types.LocalDate))
        {
            return FieldKind.Date;
        }

        if (SymbolEqualityComparer.Default.Equals(type, _types.ReportPeriod))
        {
            return FieldKind.Period;
        }

        if (type is IArrayTypeSymbol { Rank: 1 } array)
        {
            countProperty = "Length";
            elementType = array.ElementType;
        }
        else if (type is INamedTypeSymbol { IsGenericType: true } generic
            && (Is(generic, _types.IReadOnlyList) || Is(generic, _types.IList) || Is(generic, _types.List)))
        {
            countProperty = "Count";
            elementType = generic.TypeArguments[0];
        }

        if (elementType is not null)
        {
            if (elementType.SpecialType == SpecialType.System_String)
            {
                return FieldKind.TextList;
            }

            return IsGroupType(elementType) ? FieldKind.GroupList : null;
        }

        return IsGroupType(type) ? FieldKind.Group : null;
    }

    private static bool Is(INamedTypeSymbol type, INamedTypeSymbol? definition) =>
        definition is not null && SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, definition);

    // A nested record: a user class, record or struct with public readable members (not a framework type).
    private static bool IsGroupType(ITypeSymbol type) =>
        type is INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct, IsGenericType: false } named
        && named.SpecialType == SpecialType.None
        && !named.ToDisplayString().StartsWith("System.", System.StringComparison.Ordinal)
        && !named.ToDisplayString().StartsWith("NodaTime.", System.StringComparison.Ordinal)
        && named.GetMembers().Any(m => m is IPropertySymbol { IsStatic: false, DeclaredAccessibility: Accessibility.Public, IsIndexer: false });

    private string RegisterGroup(INamedTypeSymbol type)
    {
        string fullName = type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
        string key = new string(fullName.Replace("global::", string.Empty).Select(c => char.IsLetterOrDigit(c) ? c : '_').ToArray());
        if (_groups.ContainsKey(key) || _groups.Count >= MaxGroupTypes)
        {
            return key; // already parsed, being parsed (a recursive record), or past the cap
        }

        _groups[key] = null; // placeholder: a recursive reference finds the key and stops here
        _groupOrder.Add(key);
        EquatableArray<MemberSpec> members = ParseMembers(type, isReport: false);
        _groups[key] = new GroupTypeSpec(key, fullName, members) { Json = JsonType(type, members, isReport: false) };
        return key;
    }

    private static string Label(ImmutableAttributes attributes, string name) =>
        attributes.Find(WellKnownTypes.Attributes.Display)?.NamedArguments.FirstOrDefault(a => a.Key == "Name").Value.Value as string ?? name;

    private SectionSpec? ParseSection(ImmutableAttributes attributes, ISymbol symbol, Location location)
    {
        AttributeData? section = attributes.Find(WellKnownTypes.Attributes.Section);
        if (section is null)
        {
            return null;
        }

        string number = section.ConstructorArguments.Length > 0 ? section.ConstructorArguments[0].Value as string ?? string.Empty : string.Empty;
        string title = section.ConstructorArguments.Length > 1 ? section.ConstructorArguments[1].Value as string ?? string.Empty : string.Empty;
        if (number.Trim().Length == 0 || title.Trim().Length == 0)
        {
            Report(DiagnosticDescriptors.EmptySection, location, symbol.Name);
        }

        if (!TitleTemplateParser.TryParse(title, out EquatableArray<TitlePart> parts, out string unknown))
        {
            Report(DiagnosticDescriptors.UnknownTitlePlaceholder, location, title, unknown);
            return null;
        }

        return new SectionSpec(number, parts, TitleTemplateParser.IsUpperCase(title));
    }

    private static bool ContainsErrorType(ITypeSymbol type) => type switch
    {
        { TypeKind: TypeKind.Error } => true,
        IArrayTypeSymbol array => ContainsErrorType(array.ElementType),
        INamedTypeSymbol { IsGenericType: true } generic => generic.TypeArguments.Any(ContainsErrorType),
        _ => false,
    };

    /// <summary>A member's attribute list with lookup by metadata name.</summary>
    /// <remarks>
    /// Each attribute class's name is computed once per parse (<paramref name="names"/>), not once per lookup: a member
    /// is looked up a dozen times, and a report may have thousands of members.
    /// </remarks>
    private readonly struct ImmutableAttributes(System.Collections.Immutable.ImmutableArray<AttributeData> attributes, Dictionary<INamedTypeSymbol, string> names)
    {
        public AttributeData? Find(string metadataName)
        {
            foreach (AttributeData attribute in attributes)
            {
                if (attribute.AttributeClass is not { } type)
                {
                    continue;
                }

                if (!names.TryGetValue(type, out string? name))
                {
                    name = type.ToDisplayString();
                    names[type] = name;
                }

                if (name == metadataName)
                {
                    return attribute;
                }
            }

            return null;
        }
    }

    private static string DecimalLiteral(decimal value) =>
        value == decimal.MaxValue ? "global::System.Decimal.MaxValue"
        : value == decimal.MinValue ? "global::System.Decimal.MinValue"
        : value.ToString(CultureInfo.InvariantCulture) + "m";

    private static string DoubleLiteral(double value) =>
        double.IsPositiveInfinity(value) ? "global::System.Double.PositiveInfinity"
        : double.IsNegativeInfinity(value) ? "global::System.Double.NegativeInfinity"
        : double.IsNaN(value) ? "global::System.Double.NaN"
        : value.ToString("R", CultureInfo.InvariantCulture) + "d";
}
