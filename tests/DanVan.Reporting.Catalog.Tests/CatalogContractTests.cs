using DanVan.Reporting.Catalog;
using DanVan.Reporting.Testing;

namespace DanVan.Reporting.Catalog.Tests;

/// <summary>
/// The catalog's public contract, kind by kind: the JSON Schema, the example's JSON and the example rendered as text.
/// Other teams' files and scripts rely on these, so any change to them (member order included) shows up here.
/// </summary>
public class CatalogContractTests
{
    public static TheoryData<string> Kinds()
    {
        var kinds = new TheoryData<string>();
        foreach (ReportKind kind in ReportCatalog.All)
        {
            kinds.Add(kind.Id);
        }

        return kinds;
    }

    [Fact]
    public void Ids_AreTheContractsEight()
    {
        Assert.Equal(
            ["bao-cao-thang", "giao-ban-quy", "so-ket-6-thang", "so-ket-9-thang", "tong-ket-nam", "tong-ket-nhiem-ky", "chuong-trinh-phoi-hop", "dan-van-kheo"],
            ReportCatalog.All.Select(kind => kind.Id));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Schema_MatchesTheSnapshot(string id) =>
        Snapshot.Verify(Kind(id).GetJsonSchema(), "json", id);

    [Theory]
    [MemberData(nameof(Kinds))]
    public void ExampleJson_MatchesTheSnapshot(string id) =>
        Snapshot.Verify(Kind(id).ExampleJson(), "json", id);

    [Theory]
    [MemberData(nameof(Kinds))]
    public void ExampleText_MatchesTheSnapshot(string id)
    {
        ReportKind kind = Kind(id);

        Assert.True(kind.Example.Validate().IsValid, kind.Example.Validate().ToString());
        Snapshot.Verify(kind.Example.RenderText(), "txt", id);
    }

    private static ReportKind Kind(string id) => ReportCatalog.Find(id) ?? throw new ArgumentException("no kind " + id, nameof(id));
}
