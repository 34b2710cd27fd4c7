using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CsCheck;
using DanVan.Reporting.Json;
using Json.Schema;

namespace DanVan.Reporting.Generators.Tests.Json;

/// <summary>
/// The generated JSON Schema checked by an independent validator (JsonSchema.Net 8.0.5): examples valid for both the
/// schema and Validate(); mutations that ReadJson or Validate() reject for type, range, length or required reasons are
/// rejected by the schema too; and the documented list of what a schema cannot express.
/// </summary>
public class JsonSchemaTests
{
    private const string Kind = "giao-ban-quy";

    private static readonly Lazy<JsonSchema> s_schema = new(() => JsonSchema.FromText(JsonTestKit.GiaoBan.GetJsonSchema(Kind)));

    // A mutation: a JSON path into the valid example and the value put there (null removes the property).
    public static readonly TheoryData<string, string?> Mutations = new()
    {
        { "soMoHinh", "-1" },                     // [Range(0, 100000)]
        { "soMoHinh", "100001" },
        { "soMoHinh", "\"15\"" },                 // type
        { "soMoHinh", "2.5" },                    // whole number
        { "soDot", "300" },                       // byte range
        { "tyLeHoNgheo", "100.01" },              // [Percent, Range(0, 100)]
        { "lanhDaoChiDao", "\"ab\"" },            // [StringLength(2000, MinimumLength = 3)]
        { "lanhDaoChiDao", "\"   \"" },           // [Required] text: not blank
        { "lanhDaoChiDao", "null" },
        { "lanhDaoChiDao", null },                // required
        { "maSo", "\"dv-12\"" },                  // [RegularExpression]
        { "nhiemVu", "[]" },                      // [MinLength(1)]
        { "nhiemVu", "[\"1\",\"2\",\"3\",\"4\",\"5\",\"6\",\"7\",\"8\",\"9\",\"10\",\"11\"]" }, // [MaxLength(10)]
        { "nhiemVu", null },
        { "moHinh", "[{\"ten\":\"a\"},{\"ten\":\"b\"},{\"ten\":\"c\"},{\"ten\":\"d\"},{\"ten\":\"e\"},{\"ten\":\"f\"}]" }, // [MaxCount(5)]
        { "moHinh", "[{\"ten\":\"a\",\"soHo\":10001}]" },
        { "moHinh", "[{\"soHo\":1}]" },
        { "moHinh", "[{\"ten\":\"  \"}]" },
        { "moHinh", "[{\"ten\":\"a\",\"thua\":1}]" },   // unknown property in a nested record
        { "chiTieu", "{\"dat\":40000}" },
        { "period", "\"2024-H1\"" },              // period of the wrong kind, in code form
        { "period", "\"2024-Q5\"" },
        { "period", null },
        { "ngayChot", "\"02/07/2024\"" },         // not ISO
        { "daHoanThanh", "\"true\"" },
        { "thuaRa", "1" },                        // unknown property
        { "kind", "\"tong-ket-nam\"" },           // another kind
        { "kind", null },
        { "document", "{\"place\":\"Kon Tum\"}" },
    };

    [Fact]
    public void Schema_IsDraft202012_WithTheDeclaredRules()
    {
        JsonNode schema = JsonNode.Parse(JsonTestKit.GiaoBan.GetJsonSchema(Kind))!;

        Assert.Equal("https://json-schema.org/draft/2020-12/schema", (string?)schema["$schema"]);
        Assert.False((bool)schema["additionalProperties"]!);
        Assert.Equal(["kind", "period", "lanhDaoChiDao", "nhiemVu"], schema["required"]!.AsArray().Select(n => (string?)n));
        JsonNode properties = schema["properties"]!;
        Assert.Equal(Kind, (string?)properties["kind"]!["const"]);
        Assert.Equal(("integer", 0m, 100000m), ((string?)properties["soMoHinh"]!["type"], (decimal)properties["soMoHinh"]!["minimum"]!, (decimal)properties["soMoHinh"]!["maximum"]!));
        Assert.Equal((3, 2000), ((int)properties["lanhDaoChiDao"]!["minLength"]!, (int)properties["lanhDaoChiDao"]!["maxLength"]!));
        Assert.Equal("Tỷ lệ hộ nghèo (%)", (string?)properties["tyLeHoNgheo"]!["description"]);
        Assert.Equal("#/$defs/Reports_MoHinh", (string?)properties["moHinh"]!["items"]!["$ref"]);
        Assert.Equal(5, (int)properties["moHinh"]!["maxItems"]!);
        Assert.NotNull(schema["$defs"]!["DocumentInfo"]);
        Assert.Null(JsonNode.Parse(JsonTestKit.GiaoBan.GetJsonSchema())!["properties"]!["kind"]!["const"]);
    }

    [Fact]
    public void Example_IsValid_ForTheSchemaAndForValidate()
    {
        IJsonReport report = JsonTestKit.Valid;

        Assert.True(report.Validate().IsValid, report.Validate().ToString());
        AssertSchema(report.ToJson(Kind), valid: true);
    }

    [Theory]
    [MemberData(nameof(Mutations))]
    public void Mutation_RejectedByReadJsonOrValidate_IsRejectedByTheSchema(string property, string? value)
    {
        string json = Mutate(JsonTestKit.Valid.ToJson(Kind), property, value);

        Assert.True(RejectedForExpressibleReasons(json), "the SDK accepts the mutation " + property + " = " + value);
        AssertSchema(json, valid: false);
    }

