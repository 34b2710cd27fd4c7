using System.Collections.Generic;
using System.Linq;
using DanVan.Reporting.Generators.Model;
using DanVan.Reporting.Schema;

namespace DanVan.Reporting.Generators.Emit;

// ReadJson() and WriteJson(): straight-line calls into the runtime's JsonReportReader and JsonReportWriter, one
// method per nested record type. Members that cannot be set are left out of JSON.
internal static partial class ReportEmitter
{
    private const string JsonNamespace = "global::DanVan.Reporting.Json";
    private const string JsonReader = JsonNamespace + ".JsonReportReader";
    private const string JsonWriter = JsonNamespace + ".JsonReportWriter";
    private const string Utf8Writer = "global::System.Text.Json.Utf8JsonWriter";

    private static readonly Dictionary<string, string> s_integerTypes = new(System.StringComparer.Ordinal)
    {
        ["byte"] = "byte", ["sbyte"] = "sbyte", ["short"] = "short", ["ushort"] = "ushort",
        ["int"] = "int", ["uint"] = "uint", ["long"] = "long", ["ulong"] = "ulong",
    };

    /// <summary>Whether the report gets JSON members (and implements IJsonReport).</summary>
    private static bool HasJson(ReportSpec spec) => spec.PlaceholderFor is null && spec.Json is { Problem: null };

    private static IEnumerable<MemberSpec> JsonMembers(IEnumerable<MemberSpec> members) => members.Where(m => m.Json is not null);

    private static void EmitJson(SourceWriter writer, ReportSpec spec)
    {
        JsonTypeSpec json = spec.Json!;
        string type = spec.FullyQualifiedName;
        List<MemberSpec> members = JsonMembers(spec.Members).ToList();
        string? document = spec.DocumentMember is { } name && json.DocumentSettable ? name : null;

        writer.Line("#nullable disable warnings // values are checked by the reader; nulls it let through are reported by Validate()");
        writer.Line("/// <inheritdoc cref=\"" + JsonNamespace + ".IJsonReport{TSelf}.ReadJson\"/>");
        writer.Line(GeneratedCode);
        writer.Open("public static " + JsonNamespace + ".JsonReadResult<" + type + "> ReadJson(global::System.ReadOnlySpan<byte> utf8, " + JsonNamespace + ".ReportJsonOptions? options = null)");
        writer.Line("var json = new " + JsonReader + "(utf8, options);");
        writer.Line("return json.Result(json.CanRead ? ReadJsonReport(ref json) : default);");
        writer.Close();
        writer.Line();

        writer.Open("private static " + type + (json.IsValueType ? string.Empty : "?") + " ReadJsonReport(ref " + JsonReader + " json)");
        writer.Line("if (!json.BeginObject()) return default;");
        writer.Line("int errors = json.ErrorCount;");
        writer.Line("bool s_kind = false;");
        writer.Line(Runtime + ".ReportPeriod p_Period = default; bool s_Period = false;");
        if (document is not null)
        {
            writer.Line(Runtime + ".DocumentInfo? p_" + document + " = default; bool s_" + document + " = false;");
        }

        EmitLocals(writer, members);
        writer.Open("while (json.NextProperty())");
        writer.Open("switch (json.PropertyName)");
        writer.Line("case \"kind\": if (json.Mark(ref s_kind)) json.Kind(); break;");
        writer.Line("case \"period\": if (json.Mark(ref s_Period) && !json.TryNull(false)) p_Period = json.ReadPeriod(); break;");
        if (document is not null)
        {
            writer.Line("case \"document\": if (json.Mark(ref s_" + document + ") && !json.TryNull(" + Bool(json.DocumentAcceptsNull) + ")) p_" + document + " = json.ReadDocument(); break;");
        }

        EmitCases(writer, members);
        List<string> known = ["kind", "period"];
        if (document is not null)
        {
            known.Add("document");
        }

        known.AddRange(members.Select(m => m.Json!.JsonName));
        writer.Line("default: json.UnknownProperty(" + Literal(string.Join(", ", known)) + "); break;");
        writer.Close();
        writer.Close();
        writer.Line("json.RequireKind(s_kind);");
        writer.Line("json.Required(s_Period, \"period\");");
        if (document is not null && json.DocumentIsRequiredKeyword)
        {
            writer.Line("json.Required(s_" + document + ", \"document\");");
        }

        EmitRequired(writer, members);
        writer.Line("json.EndObject();");
        writer.Line("if (json.ErrorCount > errors) return default;");
        var assignments = new List<(string Member, string Local, bool Always)> { ("Period", "p_Period", true) };
        if (document is not null)
        {
            assignments.Add((document, "p_" + document, json.DocumentIsRequiredKeyword));
        }

        EmitConstruction(writer, type, assignments.Concat(members.Select(m => (m.Name, "p_" + m.Name, m.Json!.IsRequiredKeyword))).ToList());
        writer.Close();

        foreach (GroupTypeSpec group in spec.GroupTypes)
        {
            writer.Line();
            EmitReadGroup(writer, group);
        }

        writer.Line();
        writer.Line("/// <inheritdoc/>");
        writer.Line(GeneratedCode);
        writer.Open("public void WriteJson(" + Utf8Writer + " writer, string? kind = null)");
        writer.Line("global::System.ArgumentNullException.ThrowIfNull(writer);");
        writer.Line("writer.WriteStartObject();");
        writer.Line("if (kind is not null) writer.WriteString(\"kind\", kind);");
        writer.Line("writer.WritePropertyName(\"period\");");
        writer.Line(JsonWriter + ".WritePeriod(writer, this.Period);");
        if (document is not null)
        {
            writer.Line("writer.WritePropertyName(\"document\");");
            writer.Line("if (this." + Identifier(document) + " is { } v_" + document + ") " + JsonWriter + ".WriteDocument(writer, v_" + document + "); else writer.WriteNullValue();");
        }

        foreach (MemberSpec member in members)
        {
            EmitWriteJsonMember(writer, member, "this." + Identifier(member.Name));
        }

        writer.Line("writer.WriteEndObject();");
        writer.Close();

        foreach (GroupTypeSpec group in spec.GroupTypes)
        {
            writer.Line();
            writer.Open("private static void " + WriteJsonMethod(group.Key) + "(" + group.FullyQualifiedName + " value, " + Utf8Writer + " writer)");
            writer.Line("writer.WriteStartObject();");
            foreach (MemberSpec member in JsonMembers(group.Members))
            {
                EmitWriteJsonMember(writer, member, "value." + Identifier(member.Name));
            }

            writer.Line("writer.WriteEndObject();");
            writer.Close();
        }

        writer.Line();
        EmitJsonSchema(writer, spec, document);
        writer.Line("#nullable restore warnings");
    }

