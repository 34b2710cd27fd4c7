using System.Diagnostics;
using System.Text;

namespace DanVan.Reporting.PackageTests;

/// <summary>Runs the dotnet CLI in a child process with a controlled environment and a time limit.</summary>
internal static class DotNet
{
    /// <summary>What a child process did.</summary>
    internal sealed record Outcome(string Command, int ExitCode, string StandardOutput, string StandardError)
    {
        /// <summary>Everything the process printed, for a failure message.</summary>
        public override string ToString() =>
            "$ " + Command + "\nexit code " + ExitCode + "\n--- stdout\n" + StandardOutput + "\n--- stderr\n" + StandardError;
    }

    /// <summary>Runs <c>dotnet</c> with <paramref name="arguments"/> in <paramref name="directory"/>.</summary>
    /// <param name="directory">The working directory.</param>
    /// <param name="environment">Variables to set (a null value removes the variable).</param>
    /// <param name="timeout">How long the process may take before it is killed and the test fails.</param>
    /// <param name="arguments">The arguments.</param>
    public static Outcome Run(string directory, IReadOnlyDictionary<string, string?> environment, TimeSpan timeout, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // The test runs inside `dotnet test`, itself an MSBuild task: MSBuild's own variables must not leak into a
        // build of an unrelated project (they pin the SDK paths and node settings of the parent build).
        foreach (string name in start.Environment.Keys.Where(k => k.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(name);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        start.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        // No MSBuild worker nodes left behind, holding our output pipes open after the build ends.
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        foreach ((string name, string? value) in environment)
        {
            if (value is null)
            {
                start.Environment.Remove(name);
            }
            else
            {
                start.Environment[name] = value;
            }
        }

        var output = new StringBuilder();
        var error = new StringBuilder();
        var outputClosed = new TaskCompletionSource();
        var errorClosed = new TaskCompletionSource();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Append(output, e.Data, outputClosed);
        process.ErrorDataReceived += (_, e) => Append(error, e.Data, errorClosed);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        string command = "dotnet " + string.Join(' ', arguments) + "   (in " + directory + ")";
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(TimeSpan.FromSeconds(10));
            Assert.Fail("Timed out after " + timeout + ":\n" + new Outcome(command, -1, Text(output), Text(error)));
        }

        // A finite WaitForExit does not wait for the end of the output; a compiler server the child started may hold
        // the pipes open, so wait for the end of the output only a little.
        Task.WaitAll([outputClosed.Task, errorClosed.Task], TimeSpan.FromSeconds(10));
        return new Outcome(command, process.ExitCode, Text(output), Text(error));
    }

    private static void Append(StringBuilder builder, string? line, TaskCompletionSource closed)
    {
        if (line is null)
        {
            closed.TrySetResult();
            return;
        }

        lock (builder)
        {
            builder.Append(line).Append('\n');
        }
    }

    private static string Text(StringBuilder builder)
    {
        lock (builder)
        {
            return builder.ToString();
        }
    }
}
