using System.CommandLine;
using DanVan.Cli.Output;
using DanVan.Cli.Processing;

namespace DanVan.Cli.Commands;

/// <summary><c>danvan validate &lt;file|dir|-&gt;... [--json]</c>: exit 0 all valid, 1 some invalid, 2 unreadable.</summary>
internal static class ValidateCommand
{
    public static Command Create(Terminal terminal)
    {
        var batch = new BatchOptions();
        var command = new Command("validate", Text.Pick(
            "Kiểm tra các báo cáo JSON: đọc được không, đúng loại không, đủ và đúng quy tắc không.",
            "Checks JSON reports: readable, of a known kind, complete and within the rules."));
        batch.AddTo(command);
        command.SetAction(parsed =>
        {
            var job = new ReportJob(batch.JsonOptions(parsed), [], null, Console.OpenStandardInput());
            return BatchRunner.Run(terminal, parsed.GetValue(batch.Inputs)!, job, parsed.GetValue(batch.Jobs), parsed.GetValue(batch.Json), render: false);
        });
        return command;
    }
}