    private static void EmitReadGroup(SourceWriter writer, GroupTypeSpec group)
    {
        bool isValueType = group.Json?.IsValueType == true;
        List<MemberSpec> members = JsonMembers(group.Members).ToList();
        writer.Open("private static " + group.FullyQualifiedName + (isValueType ? string.Empty : "?") + " " + ReadJsonMethod(group.Key) + "(ref " + JsonReader + " json)");
        writer.Line("if (!json.BeginObject()) return default;");
        writer.Line("int errors = json.ErrorCount;");
        EmitLocals(writer, members);
        writer.Open("while (json.NextProperty())");
        writer.Open("switch (json.PropertyName)");
        EmitCases(writer, members);
        writer.Line("default: json.UnknownProperty(" + Literal(string.Join(", ", members.Select(m => m.Json!.JsonName))) + "); break;");
        writer.Close();
        writer.Close();
        EmitRequired(writer, members);
        writer.Line("json.EndObject();");
        writer.Line("if (json.ErrorCount > errors) return default;");
        EmitConstruction(writer, group.FullyQualifiedName, members.Select(m => (m.Name, "p_" + m.Name, m.Json!.IsRequiredKeyword)).ToList());
        writer.Close();
    }

    private static void EmitLocals(SourceWriter writer, List<MemberSpec> members)
    {
        foreach (MemberSpec member in members)
        {
            writer.Line(member.Json!.DeclaredType + " p_" + member.Name + " = default; bool s_" + member.Name + " = false;");
        }
    }

    private static void EmitCases(SourceWriter writer, List<MemberSpec> members)
    {
        foreach (MemberSpec member in members)
        {
            JsonMemberSpec json = member.Json!;
            writer.Line("case " + Literal(json.JsonName) + ": if (json.Mark(ref s_" + member.Name + ") && !json.TryNull(" + Bool(json.AcceptsNull) + ")) p_" + member.Name + " = " + ReadExpression(member) + "; break;");
        }
    }

    // Missing members: those declared required, and those with [Required] (JSON Schema lists the same ones).
    private static void EmitRequired(SourceWriter writer, List<MemberSpec> members)
    {
        foreach (MemberSpec member in members.Where(IsJsonRequired))
        {
            writer.Line("json.Required(s_" + member.Name + ", " + Literal(member.Json!.JsonName) + ");");
        }
    }

    private static bool IsJsonRequired(MemberSpec member) =>
        member.Json!.IsRequiredKeyword || member.Rules.Any(r => r.Kind == RuleKind.Required);

