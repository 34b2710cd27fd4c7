using System.Text;
using DanVan.Reporting.Json;

namespace DanVan.Reporting.Generators.Tests.Json;

/// <summary>Every class of bad input gives its code, JSON path and line:column, never an exception.</summary>
public class JsonErrorTests
{
    private const string Minimal = """
        {
          "period": "2024-Q2",
          "lanhDaoChiDao": "Đã lãnh đạo tốt.",
          "nhiemVu": ["Tiếp tục."]
        }
        """;

    [Fact]
    public void Minimal_Reads_AndMissingOptionalMembersKeepTheirDefaults()
    {
        JsonReadResult<IJsonReport> read = JsonTestKit.Read(Minimal);

        Assert.True(read.IsSuccess, read.ToString());
        Assert.Contains("\"kienNghi\": [\n    \"Không có\"\n  ]", read.Value.ToJson(), StringComparison.Ordinal);
        Assert.True(read.Value.Validate().IsValid, read.Value.Validate().ToString());
    }

    [Theory]
    [InlineData("quý II năm 2024")]
    [InlineData("Quý II/2024")]
    [InlineData("2024-q2")]
    public void Period_TextAndCodeForms_AreRead_AndWrittenAsCode(string period)
    {
        JsonReadResult<IJsonReport> read = JsonTestKit.Read(Minimal.Replace("2024-Q2", period, StringComparison.Ordinal));

        Assert.True(read.IsSuccess, read.ToString());
        Assert.Contains("\"period\": \"2024-Q2\"", read.Value.ToJson(), StringComparison.Ordinal);
    }

