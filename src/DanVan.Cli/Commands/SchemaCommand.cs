using System.CommandLine;
using DanVan.Cli.Output;
using DanVan.Reporting.Catalog;

namespace DanVan.Cli.Commands;

/// <summary><c>danvan schema &lt;kind&gt;</c>: the kind's JSON Schema (draft 2020-12) on stdout.</summary>
internal static class SchemaCommand
{
    public static Command Create(Terminal terminal)
    {
        Argument<string> kindId = KindArgument.Create();
        var command = new Command("schema", Text.Pick(
            "In JSON Schema (draft 2020-12) của một loại báo cáo.",
            "Prints the JSON Schema (draft 2020-12) of a report kind."));
        command.Arguments.Add(kindId);
        command.SetAction(parsed =>
        {
            if (KindArgument.Find(parsed.GetValue(kindId)!, "schema", terminal) is not ReportKind kind)
            {
                return ExitCodes.Unreadable;
            }

            terminal.Out.WriteLine(kind.GetJsonSchema());
            return ExitCodes.Success;
        });
        return command;
    }
}
