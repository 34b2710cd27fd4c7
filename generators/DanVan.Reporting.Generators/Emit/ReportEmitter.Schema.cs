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
                RangePart(member, minimum: true),
                RangePart(member, minimum: false),
                LengthPart(member, RuleKind.MinLength, "MinLength")
                    ?? (member.Rules.OfType<StringLengthRule>().FirstOrDefault() is { Minimum: > 0 } least ? "MinLength = " + Int(least.Minimum) : null),
                LengthPart(member, RuleKind.MaxLength, "MaxLength")
                    ?? (member.Rules.OfType<StringLengthRule>().FirstOrDefault() is { } stringLength ? "MaxLength = " + Int(stringLength.Maximum) : null),
                member.Rules.OfType<PatternRule>().FirstOrDefault() is { } pattern ? "Pattern = " + Literal(pattern.Pattern) : null,
            }.Where(p => p is not null));
            writer.Line(indent + "    new(" + Literal(member.Name) + ", " + Literal(member.Label) + ", " + SchemaNamespace + ".FieldKind." + member.Kind
                + ")" + (properties.Length == 0 ? string.Empty : " { " + properties + " }") + ",");
        }

        writer.Line(indent + "}");
    }

    // The schema's bounds are doubles; an exclusive bound says so.
    private static string? RangePart(MemberSpec member, bool minimum)
    {
        if (member.Rules.OfType<RangeRule>().FirstOrDefault() is not { } range)
        {
            return null;
        }

        (string lower, string upper, _, _, bool lowerIsExclusive, bool upperIsExclusive) = RangeLiterals(member, range);
        return minimum
            ? "Minimum = (double)" + lower + (lowerIsExclusive ? ", MinimumIsExclusive = true" : string.Empty)
            : "Maximum = (double)" + upper + (upperIsExclusive ? ", MaximumIsExclusive = true" : string.Empty);
    }

    private static string? LengthPart(MemberSpec member, RuleKind kind, string property) =>
        member.Rules.OfType<LengthRule>().FirstOrDefault(r => r.Kind == kind) is { } rule
            ? property + " = " + Int(rule.Limit)
            : null;
}