    [Fact]
    public void Bom_IsAccepted()
    {
        byte[] utf8 = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Minimal)];

        Assert.True(JsonTestKit.GiaoBan.Read(utf8).IsSuccess);
    }

    [Fact]
    public void NfdText_IsComposedToNfc()
    {
        string nfd = "Đã la\u0303nh đa\u0323o to\u0302\u0301t.";
        JsonReadResult<IJsonReport> read = JsonTestKit.Read(Minimal.Replace("Đã lãnh đạo tốt.", nfd, StringComparison.Ordinal));

        Assert.True(read.IsSuccess, read.ToString());
        Assert.Contains("\"lanhDaoChiDao\": \"Đã lãnh đạo tốt.\"", read.Value.ToJson(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", JsonErrorCodes.Empty, 0, 0)]
    [InlineData("  \n ", JsonErrorCodes.Empty, 0, 0)]
    [InlineData("{\n  \"period\": \"2024-Q2\",\n  \"lanhDaoChiDao\": x\n}", JsonErrorCodes.Syntax, 3, 20)]
    [InlineData("{\n  \"period\": \"2024-Q2\",\n  \"lanhDaoChiDao\": \"Đã", JsonErrorCodes.Syntax, 3, 23)]
    [InlineData("{\"period\": \"2024-Q2\"} {}", JsonErrorCodes.Syntax, 1, 23)]
    [InlineData("{\"period\": \"2024-Q2\" // comment\n}", JsonErrorCodes.Syntax, 1, 22)]
    [InlineData("{\n  \"period\": \"2024-Q2\",\n  \"lanhDaoChiDao\": \"a\\uD800b\"\n}", JsonErrorCodes.Encoding, 3, 20)]
    [InlineData("{\n  \"period\": \"2024-Q2\",\n  \"lanh\\uDC00\": \"a\"\n}", JsonErrorCodes.Encoding, 3, 3)]
    public void Unreadable_Input_GivesOneErrorWithLineAndColumn(string json, string code, int line, int column)
    {
        JsonReadResult<IJsonReport> read = JsonTestKit.Read(json);

        JsonReadError error = Assert.Single(read.Errors);
        Assert.Equal((code, line, column, "$"), (error.Code, error.Line, error.Column, error.Path));
        Assert.True(read.IsUnreadable);
        Assert.Null(read.Value);
    }

    [Fact]
    public void Truncated_SaysSo()
    {
        JsonReadError error = Assert.Single(JsonTestKit.Read("{\n  \"period\": \"2024-Q2\",\n  \"nhiemVu\": [").Errors);

        Assert.Equal(JsonErrorCodes.Syntax, error.Code);
        Assert.Contains("cắt cụt", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void InvalidUtf8_IsUnreadable_AtTheBadByte()
    {
        byte[] utf8 = [.. Encoding.UTF8.GetBytes("{\n  \"lanhDaoChiDao\": \"Đ"), 0xFF, .. Encoding.UTF8.GetBytes("\"\n}")];

        JsonReadError error = Assert.Single(JsonTestKit.GiaoBan.Read(utf8).Errors);

        Assert.Equal((JsonErrorCodes.Encoding, 2, 22), (error.Code, error.Line, error.Column));
    }

    [Fact]
    public void LoneSurrogateEscape_IsUnreadable_NamingTheEscape_WhileAPairIsText()
    {
        JsonReadError error = Assert.Single(JsonTestKit.Read("{\"period\": \"2024-Q2\", \"lanhDaoChiDao\": \"\\uD83D\\uDE00 \\\\uD800 \\uDC00\"}").Errors);

        Assert.Equal(JsonErrorCodes.Encoding, error.Code);
        Assert.Contains("\"\\uDC00\"", error.Message, StringComparison.Ordinal); // the pair and the escaped backslash are text
        Assert.True(JsonTestKit.Read(Minimal.Replace("Đã lãnh đạo tốt.", "\\uD83D\\uDE00", StringComparison.Ordinal)).IsSuccess);
    }

    [Fact]
    public void TooLarge_IsRejectedUnread_WithTheLimitConfigurable()
    {
        byte[] big = Encoding.UTF8.GetBytes("{\"lanhDaoChiDao\": \"" + new string('a', 10 * 1024 * 1024) + "\"}");

        JsonReadError error = Assert.Single(JsonTestKit.GiaoBan.Read(big).Errors);
        Assert.Equal(JsonErrorCodes.TooLarge, error.Code);
        Assert.Contains("4194304", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(JsonTestKit.GiaoBan.Read(big, new ReportJsonOptions { MaxBytes = 20 * 1024 * 1024 }).Errors, e => e.Code == JsonErrorCodes.TooLarge);
    }

    [Theory]
    [InlineData("\"soMoHinh\": \"15\"", JsonErrorCodes.Type, "$.soMoHinh", 5, 15)]
    [InlineData("\"soMoHinh\": 3000000000", JsonErrorCodes.NumberRange, "$.soMoHinh", 5, 15)]
    [InlineData("\"soMoHinh\": 1.5", JsonErrorCodes.NumberRange, "$.soMoHinh", 5, 15)]
    [InlineData("\"soDot\": 256", JsonErrorCodes.NumberRange, "$.soDot", 5, 12)]
    [InlineData("\"soDot\": null", JsonErrorCodes.Null, "$.soDot", 5, 12)]
    [InlineData("\"soMoHInh\": 15", JsonErrorCodes.UnknownProperty, "$.soMoHInh", 5, 3)]
    [InlineData("\"lanhDaoChiDao\": \"lần hai\"", JsonErrorCodes.DuplicateProperty, "$.lanhDaoChiDao", 5, 3)]
    [InlineData("\"ngayChot\": \"2024-02-30\"", JsonErrorCodes.Format, "$.ngayChot", 5, 15)]
    [InlineData("\"kyTruoc\": \"quý V năm 2024\"", JsonErrorCodes.Format, "$.kyTruoc", 5, 14)]
    [InlineData("\"moHinh\": [{\"ten\": \"Tổ\", \"soHo\": \"x\"}]", JsonErrorCodes.Type, "$.moHinh[0].soHo", 5, 36)]
    [InlineData("\"moHinh\": [{\"soHo\": 1}]", JsonErrorCodes.Required, "$.moHinh[0].ten", 5, 14)]
    [InlineData("\"moHinh\": {}", JsonErrorCodes.Type, "$.moHinh", 5, 13)]
    [InlineData("\"chiTieu\": {\"dat\": 40000}", JsonErrorCodes.NumberRange, "$.chiTieu.dat", 5, 22)]
    [InlineData("\"document\": {\"issuer\": {\"name\": \"BAN DÂN VẬN\"}, \"number\": \"45\", \"place\": \"Kon Tum\", \"date\": \"2024-07-02\", \"kindName\": \"BÁO CÁO\", \"signature\": {\"position\": \"TRƯỞNG BAN\", \"signerName\": \"A\"}}", JsonErrorCodes.Format, "$.document.number", 5, 61)]
    [InlineData("\"document\": {\"issuer\": {\"name\": \"B\"}, \"number\": \"Số 45-BC/BDVTU\", \"place\": \"P\", \"date\": \"2024-07-02\", \"kindName\": \"BÁO CÁO\", \"signature\": {\"position\": \"TRƯỞNG BAN\"}}", JsonErrorCodes.Required, "$.document.signature.signerName", 5, 141)]
    public void DataErrors_NameThePathAndPosition(string member, string code, string path, int line, int column)
    {
        string json = Minimal.Replace("\"nhiemVu\": [\"Tiếp tục.\"]\n", "\"nhiemVu\": [\"Tiếp tục.\"],\n  " + member + "\n", StringComparison.Ordinal);

        JsonReadResult<IJsonReport> read = JsonTestKit.Read(json);

        JsonReadError error = Assert.Single(read.Errors);
        Assert.Equal((code, path, line, column), (error.Code, error.Path, error.Line, error.Column));
        Assert.False(read.IsUnreadable);
    }

    [Fact]
    public void ManyErrors_AreAllReported_InOnePass()
    {
        string json = """{"period": 2024, "lanhDaoChiDao": 1, "soMoHinh": "x", "nhieuVu": []}""";

        JsonReadResult<IJsonReport> read = JsonTestKit.Read(json);

        Assert.Equal(
            ["$.period json-type", "$.lanhDaoChiDao json-type", "$.soMoHinh json-type", "$.nhieuVu json-unknown-property", "$.nhiemVu json-required"],
            read.Errors.Select(e => e.Path + " " + e.Code));
    }

    [Fact]
    public void Kind_IsCheckedWhenExpected_AndIgnoredOtherwise()
    {
        var expect = new ReportJsonOptions { Kind = "giao-ban-quy" };
        string withKind = Minimal.Replace("{\n", "{\n  \"kind\": \"tong-ket-nam\",\n", StringComparison.Ordinal);

        Assert.True(JsonTestKit.Read(withKind).IsSuccess);
        Assert.Equal(["$.kind json-kind"], JsonTestKit.Read(withKind, expect).Errors.Select(e => e.Path + " " + e.Code));
        Assert.Equal(["$.kind json-kind"], JsonTestKit.Read(Minimal, expect).Errors.Select(e => e.Path + " " + e.Code));
        Assert.Equal("tong-ket-nam", ReportJson.ReadKind(Encoding.UTF8.GetBytes(withKind)).Value);
        Assert.Equal(JsonErrorCodes.Kind, Assert.Single(ReportJson.ReadKind(Encoding.UTF8.GetBytes(Minimal)).Errors).Code);
    }

    [Fact]
    public void WrongPeriodKind_Reads_AndValidateReportsIt()
    {
        JsonReadResult<IJsonReport> read = JsonTestKit.Read(Minimal.Replace("2024-Q2", "2024-H1", StringComparison.Ordinal));

        Assert.True(read.IsSuccess);
        Assert.Equal(ValidationCodes.PeriodKind, Assert.Single(read.Value.Validate().Errors).Code);
    }

    [Fact]
    public void Messages_AreVietnameseByDefault_AndEnglishOnRequest()
    {
        string json = Minimal.Replace("\"nhiemVu\"", "\"nhiemVU\"", StringComparison.Ordinal);

        Assert.Contains("có phải là \"nhiemVu\"", JsonTestKit.Read(json).Errors[0].Message, StringComparison.Ordinal);
        using (MessageSettings.Use(MessageLanguage.English))
        {
            Assert.Contains("did you mean \"nhiemVu\"", JsonTestKit.Read(json).Errors[0].Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void NotConstructibleReport_GetsNoJsonMembers_AndDV0030()
    {
        Type positional = JsonTestKit.Assembly.GetType("Reports.Positional", throwOnError: true)!;

        Assert.False(typeof(IJsonReport).IsAssignableFrom(positional));
        var diagnostics = GeneratorHarness.Analyze(GeneratorHarness.Compile(JsonSources.Reports));
        Diagnostic_IsOnly(diagnostics, "Positional");
    }

    private static void Diagnostic_IsOnly(System.Collections.Immutable.ImmutableArray<Microsoft.CodeAnalysis.Diagnostic> diagnostics, string type)
    {
        Microsoft.CodeAnalysis.Diagnostic dv0030 = Assert.Single(diagnostics, d => d.Id == "DV0030");
        Assert.Contains("'" + type + "'", dv0030.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }
}
