using System.CommandLine;
using DanVan.Cli.Commands;
using DanVan.Cli.Output;
using DanVan.Reporting;

namespace DanVan.Cli;

/// <summary>The command line: the commands of the contract, the shared options, and the error handling around them.</summary>
internal static class DanVanApp
{
    /// <summary>Parses <paramref name="args"/>, runs the command and returns its exit code.</summary>
    public static int Run(string[] args, Terminal terminal)
    {
        // Help texts are built before parsing: take --lang from the raw arguments first, so --help speaks it too.
        MessageSettings.Language = Array.IndexOf(args, "--lang=en") >= 0 || (Array.IndexOf(args, "--lang") is int at and >= 0 && at + 1 < args.Length && args[at + 1] == "en")
            ? MessageLanguage.English
            : MessageLanguage.Vietnamese;
        var options = new SharedOptions();
        RootCommand root = Build(options, terminal);
        ParseResult parsed = root.Parse(args);

        // --lang applies to the parser's own errors too, so it is read before they are reported.
        MessageSettings.Language = LanguageOf(parsed, options);
        if (parsed.CommandResult.Command == root && parsed.Errors.Count == 1 && parsed.UnmatchedTokens.Count == 0)
        {
            // `danvan` alone (or with --lang only): a usage error (exit 2, as every usage error of the contract), with
            // the help a newcomer is looking for, all on stderr so that stdout stays empty for scripts.
            terminal.WriteError("danvan", "-", "usage", Text.Pick("chưa có lệnh; các lệnh:", "no command given; the commands:"));
            root.Parse(["--help"]).Invoke(new InvocationConfiguration { Output = terminal.Error, Error = terminal.Error });
            return ExitCodes.Unreadable;
        }

        if (parsed.Errors.Count > 0)
        {
            foreach (System.CommandLine.Parsing.ParseError error in parsed.Errors)
            {
                terminal.WriteError("danvan", "-", "usage", error.Message);
            }

            terminal.Error.WriteLine(Text.Pick("Xem cách dùng: danvan --help", "See the usage: danvan --help"));
            return ExitCodes.Unreadable;
        }

        try
        {
            return parsed.Invoke(new InvocationConfiguration
            {
                Output = terminal.Out,
                Error = terminal.Error,
                EnableDefaultExceptionHandler = false,
            });
        }
        catch (Exception error) when (error is not OutOfMemoryException)
        {
            // A bug must not print a stack trace at a user: one line, the exception's type and message, exit 2.
            terminal.WriteError("danvan", "-", "internal", Text.Unexpected(error));
            return ExitCodes.Unreadable;
        }
    }

    private static RootCommand Build(SharedOptions options, Terminal terminal)
    {
        var root = new RootCommand(Text.Pick(
            "danvan: báo cáo công tác dân vận từ JSON thành văn bản đúng thể thức (Hướng dẫn 36-HD/VPTW, Nghị định 30/2020/NĐ-CP).",
            "danvan: công tác dân vận reports from JSON to compliant official documents (Guide 36-HD/VPTW, Decree 30/2020/ND-CP)."));
        root.Options.Add(options.Language);
        root.Subcommands.Add(KindsCommand.Create(options, terminal));
        root.Subcommands.Add(KindCommands.Schema(terminal));
        root.Subcommands.Add(KindCommands.Example(terminal));
        root.Subcommands.Add(ValidateCommand.Create(terminal));
        root.Subcommands.Add(RenderCommand.Create(terminal));
        root.Subcommands.Add(PeriodCommand.Create(terminal));
        root.Subcommands.Add(LunarCommand.Create(terminal));
        root.Subcommands.Add(WorkdaysCommand.Create(terminal));
        root.Subcommands.Add(ServeCommand.Create(terminal));
        root.Subcommands.Add(RollupCommand.Create(terminal));
        return root;
    }

    private static MessageLanguage LanguageOf(ParseResult parsed, SharedOptions options)
    {
        // Read leniently: an invalid --lang is itself a parse error, reported in Vietnamese.
        string? language = parsed.GetResult(options.Language) is { Tokens.Count: > 0 } result ? result.Tokens[^1].Value : null;
        return language == "en" ? MessageLanguage.English : MessageLanguage.Vietnamese;
    }
}
