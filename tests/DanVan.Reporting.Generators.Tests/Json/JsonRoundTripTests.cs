using DanVan.Reporting.Json;

namespace DanVan.Reporting.Generators.Tests.Json;

/// <summary>Generated WriteJson and ReadJson: the JSON shape, and object → JSON → object.</summary>
public class JsonRoundTripTests
{
    [Fact]
    public void WriteJson_ValidReport_WritesTheContractShape()
    {
        string json = JsonTestKit.Valid.ToJson("giao-ban-quy");

        Assert.StartsWith("{\n  \"kind\": \"giao-ban-quy\",\n  \"period\": \"2024-Q2\",\n  \"document\": {", json, StringComparison.Ordinal);
        Assert.Contains("\"lanhDaoChiDao\": \"Ban Thường vụ đã lãnh đạo thực hiện có hiệu quả công tác dân vận.\"", json, StringComparison.Ordinal);
        Assert.Contains("\"number\": \"Số 45-BC/BDVTU\"", json, StringComparison.Ordinal);
        Assert.Contains("\"date\": \"2024-07-02\"", json, StringComparison.Ordinal);
        Assert.Contains("\"tyLeHoNgheo\": 36.24", json, StringComparison.Ordinal);
        Assert.Contains("\"ngayChot\": \"2024-06-14\"", json, StringComparison.Ordinal);
        Assert.Contains("\"kyTruoc\": \"2024-Q1\"", json, StringComparison.Ordinal);
        Assert.Contains("\"kienNghi\": [\n    \"Không có\"\n  ]", json, StringComparison.Ordinal);
        Assert.DoesNotContain("tongSo", json, StringComparison.Ordinal); // computed: not data
    }

    [Fact]
    public void ReadJson_WrittenJson_GivesAnEqualReport()
    {
        IJsonReport report = JsonTestKit.Valid;

        string json = report.ToJson("giao-ban-quy");
        JsonReadResult<IJsonReport> read = JsonTestKit.Read(json);

        // Records compare lists by reference: compare what the report says, in JSON and rendered.
        Assert.True(read.IsSuccess, read.ToString());
        Assert.Equal(json, read.Value.ToJson("giao-ban-quy"));
        Assert.Equal(report.RenderText(), read.Value.RenderText());
        Assert.True(read.Value.Validate().IsValid, read.Value.Validate().ToString());
    }
}