    [Fact]
    public void RandomMutations_RejectedByTheSdk_AreRejectedByTheSchema()
    {
        string example = JsonTestKit.Valid.ToJson(Kind);
        Gen<(string, string?)> mutation = Gen.OneOf(
            Gen.Int[-1_000_000, 1_000_000].Select(n => ("soMoHinh", (string?)n.ToString(System.Globalization.CultureInfo.InvariantCulture))),
            Gen.Decimal[-1000m, 1000m].Select(d => ("tyLeHoNgheo", (string?)d.ToString(System.Globalization.CultureInfo.InvariantCulture))),
            Gen.Int[0, 400].Select(n => ("soDot", (string?)n.ToString(System.Globalization.CultureInfo.InvariantCulture))),
            Gen.String[Gen.Char['a', 'z'], 0, 5].Select(s => ("lanhDaoChiDao", (string?)JsonSerializer.Serialize(s))),
            Gen.Int[0, 14].Select(n => ("nhiemVu", (string?)("[" + string.Join(",", Enumerable.Repeat("\"x\"", n)) + "]"))),
            Gen.Int[-5, 20_000].Select(n => ("moHinh", (string?)("[{\"ten\":\"a\",\"soHo\":" + n.ToString(System.Globalization.CultureInfo.InvariantCulture) + "}]"))),
            Pick("2024-Q1", "2024-H1", "2024", "2024-07", "2020-2025", "2024-Q9", "x").Select(p => ("period", (string?)("\"" + p + "\""))),
            Pick("soMoHinh", "lanhDaoChiDao", "nhiemVu", "period", "kind", "tongTriGia").Select(p => (p, (string?)null)));

        mutation.Sample(m =>
        {
            string json = Mutate(example, m.Item1, m.Item2);
            return !RejectedForExpressibleReasons(json) || !Evaluate(json);
        }, iter: 400);
    }

    // What docs/json.md says a schema cannot express: each item has an instance the schema accepts and the SDK rejects.
    public static readonly TheoryData<string, string, string> NotExpressible = new()
    {
        { "1. [InPeriod]", "ngayChot", "\"2024-09-30\"" },
        { "2. The kind of a period written as Vietnamese text", "period", "\"6 tháng đầu năm 2024\"" },
        { "3. The text of a period, date or document number", "ngayChot", "\"2024-02-30\"" },
        { "3. The text of a period, date or document number", "kyTruoc", "\"tháng 13 năm 2024\"" },
        { "4. The document rules", "document", "{\"issuer\":{\"name\":\"BAN DÂN VẬN\"},\"number\":\"Số 45-BC/BDVTU\",\"place\":\"Kon Tum\",\"date\":\"2024-07-02\",\"dateLineText\":\"Kon Tum, ngày 2 tháng 7 năm 2024\",\"kindName\":\"BÁO CÁO\",\"signature\":{\"position\":\"TRƯỞNG BAN\",\"signerName\":\"A\"}}" },
        { "6. Lengths of text outside the Basic Multilingual Plane", "lanhDaoChiDao", JsonSerializer.Serialize("😀😀" + new string('a', 1997)) },
    };

    [Theory]
    [MemberData(nameof(NotExpressible))]
    public void NotExpressible_IsListedInTheDocs_AndOnlyTheSdkRejectsIt(string item, string property, string value)
    {
        string json = Mutate(JsonTestKit.Valid.ToJson(Kind), property, value);

        Assert.Contains(item, File.ReadAllText(Path.Combine(TestRepository.Root, "docs", "json.md")).Replace("**", "", StringComparison.Ordinal).Replace("`", "", StringComparison.Ordinal), StringComparison.Ordinal);
        AssertSchema(json, valid: true);
        Assert.True(RejectedByTheSdk(json), item);
    }

    private static Gen<string> Pick(params string[] values) => Gen.Int[0, values.Length - 1].Select(i => values[i]);

    // Rejected for a reason other than those docs/json.md lists as beyond a schema ([InPeriod], document rules).
    private static bool RejectedForExpressibleReasons(string json)
    {
        JsonReadResult<IJsonReport> read = JsonTestKit.Read(json, new ReportJsonOptions { Kind = Kind });
        return !read.IsSuccess
            || read.Value.Validate().Errors.Any(e => e.Code != ValidationCodes.InPeriod && !e.Code.StartsWith("document-", StringComparison.Ordinal));
    }

    private static bool RejectedByTheSdk(string json)
    {
        JsonReadResult<IJsonReport> read = JsonTestKit.Read(json, new ReportJsonOptions { Kind = Kind });
        return !read.IsSuccess || !read.Value.Validate().IsValid;
    }

    private static void AssertSchema(string json, bool valid)
    {
        EvaluationResults results = s_schema.Value.Evaluate(JsonDocument.Parse(json).RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(results.IsValid == valid, (valid ? "the schema rejects " : "the schema accepts ") + json);
    }

    private static bool Evaluate(string json) =>
        s_schema.Value.Evaluate(JsonDocument.Parse(json).RootElement, new EvaluationOptions()).IsValid;

    private static string Mutate(string json, string property, string? value)
    {
        JsonObject root = JsonNode.Parse(json)!.AsObject();
        if (value is null)
        {
            root.Remove(property);
        }
        else
        {
            root[property] = JsonNode.Parse(value);
        }

        return root.ToJsonString();
    }
}
