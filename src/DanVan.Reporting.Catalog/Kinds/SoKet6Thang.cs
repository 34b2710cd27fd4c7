namespace DanVan.Reporting.Catalog;

/// <summary>
/// "Báo cáo sơ kết công tác dân vận 6 tháng đầu năm" (kind id <c>so-ket-6-thang</c>): leadership and direction, the
/// results by field of work, the figures and the "Dân vận khéo" models, the shortcomings and their causes, the tasks
/// of the second half year and the proposals.
/// </summary>
[Report(Title = "sơ kết công tác dân vận", Period = PeriodKind.FirstHalf)]
public partial record SoKet6Thang : ReviewReport
{
    // Everything it has comes from ReviewReport; the kind is its id, title and period.
}
