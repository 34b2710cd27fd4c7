namespace DanVan.Reporting.Catalog;

/// <summary>
/// The catalog of ready-made report kinds, found by their stable ids: the registry behind the <c>danvan</c> tool and
/// any app that reads reports from JSON without compiling its own types.
/// </summary>
/// <example><code>ReportKind kind = ReportCatalog.Find("giao-ban-quy") ?? throw …; string html = kind.Example.RenderHtml();</code></example>
public static class ReportCatalog
{
    /// <summary>Every kind, in the order of the period they cover (month first) and then by id.</summary>
    public static IReadOnlyList<ReportKind> All { get; } = Array.AsReadOnly(new ReportKind[]
    {
        new("bao-cao-thang", "Báo cáo công tác dân vận tháng", BaoCaoThang.Schema, CatalogExamples.BaoCaoThang),
        new("giao-ban-quy", "Báo cáo giao ban công tác dân vận quý", GiaoBanQuy.Schema, CatalogExamples.GiaoBanQuy),
        new("so-ket-6-thang", "Báo cáo sơ kết công tác dân vận 6 tháng đầu năm", SoKet6Thang.Schema, CatalogExamples.SoKet6Thang),
        new("so-ket-9-thang", "Báo cáo sơ kết công tác dân vận 9 tháng đầu năm", SoKet9Thang.Schema, CatalogExamples.SoKet9Thang),
        new("tong-ket-nam", "Báo cáo tổng kết công tác dân vận năm", TongKetNam.Schema, CatalogExamples.TongKetNam),
        new("tong-ket-nhiem-ky", "Báo cáo tổng kết công tác dân vận nhiệm kỳ", TongKetNhiemKy.Schema, CatalogExamples.TongKetNhiemKy),
        new("chuong-trinh-phoi-hop", "Báo cáo kết quả thực hiện chương trình phối hợp về công tác dân vận", ChuongTrinhPhoiHop.Schema, CatalogExamples.ChuongTrinhPhoiHop),
        new("dan-van-kheo", "Báo cáo kết quả phong trào thi đua \"Dân vận khéo\"", DanVanKheo.Schema, CatalogExamples.DanVanKheo),
    });

    /// <summary>The kind with the id <paramref name="id"/> (exact, lower case), or null when there is none.</summary>
    /// <param name="id">A kind id, e.g. <c>tong-ket-nam</c>.</param>
    /// <returns>The kind, or null.</returns>
    public static ReportKind? Find(string? id)
    {
        foreach (ReportKind kind in All)
        {
            if (string.Equals(kind.Id, id, StringComparison.Ordinal))
            {
                return kind;
            }
        }

        return null;
    }
}
