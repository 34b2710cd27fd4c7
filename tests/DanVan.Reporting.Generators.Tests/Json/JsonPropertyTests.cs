using System.Globalization;
using System.Text.Json;
using CsCheck;
using DanVan.Reporting.Json;

namespace DanVan.Reporting.Generators.Tests.Json;

/// <summary>Round trips over random reports: object → JSON → object gives the same report.</summary>
public class JsonPropertyTests
{
    private static readonly Gen<string> Text = Gen.String[Gen.Char["aàáảãạăâđeêioôơuưy ABCĐ.-\"\\\n\t0123456789"], 3, 40];

    private static readonly Gen<string> Report =
        Gen.Select(Text, Gen.Int[0, 100_000], Gen.Decimal[0m, 100m], Gen.Long, Gen.Double.Where(double.IsFinite), Gen.Byte, Gen.Bool,
            Gen.Int[1, 12].SelectMany(m => Gen.Int[1, 28].Select(d => (m, d))))
        .SelectMany(t => Gen.Select(Text.List[1, 10], Gen.Int[2000, 2100], Gen.Int[1, 4], Gen.Select(Text, Gen.Int[0, 10_000]).List[0, 5], Gen.Short, Gen.UInt)
            .Select(u => JsonSerializer.Serialize(new Dictionary<string, object?>
            {
                ["period"] = u.Item2.ToString(CultureInfo.InvariantCulture) + "-Q" + u.Item3.ToString(CultureInfo.InvariantCulture),
                ["lanhDaoChiDao"] = t.Item1,
                ["soMoHinh"] = t.Item2,
                ["tyLeHoNgheo"] = t.Item3,
                ["tongTriGia"] = t.Item4,
                ["dienTich"] = t.Item5,
                ["soDot"] = t.Item6,
                ["daHoanThanh"] = t.Item7,
                ["ngayChot"] = string.Create(CultureInfo.InvariantCulture, $"{u.Item2:D4}-{t.Item8.m:D2}-{t.Item8.d:D2}"),
                ["moHinh"] = u.Item4.Select(m => new Dictionary<string, object?> { ["ten"] = m.Item1, ["soHo"] = m.Item2, ["con"] = null }).ToList(),
                ["chiTieu"] = new Dictionary<string, object?> { ["dat"] = u.Item5, ["tong"] = u.Item6 },
                ["nhiemVu"] = u.Item1,
            })));

    [Fact]
    public void ObjectToJsonToObject_IsTheSameReport() =>
        Report.Sample(input =>
        {
            JsonReadResult<IJsonReport> first = JsonTestKit.Read(input);
            Assert.True(first.IsSuccess, first + "\n" + input);
            string written = first.Value.ToJson();
            JsonReadResult<IJsonReport> second = JsonTestKit.Read(written);
            Assert.True(second.IsSuccess, second + "\n" + written);
            Assert.Equal(written, second.Value.ToJson());
            Assert.Equal(first.Value.RenderText(), second.Value.RenderText());
            AssertSameValues(input, written);
        }, iter: 300);

    // Every value given comes back: numbers as numbers (36.240 = 36.24), texts as texts.
    private static void AssertSameValues(string input, string written)
    {
        using JsonDocument given = JsonDocument.Parse(input);
        using JsonDocument back = JsonDocument.Parse(written);
        foreach (JsonProperty property in given.RootElement.EnumerateObject())
        {
            JsonElement other = back.RootElement.GetProperty(property.Name);
            Assert.True(JsonElement.DeepEquals(property.Value, other) || (property.Value.ValueKind == JsonValueKind.Number && property.Value.GetDecimal() == other.GetDecimal()),
                property.Name + ": " + property.Value.GetRawText() + " ≠ " + other.GetRawText());
        }
    }
}
