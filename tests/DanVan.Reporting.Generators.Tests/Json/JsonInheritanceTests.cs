using System.Reflection;
using System.Text;
using System.Text.Json;
using DanVan.Reporting.Json;
using Microsoft.CodeAnalysis;

namespace DanVan.Reporting.Generators.Tests.Json;

/// <summary>
/// A report whose document block, period and members (required ones too) come from base records: JSON reads and
/// writes them, the schema describes them, and [Display(Order = n)] places the derived report's own members among them
/// in the rendered fields, the JSON and the schema alike.
/// </summary>
public class JsonInheritanceTests
{
    private static readonly Lazy<Assembly> s_assembly = new(() => GeneratorHarness.CompileAndLoad(Source));

    private static ReportJsonType Json => GeneratorHarness.Call<ReportJsonType>(s_assembly.Value, "Reports.Factory", "Json");

    private static IJsonReport Example => GeneratorHarness.Call<IJsonReport>(s_assembly.Value, "Reports.Factory", "Example");

    [Fact]
    public void Generator_ReadsInheritedRequiredMembers_WithoutDV0030()
    {
        (Compilation output, _) = GeneratorHarness.Generate(GeneratorHarness.Compile(Source));

        Assert.DoesNotContain(output.GetDiagnostics().Concat(GeneratorHarness.Analyze(output)), d => d.Id == "DV0030" || d.Severity == DiagnosticSeverity.Error);
    }

    [Fact]
    public void WriteJson_InheritedMembers_AreWrittenInDisplayOrder()
    {
        string json = Example.ToJson("thang");

        Assert.Equal(["kind", "period", "document", "moDau", "chung", "rieng", "hanChe", "nhiemVu", "kienNghi"], PropertyNames(json));
        Assert.Contains("\"number\": \"Số 12-BC/BDV\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadJson_InheritedMembers_AreReadAndRoundTrip()
    {
        string json = Example.ToJson("thang");

        JsonReadResult<IJsonReport> read = Json.Read(Encoding.UTF8.GetBytes(json));

        Assert.True(read.IsSuccess, read.ToString());
        Assert.Equal(json, read.Value.ToJson("thang"));
        Assert.Equal(Example.RenderText(), read.Value.RenderText());
        Assert.Contains("Số 12-BC/BDV", read.Value.RenderText(), StringComparison.Ordinal); // the inherited document block
    }

    [Fact]
    public void ReadJson_InheritedRequiredMemberMissing_IsAnErrorNamingIt()
    {
        string json = Example.ToJson("thang").Replace("\"chung\"", "\"khac\"", StringComparison.Ordinal);

        JsonReadResult<IJsonReport> read = Json.Read(Encoding.UTF8.GetBytes(json));

        Assert.False(read.IsSuccess);
        Assert.Contains(read.Errors, e => e.Path == "$.khac"); // unknown
        Assert.Contains(read.Errors, e => e.Message.Contains("chung", StringComparison.Ordinal)); // required, missing
    }

    [Fact]
    public void Schema_DescribesInheritedMembersInDisplayOrder_AndRequiresTheInheritedOnes()
    {
        using JsonDocument schema = JsonDocument.Parse(Json.GetJsonSchema("thang"));

        JsonElement root = schema.RootElement;
        Assert.Equal(["kind", "period", "document", "moDau", "chung", "rieng", "hanChe", "nhiemVu", "kienNghi"], root.GetProperty("properties").EnumerateObject().Select(p => p.Name));
        string[] required = [.. root.GetProperty("required").EnumerateArray().Select(e => e.GetString()!)];
        Assert.Contains("chung", required);
        Assert.Contains("moDau", required);
        Assert.Contains("period", required);
        Assert.Equal(500, root.GetProperty("properties").GetProperty("chung").GetProperty("maxLength").GetInt32());
    }

    [Fact]
    public void Render_InheritedMembers_FollowDisplayOrder()
    {
        string text = Example.RenderText();

        int[] at = [.. new[] { "Mở đầu", "Chung", "Riêng", "Hạn chế", "Nhiệm vụ", "Kiến nghị" }.Select(label => text.IndexOf(label, StringComparison.Ordinal))];
        Assert.All(at, i => Assert.True(i >= 0, text));
        Assert.Equal(at.Order(), at);
    }

    private static IEnumerable<string> PropertyNames(string json)
    {
        using JsonDocument document = JsonDocument.Parse(json);
        return [.. document.RootElement.EnumerateObject().Select(p => p.Name)];
    }

    private const string Source = """
        using System.Collections.Generic;
        using System.ComponentModel.DataAnnotations;
        using DanVan.Reporting;
        using DanVan.Reporting.Json;
        using NodaTime;

        namespace Reports;

        public abstract record Goc
        {
            public DocumentInfo? Document { get; init; }

            public required ReportPeriod Period { get; init; }

            [Display(Name = "Kiến nghị", Order = 90)]
            public IReadOnlyList<string>? KienNghi { get; init; }
        }

        public abstract record Giua : Goc
        {
            [Required, StringLength(500), Display(Name = "Chung", Order = 20)]
            public required string Chung { get; init; }

            [StringLength(500), Display(Name = "Hạn chế", Order = 60)]
            public virtual string? HanChe { get; init; }
        }

        [Report(Title = "công tác dân vận", Period = PeriodKind.Month)]
        public partial record Thang : Giua
        {
            [Section("I", "KẾT QUẢ {period}")]
            [Required, StringLength(500), Display(Name = "Mở đầu", Order = 10)]
            public required string MoDau { get; init; }

            [StringLength(500), Display(Name = "Riêng", Order = 30)]
            public string? Rieng { get; init; }

            [StringLength(100), Display(Name = "Hạn chế, khó khăn", Order = 60)]
            public override string? HanChe { get; init; }

            [Section("II", "NHIỆM VỤ {next}")]
            [Required, MinCount(1), Display(Name = "Nhiệm vụ", Order = 80)]
            public required IReadOnlyList<string> NhiemVu { get; init; }
        }

        public static class Factory
        {
            public static ReportJsonType Json() => ReportJson.For<Thang>();

            public static IJsonReport Example() => new Thang
            {
                Period = ReportPeriod.Month(2024, 5),
                Document = new DocumentInfo
                {
                    Issuer = new IssuingBody { Parent = "HUYỆN ỦY ĐẮK SONG", Name = "BAN DÂN VẬN", Level = IssuerLevel.District },
                    Number = DocumentNumber.Parse("Số 12-BC/BDV"),
                    Place = "Đắk Song",
                    Date = new LocalDate(2024, 6, 3),
                    KindName = "BÁO CÁO",
                    Signature = new Signature { Prefix = SignaturePrefix.PartyDeputy, SignedFor = "TRƯỞNG BAN", Position = "PHÓ TRƯỞNG BAN", SignerName = "Nguyễn Văn A" },
                },
                MoDau = "Tình hình ổn định.",
                Chung = "Các tổ chức phối hợp tốt.",
                Rieng = "Lực lượng vũ trang giúp dân.",
                HanChe = "Còn chậm.",
                NhiemVu = ["Tiếp tục triển khai."],
                KienNghi = ["Không có"],
            };
        }
        """;
}
