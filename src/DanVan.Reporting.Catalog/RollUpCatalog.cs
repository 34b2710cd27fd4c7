using DanVan.Reporting.Calendar;
using DanVan.Reporting.Rendering;

namespace DanVan.Reporting.Catalog;

/// <summary>
/// The catalog kinds that roll up (a superior body's report built from its units' reports of the same kind), each
/// with the main figures its per-unit table shows: the registry behind <c>danvan rollup</c>.
/// </summary>
public static class RollUpCatalog
{
    /// <summary>Every kind that rolls up.</summary>
    public static IReadOnlyList<RollUpKind> All { get; } = Array.AsReadOnly(new[]
    {
        RollUpKind.Create<BaoCaoThang>(ReportCatalog.Find("bao-cao-thang")!, static report => Figures(report.SoLieu)),
        RollUpKind.Create<GiaoBanQuy>(ReportCatalog.Find("giao-ban-quy")!, static report => Figures(report.SoLieu)),
        RollUpKind.Create<SoKet6Thang>(ReportCatalog.Find("so-ket-6-thang")!, static report => Figures(report.SoLieu)),
        RollUpKind.Create<SoKet9Thang>(ReportCatalog.Find("so-ket-9-thang")!, static report => Figures(report.SoLieu)),
        RollUpKind.Create<TongKetNam>(ReportCatalog.Find("tong-ket-nam")!, static report => Figures(report.SoLieu)),
        RollUpKind.Create<TongKetNhiemKy>(ReportCatalog.Find("tong-ket-nhiem-ky")!, static report => Figures(report.SoLieu)),
        RollUpKind.Create<ChuongTrinhPhoiHop>(ReportCatalog.Find("chuong-trinh-phoi-hop")!, static report => Figures(report.SoLieu)),
        RollUpKind.Create<DanVanKheo>(ReportCatalog.Find("dan-van-kheo")!, static report => (report.TheoLinhVuc ?? []).Where(f => f is not null)
            .SelectMany(f => new[]
            {
                new KeyValuePair<string, string>(f.LinhVuc.Trim() + " (đăng ký)", FieldFormatting.Number((decimal)f.SoDangKy)),
                new KeyValuePair<string, string>(f.LinhVuc.Trim() + " (công nhận)", FieldFormatting.Number((decimal)f.SoCongNhan)),
            })),
    });

    /// <summary>The roll-up of the kind with the id <paramref name="id"/>, or null when that kind does not roll up.</summary>
    /// <param name="id">A kind id, e.g. <c>giao-ban-quy</c>.</param>
    /// <returns>The kind's roll-up, or null.</returns>
    public static RollUpKind? Find(string? id) => All.FirstOrDefault(kind => string.Equals(kind.Kind.Id, id, StringComparison.Ordinal));

    // A table of figures as per-unit columns: "Nhà Đại đoàn kết bàn giao (căn)" → "2".
    private static IEnumerable<KeyValuePair<string, string>> Figures(IReadOnlyList<ChiTieu>? figures) =>
        (figures ?? []).Where(f => f is not null).Select(f => new KeyValuePair<string, string>(
            string.IsNullOrWhiteSpace(f.DonViTinh) ? f.Ten.Trim() : f.Ten.Trim() + " (" + f.DonViTinh.Trim() + ")",
            FieldFormatting.Number(f.KetQua)));
}

/// <summary>A catalog kind's roll-up without its type argument: opens rounds and turns their results into documents.</summary>
public sealed class RollUpKind
{
    private readonly Func<ReportPeriod, IEnumerable<ReportingUnit>, DeadlineRule?, WorkingCalendar?, IReportingRound> _open;
    private readonly Func<RoundResult, bool, RolledUpReport> _document;

    private RollUpKind(ReportKind kind, Func<ReportPeriod, IEnumerable<ReportingUnit>, DeadlineRule?, WorkingCalendar?, IReportingRound> open, Func<RoundResult, bool, RolledUpReport> document)
    {
        Kind = kind;
        _open = open;
        _document = document;
    }

    /// <summary>The kind.</summary>
    public ReportKind Kind { get; }

    /// <summary>Opens a round of this kind (see <see cref="ReportingRound{T}"/>).</summary>
    /// <param name="period">The period.</param>
    /// <param name="units">The expected units, in order.</param>
    /// <param name="deadline">The deadline rule; Nghị định 09/2019 Điều 13 when null.</param>
    /// <param name="calendar">The working days; <see cref="WorkingCalendar.Default"/> when null.</param>
    /// <returns>The round.</returns>
    public IReportingRound OpenRound(ReportPeriod period, IEnumerable<ReportingUnit> units, DeadlineRule? deadline = null, WorkingCalendar? calendar = null) =>
        _open(period, units, deadline, calendar);

    /// <summary>The closed round's rolled-up report as a document, with the per-unit table of main figures when asked.</summary>
    /// <param name="result">A result of a round this kind opened.</param>
    /// <param name="table">Whether to add the per-unit table.</param>
    /// <returns>The document.</returns>
    public RolledUpReport ToDocument(RoundResult result, bool table) => _document(result, table);

    internal static RollUpKind Create<T>(ReportKind kind, Func<T, IEnumerable<KeyValuePair<string, string>>> figures)
        where T : class, IRollUpReport<T> =>
        new(kind,
            static (period, units, deadline, calendar) => new ReportingRound<T>(period, units, deadline, calendar),
            (result, table) => ((RoundResult<T>)result).ToDocument(table ? figures : null));
}
