using DanVan.Reporting.Json;

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
        ReportKind.Create("bao-cao-thang", "Báo cáo công tác dân vận tháng", BaoCaoThang.Schema, CatalogExamples.BaoCaoThang),
        ReportKind.Create("giao-ban-quy", "Báo cáo giao ban công tác dân vận quý", GiaoBanQuy.Schema, CatalogExamples.GiaoBanQuy),
        ReportKind.Create("so-ket-6-thang", "Báo cáo sơ kết công tác dân vận 6 tháng đầu năm", SoKet6Thang.Schema, CatalogExamples.SoKet6Thang),
        ReportKind.Create("so-ket-9-thang", "Báo cáo sơ kết công tác dân vận 9 tháng đầu năm", SoKet9Thang.Schema, CatalogExamples.SoKet9Thang),
        ReportKind.Create("tong-ket-nam", "Báo cáo tổng kết công tác dân vận năm", TongKetNam.Schema, CatalogExamples.TongKetNam),
        ReportKind.Create("tong-ket-nhiem-ky", "Báo cáo tổng kết công tác dân vận nhiệm kỳ", TongKetNhiemKy.Schema, CatalogExamples.TongKetNhiemKy),
        ReportKind.Create("chuong-trinh-phoi-hop", "Báo cáo kết quả thực hiện chương trình phối hợp về công tác dân vận", ChuongTrinhPhoiHop.Schema, CatalogExamples.ChuongTrinhPhoiHop),
        ReportKind.Create("dan-van-kheo", "Báo cáo kết quả phong trào thi đua \"Dân vận khéo\"", DanVanKheo.Schema, CatalogExamples.DanVanKheo),
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

    /// <summary>
    /// Reads a report of any kind in the catalog from UTF-8 JSON: its <c>"kind"</c> chooses the type. Unreadable input
    /// (empty, not UTF-8, malformed, over the size limit), a missing or unknown kind and every error of the kind's own
    /// reader come back as errors naming the JSON path and line:column. Never throws for bad input.
    /// </summary>
    /// <param name="utf8">The JSON.</param>
    /// <param name="options">Size and depth limits; <see cref="ReportJsonOptions.Default"/> when null.</param>
    /// <returns>The report, or the errors.</returns>
    public static JsonReadResult<IJsonReport> Read(ReadOnlySpan<byte> utf8, ReportJsonOptions? options = null)
    {
        JsonReadResult<string> kindRead = ReportJson.ReadKind(utf8, options);
        if (!kindRead.IsSuccess)
        {
            return kindRead.Cast<IJsonReport>();
        }

        string id = kindRead.Value!;
        if (Find(id) is not ReportKind kind)
        {
            return JsonReadResult.Failure<IJsonReport>([new JsonReadError("$.kind", 0, 0, JsonErrorCodes.Kind, UnknownKind(id))]);
        }

        return kind.Read(utf8, options);
    }

    private static string UnknownKind(string id)
    {
        string known = string.Join(", ", All.Select(kind => kind.Id));
        return MessageSettings.Current == MessageLanguage.English
            ? "Unknown report kind \"" + id + "\"; the kinds are: " + known + "."
            : "Không có loại báo cáo \"" + id + "\"; các loại: " + known + ".";
    }
}
