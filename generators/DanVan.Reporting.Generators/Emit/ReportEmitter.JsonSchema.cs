using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using DanVan.Reporting.Generators.Model;
using DanVan.Reporting.Schema;

namespace DanVan.Reporting.Generators.Emit;

// GetJsonSchema(): the JSON Schema (draft 2020-12) of ReadJson's input, one runtime JsonSchemaWriter call per member.
internal static partial class ReportEmitter
{
    private const string SchemaWriter = JsonNamespace + ".JsonSchemaWriter";

    // The range of each integer type, as decimal literals (what the reader accepts).
    private static readonly Dictionary<string, (decimal Minimum, decimal Maximum)> s_integerRanges = new(System.StringComparer.Ordinal)
    {
        ["byte"] = (byte.MinValue, byte.MaxValue), ["sbyte"] = (sbyte.MinValue, sbyte.MaxValue),
        ["short"] = (short.MinValue, short.MaxValue), ["ushort"] = (ushort.MinValue, ushort.MaxValue),
        ["int"] = (int.MinValue, int.MaxValue), ["uint"] = (uint.MinValue, uint.MaxValue),
        ["long"] = (long.MinValue, long.MaxValue), ["ulong"] = (ulong.MinValue, ulong.MaxValue),
    };

    private static void EmitJsonSchema(SourceWriter writer, ReportSpec spec, string? document)
    {
        writer.Line("/// <inheritdoc cref=\"" + JsonNamespace + ".IJsonReport{TSelf}.GetJsonSchema\"/>");
        writer.Line(GeneratedCode);
        writer.Open("public static string GetJsonSchema(string? kind = null)");
        writer.Line("var schema = new " + SchemaWriter + "();");
        writer.Line("schema.BeginReport(" + Literal(spec.Title) + ", " + Runtime + ".PeriodKind." + spec.PeriodKind + ", kind, "
            + (document is null ? "null" : "\"document\"") + ", " + Bool(spec.Json!.DocumentAcceptsNull) + ");");
        List<MemberSpec> members = JsonMembers(spec.Members).ToList();
        EmitSchemaMembers(writer, members);
        List<string> required = ["period"];
        if (document is not null && spec.Json.DocumentIsRequiredKeyword)
        {
            required.Add("document");
        }

        required.AddRange(members.Where(IsJsonRequired).Select(m => m.Json!.JsonName));
        writer.Line("schema.EndReport(" + string.Join(", ", required.Select(Literal)) + ");");
        foreach (GroupTypeSpec group in spec.GroupTypes)
        {
            List<MemberSpec> groupMembers = JsonMembers(group.Members).ToList();
            writer.Line("schema.BeginGroup(" + Literal(group.Key) + ");");
            EmitSchemaMembers(writer, groupMembers);
            writer.Line("schema.EndGroup(" + string.Join(", ", groupMembers.Where(IsJsonRequired).Select(m => Literal(m.Json!.JsonName))) + ");");
        }

        writer.Line("return schema.Finish();");
        writer.Close();
    }

    private static void EmitSchemaMembers(SourceWriter writer, List<MemberSpec> members)
    {
        foreach (MemberSpec member in members)
        {
            JsonMemberSpec json = member.Json!;
            RequiredRule? requiredRule = member.Rules.OfType<RequiredRule>().FirstOrDefault();
            // [Required] rejects null (and blank text): the schema does too, though the reader lets null through to Validate().
            string acceptsNull = Bool(json.AcceptsNull && requiredRule is null);
            string head = "(" + Literal(json.JsonName) + ", " + Literal(member.Label) + ", " + acceptsNull;
            StringLengthRule? stringLength = member.Rules.OfType<StringLengthRule>().FirstOrDefault();
            int minimum = LengthLimit(member, RuleKind.MinLength) ?? stringLength?.Minimum ?? -1;
            int maximum = LengthLimit(member, RuleKind.MaxLength) ?? stringLength?.Maximum ?? -1;
            string call = member.Kind switch
            {
                FieldKind.Text => "Text" + head + ", " + Bool(requiredRule?.RejectsBlankText == true) + ", " + Int(minimum) + ", " + Int(maximum) + ", "
                    + (member.Rules.OfType<PatternRule>().FirstOrDefault() is { } pattern ? Literal(pattern.Pattern) : "null") + ")",
                FieldKind.Boolean => "Boolean" + head + ")",
                FieldKind.Date => "Date" + head + ")",
                FieldKind.Period => "Period" + head + ")",
                FieldKind.TextList => "TextList" + head + ", " + Bool(json.ItemsAcceptNull) + ", " + Int(minimum) + ", " + Int(maximum) + ")",
                FieldKind.Group => "Group" + head + ", " + Literal(member.GroupKey!) + ")",
                FieldKind.GroupList => "GroupList" + head + ", " + Bool(json.ItemsAcceptNull) + ", " + Literal(member.GroupKey!) + ", " + Int(minimum) + ", " + Int(maximum) + ")",
                _ => NumberCall(member, head),
            };
            writer.Line("schema." + call + ";");
        }
    }

    private static string NumberCall(MemberSpec member, string head)
    {
        string type = member.Json!.ValueType;
        bool integer = s_integerTypes.ContainsKey(type);
        decimal? minimum = null, maximum = null;
        if (s_integerRanges.TryGetValue(type, out (decimal Minimum, decimal Maximum) range))
        {
            minimum = range.Minimum;
            maximum = range.Maximum;
        }

        // An exclusive bound is left to Validate(): the schema writer states inclusive bounds only, and a schema must
        // never refuse what the report accepts.
        if (member.Rules.OfType<RangeRule>().FirstOrDefault() is { } rule)
        {
            if (!rule.MinimumIsExclusive && Exact(rule.Minimum) is { } low && (minimum is null || low > minimum))
            {
                minimum = low;
            }

            if (!rule.MaximumIsExclusive && Exact(rule.Maximum) is { } high && (maximum is null || high < maximum))
            {
                maximum = high;
            }
        }

        string? unit = member.Kind switch
        {
            FieldKind.Percent => "%",
            FieldKind.Money => "đồng",
            FieldKind.Quantity => member.Unit,
            _ => null,
        };
        return "Number" + head + ", " + Bool(integer) + ", " + DecimalLiteral(minimum) + ", " + DecimalLiteral(maximum) + ", " + (unit is null ? "null" : Literal(unit)) + ")";
    }

    // A bound as a decimal when it has an exact one; null for a bound beyond decimal's range or not exact in it.
    private static decimal? Exact(RangeBound bound) =>
        bound.ReadAsDecimal(out decimal value) == DecimalReading.Exact ? value : null;

    private static string DecimalLiteral(decimal? value) =>
        value is { } v ? v.ToString(CultureInfo.InvariantCulture) + "m" : "null";

    private static int? LengthLimit(MemberSpec member, RuleKind kind) =>
        member.Rules.OfType<LengthRule>().FirstOrDefault(r => r.Kind == kind) is { Limit: >= 0 } rule ? rule.Limit : null;
}
