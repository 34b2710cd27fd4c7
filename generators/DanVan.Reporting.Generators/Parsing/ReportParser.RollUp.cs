using System.Collections.Generic;
using System.Linq;
using DanVan.Reporting.Generators.Diagnostics;
using DanVan.Reporting.Generators.Helpers;
using DanVan.Reporting.Generators.Model;
using DanVan.Reporting.Schema;
using Microsoft.CodeAnalysis;

namespace DanVan.Reporting.Generators.Parsing;

// Roll-up: the [RollUp] rule of each member, and the checks that make a report's generated RollUp complete.
internal sealed partial class ReportParser
{
    /// <summary>The RollUpRule members, in the enum's order.</summary>
    internal static readonly string[] RollUpRules = ["Sum", "Min", "Max", "Percent", "Weighted", "Gather", "ByKey", "Same", "Skip"];

    private static readonly HashSet<string> s_integerTypes = new(System.StringComparer.Ordinal)
    {
        "byte", "sbyte", "short", "ushort", "int", "uint", "long", "ulong",
    };

    private readonly Dictionary<(string Type, string Member), Location> _memberLocations = new();

    private void RememberLocation(INamedTypeSymbol type, ISymbol symbol) =>
        _memberLocations[(type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat), symbol.Name)] = symbol.Locations.FirstOrDefault() ?? Location.None;

    private RollUpSpec? ParseRollUp(ImmutableAttributes attributes, ISymbol symbol, Location location)
    {
        AttributeData? attribute = attributes.Find(WellKnownTypes.Attributes.RollUp);
        if (attribute is null)
        {
            return null;
        }

        object? raw = attribute.ConstructorArguments.Length > 0 ? attribute.ConstructorArguments[0].Value : null;
        if (raw is not int index || index < 0 || index >= RollUpRules.Length)
        {
            Location where = attribute.ApplicationSyntaxReference?.GetSyntax(_cancellation).GetLocation() ?? location;
            Report(DiagnosticDescriptors.UndefinedEnumValue, where, symbol.Name, raw is int value ? value.ToString(System.Globalization.CultureInfo.InvariantCulture) : "?", "RollUpRule", string.Join(", ", RollUpRules));
            return null;
        }

        return new RollUpSpec(RollUpRules[index], NamedString(attribute, "Numerator"), NamedString(attribute, "Denominator"),
            NamedString(attribute, "Weight"), NamedString(attribute, "Key"), NamedString(attribute, "UnitMember"));
    }

    /// <summary>Whether a member's C# type is a number the roll-up adds exactly (an integer type or decimal).</summary>
    internal static bool IsExactNumber(MemberSpec member) =>
        member.Json is { } json && (s_integerTypes.Contains(json.ValueType) || json.ValueType == "decimal");

    /// <summary>Whether a member is a number (exact or floating-point).</summary>
    internal static bool IsNumber(MemberSpec member) =>
        member.Json is { } json && (s_integerTypes.Contains(json.ValueType) || json.ValueType is "decimal" or "double" or "float");

    /// <summary>Whether a member is an integer type.</summary>
    internal static bool IsInteger(MemberSpec member) => member.Json is { } json && s_integerTypes.Contains(json.ValueType);

    internal static bool IsRequired(MemberSpec member) =>
        member.Json is { IsRequiredKeyword: true } || member.Rules.Any(rule => rule.Kind == RuleKind.Required);

    // Walks the report and the records it reaches (each record once per key member), checking every rule.
    private void CheckRollUps(INamedTypeSymbol type, EquatableArray<MemberSpec> members, JsonTypeSpec json)
    {
        string? problem = json.Problem ?? _groupOrder.Select(key => _groups[key]?.Json?.Problem).FirstOrDefault(p => p is not null);
        if (problem is not null)
        {
            Report(DiagnosticDescriptors.RollUpNotBuildable, type.Locations.FirstOrDefault() ?? Location.None, type.Name, problem);
            return;
        }

        var visited = new HashSet<(string Group, string? Key)>();
        CheckRollUpMembers(type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat), members, key: null, visited);
    }

    private void CheckRollUpMembers(string owner, EquatableArray<MemberSpec> members, string? key, HashSet<(string Group, string? Key)> visited)
    {
        foreach (MemberSpec member in members)
        {
            _cancellation.ThrowIfCancellationRequested();
            if (member.Json is null)
            {
                continue; // not settable: the roll-up cannot set it, as JSON cannot
            }

            Location location = _memberLocations.TryGetValue((owner, member.Name), out Location? known) ? known : Location.None;
            RollUpSpec? rule = member.RollUp;
            if (rule is null)
            {
                if (member.Kind == FieldKind.Group && member.GroupKey is { } nested)
                {
                    CheckGroup(nested, key: null, visited); // a nested record rolls up member by member
                }
                else if (IsRequired(member) && member.Name != key)
                {
                    Report(DiagnosticDescriptors.RollUpRuleMissing, location, member.Name);
                }

                continue;
            }

            CheckRule(member, rule, members, location, visited);
        }
    }

    private void CheckRule(MemberSpec member, RollUpSpec rule, EquatableArray<MemberSpec> siblings, Location location, HashSet<(string Group, string? Key)> visited)
    {
        bool number = IsNumber(member);
        switch (rule.Rule)
        {
            case "Sum" or "Min" or "Max":
                RequireKind(member, number, rule.Rule, "numbers (integers, decimal, double)", location);
                break;
            case "Percent":
                if (RequireKind(member, number, rule.Rule, "numbers (integers, decimal, double)", location)
                    && RequireArgument(member, rule.Rule, "Numerator", rule.Numerator, location)
                    && RequireArgument(member, rule.Rule, "Denominator", rule.Denominator, location))
                {
                    RequireSummed(member, rule, "Numerator", rule.Numerator!, siblings, location);
                    RequireSummed(member, rule, "Denominator", rule.Denominator!, siblings, location);
                }

                break;
            case "Weighted":
                if (RequireKind(member, IsExactNumber(member), rule.Rule, "integers and decimal", location)
                    && RequireArgument(member, rule.Rule, "Weight", rule.Weight, location))
                {
                    RequireSummed(member, rule, "Weight", rule.Weight!, siblings, location);
                }

                break;
            case "Gather":
                if (RequireKind(member, member.Kind is FieldKind.Text or FieldKind.TextList or FieldKind.GroupList, rule.Rule, "text, lists of text and lists of records", location)
                    && rule.UnitMember is { } unitMember)
                {
                    GroupTypeSpec? group = member.GroupKey is { } key ? _groups[key] : null;
                    MemberSpec? target = group?.Members.FirstOrDefault(m => m.Name == unitMember);
                    if (group is null || !group.SupportsWith || target is not { Kind: FieldKind.Text, Json: not null })
                    {
                        Report(DiagnosticDescriptors.RollUpUnknownMember, location, member.Name, rule.Rule, "UnitMember", unitMember,
                            group is null ? "UnitMember applies to a list of records" : !group.SupportsWith ? "the item type must be a record or a struct (it is copied with 'with')" : "it must be a settable text member of the item type");
                    }
                }

                break;
            case "ByKey":
                if (RequireKind(member, member.Kind == FieldKind.GroupList, rule.Rule, "lists of records", location)
                    && RequireArgument(member, rule.Rule, "Key", rule.Key, location))
                {
                    GroupTypeSpec? group = _groups[member.GroupKey!];
                    if (group?.Members.FirstOrDefault(m => m.Name == rule.Key) is not { Kind: FieldKind.Text })
                    {
                        Report(DiagnosticDescriptors.RollUpUnknownMember, location, member.Name, rule.Rule, "Key", rule.Key!, "it must be a text member of the item type");
                    }
                    else
                    {
                        CheckGroup(member.GroupKey!, rule.Key, visited);
                    }
                }

                break;
            case "Same":
                RequireKind(member, member.Kind is not (FieldKind.TextList or FieldKind.Group or FieldKind.GroupList), rule.Rule, "single values (text, numbers, dates, yes/no, periods)", location);
                break;
        }
    }

    private void CheckGroup(string groupKey, string? key, HashSet<(string Group, string? Key)> visited)
    {
        if (!visited.Add((groupKey, key)) || !_groups.TryGetValue(groupKey, out GroupTypeSpec? group) || group is null)
        {
            return;
        }

        CheckRollUpMembers(group.FullyQualifiedName, group.Members, key, visited);
    }

    private bool RequireKind(MemberSpec member, bool fits, string rule, string appliesTo, Location location)
    {
        if (!fits)
        {
            Report(DiagnosticDescriptors.RollUpRuleOnWrongType, location, member.Name, member.Json?.DeclaredType.Replace("global::", string.Empty) ?? member.Kind.ToString(), rule, appliesTo);
        }

        return fits;
    }

    private bool RequireArgument(MemberSpec member, string rule, string argument, string? value, Location location)
    {
        if (string.IsNullOrEmpty(value))
        {
            Report(DiagnosticDescriptors.RollUpArgumentMissing, location, member.Name, rule, argument);
            return false;
        }

        return true;
    }

    // Percent and Weighted read sums: the members they name must be exact numbers rolled up with Sum, so that a roll-up
    // of roll-ups gives the same result as a roll-up of every unit at once.
    private void RequireSummed(MemberSpec member, RollUpSpec rule, string argument, string name, EquatableArray<MemberSpec> siblings, Location location)
    {
        MemberSpec? target = siblings.FirstOrDefault(m => m.Name == name);
        if (target is null || !IsExactNumber(target) || target.RollUp?.Rule != "Sum" || target.Name == member.Name)
        {
            Report(DiagnosticDescriptors.RollUpUnknownMember, location, member.Name, rule.Rule, argument, name,
                "it must be another integer or decimal member of the same type, rolled up with [RollUp(RollUpRule.Sum)]");
        }
    }
}
