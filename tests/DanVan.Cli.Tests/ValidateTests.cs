using System.Text;
using System.Text.Json;

namespace DanVan.Cli.Tests;

/// <summary>validate on good and bad input, through the built tool: exit codes, error lines, --json.</summary>
public sealed class ValidateTests
{
    private static string Example => File.ReadAllText(Path.Combine(Danvan.SampleData, "giao-ban-quy.json"));

    private static Danvan.Result Validate(TempDirectory temp, string name, byte[] content, params string[] options)
    {
        temp.File(name, content);
        return Danvan.Run(["validate", name, .. options], standardInput: null, workingDirectory: temp.Path);
    }

    private static Danvan.Result Validate(TempDirectory temp, string name, string content, params string[] options) =>
        Validate(temp, name, new UTF8Encoding(false).GetBytes(content), options);

    [Fact]
    public void ValidFile_Exit0_JsonResult()
    {
        using var temp = new TempDirectory();
        Danvan.Result result = Validate(temp, "q2.json", Example, "--json");
        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Output);
        JsonElement item = Assert.Single(json.RootElement.EnumerateArray().ToArray());
        Assert.Equal("q2.json", item.GetProperty("file").GetString());
        Assert.True(item.GetProperty("valid").GetBoolean());
        Assert.Empty(item.GetProperty("errors").EnumerateArray());
        Assert.False(item.TryGetProperty("outputs", out _));
        Assert.Matches(@"^danvan validate: 1 tệp, 1 hợp lệ, 0 không hợp lệ, \d+,\d\d giây\n$", result.Error);
    }

    [Fact]
    public void MalformedJson_Exit2_LineAndColumn()
    {
        using var temp = new TempDirectory();
        Danvan.Result result = Validate(temp, "bad.json", "{\n  \"kind\": \"giao-ban-quy\",\n  \"period\" \"2024-Q2\"\n}");
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("bad.json: 3:", result.ErrorLines[0], StringComparison.Ordinal);
        Assert.Contains(": json-syntax: ", result.ErrorLines[0], StringComparison.Ordinal);
    }

    [Fact]
    public void TruncatedFile_Exit2_SaysSo()
    {
        using var temp = new TempDirectory();
        Danvan.Result result = Validate(temp, "cut.json", Example[..(Example.Length / 2)]);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(": json-syntax: ", result.ErrorLines[0], StringComparison.Ordinal);
        Assert.Contains("cắt cụt", result.ErrorLines[0], StringComparison.Ordinal);
    }

    [Fact]
    public void EmptyFile_Exit2()
    {
        using var temp = new TempDirectory();
        Danvan.Result result = Validate(temp, "empty.json", "");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(": json-empty: ", result.ErrorLines[0], StringComparison.Ordinal);
    }

    [Fact]
    public void InvalidUtf8_Exit2_NamesTheByte()
    {
        using var temp = new TempDirectory();
        byte[] latin1 = Encoding.Latin1.GetBytes("{\"kind\":\"giao-ban-quy\",\"period\":\"2024-Q2\",\"hanChe\":\"Kh\u00f3 kh\u0103n\"}".Replace("\u0103", "a", StringComparison.Ordinal));
        Danvan.Result result = Validate(temp, "latin1.json", latin1);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(": json-encoding: ", result.ErrorLines[0], StringComparison.Ordinal);
        Assert.Contains("0xF3", result.ErrorLines[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Bom_IsAccepted()
    {
        using var temp = new TempDirectory();
        Danvan.Result result = Validate(temp, "bom.json", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Example)]);
        Assert.True(result.ExitCode == 0, result.ToString());
    }

    [Fact]
    public void TenMegabyteFile_IsRefusedUnderTheDefaultLimit_AndReadWithAHigherOne()
    {
        using var temp = new TempDirectory();
        string huge = Example.Replace("\"hanChe\": null", "\"hanChe\": \"" + new string('a', 10 * 1024 * 1024) + "\"", StringComparison.Ordinal);
        Assert.True(huge.Length > 10 * 1024 * 1024, "the example must have a null hanChe to fill");
        Danvan.Result refused = Validate(temp, "huge.json", huge);
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains(": json-too-large: ", refused.ErrorLines[0], StringComparison.Ordinal);
        Assert.Contains("4.194.304", refused.ErrorLines[0], StringComparison.Ordinal);

        // Read with --max-bytes: then it is JSON, but breaks the member's length rule (exit 1, not 2).
        Danvan.Result read = Danvan.Run(["validate", "huge.json", "--max-bytes", "20000000"], null, temp.Path);
        Assert.Equal(1, read.ExitCode);
        Assert.Contains("huge.json: $.hanChe: string-length: ", read.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void StringWhereANumberBelongs_Exit1_PathAndLine()
    {
        using var temp = new TempDirectory();
        Danvan.Result result = Validate(temp, "type.json", Example.Replace("\"ketQua\": 47", "\"ketQua\": \"47\"", StringComparison.Ordinal));
        Assert.Equal(1, result.ExitCode);
        Assert.Contains(": json-type: ", result.ErrorLines[0], StringComparison.Ordinal);
        Assert.Matches(@"^type\.json: \d+:\d+: json-type: ", result.ErrorLines[0]);
        Assert.Contains("$.soLieu[0].ketQua", RunJson(temp, "type.json").GetProperty("errors")[0].GetProperty("path").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void NumberOutOfRange_Exit1_NamesTheRule()
    {
        using var temp = new TempDirectory();
        Danvan.Result result = Validate(temp, "range.json", Example.Replace("\"ketQua\": 47", "\"ketQua\": -5", StringComparison.Ordinal));
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("range.json: $.soLieu[0].ketQua: range: ", result.Error, StringComparison.Ordinal);
        Assert.Contains("-5", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingKind_Exit1()
    {
        using var temp = new TempDirectory();
        Danvan.Result result = Validate(temp, "nokind.json", Example.Replace("\"kind\": \"giao-ban-quy\",", "", StringComparison.Ordinal));
        Assert.Equal(1, result.ExitCode);
        Assert.Contains(": json-kind: ", result.ErrorLines[0], StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownKind_Exit1_ListsTheKinds()
    {
        using var temp = new TempDirectory();
        Danvan.Result result = Validate(temp, "kind.json", Example.Replace("\"giao-ban-quy\"", "\"giao-ban-thang\"", StringComparison.Ordinal));
        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("kind.json: $.kind: json-kind: ", result.ErrorLines[0], StringComparison.Ordinal);
        Assert.Contains("giao-ban-thang", result.ErrorLines[0], StringComparison.Ordinal);
        Assert.Contains("so-ket-6-thang", result.ErrorLines[0], StringComparison.Ordinal);
    }

    [Fact]
    public void PeriodOfTheWrongKind_Exit1()
    {
        using var temp = new TempDirectory();
        Danvan.Result result = Validate(temp, "period.json", Example.Replace("\"2024-Q2\"", "\"2024-H1\"", StringComparison.Ordinal));
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("$.period", RunJson(temp, "period.json").GetProperty("errors")[0].GetProperty("path").GetString(), StringComparison.Ordinal);
        Assert.Contains("6 tháng đầu năm 2024", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void VietnamesePeriodText_IsAccepted()
    {
        using var temp = new TempDirectory();
        Danvan.Result result = Validate(temp, "text.json", Example.Replace("\"2024-Q2\"", "\"quý II năm 2024\"", StringComparison.Ordinal));
        Assert.True(result.ExitCode == 0, result.ToString());
    }

    [Fact]
    public void UnknownProperty_Exit1_NamesIt()
    {
        using var temp = new TempDirectory();
        Danvan.Result result = Validate(temp, "typo.json", Example.Replace("\"nhiemVu\"", "\"nhiemvu\"", StringComparison.Ordinal));
        Assert.Equal(1, result.ExitCode);
        Assert.Contains(": json-unknown-property: ", result.Error, StringComparison.Ordinal);
        Assert.Contains("nhiemvu", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void DuplicateProperty_Exit1()
    {
        using var temp = new TempDirectory();
        Danvan.Result result = Validate(temp, "twice.json", Example.Replace("\"hanChe\": null", "\"hanChe\": null, \"hanChe\": \"x\"", StringComparison.Ordinal));
        Assert.Equal(1, result.ExitCode);
        Assert.Contains(": json-duplicate-property: ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingFile_Exit2()
    {
        using var temp = new TempDirectory();
        Danvan.Result result = Danvan.Run(["validate", "nowhere.json"], null, temp.Path);
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("nowhere.json: -: file-not-found: ", result.ErrorLines[0], StringComparison.Ordinal);
    }

    [Fact]
    public void English_Messages()
    {
        using var temp = new TempDirectory();
        Danvan.Result result = Validate(temp, "range.json", Example.Replace("\"ketQua\": 47", "\"ketQua\": -5", StringComparison.Ordinal), "--lang", "en");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("must be between", result.Error, StringComparison.Ordinal);
        Assert.Contains("danvan validate: 1 files, 0 valid, 1 invalid, ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void InvalidSamples_GiveTheErrorsWrittenBesideThem()
    {
        string invalid = Path.Combine(Danvan.SampleData, "invalid");
        string[] files = Directory.GetFiles(invalid, "*.json").Order(StringComparer.Ordinal).ToArray();
        Assert.NotEmpty(files);
        foreach (string file in files)
        {
            string name = Path.GetFileName(file);
            Danvan.Result result = Danvan.Run(["validate", name], null, invalid);
            string expected = File.ReadAllText(Path.ChangeExtension(file, ".errors.txt"));
            string[] lines = expected.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.True(int.Parse(lines[0]["exit ".Length..], System.Globalization.CultureInfo.InvariantCulture) == result.ExitCode, name + ": " + result);
            Assert.Equal(lines[1..], result.ErrorLines.SkipLast(1).ToArray());
        }
    }

    private static JsonElement RunJson(TempDirectory temp, string name)
    {
        Danvan.Result result = Danvan.Run(["validate", name, "--json"], null, temp.Path);
        return JsonDocument.Parse(result.Output).RootElement[0].Clone();
    }
}
