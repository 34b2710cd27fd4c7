namespace DanVan.Cli.Tests;

/// <summary>The kind ids the contract fixes (other teams' scripts use them).</summary>
internal static class Catalog
{
    public static readonly string[] Ids =
    [
        "bao-cao-thang", "giao-ban-quy", "so-ket-6-thang", "so-ket-9-thang",
        "tong-ket-nam", "tong-ket-nhiem-ky", "chuong-trinh-phoi-hop", "dan-van-kheo",
    ];

    public static TheoryData<string> Kinds()
    {
        var data = new TheoryData<string>();
        foreach (string id in Ids)
        {
            data.Add(id);
        }

        return data;
    }
}
