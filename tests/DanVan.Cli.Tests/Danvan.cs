using System.Diagnostics;
using System.Text;

namespace DanVan.Cli.Tests;

/// <summary>Runs the built tool (danvan.dll next to the tests) as a separate process and captures what it prints.</summary>
internal static class Danvan
{
    private static readonly string s_tool = Path.Combine(AppContext.BaseDirectory, "danvan.dll");

    /// <summary>The repository's root (tests find samples/data through it).</summary>
    public static string RepositoryRoot => TestRepository.Root;

    /// <summary>samples/data: one valid example per kind and the invalid files with the errors they must give.</summary>
    public static string SampleData => Path.Combine(RepositoryRoot, "samples", "data");

    public static Result Run(params string[] args) => Run(args, standardInput: null, workingDirectory: null);

    public static Result Run(string[] args, byte[]? standardInput, string? workingDirectory = null, IDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = new UTF8Encoding(false),
            StandardErrorEncoding = new UTF8Encoding(false),
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        start.ArgumentList.Add(s_tool);
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        foreach ((string key, string value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        using Process process = Process.Start(start)!;
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        Task<string> error = process.StandardError.ReadToEndAsync();
        if (standardInput is not null)
        {
            process.StandardInput.BaseStream.Write(standardInput);
        }

        process.StandardInput.Close();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("danvan " + string.Join(' ', args) + " did not finish in 2 minutes.");
        }

        var result = new Result(process.ExitCode, output.Result, error.Result);
        // No command ever prints a stack trace, whatever it is given.
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", result.Error, StringComparison.Ordinal);
        return result;
    }

    /// <summary>What one run printed, and its exit code.</summary>
    public sealed record Result(int ExitCode, string Output, string Error)
    {
        /// <summary>Standard error's lines, without the final summary line of validate/render.</summary>
        public IReadOnlyList<string> ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        public override string ToString() => "exit " + ExitCode + "\n--- stdout ---\n" + Output + "\n--- stderr ---\n" + Error;
    }
}
