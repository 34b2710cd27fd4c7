using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using DanVan.Reporting.Generators.Model;
using DanVan.Reporting.Schema;
using DanVan.Reporting.Validation;

namespace DanVan.Reporting.Generators.Emit;

// Validate(): one call into the runtime per rule; nested records are validated by a method per group type.
internal static partial class ReportEmitter
{
    private static void EmitValidate(SourceWriter writer, ReportSpec spec)
    {
        writer.Line("/// <inheritdoc/>");
        writer.Line(GeneratedCode);
        writer.Open("public " + Runtime + ".ReportValidationResult Validate()");
        writer.Line("var context = new " + Context + "();");
        writer.Line("ValidateReport(this, ref context);");
        writer.Line("return context.ToResult();");
        writer.Close();
        writer.Line();

        List<PatternRule> patterns = Patterns(spec);
        writer.Open("private static void ValidateReport(" + spec.FullyQualifiedName + " value, ref " + Context + " context)");
        writer.Line("var period = value.Period;");
        writer.Line(Validation + ".PeriodKind(ref context, \"Period\", period, " + Runtime + ".PeriodKind." + spec.PeriodKind + ");");
        if (spec.DocumentMember is { } document)
        {
            writer.Line(Validation + ".Document(ref context, " + Literal(document) + ", value." + Identifier(document) + ");");
        }

        EmitMemberRules(writer, spec.Members, patterns);
        writer.Close();

        foreach (GroupTypeSpec group in spec.GroupTypes)
        {
            writer.Line();
            writer.Open("private static void " + ValidateMethod(group.Key) + "(" + group.FullyQualifiedName + " value, " + Runtime + ".ReportPeriod period, ref " + Context + " context)");
            EmitMemberRules(writer, group.Members, patterns);
            writer.Close();
        }

        writer.Line();
    }

    // Each call carries its message's constant start in both languages as string literals (the label, the rule and
    // the limits, known here): at run time only the value is formatted, and only when the message is read.
    private static void EmitMemberRules(SourceWriter writer, IEnumerable<MemberSpec> members, List<PatternRule> patterns)
    {
        foreach (MemberSpec member in members)
        {
            string access = "value." + Identifier(member.Name);
            string arguments = "(ref context, " + Literal(member.Name) + ", " + Literal(member.Label) + ", ";
            string target = "(ref context, " + Literal(member.Name) + ", ";
            foreach (RuleSpec rule in member.Rules)
            {
                string call = rule switch
                {
                    RequiredRule required => Validation + ".Required" + target + (member.Kind == FieldKind.Text && !required.RejectsBlankText ? "(object?)" : string.Empty) + access
                        + ", " + Texts(ValidationWording.Required(member.Label)) + ");",
                    RangeRule range => RangeCall(member, access, arguments, target, range),
                    FiniteRule => Validation + ".Finite" + target + "(double?)" + access + ", " + Texts(ValidationWording.NotFiniteStart(member.Label)) + ");",
                    StringLengthRule length => Validation + ".StringLength" + target + access + ", " + Int(length.Minimum) + ", " + Int(length.Maximum) + ", "
                        + Texts(ValidationWording.StringLengthStart(member.Label, VietnameseNumberText.Exact(length.Minimum), VietnameseNumberText.Exact(length.Maximum), hasMinimum: length.Minimum > 0)) + ");",
                    LengthRule length => Validation + "." + length.Kind + target + LengthOf(member, access) + ", " + Int(length.Limit) + ", " + Texts(LengthStart(member, length)) + ");",
                    PatternRule pattern => Validation + ".Pattern" + arguments + access + ", " + PatternField(patterns.IndexOf(pattern)) + ");",
                    InPeriodRule inPeriod => Validation + ".InPeriod" + arguments + "(global::NodaTime.LocalDate?)" + access + ", period, "
                        + (inPeriod.Decree09 ? "global::DanVan.Reporting.PeriodWindow.Decree09" : "global::DanVan.Reporting.PeriodWindow.Calendar") + ");",
                    _ => "// no check for " + rule.Kind,
                };
                writer.Line(call);
            }

            // Past the nesting or visit limit TryEnter reports it once: deeper errors never pass silently.
            string variable = "v_" + member.Name;
            if (member.Kind == FieldKind.Group)
            {
                writer.Open("if (" + access + " is { } " + variable + " && context.TryEnter(" + Literal(member.Name) + "))");
                writer.Line(ValidateMethod(member.GroupKey!) + "(" + variable + ", period, ref context);");
                writer.Line("context.Leave();");
                writer.Close();
            }
            else if (member.Kind == FieldKind.GroupList)
            {
                writer.Open("if (" + access + " is { } " + variable + ")");
                writer.Open("for (int i = 0; i < " + variable + "." + member.CountProperty + "; i++)");
                writer.Open("if (" + variable + "[i] is { } item && context.TryEnter(" + Literal(member.Name) + ", i))");
                writer.Line(ValidateMethod(member.GroupKey!) + "(item, period, ref context);");
                writer.Line("context.Leave();");
                writer.Close();
                writer.Close();
                writer.Close();
            }
        }
    }

