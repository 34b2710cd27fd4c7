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
    // How deep record types are parsed recursively before the rest wait in a queue.
    private const int MaxParseDepth = 32;

    private readonly Dictionary<string, string> _groupKeys = new(System.StringComparer.Ordinal);
    private readonly Queue<(INamedTypeSymbol Type, string Key, string FullName)> _pendingGroups = new();
    private readonly List<(string Name, Location Location, FieldKind Kind, string? GroupKey)> _tables = [];
    private int _parseDepth;

    private EquatableArray<MemberSpec> ParseMembers(INamedTypeSymbol type, bool isReport)
    {
        var members = new List<MemberSpec>();
        foreach (ISymbol symbol in DataMembers(type))
        {
            _cancellation.ThrowIfCancellationRequested();
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

            if (WellKnownTypes.Is(memberType.OriginalDefinition, WellKnownTypes.Attributes.DocumentInfo))
            {
                continue; // the document block is rendered by the layout, not as a field
            }

            // "public int X { private get; init; }": the generated code could not read it, and skipping it silently
            // would lose the value.
            if (symbol is IPropertySymbol { GetMethod: { } getter } && _report is not null && !_types.Compilation.IsSymbolAccessibleWithin(getter, _report))
            {
                Report(DiagnosticDescriptors.InaccessibleGetter, symbol.Locations.FirstOrDefault() ?? Location.None, symbol.Name, _report.ToDisplayString(SymbolDisplayFormat.CSharpErrorMessageFormat));
                continue;
            }

            MemberSpec? member = ParseMember(symbol, memberType);
            if (member is not null)
            {
                RememberLocation(type, symbol);
                members.Add(member);
            }
        }

        return members.ToEquatableArray();
    }

    // The public instance members of the type and of its base types, base members first (as a record prints them);
    // a member overridden or hidden in a derived type is taken once, from the most derived one. [Display(Order = n)]
    // then places members as ASP.NET Core's metadata does: by n, a member without it counting as 10000, ties in that
    // order. It lets a derived report put its own members between those it inherits (docs/guide/reports.md).
    private static List<ISymbol> DataMembers(INamedTypeSymbol type)
    {
        var chain = new List<INamedTypeSymbol>();
        for (INamedTypeSymbol? current = type; current is not null && !IsFrameworkBase(current) && chain.Count < 64; current = current.BaseType)
        {
            chain.Add(current);
        }

        var taken = new HashSet<string>(System.StringComparer.Ordinal);
        var levels = new List<List<ISymbol>>();
        foreach (INamedTypeSymbol level in chain)
        {
            var own = new List<ISymbol>();
            foreach (ISymbol symbol in level.GetMembers())
            {
                if (symbol.IsStatic || symbol.IsImplicitlyDeclared || symbol.DeclaredAccessibility != Accessibility.Public || symbol is not (IPropertySymbol or IFieldSymbol))
                {
                    continue;
                }

                if (taken.Add(symbol.Name))
                {
                    own.Add(symbol);
                }
            }

            levels.Add(own);
        }

        levels.Reverse();
        return levels.SelectMany(level => level).OrderBy(DisplayOrder).ToList(); // OrderBy is stable
    }

    private const int DefaultDisplayOrder = 10000;

    private static int DisplayOrder(ISymbol symbol)
    {
        foreach (AttributeData attribute in symbol.GetAttributes())
        {
            if (WellKnownTypes.Is(attribute.AttributeClass, WellKnownTypes.Attributes.Display))
            {
                foreach (KeyValuePair<string, TypedConstant> argument in attribute.NamedArguments)
                {
                    if (argument.Key == "Order" && argument.Value.Value is int order)
                    {
                        return order;
                    }
                }
            }
        }

        return DefaultDisplayOrder;
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
        if (isTable)
        {
            // Checked once every record is parsed (CheckTables): the record may still be waiting in the queue.
            _tables.Add((symbol.Name, location, kind.Value, groupKey));
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
            IsLongInteger = kind == FieldKind.Integer && valueType.SpecialType != SpecialType.System_UInt64,
            Decimals = decimals < 0 ? 0 : decimals > 10 ? 10 : decimals,
            Section = ParseSection(attributes, symbol, location),
            Rules = ParseRules(attributes, symbol, location, kind.Value, valueType, isNullable, typeName),
            Json = JsonMember(symbol, type, valueType, isNullableValue, elementType),
            RollUp = ParseRollUp(attributes, symbol, location),
        };
    }

    private void CheckTables()
    {
        foreach ((string name, Location location, FieldKind kind, string? groupKey) in _tables)
        {
            if (!CanBeTable(kind, groupKey, out string why))
            {
                Report(DiagnosticDescriptors.InvalidTable, location, name, why);
            }
        }
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
            why = "its record has no members to show";
            return false;
        }

        if (group.Members.Any(member => member.GroupKey == groupKey))
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
    // File-local and ref struct types are not: generated code in another file cannot name the one, nor hold the other.
    // A record inside a generic type (Kho<T>.Nhom) is one: its name, with the type arguments it is used with, is valid
    // wherever the member's type is; a generic record itself is not.
    private static bool IsGroupType(ITypeSymbol type) =>
        type is INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct, TypeParameters.Length: 0, IsFileLocal: false, IsRefLikeType: false } named
        && named.SpecialType == SpecialType.None
        && !named.ToDisplayString().StartsWith("System.", System.StringComparison.Ordinal)
        && !named.ToDisplayString().StartsWith("NodaTime.", System.StringComparison.Ordinal)
        && AllMembers(named).Any(m => m is IPropertySymbol { IsStatic: false, DeclaredAccessibility: Accessibility.Public, IsIndexer: false });

    // Each record type gets a key that names its methods ("ValidateGroup_Reports_MoHinh"). Keys are unique: "A_B" and
    // "A.B" (both "A_B" once sanitised) get "A_B" and "A_B_2". Records are parsed depth-first as they are met, except
    // past MaxParseDepth, where they wait in a queue: a chain of thousands of record types must not overflow the stack.
    private string RegisterGroup(INamedTypeSymbol type)
    {
        string fullName = type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
        if (_groupKeys.TryGetValue(fullName, out string? known))
        {
            return known; // already parsed, or being parsed (a recursive record)
        }

        string stem = new string(fullName.Replace("global::", string.Empty).Select(c => char.IsLetterOrDigit(c) ? c : '_').ToArray());
        string key = stem;
        for (int n = 2; _groups.ContainsKey(key); n++)
        {
            key = stem + "_" + n.ToString(CultureInfo.InvariantCulture);
        }

        _groupKeys[fullName] = key;
        _groups[key] = null; // placeholder until its members are parsed
        _groupOrder.Add(key);
        if (_parseDepth >= MaxParseDepth)
        {
            _pendingGroups.Enqueue((type, key, fullName));
            return key;
        }

        ParseGroup(type, key, fullName);
        return key;
    }

    private void ParseGroup(INamedTypeSymbol type, string key, string fullName)
    {
        _parseDepth++;
        EquatableArray<MemberSpec> members = ParseMembers(type, isReport: false);
        _parseDepth--;
        _groups[key] = new GroupTypeSpec(key, fullName, members) { Json = JsonType(type, members, isReport: false), SupportsWith = type.IsRecord || type.IsValueType };
    }

    private void ParsePendingGroups()
    {
        while (_pendingGroups.Count > 0)
        {
            (INamedTypeSymbol type, string key, string fullName) = _pendingGroups.Dequeue();
            ParseGroup(type, key, fullName);
        }
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
}
