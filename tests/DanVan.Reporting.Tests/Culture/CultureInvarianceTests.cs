using System.Diagnostics;
using System.Globalization;
using System.Text;
using DanVan.Reporting.CultureProbe;

namespace DanVan.Reporting.Tests.Culture;

/// <summary>
/// Output must be the same bytes under every culture and without culture data at all (invariant globalization).
/// </summary>
public class CultureInvarianceTests
{
    private static readonly string s_reference = BuildUnder(CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("en-US")]
    [InlineData("tr-TR")] // dotted/dotless i: "QUÝ IV" must still lower-case to "quý iv"
    [InlineData("ar-SA")] // Arabic digits, Hijri calendar
    [InlineData("vi-VN")] // .NET's own Vietnamese patterns differ from the official ones
    [InlineData("fa-IR")] // U+2212 minus and Persian calendar
    public void Corpus_UnderCulture_SameAsInvariant(string cultureName)
    {
        string corpus = BuildUnder(new CultureInfo(cultureName));

        Assert.Equal(s_reference, corpus);
    }

    [Fact]
    public void Corpus_InProcessWithInvariantGlobalization_SameAsHere()
    {
        string probe = Path.Combine(AppContext.BaseDirectory, "DanVan.Reporting.CultureProbe.dll");

        Assert.Equal("invariant", RunProbe(probe, "--globalization"));
        Assert.Equal(s_reference, RunProbe(probe));
    }

    [Fact]
    public void Corpus_CoversEveryKindAndTheErrorMessages()
    {
        Assert.Contains("nhiệm kỳ 2020 - 2025", s_reference, StringComparison.Ordinal);
        Assert.Contains("9 tháng đầu năm 2006", s_reference, StringComparison.Ordinal);
        Assert.Contains("Kon Tum, ngày 01 tháng 01 năm 2025 | thứ Tư, ngày 01/01/2025", s_reference, StringComparison.Ordinal);
        Assert.Contains("[1-4]", s_reference, StringComparison.Ordinal);
    }

    private static string BuildUnder(CultureInfo culture)
    {
        CultureInfo before = CultureInfo.CurrentCulture;
        CultureInfo beforeUi = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;
            return FormattingCorpus.Build();
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
            CultureInfo.CurrentUICulture = beforeUi;
        }
    }

    private static string RunProbe(string probePath, params string[] arguments)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(probePath);
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = "1";
        start.Environment["LANG"] = "tr_TR.UTF-8";

        using Process process = Process.Start(start)!;
        string output = process.StandardOutput.ReadToEnd();
        string error = process.StandardError.ReadToEnd();
        Assert.True(process.WaitForExit(60_000), "the probe did not finish in 60 s");
        Assert.True(process.ExitCode == 0, $"probe exited with {process.ExitCode}: {error}");
        return output;
    }
}
