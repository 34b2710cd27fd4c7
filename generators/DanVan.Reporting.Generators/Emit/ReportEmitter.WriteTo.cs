using System.Collections.Generic;
using System.Linq;
using DanVan.Reporting.Generators.Model;
using DanVan.Reporting.Schema;

namespace DanVan.Reporting.Generators.Emit;

// WriteTo(): the report as a stream of writer calls, values already formatted by the runtime.
internal static partial class ReportEmitter
{
    private const string Guard = "global::DanVan.Reporting.Rendering.NestingGuard";
    private const string SectionTitleType = "global::DanVan.Reporting.Rendering.SectionTitle";

    private static void EmitWriteTo(SourceWriter writer, ReportSpec spec)
    {
        // A title that names the period is made once per period, not per render: one runtime cache per such section.
        List<SectionSpec> sections = spec.Members.Select(m => m.Section).OfType<SectionSpec>().ToList();
        for (int i = 0; i < sections.Count; i++)
        {
            if (sections[i].Title.Any(part => part.Kind != TitlePartKind.Literal))
            {
                writer.Line("private static readonly " + SectionTitleType + " " + SectionTitleField(i) + " = new(static period => " + TitleExpression(sections[i]) + ");");
                writer.Line();
            }
        }

        writer.Line("/// <inheritdoc/>");
        writer.Line(GeneratedCode);
        writer.Open("public void WriteTo(" + Runtime + ".IReportWriter writer)");
        writer.Line("global::System.ArgumentNullException.ThrowIfNull(writer);");
        writer.Line("var period = this.Period;");
        if (spec.Members.Any(m => m.Kind is FieldKind.Group or FieldKind.GroupList && !m.IsTable))
        {
            writer.Line("var guard = new " + Guard + "();");
        }

        var groups = spec.GroupTypes.ToDictionary(g => g.Key, System.StringComparer.Ordinal);
        writer.Line("writer.BeginReport(new " + Runtime + ".ReportHeading(" + Literal(spec.Title) + ", period)"
            + (spec.DocumentMember is { } document ? " { Document = this." + Identifier(document) + " }" : string.Empty) + ");");
        bool inSection = false;
        int sectionIndex = 0;
        foreach (MemberSpec member in spec.Members)
        {
            if (member.Section is { } section)
            {
                if (inSection)
                {
                    writer.Line("writer.EndSection();");
                }

                string title = section.Title.All(part => part.Kind == TitlePartKind.Literal)
                    ? TitleExpression(section)
                    : SectionTitleField(sectionIndex) + ".For(period)";
                writer.Line("writer.BeginSection(" + Literal(section.Number) + ", " + title + ");");
                inSection = true;
                sectionIndex++;
            }

            EmitWriteMember(writer, member, "this." + Identifier(member.Name), groups);
        }

        if (inSection)
        {
            writer.Line("writer.EndSection();");
        }

        writer.Line("writer.EndReport();");
        writer.Close();

        foreach (GroupTypeSpec group in spec.GroupTypes)
        {
            writer.Line();
            writer.Open("private static void " + WriteMethod(group.Key) + "(" + group.FullyQualifiedName + " value, " + Runtime + ".IReportWriter writer, ref " + Guard + " guard)");
            foreach (MemberSpec member in group.Members)
            {
                EmitWriteMember(writer, member, "value." + Identifier(member.Name), groups);
            }

            writer.Close();
        }
    }

    private static void EmitWriteMember(SourceWriter writer, MemberSpec member, string access, Dictionary<string, GroupTypeSpec> groups)
    {
        string label = Literal(member.Label);
        string variable = "v_" + member.Name;
        // An empty list is left out like a null one: its label alone would be a blank block.
        bool isList = member.Kind is FieldKind.TextList or FieldKind.GroupList;
        writer.Open("if (" + access + " is { } " + variable + (isList ? " && " + variable + "." + member.CountProperty + " > 0" : string.Empty) + ")");
        if (member.IsTable && groups.TryGetValue(member.GroupKey!, out GroupTypeSpec? table))
        {
            EmitTable(writer, member, variable, table);
            writer.Close();
            return;
        }

        switch (member.Kind)
        {
            case FieldKind.Text:
                writer.Line("writer.WriteText(" + label + ", " + variable + ");");
                break;
            case FieldKind.TextList:
                writer.Line("writer.BeginList(" + label + ");");
                writer.Open("for (int i = 0; i < " + variable + "." + member.CountProperty + "; i++)");
                writer.Open("if (" + variable + "[i] is { } item)");
                writer.Line("writer.WriteListItem(item);");
                writer.Close();
                writer.Close();
                writer.Line("writer.EndList();");
                break;
            // The runtime's guard bounds depth and total records (a cycle or a shared subtree) and notes where it stops.
            case FieldKind.Group:
                writer.Open("if (guard.TryEnter(writer, " + label + ", false))");
                writer.Line("writer.BeginGroup(" + label + ");");
                writer.Line(WriteMethod(member.GroupKey!) + "(" + variable + ", writer, ref guard);");
                writer.Line("writer.EndGroup();");
                writer.Line("guard.Leave();");
                writer.Close();
                break;
            case FieldKind.GroupList:
                writer.Line("writer.BeginList(" + label + ");");
                writer.Open("for (int i = 0; i < " + variable + "." + member.CountProperty + "; i++)");
                writer.Open("if (" + variable + "[i] is { } item && guard.TryEnter(writer, " + label + ", true))");
                writer.Line("writer.BeginGroup(" + Formatting + ".ItemLabel(i));");
                writer.Line(WriteMethod(member.GroupKey!) + "(item, writer, ref guard);");
                writer.Line("writer.EndGroup();");
                writer.Line("guard.Leave();");
                writer.Close();
                writer.Close();
                writer.Line("writer.EndList();");
                break;
            default:
                writer.Line(ValueStatement(member, variable, label));
                break;
        }

        writer.Close();
    }

