using System.Diagnostics;
using System.Globalization;
using DanVan.Cli.Input;
using DanVan.Cli.Output;

namespace DanVan.Cli.Processing;

/// <summary>
/// Runs validate or render over every input on <c>--jobs</c> cores (all of them by default), then prints, in input
/// order: one stderr line per error, the <c>--json</c> results on stdout, and the one-line summary.
/// </summary>
internal static class BatchRunner
{
    public static int Run(Terminal terminal, IReadOnlyList<string> arguments, ReportJob job, int jobs, bool json, bool render)
    {
        var clock = Stopwatch.StartNew();
        (List<InputSource> inputs, List<string> missing) = InputExpander.Expand(arguments);
        if (render && RefuseCollisions(terminal, inputs, job.OutputDirectory))
        {
            return ExitCodes.Unreadable;
        }

        var outcomes = new FileOutcome[inputs.Count];
        using (var progress = new ProgressBar(terminal, inputs.Count))
        {
            Parallel.For(0, inputs.Count, new ParallelOptions { MaxDegreeOfParallelism = jobs }, i =>
            {
                outcomes[i] = RunOne(job, inputs[i]);
                progress.Advance();
            });
        }

        var all = new List<FileOutcome>(missing.Count + outcomes.Length);
        all.AddRange(missing.Select(name => FileOutcome.Failed(name, unreadable: true, new Problem("$", "-", FileCodes.NotFound,
            Text.Pick("không có tệp hoặc thư mục này.", "no such file or directory.")))));
        all.AddRange(outcomes);

        foreach (FileOutcome outcome in all)
        {
            foreach (Problem problem in outcome.Errors)
            {
                terminal.WriteError(outcome.File, problem.Where, problem.Code, problem.Message);
            }
        }

        if (json)
        {
            ResultJson.Write(terminal, all, render);
        }

        int valid = all.Count(outcome => outcome.Valid);
        terminal.Error.WriteLine(Summary(all.Count, valid, all.Count - valid, clock.Elapsed.TotalSeconds, render));
        return all.Any(outcome => outcome.Unreadable) ? ExitCodes.Unreadable
            : valid < all.Count ? ExitCodes.Invalid
            : ExitCodes.Success;
    }

    // Two inputs that would write the same documents: a usage error before any work, naming both files (OutputNames).
    private static bool RefuseCollisions(Terminal terminal, IReadOnlyList<InputSource> inputs, string? outputDirectory)
    {
        List<(InputSource First, InputSource Second)> collisions = OutputNames.Collisions(inputs);
        foreach ((InputSource first, InputSource second) in collisions)
        {
            string target = Path.Combine(outputDirectory ?? "", second.OutputStem) + ".*";
            terminal.WriteError(second.Name, "-", FileCodes.OutputCollision, Text.Format(
                "cùng tên văn bản với {0}: cả hai sẽ ghi {1}, tệp sau đè tệp trước; hãy đổi tên một tệp, đưa thư mục chung của chúng (thư mục con được giữ nguyên trong --out), hoặc kết xuất từng tệp vào một --out riêng.",
                "the same document name as {0}: both would write {1}, the later one over the earlier; rename one of them, give their common folder instead (its sub-folders are kept under --out), or render each to its own --out.",
                Text.Quote(first.Name), target));
        }

        return collisions.Count > 0;
    }

    // A bug met on one file must not cost the results of the others: that file gets an "internal" error (exit 2).
    private static FileOutcome RunOne(ReportJob job, InputSource input)
    {
        try
        {
            return job.Run(input);
        }
        catch (Exception error) when (error is not OutOfMemoryException)
        {
            return FileOutcome.Failed(input.Name, unreadable: true, new Problem("$", "-", "internal", Text.Unexpected(error)));
        }
    }

    private static string Summary(int files, int valid, int invalid, double seconds, bool render)
    {
        string time = seconds.ToString("0.00", CultureInfo.InvariantCulture);
        return render
            ? Text.Format("danvan render: {0} tệp, {1} hợp lệ (đã kết xuất), {2} không hợp lệ, {3} giây", "danvan render: {0} files, {1} valid (rendered), {2} invalid, {3} s", files, valid, invalid, Text.Pick(time.Replace('.', ','), time))
            : Text.Format("danvan validate: {0} tệp, {1} hợp lệ, {2} không hợp lệ, {3} giây", "danvan validate: {0} files, {1} valid, {2} invalid, {3} s", files, valid, invalid, Text.Pick(time.Replace('.', ','), time));
    }
}