    // A text is checked as a string (its length in UTF-16 code units, as DataAnnotations counts); a list by its count.
    private static string LengthOf(MemberSpec member, string access) =>
        member.Kind == FieldKind.Text ? access : "(" + access + ")?." + (member.CountProperty ?? "Length");

    private static string RangeCall(MemberSpec member, string access, string labelArguments, string target, RangeRule range)
    {
        (string minimum, string maximum, decimal? minimumValue, decimal? maximumValue, bool minimumIsExclusive, bool maximumIsExclusive) = RangeLiterals(member, range);
        string bounds = (member.IsFloatingPoint ? "(double?)" : "(decimal?)") + access + ", " + minimum + ", " + maximum;
        bool exclusive = minimumIsExclusive || maximumIsExclusive;
        if (minimumValue is not decimal low || maximumValue is not decimal high)
        {
            // A double bound is written at run time with the runtime's shortest round-trip digits, which this
            // generator (netstandard2.0, on any host) cannot promise to reproduce: the runtime words that message.
            return Validation + ".Range" + labelArguments + bounds + (exclusive ? ", " + Bool(minimumIsExclusive) + ", " + Bool(maximumIsExclusive) : string.Empty) + ");";
        }

        string lowText = VietnameseNumberText.Exact(low);
        string highText = VietnameseNumberText.Exact(high);
        string outOfRange = Texts(ValidationWording.RangeStart(member.Label, lowText, highText, minimumIsExclusive, maximumIsExclusive));
        if (member.IsFloatingPoint)
        {
            return Validation + ".Range" + target + bounds + ", " + Bool(minimumIsExclusive) + ", " + Bool(maximumIsExclusive) + ", " + outOfRange + ", "
                + Texts(ValidationWording.NotFiniteInRangeStart(member.Label, lowText, highText, minimumIsExclusive, maximumIsExclusive)) + ");";
        }

        return Validation + ".Range" + target + bounds + (exclusive ? ", " + Bool(minimumIsExclusive) + ", " + Bool(maximumIsExclusive) : string.Empty) + ", " + outOfRange + ");";
    }

    private static (string Vietnamese, string English) LengthStart(MemberSpec member, LengthRule length)
    {
        string limit = VietnameseNumberText.Exact(length.Limit);
        bool text = member.Kind == FieldKind.Text;
        return length.Kind == RuleKind.MinLength
            ? text ? ValidationWording.MinLengthTextStart(member.Label, limit) : ValidationWording.MinLengthListStart(member.Label, limit)
            : text ? ValidationWording.MaxLengthTextStart(member.Label, limit) : ValidationWording.MaxLengthListStart(member.Label, limit);
    }

    private static string Texts((string Vietnamese, string English) texts) => Literal(texts.Vietnamese) + ", " + Literal(texts.English);

