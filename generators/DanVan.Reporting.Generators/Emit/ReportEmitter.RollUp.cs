using System.Collections.Generic;
using System.Linq;
using DanVan.Reporting.Generators.Helpers;
using DanVan.Reporting.Generators.Model;
using DanVan.Reporting.Generators.Parsing;
using DanVan.Reporting.Schema;

namespace DanVan.Reporting.Generators.Emit;

// RollUp: the report built from its units' reports, member by member, through RollUpMath (no reflection).
internal static partial class ReportEmitter
{
    private const string RollUpMath = Runtime + ".RollUpMath";
    private const string RollUpContext = Runtime + ".RollUpContext";
    private const string ReadOnlyList = "global::System.Collections.Generic.IReadOnlyList";

    private static bool HasRollUp(ReportSpec spec) => spec.RollUp && HasJson(spec);

    private static string RollUpInterface(ReportSpec spec) =>
        HasRollUp(spec) ? ", " + Runtime + ".IRollUpReport<" + spec.FullyQualifiedName + ">" : string.Empty;

    private static string PartsOf(string type) => ReadOnlyList + "<" + Runtime + ".RollUpPart<" + type + ">>";

    private static void EmitRollUpPlaceholder(SourceWriter writer, ReportSpec spec, string exception)
    {
        if (!spec.RollUp)
        {
            return;
        }

        writer.Line();
        writer.Line("/// <summary>Not generated: the declaration has errors.</summary>");
        writer.Line(GeneratedCode);
        writer.Line("public static " + Runtime + ".RollUpResult<" + spec.FullyQualifiedName + "> RollUp(" + Runtime + ".RollUpInput<" + spec.FullyQualifiedName + "> input) => " + exception + ";");
    }

    private static void EmitRollUp(SourceWriter writer, ReportSpec spec)
    {
        string type = spec.FullyQualifiedName;
        writer.Line();
        writer.Line("/// <inheritdoc cref=\"" + Runtime + ".IRollUpReport{TSelf}.RollUp\"/>");
        writer.Line(GeneratedCode);
        writer.Open("public static " + Runtime + ".RollUpResult<" + type + "> RollUp(" + Runtime + ".RollUpInput<" + type + "> input)");
        writer.Line("global::System.ArgumentNullException.ThrowIfNull(input);");
        writer.Line("var context = new " + RollUpContext + "();");
        writer.Line("var parts = input.Parts;");
        writer.Line("const string path = \"\";");
        EmitRollUpBody(writer, type, spec.Members, isReport: true, spec.GroupTypes);
        writer.Line("return context.Result(value);");
        writer.Close();

        HashSet<string> reached = RolledUpGroups(spec);
        foreach (GroupTypeSpec group in spec.GroupTypes)
        {
            if (group.Json is not { Problem: null } || !reached.Contains(group.Key))
            {
                continue;
            }

            writer.Line();
            writer.Line(GeneratedCode);
            writer.Open("private static " + group.FullyQualifiedName + " " + RollUpMethod(group.Key) + "(" + RollUpContext + " context, string path, "
                + PartsOf(group.FullyQualifiedName) + " parts, string? key)");
            EmitRollUpBody(writer, group.FullyQualifiedName, group.Members, isReport: false, spec.GroupTypes);
            writer.Line("return value;");
            writer.Close();
        }
    }

    // The records rolled up member by member: nested records without a rule and ByKey lists, from the report down.
    private static HashSet<string> RolledUpGroups(ReportSpec spec)
    {
        var reached = new HashSet<string>(System.StringComparer.Ordinal);
        var pending = new Stack<EquatableArray<MemberSpec>>();
        pending.Push(spec.Members);
        while (pending.Count > 0)
        {
            foreach (MemberSpec member in pending.Pop())
            {
                bool memberwise = member.Json is not null && member.GroupKey is { } key
                    && ((member.RollUp is null && member.Kind == FieldKind.Group) || member.RollUp?.Rule == "ByKey");
                if (memberwise && reached.Add(member.GroupKey!) && spec.GroupTypes.FirstOrDefault(g => g.Key == member.GroupKey) is { } group)
                {
                    pending.Push(group.Members);
                }
            }
        }

        return reached;
    }

    private static string RollUpMethod(string groupKey) => "RollUpGroup_" + groupKey;

