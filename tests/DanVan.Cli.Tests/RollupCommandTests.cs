using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;

namespace DanVan.Cli.Tests;

/// <summary>danvan rollup through the built tool: the seed 004 example, file times, bad set-up and bad submissions.</summary>
public sealed class RollupCommandTests
{
    private static string Sample => Path.Combine(Danvan.RepositoryRoot, "samples", "rollup");

    private static string Report(string period, string text, int houses = 0) => $$"""
        {"kind": "giao-ban-quy", "period": "{{period}}", "ketQuaNoiBat": "{{text}}", "nhiemVu": ["Nhân rộng mô hình."],
         "soLieu": [{"ten": "Nhà Đại đoàn kết bàn giao", "donViTinh": "căn", "ketQua": {{houses}}}]}
        """;

    [Fact]
    public void Seed004_Example_WritesTheProvincesReport_WithTheDistrictsAddedUp()
    {
        using var temp = new TempDirectory();
        Danvan.Result result = Danvan.Run([
            "rollup", "giao-ban-quy", Path.Combine(Sample, "giao-ban-quy-2024-Q2"), "--units", Path.Combine(Sample, "units.json"),
            "--received", Path.Combine(Sample, "manifest.json"), "--format", "md,docx", "--table", "--out", temp.Path, "--json"]);
        Assert.True(result.ExitCode == 0, result.ToString());

        using var json = JsonDocument.Parse(result.Output);
        JsonElement summary = json.RootElement[json.RootElement.GetArrayLength() - 1];
        Assert.Equal(8, json.RootElement.GetArrayLength() - 1);
        Assert.True(summary.GetProperty("valid").GetBoolean());
        Assert.Equal("2024-06-25", summary.GetProperty("deadline").GetString());
        Assert.Equal(
            ["on-time", "late", "missing", "late", "on-time", "on-time", "on-time", "on-time"],
            summary.GetProperty("units").EnumerateArray().Select(u => u.GetProperty("status").GetString()!).ToArray());
        Assert.Equal(3, summary.GetProperty("units")[3].GetProperty("workingDaysLate").GetInt32());
        Assert.Equal("krong-no.json", summary.GetProperty("units")[6].GetProperty("superseded")[0].GetString());

        using var rolled = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(temp.Path, "giao-ban-quy-2024-Q2.json")));
        Assert.Equal("giao-ban-quy", rolled.RootElement.GetProperty("kind").GetString());
        Assert.Equal(
            ["Ngày công giúp dân lao động sản xuất=47", "Nhà Đại đoàn kết bàn giao=2", "Tổng trị giá=212"],
            rolled.RootElement.GetProperty("soLieu").EnumerateArray().Select(c => c.GetProperty("ten").GetString() + "=" + c.GetProperty("ketQua").GetDecimal()).ToArray());

        string markdown = File.ReadAllText(Path.Combine(temp.Path, "giao-ban-quy-2024-Q2.md"));
        Assert.Contains("Có 5/8 đơn vị gửi báo cáo đúng hạn", markdown, StringComparison.Ordinal);
        Assert.Contains("Huyện ủy Đắk Glong", markdown, StringComparison.Ordinal);
        Assert.Contains("| 6 | Huyện ủy Đắk Song | Đúng hạn | 25 | 1 | 106 |", markdown, StringComparison.Ordinal);
        using WordprocessingDocument docx = WordprocessingDocument.Open(Path.Combine(temp.Path, "giao-ban-quy-2024-Q2.docx"), false);
        Assert.Contains("Tình hình báo cáo", docx.MainDocumentPart!.Document!.InnerText, StringComparison.Ordinal);

        // The rolled-up JSON is itself a valid giao-ban-quy report.
        Assert.Equal(0, Danvan.Run(["validate", Path.Combine(temp.Path, "giao-ban-quy-2024-Q2.json")]).ExitCode);
    }

    [Fact]
    public void WithoutManifest_TheFileNameNamesTheUnit_AndItsModificationDayIsTheDayReceived()
    {
        using var temp = new TempDirectory();
        temp.File("units.json", """{"period": "2024-Q2", "units": [{"name": "Xã A", "code": "xa-a"}, {"name": "Xã B", "code": "xa-b"}]}""");
        string a = temp.File("in/xa-a.json", Report("2024-Q2", "Kết quả xã A", 1));
        string b = temp.File("in/xa-b.json", Report("2024-Q2", "Kết quả xã B", 2));
        File.SetLastWriteTimeUtc(a, new DateTime(2024, 6, 24, 20, 0, 0, DateTimeKind.Utc)); // 25/06 03:00 in Vietnam: on time
        File.SetLastWriteTimeUtc(b, new DateTime(2024, 6, 25, 17, 30, 0, DateTimeKind.Utc)); // 26/06 00:30 in Vietnam: late
        Danvan.Result result = Danvan.Run(["rollup", "giao-ban-quy", "in", "--units", "units.json", "--format", "txt", "--out", "out"], null, temp.Path);
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("1. Xã A: Đúng hạn (xa-a.json, 2024-06-25)", result.Output, StringComparison.Ordinal);
        Assert.Contains("2. Xã B: Chậm 1 ngày làm việc (xa-b.json, 2024-06-26)", result.Output, StringComparison.Ordinal);
        Assert.Contains("Xã A: Kết quả xã A", File.ReadAllText(Path.Combine(temp.Path, "out", "giao-ban-quy-2024-Q2.txt")), StringComparison.Ordinal);
    }

    [Fact]
    public void BadSubmissions_AreReportedWithFileAndReason_Exit1_TheValidOnesStillRolledUp()
    {
        using var temp = new TempDirectory();
        temp.File("units.json", """{"period": "2024-Q2", "units": [{"name": "Xã A", "code": "xa-a"}, {"name": "Xã B", "code": "xa-b"}]}""");
        temp.File("in/xa-a.json", Report("2024-Q2", "Kết quả xã A", 3));
        temp.File("in/xa-b.json", Report("2024-Q1", "Kết quả quý I", 4));
        temp.File("in/xa-c.json", Report("2024-Q2", "Xã ngoài danh sách", 5));
        temp.File("in/xa-a.lan-2.json", """{"kind": "giao-ban-quy", "period": "2024-Q2", "ketQuaNoiBat": 12}""");
        Danvan.Result result = Danvan.Run(["rollup", "giao-ban-quy", "in", "--units", "units.json", "--format", "txt", "--out", "out"], null, temp.Path);
        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains(result.ErrorLines, l => l.StartsWith("xa-b.json: -: period: ", StringComparison.Ordinal));
        Assert.Contains(result.ErrorLines, l => l.StartsWith("xa-c.json: -: unit-unknown: ", StringComparison.Ordinal) && l.Contains("\"xa-c\"", StringComparison.Ordinal));
        Assert.Contains(result.ErrorLines, l => l.StartsWith("xa-a.lan-2.json: 1:", StringComparison.Ordinal) && l.Contains("json-type", StringComparison.Ordinal));
        string text = File.ReadAllText(Path.Combine(temp.Path, "out", "giao-ban-quy-2024-Q2.txt"));
        Assert.Contains("Xã A: Kết quả xã A", text, StringComparison.Ordinal);
        Assert.DoesNotContain("quý I", text.Split("TÌNH HÌNH")[0].Replace("quý II", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void UnreadableSubmission_Exit2()
    {
        using var temp = new TempDirectory();
        temp.File("units.json", """{"period": "2024-Q2", "units": ["Xã A"]}""");
        temp.File("in/Xã A.json", "{ \"kind\": ");
        Danvan.Result result = Danvan.Run(["rollup", "giao-ban-quy", "in", "--units", "units.json", "--out", "out"], null, temp.Path);
        Assert.True(result.ExitCode == 2, result.ToString());
    }

    [Theory]
    [InlineData("""{"period": "2024-Q2", "units": [{"name": "Xã A"}, {"name": "Xã A"}]}""", "$.units[1]", "hai lần")]
    [InlineData("""{"period": "quý 2", "units": ["Xã A"]}""", "$.period", "mã kỳ")]
    [InlineData("""{"units": ["Xã A"]}""", "$.period", "--period")]
    [InlineData("""{"period": "2024-Q2", "units": []}""", "$.units", "trống")]
    [InlineData("""{"period": "2024-Q2", "deadline": {"dayOfLastMonth": 40}, "units": ["Xã A"]}""", "$.deadline.dayOfLastMonth", "1 đến 31")]
    [InlineData("""{"period": "2024-Q2", "units": [""", "1:", "cú pháp")]
    public void BadUnitsFile_Exit2_NamingThePathAndTheRule(string units, string where, string rule)
    {
        using var temp = new TempDirectory();
        temp.File("units.json", units);
        Directory.CreateDirectory(Path.Combine(temp.Path, "in"));
        Danvan.Result result = Danvan.Run(["rollup", "giao-ban-quy", "in", "--units", "units.json", "--out", "out"], null, temp.Path);
        Assert.True(result.ExitCode == 2, result.ToString());
        string line = Assert.Single(result.ErrorLines);
        Assert.StartsWith("units.json: " + where, line, StringComparison.Ordinal);
        Assert.Contains(rule, line, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(temp.Path, "out")));
    }

    [Fact]
    public void UnknownKind_Exit2_NamingTheKinds()
    {
        using var temp = new TempDirectory();
        temp.File("units.json", """{"period": "2024", "units": ["Xã A"]}""");
        Danvan.Result result = Danvan.Run(["rollup", "bao-cao-tuan", ".", "--units", "units.json", "--out", "out", "--lang", "en"], null, temp.Path);
        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("there is no report kind \"bao-cao-tuan\"", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryCatalogKind_RollsItsExampleUp()
    {
        foreach (string kind in new[] { "bao-cao-thang", "giao-ban-quy", "so-ket-6-thang", "so-ket-9-thang", "tong-ket-nam", "tong-ket-nhiem-ky", "chuong-trinh-phoi-hop", "dan-van-kheo" })
        {
            using var temp = new TempDirectory();
            string example = File.ReadAllText(Path.Combine(Danvan.SampleData, kind + ".json"));
            string period = JsonDocument.Parse(example).RootElement.GetProperty("period").GetString()!;
            temp.File("units.json", "{\"period\": \"" + period + "\", \"units\": [\"a\", \"b\"]}");
            temp.File("in/a.json", example);
            temp.File("in/b.json", example);
            Danvan.Result result = Danvan.Run(["rollup", kind, "in", "--units", "units.json", "--format", "md", "--table", "--out", "out"], null, temp.Path);
            Assert.True(result.ExitCode == 0, kind + ": " + result);
            Assert.Contains("Tình hình báo cáo", File.ReadAllText(Path.Combine(temp.Path, "out", kind + "-" + period + ".md")), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void EmptyFolder_EveryUnitMissing_TheReportsOwnValidateRuns_Exit1()
    {
        using var temp = new TempDirectory();
        temp.File("units.json", """{"period": "2024-Q2", "units": ["Xã A", "Xã B"]}""");
        Directory.CreateDirectory(Path.Combine(temp.Path, "in"));
        Danvan.Result result = Danvan.Run(["rollup", "giao-ban-quy", "in", "--units", "units.json", "--out", "out"], null, temp.Path);
        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("Có 0/2 đơn vị gửi báo cáo đúng hạn; 2 đơn vị chưa gửi báo cáo: Xã A, Xã B.", result.Output, StringComparison.Ordinal);
        Assert.Contains(result.ErrorLines, l => l.StartsWith("giao-ban-quy-2024-Q2: $.ketQuaNoiBat", StringComparison.Ordinal));
    }
}
