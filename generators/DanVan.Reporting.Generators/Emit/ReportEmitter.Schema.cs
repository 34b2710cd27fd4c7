using System.Linq;
using DanVan.Reporting.Generators.Model;

namespace DanVan.Reporting.Generators.Emit;

// Schema: the report's fields, labels, kinds, units and constraints as data, for a CLI or a JSON-Schema export.
internal static partial class ReportEmitter
{
    private const string SchemaNamespace = "global::DanVan.Reporting.Schema";

    private static void EmitSchema(SourceWriter writer, ReportSpec spec)
    {
        writer.Line("/// <summary>The report's fields and rules as data, built without reflection.</summary>");
        writer.Line(GeneratedCode);
        writer.Line("public static " + SchemaNamespace + ".ReportSchema Schema { get; } = new(");
        writer.Line("    " + Literal(spec.Name) + ",");
        writer.Line("    " + Literal(spec.Title) + ",");
        writer.Line("    " + Runtime + ".PeriodKind." + spec.PeriodKind + ",");
        EmitFields(writer, spec.Members, "    ");
        writer.Line("    ,");
        writer.Line("    new " + SchemaNamespace + ".GroupSchema[]");
        writer.Line("    {");
        foreach (GroupTypeSpec group in spec.GroupTypes)
        {
            writer.Line("        new(" + Literal(group.Key) + ", " + Literal(group.FullyQualifiedName.Replace("global::", string.Empty)) + ",");
            EmitFields(writer, group.Members, "            ");
            writer.Line("        ),");
        }

        writer.Line("    });");
        writer.Line();
    }

    private static void EmitFields(SourceWriter writer, Helpers.EquatableArray<MemberSpec> members, string indent)
    {
        writer.Line(indent + "new " + SchemaNamespace + ".FieldSchema[]");
        writer.Line(indent + "{");
        string? section = null;
        foreach (MemberSpec member in members)
        {
            section = member.Section?.Number ?? section;
            string properties = string.Join(", ", new[]
            {
                section is null ? null : "Section = " + Literal(section),
                member.Rules.Any(r => r.Kind == RuleKind.Required) ? "IsRequired = true" : null,
                member.Unit is null ? null : "Unit = " + Literal(member.Unit),
                member.GroupKey is null ? null : "GroupKey = " + Literal(member.GroupKey),
                RangePart(member, 0, "Minimum"),
                RangePart(member, 1, "Maximum"),
                LengthPart(member, RuleKind.MinLength, "MinLength", 0),
                LengthPart(member, RuleKind.MaxLength, "MaxLength", 0) ?? LengthPart(member, RuleKind.StringLength, "MaxLength", 1),
                member.Rules.FirstOrDefault(r => r.Kind == RuleKind.Pattern) is { } pattern ? "Pattern = " + pattern.Arguments : null,
            }.Where(p => p is not null));
            writer.Line(indent + "    new(" + Literal(member.Name) + ", " + Literal(member.Label) + ", " + SchemaNamespace + ".FieldKind." + member.Kind
                + ")" + (properties.Length == 0 ? string.Empty : " { " + properties + " }") + ",");
        }

        writer.Line(indent + "}");
    }

    private static string? RangePart(MemberSpec member, int index, string property) =>
        member.Rules.FirstOrDefault(r => r.Kind == RuleKind.Range) is { } range
            ? property + " = (double)" + range.Arguments.Split(',')[index].Trim()
            : null;

    private static string? LengthPart(MemberSpec member, RuleKind kind, string property, int index) =>
        member.Rules.FirstOrDefault(r => r.Kind == kind) is { } rule
            ? property + " = " + rule.Arguments.Split(',')[index].Trim()
            : null;
}
