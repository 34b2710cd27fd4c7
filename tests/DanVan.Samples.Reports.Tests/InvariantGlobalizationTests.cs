using System.Diagnostics;
using System.Globalization;
using System.Text;
using DanVan.Reporting;
using DanVan.Reporting.Docx;
using DanVan.Reporting.Pdf;

namespace DanVan.Samples.Reports.Tests;

/// <summary>
/// The determinism promise on the seed reports: the main job run as a separate process with no culture data at all
/// (invariant globalization) writes, for every seed and every format, the same bytes as this process renders under a
/// culture with its own case rules (tr-TR) and full ICU data.
/// </summary>
public class InvariantGlobalizationTests
{
    [Fact]
    public void MainJob_WithoutCultureData_WritesTheSameBytes_AsRenderedHereUnderTurkish()
    {
        string folder = Path.Combine(Path.GetTempPath(), "danvan-invariant-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            string printed = RunMainJobInvariant(folder);
            string output = Path.Combine(folder, "out");

            CultureInfo before = CultureInfo.CurrentCulture;
            CultureInfo.CurrentCulture = new CultureInfo("tr-TR"); // throws without ICU: this side really has culture data
            try
            {
                Assert.Equal(5, SeedReports.All.Count);
                foreach ((string file, IReport report) in SeedReports.All)
                {
                    Assert.Equal(report.RenderText(), File.ReadAllText(Path.Combine(output, file + ".txt")));
                    Assert.Equal(report.RenderMarkdown(), File.ReadAllText(Path.Combine(output, file + ".md")));
                    Assert.Equal(report.RenderHtml(), File.ReadAllText(Path.Combine(output, file + ".html")));
                    Assert.Equal(report.RenderDocx(), File.ReadAllBytes(Path.Combine(output, file + ".docx")));
                    Assert.Equal(report.RenderPdf(), File.ReadAllBytes(Path.Combine(output, file + ".pdf")));
                }

                // The console ends with the last seed as text, and says every report is valid, in both modes.
                Assert.EndsWith(SeedReports.All[^1].Report.RenderText(), printed, StringComparison.Ordinal);
                Assert.Equal(SeedReports.All.Count, printed.Split('\n').Count(line => line.StartsWith("Báo cáo ", StringComparison.Ordinal) && line.EndsWith("): hợp lệ", StringComparison.Ordinal)));
            }
            finally
            {
                CultureInfo.CurrentCulture = before;
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string RunMainJobInvariant(string folder)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = new UTF8Encoding(false),
            UseShellExecute = false,
            WorkingDirectory = folder,
        };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "DanVan.Samples.Reports.dll"));
        start.Environment["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = "1";
        start.Environment["LANG"] = "tr_TR.UTF-8";
        start.Environment["LC_ALL"] = "tr_TR.UTF-8";

        using Process process = Process.Start(start)!;
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        Task<string> error = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(2)), "the main job did not finish in 2 minutes");
        Assert.True(process.ExitCode == 0, "the main job exited with " + process.ExitCode + ": " + error.Result);
        return output.Result;
    }
}
