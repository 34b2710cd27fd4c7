using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using DanVan.Reporting.Generators.Diagnostics;
using DanVan.Reporting.Generators.Helpers;
using DanVan.Reporting.Generators.Model;
using DanVan.Reporting.Schema;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace DanVan.Reporting.Generators.Parsing;

// Validation rules: the DataAnnotations attributes users know, and [InPeriod].
internal sealed partial class ReportParser
{
    private EquatableArray<RuleSpec> ParseRules(ImmutableAttributes attributes, ISymbol symbol, Location location, FieldKind kind, ITypeSymbol valueType, bool isNullable, string typeName)
    {
        var rules = new List<RuleSpec>();
        bool isText = kind == FieldKind.Text;
        bool isList = kind is FieldKind.TextList or FieldKind.GroupList;
        bool isNumber = kind is FieldKind.Integer or FieldKind.Number or FieldKind.FloatingPoint;
        bool isDouble = kind == FieldKind.FloatingPoint;

        if (attributes.Find(WellKnownTypes.Attributes.Required) is { } required)
        {
            if (!isNullable)
            {
                Report(DiagnosticDescriptors.RuleNeverFails, location, symbol.Name, "Required", typeName);
            }
            else
            {
                bool allowEmpty = required.NamedArguments.FirstOrDefault(a => a.Key == "AllowEmptyStrings").Value.Value is true;
                rules.Add(new RuleSpec(RuleKind.Required, isText && !allowEmpty ? "text" : "object"));
            }
        }

        if (attributes.Find(WellKnownTypes.Attributes.Range) is { } range)
        {
            if (!isNumber)
            {
                Report(DiagnosticDescriptors.RuleOnWrongType, location, symbol.Name, typeName, "Range", "numbers");
            }
            else if (!TryRange(range, out double minimum, out double maximum) || double.IsNaN(minimum) || double.IsNaN(maximum))
            {
                Report(DiagnosticDescriptors.InvalidRuleArgument, location, symbol.Name, "Range", "its bounds must be numbers (e.g. [Range(0, 100)] or [Range(typeof(decimal), \"0\", \"100\")])");
            }
            else
            {
                if (minimum > maximum)
                {
                    Report(DiagnosticDescriptors.ContradictoryConstraints, location, symbol.Name, "Range", Number(minimum), Number(maximum));
                }
                else
                {
                    rules.Add(new RuleSpec(RuleKind.Range, isDouble
                        ? DoubleLiteral(minimum) + ", " + DoubleLiteral(maximum)
                        : DecimalLiteral(ToDecimal(minimum)) + ", " + DecimalLiteral(ToDecimal(maximum))));
                }
            }
        }
        else if (isDouble)
        {
            rules.Add(new RuleSpec(RuleKind.Finite, string.Empty));
        }

        if (attributes.Find(WellKnownTypes.Attributes.StringLength) is { } stringLength)
        {
            int maximum = stringLength.ConstructorArguments.FirstOrDefault().Value is int max ? max : int.MaxValue;
            int minimum = stringLength.NamedArguments.FirstOrDefault(a => a.Key == "MinimumLength").Value.Value is int min ? min : 0;
            if (!isText)
            {
                Report(DiagnosticDescriptors.RuleOnWrongType, location, symbol.Name, typeName, "StringLength", "text");
            }
            else if (minimum > maximum)
            {
                Report(DiagnosticDescriptors.ContradictoryConstraints, location, symbol.Name, "StringLength", Number(minimum), Number(maximum));
            }
            else
            {
                rules.Add(new RuleSpec(RuleKind.StringLength, Int(minimum) + ", " + Int(maximum)));
            }
        }

        AddLengthRule(attributes, WellKnownTypes.Attributes.MinLength, RuleKind.MinLength, "MinLength", isText || isList, symbol, location, typeName, rules);
        AddLengthRule(attributes, WellKnownTypes.Attributes.MaxLength, RuleKind.MaxLength, "MaxLength", isText || isList, symbol, location, typeName, rules);
        AddLengthRule(attributes, WellKnownTypes.Attributes.MinCount, RuleKind.MinLength, "MinCount", isText || isList, symbol, location, typeName, rules);
        AddLengthRule(attributes, WellKnownTypes.Attributes.MaxCount, RuleKind.MaxLength, "MaxCount", isText || isList, symbol, location, typeName, rules);
        CheckLengthsAgree(rules, symbol, location);

        if (attributes.Find(WellKnownTypes.Attributes.RegularExpression) is { } regex)
        {
            string pattern = regex.ConstructorArguments.FirstOrDefault().Value as string ?? string.Empty;
            if (!isText)
            {
                Report(DiagnosticDescriptors.RuleOnWrongType, location, symbol.Name, typeName, "RegularExpression", "text");
            }
            else if (PatternError(pattern) is { } error)
            {
                Report(DiagnosticDescriptors.InvalidPattern, location, symbol.Name, pattern, error);
            }
            else
            {
                rules.Add(new RuleSpec(RuleKind.Pattern, SymbolDisplay.FormatLiteral(pattern, quote: true)));
            }
        }

        if (attributes.Find(WellKnownTypes.Attributes.InPeriod) is { } inPeriod)
        {
            if (kind != FieldKind.Date)
            {
                Report(DiagnosticDescriptors.InPeriodOnNonDate, location, symbol.Name, typeName);
            }
            else
            {
                bool decree09 = NamedEnumName(inPeriod, "Window", ["Calendar", "Decree09"], "PeriodWindow", location) == "Decree09";
                rules.Add(new RuleSpec(RuleKind.InPeriod, decree09 ? "global::DanVan.Reporting.PeriodWindow.Decree09" : "global::DanVan.Reporting.PeriodWindow.Calendar"));
            }
        }

        return rules.ToEquatableArray();
    }

