using System.CommandLine;
using DanVan.Cli.Output;
using DanVan.Cli.Processing;

namespace DanVan.Cli.Commands;

/// <summary>
/// <c>danvan render &lt;file|dir|-&gt;... --format &lt;txt|md|html|docx|pdf&gt;[,...] --out &lt;dir&gt; [--json]</c>: writes
/// <c>&lt;dir&gt;/&lt;input name&gt;.&lt;ext&gt;</c> for every valid input; invalid ones are reported and skipped.
/// </summary>
internal static class RenderCommand
{
    public static Command Create(Terminal terminal)
    {
        var batch = new BatchOptions();
        var format = new Option<string>("--format", "-f")
        {
            Description = Text.Format(
                "Định dạng văn bản, có thể nhiều, cách nhau dấu phẩy: {0}.",
                "Document formats, comma-separated: {0}.", string.Join(", ", OutputFormats.All.Select(f => f.Name))),
            Required = true,
        };
        var output = new Option<string>("--out", "-o")
        {
            Description = Text.Pick("Thư mục ghi văn bản (tạo nếu chưa có).", "The folder to write documents to (created if missing)."),
            Required = true,
        };
        var command = new Command("render", Text.Pick(
            "Kết xuất các báo cáo JSON hợp lệ thành văn bản đúng thể thức; báo cáo không hợp lệ được báo lỗi, không kết xuất.",
            "Renders valid JSON reports as compliant documents; invalid ones are reported and not rendered."));
        batch.AddTo(command);
        command.Options.Add(format);
        command.Options.Add(output);
        command.SetAction(parsed =>
        {
            List<OutputFormat>? formats = ParseFormats(parsed.GetValue(format)!, terminal);
            if (formats is null)
            {
                return ExitCodes.Unreadable;
            }

            string outputDirectory = parsed.GetValue(output)!;
            try
            {
                Directory.CreateDirectory(outputDirectory);
            }
            catch (Exception error) when (error is IOException or UnauthorizedAccessException or ArgumentException)
            {
                terminal.WriteError("danvan render", outputDirectory, FileCodes.WriteFailed, Text.Format(
                    "không tạo được thư mục --out: {0}", "cannot create the --out folder: {0}", error.Message));
                return ExitCodes.Unreadable;
            }

            var job = new ReportJob(batch.JsonOptions(parsed), formats, outputDirectory, Console.OpenStandardInput());
            return BatchRunner.Run(terminal, parsed.GetValue(batch.Inputs)!, job, parsed.GetValue(batch.Jobs), parsed.GetValue(batch.Json), render: true);
        });
        return command;
    }

    // "html,docx" → the formats, each once; an unknown or unavailable one is a usage error (exit 2) before any work.
    internal static List<OutputFormat>? ParseFormats(string text, Terminal terminal, string command = "danvan render")
    {
        var formats = new List<OutputFormat>();
        foreach (string name in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            OutputFormat? format = OutputFormats.Find(name);
            if (format is null)
            {
                terminal.WriteError(command, "--format", "usage", Text.Format(
                    "không có định dạng {0}; các định dạng: {1}.", "there is no format {0}; the formats are: {1}.",
                    Text.Quote(name), string.Join(", ", OutputFormats.All.Select(f => f.Name))));
                return null;
            }

            if (!format.IsAvailable)
            {
                terminal.WriteError(command, "--format", "format-unavailable", Text.Format(
                    "định dạng {0} không có trong bản dựng này; các định dạng có: {1}.",
                    "the {0} format is not available in this build; the formats available: {1}.",
                    format.Name, string.Join(", ", OutputFormats.All.Where(f => f.IsAvailable).Select(f => f.Name))));
                return null;
            }

            if (!formats.Contains(format))
            {
                formats.Add(format);
            }
        }

        if (formats.Count == 0)
        {
            terminal.WriteError(command, "--format", "usage", Text.Pick("--format cần ít nhất một định dạng.", "--format needs at least one format."));
            return null;
        }

        return formats;
    }
}
