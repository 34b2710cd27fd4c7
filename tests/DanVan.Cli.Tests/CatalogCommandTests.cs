using System.Text.Json;

namespace DanVan.Cli.Tests;

/// <summary>schema, example and period, through the built tool.</summary>
public sealed class CatalogCommandTests
{
    private static readonly JsonSerializerOptions s_compact = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [Theory]
    [MemberData(nameof(Catalog.Kinds), MemberType = typeof(Catalog))]
    public void Example_IsTheSampleFile_AndValidates(string kind)
    {
        Danvan.Result example = Danvan.Run("example", kind);
        Assert.True(example.ExitCode == 0, example.ToString());
        Assert.Equal(File.ReadAllText(Path.Combine(Danvan.SampleData, kind + ".json")), example.Output);

        using var json = JsonDocument.Parse(example.Output);
        Assert.Equal(kind, json.RootElement.GetProperty("kind").GetString());

        Danvan.Result validate = Danvan.Run(["validate", "-"], System.Text.Encoding.UTF8.GetBytes(example.Output));
        Assert.True(validate.ExitCode == 0, validate.ToString());
    }

    [Theory]
    [MemberData(nameof(Catalog.Kinds), MemberType = typeof(Catalog))]
    public void Schema_IsADraft202012SchemaRequiringTheKind(string kind)
    {
        Danvan.Result result = Danvan.Run("schema", kind);
        Assert.True(result.ExitCode == 0, result.ToString());
        using var schema = JsonDocument.Parse(result.Output);
        JsonElement root = schema.RootElement;
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", root.GetProperty("$schema").GetString());
        Assert.Contains("kind", root.GetProperty("required").EnumerateArray().Select(e => e.GetString()));
        Assert.Contains("period", root.GetProperty("required").EnumerateArray().Select(e => e.GetString()));
        Assert.Contains(kind, root.GetProperty("properties").GetProperty("kind").GetRawText(), StringComparison.Ordinal);
        Assert.False(root.GetProperty("additionalProperties").GetBoolean());
    }

    [Theory]
    [InlineData("schema")]
    [InlineData("example")]
    public void UnknownKind_IsAUsageErrorListingTheKinds(string command)
    {
        Danvan.Result result = Danvan.Run(command, "bao-cao-ngay");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Output);
        Assert.StartsWith("danvan " + command + ": \"bao-cao-ngay\": unknown-kind: ", result.Error, StringComparison.Ordinal);
        Assert.Contains("giao-ban-quy", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("quý III năm 2024")]
    [InlineData("2024-Q3")]
    [InlineData("quý III/2024")]
    public void PeriodJson_HasTheContractsShape(string input)
    {
        Danvan.Result result = Danvan.Run("period", input, "--json");
        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Output);
        string compact = JsonSerializer.Serialize(json.RootElement, s_compact);
        Assert.Equal(
            """{"period":"quý III năm 2024","code":"2024-Q3","kind":"Quarter","start":"2024-07-01","end":"2024-09-30","dataWindow":{"start":"2024-06-15","end":"2024-09-14"},"next":"quý IV năm 2024"}""",
            compact);
    }

    [Theory]
    [InlineData("2024-07", "tháng 7 năm 2024", "Month", "2024-07-01", "2024-07-31", "2024-06-15", "2024-07-14", "tháng 8 năm 2024")]
    [InlineData("2024-H1", "6 tháng đầu năm 2024", "FirstHalf", "2024-01-01", "2024-06-30", "2023-12-15", "2024-06-14", "6 tháng cuối năm 2024")]
    [InlineData("2024", "năm 2024", "Year", "2024-01-01", "2024-12-31", "2023-12-15", "2024-12-14", "năm 2025")]
    public void PeriodJson_ComputesDatesWindowAndNext(string code, string text, string kind, string start, string end, string windowStart, string windowEnd, string next)
    {
        Danvan.Result result = Danvan.Run("period", code, "--json");
        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Output);
        JsonElement root = json.RootElement;
        Assert.Equal(text, root.GetProperty("period").GetString());
        Assert.Equal(code, root.GetProperty("code").GetString());
        Assert.Equal(kind, root.GetProperty("kind").GetString());
        Assert.Equal(start, root.GetProperty("start").GetString());
        Assert.Equal(end, root.GetProperty("end").GetString());
        Assert.Equal(windowStart, root.GetProperty("dataWindow").GetProperty("start").GetString());
        Assert.Equal(windowEnd, root.GetProperty("dataWindow").GetProperty("end").GetString());
        Assert.Equal(next, root.GetProperty("next").GetString());
    }

    [Fact]
    public void Period_NotAPeriod_NamesTheInputAndTheAcceptedForms()
    {
        Danvan.Result result = Danvan.Run("period", "quý V năm 2024");
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("danvan period: \"quý V năm 2024\": period: ", result.Error, StringComparison.Ordinal);
        Assert.Contains("2024-Q2", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Period_Text_ListsTheDatesInTheChosenLanguage()
    {
        Danvan.Result vietnamese = Danvan.Run("period", "2024-Q2");
        Assert.Contains("Chốt số liệu:  2024-03-15 – 2024-06-14", vietnamese.Output, StringComparison.Ordinal);
        Danvan.Result english = Danvan.Run("period", "2024-Q2", "--lang", "en");
        Assert.Contains("Data window:   2024-03-15 – 2024-06-14", english.Output, StringComparison.Ordinal);
        Assert.Contains("Next period:   quý III năm 2024", english.Output, StringComparison.Ordinal);
    }
}