    // Members missing from the JSON keep the value the type gives them (its initializers): read from an instance built
    // with only the required members, and only when some member is missing.
    private static void EmitConstruction(SourceWriter writer, string type, List<(string Member, string Local, bool Always)> assignments)
    {
        List<(string Member, string Local, bool Always)> required = assignments.Where(a => a.Always).ToList();
        List<(string Member, string Local, bool Always)> optional = assignments.Where(a => !a.Always).ToList();
        if (optional.Count > 0)
        {
            string allSeen = string.Join(" && ", optional.Select(a => "s_" + a.Member));
            string initializer = required.Count == 0 ? "()" : " { " + string.Join(", ", required.Select(a => Identifier(a.Member) + " = default")) + " }";
            writer.Line(type + " defaults = " + allSeen + " ? default : new " + type + initializer + ";");
        }

        writer.Line("return new " + type + " { " + string.Join(", ", assignments.Select(a =>
            Identifier(a.Member) + " = " + (a.Always ? a.Local : "s_" + a.Member + " ? " + a.Local + " : defaults." + Identifier(a.Member)))) + " };");
    }

    private static string ReadExpression(MemberSpec member)
    {
        JsonMemberSpec json = member.Json!;
        switch (member.Kind)
        {
            case FieldKind.Text:
                return "json.ReadString()";
            case FieldKind.Boolean:
                return "json.ReadBoolean()";
            case FieldKind.Date:
                return "json.ReadDate()";
            case FieldKind.Period:
                return "json.ReadPeriod()";
            case FieldKind.TextList:
                return "json.ReadStringList(" + Bool(json.ItemsAcceptNull) + ")" + (json.IsArray ? "?.ToArray()" : string.Empty);
            case FieldKind.Group:
                return ReadJsonMethod(member.GroupKey!) + "(ref json)";
            case FieldKind.GroupList:
                return "json.ReadList<" + json.ValueType + ">(static (ref " + JsonReader + " r) => " + ReadJsonMethod(member.GroupKey!) + "(ref r), " + Bool(json.ItemsAcceptNull) + ")"
                    + (json.IsArray ? "?.ToArray()" : string.Empty);
        }

        // Numbers, whatever their format ([Percent], [Money], [Quantity]): by the member's C# type.
        return json.ValueType switch
        {
            "decimal" => "json.ReadDecimal()",
            "double" => "json.ReadDouble()",
            "float" => "json.ReadSingle()",
            "ulong" => "json.ReadUInt64()",
            "long" => "json.ReadInteger(long.MinValue, long.MaxValue)",
            _ => "(" + json.ValueType + ")json.ReadInteger(" + json.ValueType + ".MinValue, " + json.ValueType + ".MaxValue)",
        };
    }

    private static void EmitWriteJsonMember(SourceWriter writer, MemberSpec member, string access)
    {
        JsonMemberSpec json = member.Json!;
        string variable = "v_" + member.Name;
        writer.Line("writer.WritePropertyName(" + Literal(json.JsonName) + ");");
        writer.Open("if (" + access + " is { } " + variable + ")");
        switch (member.Kind)
        {
            case FieldKind.Text:
                writer.Line("writer.WriteStringValue(" + variable + ");");
                break;
            case FieldKind.Boolean:
                writer.Line("writer.WriteBooleanValue(" + variable + ");");
                break;
            case FieldKind.Date:
                writer.Line(JsonWriter + ".WriteDate(writer, " + variable + ");");
                break;
            case FieldKind.Period:
                writer.Line(JsonWriter + ".WritePeriod(writer, " + variable + ");");
                break;
            case FieldKind.TextList:
                writer.Line(JsonWriter + ".WriteStringList(writer, " + variable + ");");
                break;
            case FieldKind.Group:
                writer.Line(WriteJsonMethod(member.GroupKey!) + "(" + variable + ", writer);");
                break;
            case FieldKind.GroupList:
                writer.Line("writer.WriteStartArray();");
                writer.Open("foreach (var item in " + variable + ")");
                writer.Line("if (item is { } i) " + WriteJsonMethod(member.GroupKey!) + "(i, writer); else writer.WriteNullValue();");
                writer.Close();
                writer.Line("writer.WriteEndArray();");
                break;
            default:
                writer.Line(json.ValueType switch
                {
                    "double" => JsonWriter + ".WriteDouble(writer, " + variable + ");",
                    "float" => JsonWriter + ".WriteSingle(writer, " + variable + ");",
                    _ => "writer.WriteNumberValue(" + variable + ");",
                });
                break;
        }

        writer.Close();
        writer.Line("else writer.WriteNullValue();");
    }

    private static string Bool(bool value) => value ? "true" : "false";

    private static string ReadJsonMethod(string groupKey) => "ReadJsonGroup_" + groupKey;

    private static string WriteJsonMethod(string groupKey) => "WriteJsonGroup_" + groupKey;
}
