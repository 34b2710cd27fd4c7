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
    private static readonly Dictionary<string, (string Minimum, string Maximum)> s_integerRanges = new(System.StringComparer.Ordinal)
    {
        ["byte"] = ("0m", "255m"), ["sbyte"] = ("-128m", "127m"), ["short"] = ("-32768m", "32767m"), ["ushort"] = ("0m", "65535m"),
        ["int"] = ("-2147483648m", "2147483647m"), ["uint"] = ("0m", "4294967295m"),
        ["long"] = ("-9223372036854775808m", "9223372036854775807m"), ["ulong"] = ("0m", "18446744073709551615m"),
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
            RuleSpec? requiredRule = member.Rules.FirstOrDefault(r => r.Kind == RuleKind.Required);
            // [Required] rejects null (and blank text): the schema does too, though the reader lets null through to Validate().
            string acceptsNull = Bool(json.AcceptsNull && requiredRule is null);
            string head = "(" + Literal(json.JsonName) + ", " + Literal(member.Label) + ", " + acceptsNull;
            int minimum = LengthRule(member, RuleKind.MinLength, 0) ?? LengthRule(member, RuleKind.StringLength, 0) ?? -1;
            int maximum = LengthRule(member, RuleKind.MaxLength, 0) ?? LengthRule(member, RuleKind.StringLength, 1) ?? -1;
            string call = member.Kind switch
            {
                FieldKind.Text => "Text" + head + ", " + Bool(requiredRule?.Arguments == "text") + ", " + Int(minimum) + ", " + Int(maximum) + ", "
                    + (member.Rules.FirstOrDefault(r => r.Kind == RuleKind.Pattern)?.Arguments ?? "null") + ")",
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
        if (s_integerRanges.TryGetValue(type, out (string Minimum, string Maximum) range))
        {
            minimum = ParseBound(range.Minimum);
            maximum = ParseBound(range.Maximum);
        }

        if (member.Rules.FirstOrDefault(r => r.Kind == RuleKind.Range) is { } rule && rule.Arguments.Split(',') is { Length: 2 } bounds)
        {
            if (ParseBound(bounds[0].Trim()) is { } low && (minimum is null || low > minimum))
            {
                minimum = low;
            }

            if (ParseBound(bounds[1].Trim()) is { } high && (maximum is null || high < maximum))
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

    // A bound as the rule writes it: "100m", "0.5d", "global::System.Decimal.MaxValue"; null for an infinite one.
    private static decimal? ParseBound(string literal)
    {
        switch (literal)
        {
            case "global::System.Decimal.MaxValue":
                return decimal.MaxValue;
            case "global::System.Decimal.MinValue":
                return decimal.MinValue;
        }

        if (literal.EndsWith("m", System.StringComparison.Ordinal)
            && decimal.TryParse(literal.Substring(0, literal.Length - 1), NumberStyles.Float, CultureInfo.InvariantCulture, out decimal exact))
        {
            return exact;
        }

        if (literal.EndsWith("d", System.StringComparison.Ordinal)
            && double.TryParse(literal.Substring(0, literal.Length - 1), NumberStyles.Float, CultureInfo.InvariantCulture, out double number)
            && !double.IsNaN(number) && !double.IsInfinity(number) && System.Math.Abs(number) < 7.9e28)
        {
            return (decimal)number;
        }

        return null;
    }

    private static string DecimalLiteral(decimal? value) =>
        value is { } v ? v.ToString(CultureInfo.InvariantCulture) + "m" : "null";

    private static int? LengthRule(MemberSpec member, RuleKind kind, int index) =>
        member.Rules.FirstOrDefault(r => r.Kind == kind) is { } rule
        && int.TryParse(rule.Arguments.Split(',')[index].Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out int value)
            ? value
            : null;
}