    // [Table]: a list of records gives one row per item and a column per member; a record gives one
    // "STT | Chỉ tiêu | Kết quả" row per member that has a value.
    private static void EmitTable(SourceWriter writer, MemberSpec member, string variable, GroupTypeSpec group)
    {
        string label = Literal(member.Label);
        string counter = "n_" + member.Name;
        if (member.Kind == FieldKind.GroupList)
        {
            // The runtime aligns each column from what it holds (TableColumn.AlignmentFor): the rule lives there, once.
            IEnumerable<string> columns = group.Members.Select(m => Runtime + ".TableColumn.For(" + Literal(m.Label) + ", " + Runtime + ".Schema.FieldKind." + m.Kind + ")");
            writer.Line("writer.BeginTable(" + label + ", new " + Runtime + ".TableColumn[] { " + Runtime + ".TableColumn.RowNumber, " + string.Join(", ", columns) + " });");
            writer.Line("int " + counter + " = 0;");
            writer.Open("for (int i = 0; i < " + variable + "." + member.CountProperty + "; i++)");
            writer.Open("if (" + variable + "[i] is { } item)");
            writer.Line("writer.BeginTableRow();");
            writer.Line("writer.WriteCell(" + Formatting + ".Number((decimal)++" + counter + "));");
            foreach (MemberSpec cell in group.Members)
            {
                string value = "c_" + cell.Name;
                writer.Line("writer.WriteCell(item." + Identifier(cell.Name) + " is { } " + value + " ? " + CellExpression(cell, value) + " : \"\");");
            }

            writer.Line("writer.EndTableRow();");
            writer.Close();
            writer.Close();
            writer.Line("writer.EndTable();");
            return;
        }

        writer.Line("writer.BeginTable(" + label + ", " + Runtime + ".TableColumn.MetricColumns);");
        writer.Line("int " + counter + " = 0;");
        foreach (MemberSpec row in group.Members)
        {
            string value = "c_" + row.Name;
            writer.Open("if (" + variable + "." + Identifier(row.Name) + " is { } " + value + ")");
            writer.Line("writer.BeginTableRow();");
            writer.Line("writer.WriteCell(" + Formatting + ".Number((decimal)++" + counter + "));");
            writer.Line("writer.WriteCell(" + Literal(row.Label) + ");");
            writer.Line("writer.WriteCell(" + CellExpression(row, value) + ");");
            writer.Line("writer.EndTableRow();");
            writer.Close();
        }

        writer.Line("writer.EndTable();");
    }

    private static string CellExpression(MemberSpec member, string variable) =>
        member.Kind == FieldKind.Text ? variable : FormatExpression(member, variable);

    // Decimal and integer numbers go to the runtime's Write… methods, which format them straight into the writer (no
    // string for the value when the writer draws spans); integers that fit a long take its long overloads, which write
    // the digits without making a decimal. Every other value is formatted to a string and written.
    private static string ValueStatement(MemberSpec member, string variable, string label)
    {
        string number = (member.IsLongInteger ? "(long)" : "(decimal)") + variable;
        string? call = member.IsFloatingPoint ? null : member.Kind switch
        {
            FieldKind.Percent => "WritePercent(writer, " + label + ", " + number + ", " + Int(member.Decimals) + ")",
            FieldKind.Money => "WriteMoney(writer, " + label + ", " + number + ")",
            FieldKind.Quantity => "WriteQuantity(writer, " + label + ", " + number + ", " + Literal(member.Unit ?? string.Empty) + ")",
            FieldKind.Integer or FieldKind.Number => "WriteNumber(writer, " + label + ", " + number + ")",
            _ => null,
        };
        return call is null
            ? "writer.WriteValue(" + label + ", " + FormatExpression(member, variable) + ");"
            : Formatting + "." + call + ";";
    }

    private static string FormatExpression(MemberSpec member, string variable)
    {
        string number = member.IsFloatingPoint ? "(double)" + variable : "(decimal)" + variable;
        return member.Kind switch
        {
            FieldKind.Percent => Formatting + ".Percent(" + number + ", " + Int(member.Decimals) + ")",
            FieldKind.Money => Formatting + ".Money(" + number + ")",
            FieldKind.Quantity => Formatting + ".Quantity(" + number + ", " + Literal(member.Unit ?? string.Empty) + ")",
            FieldKind.Boolean => Formatting + ".Boolean(" + variable + ")",
            FieldKind.Date => Formatting + ".Date(" + variable + ")",
            FieldKind.Period => Formatting + ".Period(" + variable + ")",
            _ => Formatting + ".Number(" + number + ")",
        };
    }

    private static string SectionTitleField(int index) => "SectionTitle_" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);

    // "PHƯƠNG HƯỚNG, NHIỆM VỤ {next}" → string.Concat("PHƯƠNG HƯỚNG, NHIỆM VỤ ", FieldFormatting.NextPeriod(period, true))
    private static string TitleExpression(SectionSpec section)
    {
        string upper = section.UpperCase ? "true" : "false";
        List<string> parts = section.Title.Select(part => part.Kind switch
        {
            TitlePartKind.Literal => Literal(part.Text),
            TitlePartKind.Period => Formatting + ".Period(period, " + upper + ")",
            TitlePartKind.Next => Formatting + ".NextPeriod(period, " + upper + ")",
            _ => Formatting + ".Year(period)",
        }).ToList();
        return parts.Count switch
        {
            0 => "\"\"",
            1 => parts[0],
            _ => "string.Concat(" + string.Join(", ", parts) + ")",
        };
    }
}
