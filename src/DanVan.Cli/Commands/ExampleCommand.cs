using System.CommandLine;
using DanVan.Cli.Output;
using DanVan.Reporting.Catalog;

namespace DanVan.Cli.Commands;

/// <summary><c>danvan example &lt;kind&gt;</c>: a valid instance of the kind, the starting point of a team's own files.</summary>
internal static class ExampleCommand
{
    public static Command Create(Terminal terminal)
    {
        Argument<string> kindId = KindArgument.Create();
        var command = new Command("example", Text.Pick(
            "In một báo cáo JSON mẫu, hợp lệ, của một loại báo cáo.",
            "Prints a valid example JSON report of a kind."));
        command.Arguments.Add(kindId);
        command.SetAction(parsed =>
        {
            if (KindArgument.Find(parsed.GetValue(kindId)!, "example", terminal) is not ReportKind kind)
            {
                return ExitCodes.Unreadable;
            }

            terminal.Out.WriteLine(kind.ExampleJson());
            return ExitCodes.Success;
        });
        return command;
    }
}
