using System.Diagnostics;
using System.Text;

namespace DanVan.Cli.Tests;

/// <summary>
/// On a terminal, render and validate draw a progress bar on stderr and then the one-line summary; redirected, the
/// summary alone. The terminal is a pseudo-terminal from util-linux's <c>script</c>, as a user's shell gives.
/// </summary>
public sealed class TerminalTests
{
    private static string Example(string kind) => File.ReadAllText(Path.Combine(Danvan.SampleData, kind + ".json"));

    [Fact]
    public void Render_OnATerminal_DrawsTheProgressBar_ClearsIt_ThenTheSummary()
    {
        using var temp = new TempDirectory();
        foreach (string kind in Catalog.Ids)
        {
            temp.File(Path.Combine("in", kind + ".json"), Example(kind));
        }

        string screen = RunOnTerminal(temp.Path, "render", "in", "--format", "txt", "--out", "out");

        // The last drawing is the whole bar (the final count is always drawn), then the line is cleared.
        Assert.Contains("\r[" + new string('#', 30) + "] 8/8 (100%)", screen, StringComparison.Ordinal);
        int summary = screen.IndexOf("danvan render: 8 tệp, 8 hợp lệ (đã kết xuất), 0 không hợp lệ, ", StringComparison.Ordinal);
        Assert.True(summary > screen.IndexOf("8/8 (100%)", StringComparison.Ordinal), screen);
        Assert.Equal(8, Directory.GetFiles(Path.Combine(temp.Path, "out"), "*.txt").Length);
    }

    [Fact]
    public void Validate_Redirected_PrintsTheSummaryAlone()
    {
        using var temp = new TempDirectory();
        foreach (string kind in Catalog.Ids)
        {
            temp.File(Path.Combine("in", kind + ".json"), Example(kind));
        }

        Danvan.Result result = Danvan.Run(["validate", "in"], null, temp.Path);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.DoesNotContain("\r", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("(100%)", result.Error, StringComparison.Ordinal);
        Assert.Matches(@"^danvan validate: 8 tệp, 8 hợp lệ, 0 không hợp lệ, \d+,\d\d giây\n$", result.Error);
    }

    // What the terminal shows (stdout and stderr together, as script records them) for `danvan args` run in folder.
    private static string RunOnTerminal(string folder, params string[] args)
    {
        string command = string.Join(' ', new[] { "dotnet", Path.Combine(AppContext.BaseDirectory, "danvan.dll") }.Concat(args).Select(Quote));
        var start = new ProcessStartInfo("script")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            StandardOutputEncoding = new UTF8Encoding(false),
            WorkingDirectory = folder,
        };
        foreach (string arg in (string[])["--quiet", "--return", "--command", command, "/dev/null"])
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        using Process process = Process.Start(start)!;
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        Task<string> error = process.StandardError.ReadToEndAsync();
        process.StandardInput.Close();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(2)), "danvan on a terminal did not finish in 2 minutes");
        Assert.True(process.ExitCode == 0, "exit " + process.ExitCode + "\n" + output.Result + error.Result);
        string screen = output.Result.Replace("\r\n", "\n", StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", screen, StringComparison.Ordinal);
        return screen;
    }

    private static string Quote(string arg) => "'" + arg.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