    // A float or double member is compared in double: integer and double bounds are exact doubles; long and decimal
    // bounds go to the runtime as decimals (exact in messages) and are compared with the double nearest them. Every
    // other number is compared in decimal, which holds every integer and decimal bound exactly.
    // Each bound comes with the decimal the runtime receives (for the message), or null for a double bound.
    private static (string Minimum, string Maximum, decimal? MinimumValue, decimal? MaximumValue, bool MinimumIsExclusive, bool MaximumIsExclusive) RangeLiterals(MemberSpec member, RangeRule range)
    {
        if (member.IsFloatingPoint)
        {
            (string minimumLiteral, decimal? minimumValue) = DoubleBound(range.Minimum);
            (string maximumLiteral, decimal? maximumValue) = DoubleBound(range.Maximum);
            return (minimumLiteral, maximumLiteral, minimumValue, maximumValue, range.MinimumIsExclusive, range.MaximumIsExclusive);
        }

        bool minimumIsExclusive = range.MinimumIsExclusive;
        bool maximumIsExclusive = range.MaximumIsExclusive;
        decimal minimum = DecimalBound(range.Minimum, ref minimumIsExclusive, isMinimum: true);
        decimal maximum = DecimalBound(range.Maximum, ref maximumIsExclusive, isMinimum: false);
        return (DecimalLiteral(minimum), DecimalLiteral(maximum), minimum, maximum, minimumIsExclusive, maximumIsExclusive);
    }

    // An int bound is an exact double, which the runtime writes as the integer it is; a long or decimal bound goes to
    // the runtime as a decimal.
    private static (string Literal, decimal? Value) DoubleBound(RangeBound bound) => bound.Type switch
    {
        BoundType.Int32 => (bound.Integer.ToString(CultureInfo.InvariantCulture) + "d", bound.Integer),
        BoundType.Double => (DoubleLiteral(bound.Double), null),
        _ => (DecimalLiteral(bound.AsDecimal), bound.AsDecimal),
    };

    // A double bound beyond decimal's range lets every decimal pass (a minimum of -1E+300) or none (a minimum of
    // 1E+300): the clamped bound's exclusiveness keeps that.
    private static decimal DecimalBound(RangeBound bound, ref bool exclusive, bool isMinimum)
    {
        switch (bound.ReadAsDecimal(out decimal value))
        {
            case DecimalReading.Below:
                exclusive = !isMinimum;
                return decimal.MinValue;
            case DecimalReading.Above:
                exclusive = isMinimum;
                return decimal.MaxValue;
            default:
                return value;
        }
    }

    private static string DecimalLiteral(decimal value) =>
        value == decimal.MaxValue ? "global::System.Decimal.MaxValue"
        : value == decimal.MinValue ? "global::System.Decimal.MinValue"
        : value.ToString(CultureInfo.InvariantCulture) + "m";

    private static string DoubleLiteral(double value) =>
        double.IsPositiveInfinity(value) ? "global::System.Double.PositiveInfinity"
        : double.IsNegativeInfinity(value) ? "global::System.Double.NegativeInfinity"
        : value.ToString("R", CultureInfo.InvariantCulture) + "d";

    private static string Bool(bool value) => value ? "true" : "false";

    // The distinct patterns of the report and its group types with their timeouts, in order of appearance: one static
    // Regex each (two members with the same pattern and different timeouts get two).
    private static List<PatternRule> Patterns(ReportSpec spec) =>
        spec.Members.Concat(spec.GroupTypes.SelectMany(g => g.Members))
            .SelectMany(m => m.Rules)
            .OfType<PatternRule>()
            .Distinct()
            .ToList();

    private static string PatternField(int index) => "s_danVanPattern" + Int(index);

    // RegexOptions.CultureInvariant: the same matches under every culture. A timeout of -1 leaves the Regex default
    // (the app's REGEX_DEFAULT_MATCH_TIMEOUT, else none), as DataAnnotations does.
    private static void EmitPatterns(SourceWriter writer, ReportSpec spec)
    {
        List<PatternRule> patterns = Patterns(spec);
        for (int i = 0; i < patterns.Count; i++)
        {
            writer.Line();
            writer.Line("private static readonly global::System.Text.RegularExpressions.Regex " + PatternField(i) + " = new(" + Literal(patterns[i].Pattern)
                + ", global::System.Text.RegularExpressions.RegexOptions.CultureInvariant"
                + (patterns[i].TimeoutMilliseconds == -1 ? string.Empty : ", global::System.TimeSpan.FromMilliseconds(" + Int(patterns[i].TimeoutMilliseconds) + ")")
                + ");");
        }
    }
}
