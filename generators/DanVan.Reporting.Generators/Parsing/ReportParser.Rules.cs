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

namespace DanVan.Reporting.Generators.Parsing;

// Validation rules: the DataAnnotations attributes users know, read as DataAnnotations reads them (docs/validation-differences.md),
// and [InPeriod]. Declarations DataAnnotations refuses at run time are diagnostics here, never silently accepted.
internal sealed partial class ReportParser
{
    /// <summary>The match timeout of [RegularExpression] when none is given: DataAnnotations' default.</summary>
    private const int DefaultMatchTimeoutMilliseconds = 2000;

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
                bool allowEmpty = Named(required, "AllowEmptyStrings") is true;
                rules.Add(new RequiredRule(isText && !allowEmpty));
            }
        }

        if (attributes.Find(WellKnownTypes.Attributes.Range) is { } range)
        {
            if (!isNumber)
            {
                Report(DiagnosticDescriptors.RuleOnWrongType, location, symbol.Name, typeName, "Range", "numbers");
            }
            else if (ParseRange(range, symbol, location, isDouble) is { } rangeRule)
            {
                rules.Add(rangeRule);
            }
        }
        else if (isDouble)
        {
            rules.Add(new FiniteRule());
        }

        if (attributes.Find(WellKnownTypes.Attributes.StringLength) is { } stringLength)
        {
            int maximum = stringLength.ConstructorArguments.FirstOrDefault().Value is int max ? max : int.MaxValue;
            int minimum = Named(stringLength, "MinimumLength") is int min ? min : 0;
            if (!isText)
            {
                Report(DiagnosticDescriptors.RuleOnWrongType, location, symbol.Name, typeName, "StringLength", "text");
            }
            else if (maximum < 0)
            {
                Report(DiagnosticDescriptors.InvalidLength, location, symbol.Name, "StringLength", Int(maximum), "the maximum length must be 0 or more");
            }
            else if (minimum > maximum)
            {
                Report(DiagnosticDescriptors.ContradictoryConstraints, location, symbol.Name, "StringLength", Int(minimum), Int(maximum));
            }
            else
            {
                rules.Add(new StringLengthRule(minimum, maximum));
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
            int timeout = Named(regex, "MatchTimeoutInMilliseconds") is int ms ? ms : DefaultMatchTimeoutMilliseconds;
            if (!isText)
            {
                Report(DiagnosticDescriptors.RuleOnWrongType, location, symbol.Name, typeName, "RegularExpression", "text");
            }
            else if (PatternError(pattern) is { } error)
            {
                Report(DiagnosticDescriptors.InvalidPattern, location, symbol.Name, pattern, error);
            }
            else if (timeout != -1 && (timeout <= 0 || timeout == int.MaxValue))
            {
                // Regex accepts -1 (no timeout) or 1 ms to int.MaxValue - 1 ms; DataAnnotations throws on anything else.
                Report(DiagnosticDescriptors.InvalidMatchTimeout, location, symbol.Name, Int(timeout));
            }
            else
            {
                rules.Add(new PatternRule(pattern, timeout));
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
                rules.Add(new InPeriodRule(NamedEnumName(inPeriod, "Window", ["Calendar", "Decree09"], "PeriodWindow", location) == "Decree09"));
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

        // [MaxLength()] (no argument) and [MaxLength(-1)] mean "no limit" to DataAnnotations; [MaxLength(0)] and
        // [MinLength(-1)] make it throw. Our own [MinCount]/[MaxCount] take 0 or more.
        if (attribute.ConstructorArguments.FirstOrDefault().Value is not int length)
        {
            return;
        }

        bool isMaxLength = shortName == "MaxLength";
        if (isMaxLength && length == -1)
        {
            Report(DiagnosticDescriptors.RuleNeverFails, location, symbol.Name, "MaxLength(-1)", typeName);
        }
        else if (isMaxLength && length <= 0)
        {
            Report(DiagnosticDescriptors.InvalidLength, location, symbol.Name, shortName, Int(length), "the length must be greater than 0; use [MaxLength] without an argument for no limit");
        }
        else if (length < 0)
        {
            Report(DiagnosticDescriptors.InvalidLength, location, symbol.Name, shortName, Int(length), "the length must be 0 or more");
        }
        else
        {
            rules.Add(new LengthRule(kind, length));
        }
    }

    private void CheckLengthsAgree(List<RuleSpec> rules, ISymbol symbol, Location location)
    {
        if (rules.OfType<LengthRule>().FirstOrDefault(r => r.Kind == RuleKind.MinLength) is { } minimum
            && rules.OfType<LengthRule>().FirstOrDefault(r => r.Kind == RuleKind.MaxLength) is { } maximum
            && minimum.Limit > maximum.Limit)
        {
            Report(DiagnosticDescriptors.ContradictoryConstraints, location, symbol.Name, "MinLength/MaxLength", Int(minimum.Limit), Int(maximum.Limit));
        }
    }

    // [Range(int, int)], [Range(double, double)] and [Range(typeof(T), "min", "max")], with MinimumIsExclusive and
    // MaximumIsExclusive. Each bound keeps the type it is written in.
    private RangeRule? ParseRange(AttributeData range, ISymbol symbol, Location location, bool isDouble)
    {
        var arguments = range.ConstructorArguments;
        RangeBound minimum, maximum;
        string? problem;
        if (arguments.Length == 2 && arguments[0].Value is int intMin && arguments[1].Value is int intMax)
        {
            (minimum, maximum, problem) = (RangeBound.FromInt32(intMin), RangeBound.FromInt32(intMax), null);
        }
        else if (arguments.Length == 2 && arguments[0].Value is double doubleMin && arguments[1].Value is double doubleMax)
        {
            (minimum, maximum) = (RangeBound.FromDouble(doubleMin), RangeBound.FromDouble(doubleMax));
            problem = double.IsNaN(doubleMin) || double.IsNaN(doubleMax) ? "a bound is NaN, which compares with nothing" : null;
        }
        else if (arguments.Length == 3)
        {
            ITypeSymbol? type = arguments[0].Value as ITypeSymbol;
            string? minimumProblem = ParseBound(type, arguments[1].Value as string, out minimum);
            string? maximumProblem = ParseBound(type, arguments[2].Value as string, out maximum);
            problem = minimumProblem ?? maximumProblem;
        }
        else
        {
            (minimum, maximum, problem) = (default, default, "its bounds must be numbers (e.g. [Range(0, 100)] or [Range(typeof(decimal), \"0\", \"100\")])");
        }

        // An integer or decimal member reads a double bound as the decimal it was written as; one with more digits than
        // a decimal holds would be compared with a rounded bound, which is the bug this rule exists to prevent.
        if (problem is null && !isDouble
            && (minimum.ReadAsDecimal(out _) == DecimalReading.Inexact || maximum.ReadAsDecimal(out _) == DecimalReading.Inexact))
        {
            problem = "a bound has more decimal places than a decimal holds (28); write the bounds with [Range(typeof(decimal), \"…\", \"…\")]";
        }

        if (problem is not null)
        {
            Report(DiagnosticDescriptors.InvalidRangeBounds, location, symbol.Name, problem);
            return null;
        }

        bool minimumIsExclusive = Named(range, "MinimumIsExclusive") is true;
        bool maximumIsExclusive = Named(range, "MaximumIsExclusive") is true;
        int order = Compare(minimum, maximum);
        if (order > 0)
        {
            Report(DiagnosticDescriptors.ContradictoryConstraints, location, symbol.Name, "Range", BoundText(minimum), BoundText(maximum));
            return null;
        }

        if (order == 0 && (minimumIsExclusive || maximumIsExclusive))
        {
            Report(DiagnosticDescriptors.InvalidRangeBounds, location, symbol.Name, "the bounds are equal (" + BoundText(minimum) + ") and one is exclusive, so no value can pass");
            return null;
        }

        return new RangeRule(minimum, maximum, minimumIsExclusive, maximumIsExclusive);
    }

    // Reads a bound the way DataAnnotations' TypeConverter for T does, but always with the invariant culture:
    // integers allow white space, a sign and a 0x/&h hex prefix; decimal, double and float allow exponents.
    private static string? ParseBound(ITypeSymbol? type, string? text, out RangeBound bound)
    {
        bound = default;
        string typeName = type?.ToDisplayString() ?? "null";
        if (text is null)
        {
            return "a bound is null; write both bounds as text, e.g. [Range(typeof(decimal), \"0\", \"100\")]";
        }

        string invalid = "\"" + text + "\" is not a valid " + typeName;
        string trimmed = text.Trim();
        switch (type?.SpecialType)
        {
            case SpecialType.System_Int32:
                if (!TryInteger(trimmed, out decimal i32) || i32 < int.MinValue || i32 > int.MaxValue)
                {
                    return invalid;
                }

                bound = RangeBound.FromInt32((int)i32);
                return null;
            case SpecialType.System_SByte or SpecialType.System_Byte or SpecialType.System_Int16 or SpecialType.System_UInt16
                or SpecialType.System_UInt32 or SpecialType.System_Int64 or SpecialType.System_UInt64:
                if (!TryInteger(trimmed, out decimal integer) || !FitsIntegerType(integer, type.SpecialType))
                {
                    return invalid;
                }

                bound = integer >= long.MinValue && integer <= long.MaxValue ? RangeBound.FromInt64((long)integer) : RangeBound.FromDecimal(integer);
                return null;
            case SpecialType.System_Decimal:
                if (!decimal.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out decimal number))
                {
                    return invalid;
                }

                bound = RangeBound.FromDecimal(number);
                return null;
            case SpecialType.System_Double:
                if (!double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out double d))
                {
                    return invalid;
                }

                bound = RangeBound.FromDouble(d);
                return double.IsNaN(d) ? "a bound is NaN, which compares with nothing" : null;
            case SpecialType.System_Single:
                if (!float.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out float f))
                {
                    return invalid;
                }

                bound = RangeBound.FromDouble(f); // float widens to double exactly
                return float.IsNaN(f) ? "a bound is NaN, which compares with nothing" : null;
            default:
                return "the bound type " + typeName + " is not a number type (use int, long, decimal, double …)";
        }
    }

    private static bool TryInteger(string text, out decimal value)
    {
        value = 0;
        if (text.StartsWith("0x", StringComparison.OrdinalIgnoreCase) || text.StartsWith("&h", StringComparison.OrdinalIgnoreCase))
        {
            bool ok = ulong.TryParse(text.Substring(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out ulong hex);
            value = hex;
            return ok;
        }

        // Integer style: white space and a leading sign only (no decimal point, no thousands separator, no exponent).
        return decimal.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out value);
    }

    private static bool FitsIntegerType(decimal value, SpecialType type) => type switch
    {
        SpecialType.System_SByte => value >= sbyte.MinValue && value <= sbyte.MaxValue,
        SpecialType.System_Byte => value >= byte.MinValue && value <= byte.MaxValue,
        SpecialType.System_Int16 => value >= short.MinValue && value <= short.MaxValue,
        SpecialType.System_UInt16 => value >= ushort.MinValue && value <= ushort.MaxValue,
        SpecialType.System_UInt32 => value >= uint.MinValue && value <= uint.MaxValue,
        SpecialType.System_Int64 => value >= long.MinValue && value <= long.MaxValue,
        _ => value >= ulong.MinValue && value <= ulong.MaxValue,
    };

    // Both bounds of one attribute have the same type.
    private static int Compare(RangeBound left, RangeBound right) =>
        left.Type == BoundType.Double ? left.Double.CompareTo(right.Double) : left.AsDecimal.CompareTo(right.AsDecimal);

    private static string BoundText(RangeBound bound) =>
        bound.Type == BoundType.Double ? bound.Double.ToString("R", CultureInfo.InvariantCulture) : bound.AsDecimal.ToString(CultureInfo.InvariantCulture);

    private static object? Named(AttributeData attribute, string name)
    {
        foreach (KeyValuePair<string, TypedConstant> argument in attribute.NamedArguments)
        {
            if (argument.Key == name)
            {
                return argument.Value.Value;
            }
        }

        return null;
    }

    private static string? PatternError(string pattern)
    {
        if (pattern.Length == 0)
        {
            return "the pattern is empty, which DataAnnotations refuses";
        }

        try
        {
            _ = new Regex(pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
            return null;
        }
        catch (ArgumentException error)
        {
            return error.Message;
        }
    }

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);
}
