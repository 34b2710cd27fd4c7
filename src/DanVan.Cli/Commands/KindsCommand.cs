using System.CommandLine;
using System.Text.Json;
using DanVan.Cli.Output;
using DanVan.Reporting.Catalog;

namespace DanVan.Cli.Commands;

/// <summary><c>danvan kinds [--json]</c>: the catalog's kinds — id, title, period kind.</summary>
internal static class KindsCommand
{
    public static Command Create(SharedOptions options, Terminal terminal)
    {
        Option<bool> json = SharedOptions.Json();
        var command = new Command("kinds", Text.Pick(
            "Liệt kê các loại báo cáo có sẵn: mã loại, tên, loại kỳ báo cáo.",
            "Lists the report kinds: kind id, title, period kind."))
        {
            json,
        };
        command.SetAction(parsed =>
        {
            if (parsed.GetValue(json))
            {
                terminal.WriteJson(WriteJson, JsonOutput.Options);
                return ExitCodes.Success;
            }

            int width = ReportCatalog.All.Max(kind => kind.Id.Length);
            foreach (ReportKind kind in ReportCatalog.All)
            {
                terminal.Out.WriteLine(kind.Id.PadRight(width) + "  " + PeriodKindNames.Describe(kind.PeriodKind).PadRight(12) + "  " + kind.Title);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The catalog as the contract's JSON, <c>[{"id", "title", "periodKind"}]</c> (also GET /api/kinds).</summary>
    public static void WriteJson(Utf8JsonWriter writer)
    {
        writer.WriteStartArray();
        foreach (ReportKind kind in ReportCatalog.All)
        {
            writer.WriteStartObject();
            writer.WriteString("id", kind.Id);
            writer.WriteString("title", kind.Title);
            writer.WriteString("periodKind", PeriodKindNames.Code(kind.PeriodKind));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }
}
