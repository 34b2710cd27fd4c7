namespace DanVan.Cli.Tests;

/// <summary>Help, --lang, usage errors: exit codes per the contract and never a stack trace.</summary>
public sealed class UsageTests
{
    [Fact]
    public void Help_ListsEveryCommandOfTheContract()
    {
        Danvan.Result result = Danvan.Run("--help");
        Assert.Equal(0, result.ExitCode);
        foreach (string command in new[] { "kinds", "schema", "example", "validate", "render", "period", "lunar", "workdays" })
        {
            Assert.Contains("  " + command, result.Output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void NoCommand_UsageError2_WithTheHelpOnStderr_NothingOnStdout()
    {
        Danvan.Result result = Danvan.Run();
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Output);
        Assert.Equal("danvan: -: usage: chưa có lệnh; các lệnh:", result.ErrorLines[0]);
        foreach (string command in new[] { "kinds", "schema", "example", "validate", "render", "period", "lunar", "workdays" })
        {
            Assert.Contains("  " + command, result.Error, StringComparison.Ordinal);
        }

        Danvan.Result english = Danvan.Run("--lang", "en");
        Assert.Equal(2, english.ExitCode);
        Assert.Equal("danvan: -: usage: no command given; the commands:", english.ErrorLines[0]);
        Assert.Contains("Lists the report kinds", english.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void LangEn_SpeaksEnglish_DefaultIsVietnamese()
    {
        Assert.Contains("Liệt kê các loại báo cáo", Danvan.Run("--help").Output, StringComparison.Ordinal);
        Assert.Contains("Lists the report kinds", Danvan.Run("--help", "--lang", "en").Output, StringComparison.Ordinal);
        Assert.Contains("is not in the form yyyy-mm-dd", Danvan.Run("lunar", "x", "--lang", "en").Error, StringComparison.Ordinal);
        Assert.Contains("không đúng dạng yyyy-mm-dd", Danvan.Run("lunar", "x").Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("no-such-command")]
    [InlineData("kinds", "--no-such-option")]
    [InlineData("validate")]
    [InlineData("render", "a.json")]
    [InlineData("--lang", "fr", "kinds")]
    public void UsageErrors_ExitWith2_OnOneLineEach(params string[] args)
    {
        Danvan.Result result = Danvan.Run(args);
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Output);
        Assert.All(result.ErrorLines.SkipLast(1), line => Assert.StartsWith("danvan: -: usage: ", line, StringComparison.Ordinal));
    }

    [Fact]
    public void Kinds_ListsTheEightKindsOfTheContract()
    {
        Danvan.Result result = Danvan.Run("kinds");
        Assert.Equal(0, result.ExitCode);
        string[] ids = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => line.Split(' ')[0]).ToArray();
        Assert.Equal(Catalog.Ids, ids);
    }

    [Fact]
    public void KindsJson_GivesIdTitleAndPeriodKind()
    {
        Danvan.Result result = Danvan.Run("kinds", "--json");
        Assert.Equal(0, result.ExitCode);
        using var json = System.Text.Json.JsonDocument.Parse(result.Output);
        var kinds = json.RootElement.EnumerateArray().ToArray();
        Assert.Equal(Catalog.Ids, kinds.Select(k => k.GetProperty("id").GetString()!).ToArray());
        Assert.Equal(new[] { "Month", "Quarter", "FirstHalf", "NineMonths", "Year", "Term", "Year", "Year" }, kinds.Select(k => k.GetProperty("periodKind").GetString()!).ToArray());
        Assert.All(kinds, k => Assert.StartsWith("Báo cáo ", k.GetProperty("title").GetString(), StringComparison.Ordinal));
        Assert.All(kinds, k => Assert.Equal(3, k.EnumerateObject().Count()));
    }
}