    private void AddLengthRule(ImmutableAttributes attributes, string attributeName, RuleKind kind, string shortName, bool applies, ISymbol symbol, Location location, string typeName, List<RuleSpec> rules)
    {
        if (attributes.Find(attributeName) is not { } attribute)
        {
            return;
        }

        if (!applies)
        {
            Report(DiagnosticDescriptors.RuleOnWrongType, location, symbol.Name, typeName, shortName, "text or lists");
            return;
        }

        object? argument = attribute.ConstructorArguments.FirstOrDefault().Value;
        if (argument is int length && length >= 0)
        {
            rules.Add(new RuleSpec(kind, Int(length)));
        }
        else if (argument is int negative)
        {
            Report(DiagnosticDescriptors.InvalidRuleArgument, location, symbol.Name, shortName, "the length must be 0 or more; got " + Int(negative));
        }
    }

    private void CheckLengthsAgree(List<RuleSpec> rules, ISymbol symbol, Location location)
    {
        RuleSpec? minimum = rules.FirstOrDefault(r => r.Kind == RuleKind.MinLength);
        RuleSpec? maximum = rules.FirstOrDefault(r => r.Kind == RuleKind.MaxLength);
        if (minimum is not null && maximum is not null
            && int.Parse(minimum.Arguments, CultureInfo.InvariantCulture) > int.Parse(maximum.Arguments, CultureInfo.InvariantCulture))
        {
            Report(DiagnosticDescriptors.ContradictoryConstraints, location, symbol.Name, "MinLength/MaxLength", minimum.Arguments, maximum.Arguments);
        }
    }

    // [Range(int, int)], [Range(double, double)] and [Range(typeof(decimal), "0", "100")].
    private static bool TryRange(AttributeData range, out double minimum, out double maximum)
    {
        minimum = maximum = 0;
        var arguments = range.ConstructorArguments;
        if (arguments.Length == 2)
        {
            return TryDouble(arguments[0].Value, out minimum) && TryDouble(arguments[1].Value, out maximum);
        }

        return arguments.Length == 3
            && double.TryParse(arguments[1].Value as string, NumberStyles.Float, CultureInfo.InvariantCulture, out minimum)
            && double.TryParse(arguments[2].Value as string, NumberStyles.Float, CultureInfo.InvariantCulture, out maximum);
    }

    private static bool TryDouble(object? value, out double number)
    {
        switch (value)
        {
            case int i:
                number = i;
                return true;
            case double d:
                number = d;
                return true;
            default:
                number = 0;
                return false;
        }
    }

    private static decimal ToDecimal(double value) =>
        value >= 7.9e28 ? decimal.MaxValue : value <= -7.9e28 ? decimal.MinValue : (decimal)value;

    private static string? PatternError(string pattern)
    {
        try
        {
            _ = new Regex(pattern, RegexOptions.None, TimeSpan.FromSeconds(1));
            return null;
        }
        catch (ArgumentException error)
        {
            return error.Message;
        }
    }

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
