using System.Collections.Generic;
using System.Linq;
using DanVan.Reporting.Generators.Model;
using DanVan.Reporting.Schema;

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

        List<string> patterns = Patterns(spec);
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

    private static void EmitMemberRules(SourceWriter writer, IEnumerable<MemberSpec> members, List<string> patterns)
    {
        foreach (MemberSpec member in members)
        {
            string access = "value." + Identifier(member.Name);
            string arguments = "(ref context, " + Literal(member.Name) + ", " + Literal(member.Label) + ", ";
            foreach (RuleSpec rule in member.Rules)
            {
                string call = rule.Kind switch
                {
                    RuleKind.Required => Validation + ".Required" + arguments + (member.Kind == FieldKind.Text && rule.Arguments == "object" ? "(object?)" : string.Empty) + access + ");",
                    RuleKind.Range => Validation + ".Range" + arguments + (member.IsFloatingPoint ? "(double?)" : "(decimal?)") + access + ", " + rule.Arguments + ");",
                    RuleKind.Finite => Validation + ".Finite" + arguments + "(double?)" + access + ");",
                    RuleKind.StringLength => Validation + ".StringLength" + arguments + access + ", " + rule.Arguments + ");",
                    RuleKind.MinLength => Validation + ".MinLength" + arguments + "(" + access + ")?." + (member.CountProperty ?? "Length") + ", " + rule.Arguments + ");",
                    RuleKind.MaxLength => Validation + ".MaxLength" + arguments + "(" + access + ")?." + (member.CountProperty ?? "Length") + ", " + rule.Arguments + ");",
                    RuleKind.Pattern => Validation + ".Pattern" + arguments + access + ", " + PatternField(patterns.IndexOf(rule.Arguments)) + ");",
                    _ => Validation + ".InPeriod" + arguments + "(global::NodaTime.LocalDate?)" + access + ", period, " + rule.Arguments + ");",
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

    // The distinct patterns of the report and its group types, in order of appearance: one static Regex each.
    private static List<string> Patterns(ReportSpec spec) =>
        spec.Members.Concat(spec.GroupTypes.SelectMany(g => g.Members))
            .SelectMany(m => m.Rules)
            .Where(r => r.Kind == RuleKind.Pattern)
            .Select(r => r.Arguments)
            .Distinct()
            .ToList();

    private static string PatternField(int index) => "s_danVanPattern" + Int(index);

    private static void EmitPatterns(SourceWriter writer, ReportSpec spec)
    {
        List<string> patterns = Patterns(spec);
        for (int i = 0; i < patterns.Count; i++)
        {
            writer.Line();
            writer.Line("private static readonly global::System.Text.RegularExpressions.Regex " + PatternField(i) + " = new(" + patterns[i]
                + ", global::System.Text.RegularExpressions.RegexOptions.CultureInvariant, global::System.TimeSpan.FromSeconds(1));");
        }
    }
}