    // Locals first (sums before the percentages that read them), then one object initializer.
    private static void EmitRollUpBody(SourceWriter writer, string type, EquatableArray<MemberSpec> members, bool isReport, EquatableArray<GroupTypeSpec> groups)
    {
        var assignments = new List<string>();
        if (isReport)
        {
            assignments.Add("Period = input.Period");
        }

        var settable = members.Where(m => m.Json is not null).ToList();
        var locals = new Dictionary<string, string>(System.StringComparer.Ordinal);
        for (int pass = 0; pass < 2; pass++)
        {
            for (int i = 0; i < settable.Count; i++)
            {
                MemberSpec member = settable[i];
                bool derived = member.RollUp?.Rule == "Percent";
                if (derived != (pass == 1))
                {
                    continue;
                }

                string local = "m" + Int(i);
                string? assignment = EmitRollUpMember(writer, type, member, local, locals, groups, isReport);
                if (assignment is not null)
                {
                    locals[member.Name] = local;
                    assignments.Add(Identifier(member.Name) + " = " + assignment);
                }
            }
        }

        // Keep the initializer in declaration order (Period first) so the generated file reads like the type.
        var ordered = new List<string>();
        if (isReport)
        {
            ordered.Add(assignments[0]);
        }

        foreach (MemberSpec member in settable)
        {
            string prefix = Identifier(member.Name) + " = ";
            string? found = assignments.FirstOrDefault(a => a.StartsWith(prefix, System.StringComparison.Ordinal));
            if (found is not null)
            {
                ordered.Add(found);
            }
        }

        writer.Open("var value = new " + type);
        foreach (string assignment in ordered)
        {
            writer.Line(assignment + ",");
        }

        writer.Close(";");
    }

