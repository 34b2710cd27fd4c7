using System.CommandLine;
using DanVan.Cli.Output;
using DanVan.Reporting.Catalog;

namespace DanVan.Cli.Commands;

/// <summary>The commands that print one text of one kind on stdout: <c>danvan schema</c> and <c>danvan example</c>.</summary>
internal static class KindCommands
{
    /// <summary><c>danvan schema &lt;kind&gt;</c>: the kind's JSON Schema (draft 2020-12).</summary>
    public static Command Schema(Terminal terminal) => Create(
        "schema",
        Text.Pick("In JSON Schema (draft 2020-12) của một loại báo cáo.", "Prints the JSON Schema (draft 2020-12) of a report kind."),
        static kind => kind.GetJsonSchema(),
        terminal);

    /// <summary><c>danvan example &lt;kind&gt;</c>: a valid instance of the kind, the starting point of a team's own files.</summary>
    public static Command Example(Terminal terminal) => Create(
        "example",
        Text.Pick("In một báo cáo JSON mẫu, hợp lệ, của một loại báo cáo.", "Prints a valid example JSON report of a kind."),
        static kind => kind.ExampleJson(),
        terminal);

    // The command `name <kind>`: what print gives for the kind, or exit 2 for an unknown kind.
    private static Command Create(string name, string description, Func<ReportKind, string> print, Terminal terminal)
    {
        Argument<string> kindId = KindArgument.Create();
        var command = new Command(name, description) { kindId };
        command.SetAction(parsed =>
        {
            if (KindArgument.Find(parsed.GetValue(kindId)!, name, terminal) is not ReportKind kind)
            {
                return ExitCodes.Unreadable;
            }

            terminal.Out.WriteLine(print(kind));
            return ExitCodes.Success;
        });
        return command;
    }
}
