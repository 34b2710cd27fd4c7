using System.Text;
using DanVan.Reporting;
using DanVan.Reporting.Catalog;
using DanVan.Reporting.Json;
using DanVan.Samples.Reports;

namespace DanVan.Samples.Reports.Tests;

/// <summary>A seed on a catalog kind is that kind end to end: the catalog reads its JSON back to the same report.</summary>
public class CatalogSeedTests
{
    [Fact]
    public void Seed003_IsTheSoKet6ThangKind_AndItsJsonReadsBackThroughTheCatalog()
    {
        IReport seed = SeedReports.All.Single(s => s.File == "003-khoi-dan-van-phuong-thoi-son").Report;
        ReportKind kind = ReportCatalog.Find("so-ket-6-thang")!;

        string json = Assert.IsType<SoKet6Thang>(seed).ToJson(kind.Id);
        JsonReadResult<IJsonReport> read = ReportCatalog.Read(Encoding.UTF8.GetBytes(json));

        Assert.True(read.IsSuccess, read.ToString());
        Assert.Equal(kind.ReportType, read.Value.GetType());
        Assert.Equal(seed.RenderText(), read.Value.RenderText());
        Assert.Contains("\"kind\": \"so-ket-6-thang\"", json, StringComparison.Ordinal);
    }
}