    // Writes the member's local and returns the initializer's right-hand side, or null to leave the member out.
    private static string? EmitRollUpMember(SourceWriter writer, string type, MemberSpec member, string local, Dictionary<string, string> locals, EquatableArray<GroupTypeSpec> groups, bool isReport)
    {
        JsonMemberSpec json = member.Json!;
        string name = Identifier(member.Name);
        string memberPath = "path.Length == 0 ? " + Literal(member.Name) + " : path + " + Literal("." + member.Name);
        string read = "static r => r." + name;
        string valueType = json.ValueType;
        string rule = member.RollUp?.Rule ?? (member.Kind == FieldKind.Group ? "Nested" : "None");
        bool nullable = json.AcceptsNull;
        switch (rule)
        {
            case "Sum" when member.IsFloatingPoint:
                writer.Line("double? " + local + " = " + RollUpMath + ".Sum<" + type + ">(context, " + memberPath + ", parts, static r => (double?)r." + name + ");");
                return nullable ? "(" + valueType + "?)" + local : "(" + valueType + ")(" + local + " ?? 0d)";
            case "Sum":
                string sum = RollUpMath + ".Sum<" + type + ">(context, " + memberPath + ", parts, static r => (decimal?)r." + name + ")";
                if (valueType != "decimal")
                {
                    sum = RollUpMath + ".Fit(context, " + memberPath + ", " + sum + ", " + valueType + ".MinValue, " + valueType + ".MaxValue)";
                }

                writer.Line("decimal? " + local + " = " + sum + ";");
                return nullable ? "(" + valueType + "?)" + local : "(" + valueType + ")(" + local + " ?? 0m)";
            case "Min" or "Max":
                writer.Line(valueType + "? " + local + " = " + RollUpMath + "." + rule + "<" + type + ", " + valueType + ">(parts, static r => r." + name + ");");
                return nullable ? local : local + " ?? default";
            case "Percent":
                if (member.RollUp!.Numerator is not { } numerator || member.RollUp.Denominator is not { } denominator
                    || !locals.TryGetValue(numerator, out string? n) || !locals.TryGetValue(denominator, out string? d))
                {
                    return null; // reported by the parser (DV0037/DV0038)
                }

                writer.Line("decimal? " + local + " = " + RollUpMath + ".Percent(context, " + memberPath + ", (decimal?)" + n + ", (decimal?)" + d + ", " + Int(member.Decimals) + ");");
                return Convert(local, valueType, nullable);
            case "Weighted":
                int decimals = member.Kind == FieldKind.Percent ? member.Decimals : ParserIsInteger(member) ? 0 : 28;
                writer.Line("decimal? " + local + " = " + RollUpMath + ".Weighted<" + type + ">(context, " + memberPath + ", parts, static r => (decimal?)r." + name
                    + ", static r => (decimal?)r." + Identifier(member.RollUp!.Weight ?? string.Empty) + ", " + Int(decimals) + ");");
                return Convert(local, valueType, nullable);
            case "Gather" when member.Kind == FieldKind.Text:
                writer.Line("string? " + local + " = " + RollUpMath + ".GatherText<" + type + ">(parts, " + read + ");");
                return nullable ? local : local + " ?? string.Empty";
            case "Gather" when member.Kind == FieldKind.TextList:
                writer.Line("string[] " + local + " = " + RollUpMath + ".GatherTexts<" + type + ">(parts, " + read + ");");
                return AsList(local, json, "string", nullable);
            case "Gather" when member.Kind == FieldKind.GroupList:
                string withUnit = member.RollUp!.UnitMember is { } unit
                    ? "static (item, unit) => string.IsNullOrWhiteSpace(item." + Identifier(unit) + ") ? item with { " + Identifier(unit) + " = unit } : item"
                    : "null";
                writer.Line(valueType + "[] " + local + " = " + RollUpMath + ".Gather<" + type + ", " + valueType + ">(parts, " + read + ", " + withUnit + ");");
                return AsList(local, json, valueType, nullable);
            case "ByKey":
                writer.Line(valueType + "[] " + local + " = " + RollUpMath + ".ByKey<" + type + ", " + valueType + ">(context, " + memberPath + ", parts, " + read
                    + ", static item => item." + Identifier(member.RollUp!.Key ?? string.Empty) + ", static (c, p, rows) => " + RollUpMethod(member.GroupKey!) + "(c, p, rows, " + Literal(member.RollUp.Key ?? string.Empty) + "));");
                return AsList(local, json, valueType, nullable);
            case "Same":
                writer.Line("var " + local + " = " + RollUpMath + ".Same<" + type + ", " + json.DeclaredType + ">(context, " + memberPath + ", parts, " + read + ");");
                return nullable ? local : local + "!";
            case "Nested":
                bool isStruct = groups.FirstOrDefault(g => g.Key == member.GroupKey)?.Json?.IsValueType == true;
                string nested = (isStruct ? ".NestedValue<" : ".Nested<") + type + ", " + valueType + ">(parts, " + read + ")";
                writer.Line("var " + local + "Parts = " + RollUpMath + nested + ";");
                string call = RollUpMethod(member.GroupKey!) + "(context, " + memberPath + ", " + local + "Parts, null)";
                writer.Line(valueType + (nullable ? "?" : string.Empty) + " " + local + " = " + (nullable ? local + "Parts.Length == 0 ? null : " : string.Empty) + call + ";");
                return local;
            case "None" when member.Kind == FieldKind.Text && !isReport:
                // Possibly the key of a ByKey row: the rows' items agree on it by construction.
                writer.Line("string? " + local + " = key == " + Literal(member.Name) + " ? " + RollUpMath + ".Same<" + type + ", string?>(context, " + memberPath + ", parts, " + read + ") : null;");
                return json.IsRequiredKeyword || nullable ? (nullable ? local : local + " ?? string.Empty") : null;
            default:
                // Skip, or no rule on an optional member: the default; a C# 'required' member must still be set.
                return json.IsRequiredKeyword ? "default!" : null;
        }
    }

    private static bool ParserIsInteger(MemberSpec member) => ReportParser.IsInteger(member);

    private static string Convert(string local, string valueType, bool nullable) => valueType switch
    {
        "decimal" => nullable ? local : local + " ?? 0m",
        _ => nullable ? "(" + valueType + "?)" + local : "(" + valueType + ")(" + local + " ?? 0m)",
    };

    // The gathered array as the member's declared list type; a nullable list is null when no unit gave an item.
    private static string AsList(string local, JsonMemberSpec json, string itemType, bool nullable)
    {
        string list = json.DeclaredType.StartsWith("global::System.Collections.Generic.List<", System.StringComparison.Ordinal)
            ? "new global::System.Collections.Generic.List<" + itemType + ">(" + local + ")"
            : local;
        return nullable ? local + ".Length == 0 ? null : " + list : list;
    }
}
