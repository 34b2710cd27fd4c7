using System.ComponentModel.DataAnnotations;

namespace DanVan.Reporting.Catalog;

/// <summary>
/// "Báo cáo kết quả thực hiện phong trào thi đua "Dân vận khéo"" (kind id <c>dan-van-kheo</c>): the yearly report of
/// the "skilful mass mobilisation" emulation movement — how it was led, the models registered and recognised in each
/// field (kinh tế, văn hóa - xã hội, quốc phòng - an ninh, xây dựng hệ thống chính trị), the outstanding models, what
/// fell short, the tasks ahead and the proposals.
/// </summary>
[Report(Title = "kết quả thực hiện phong trào thi đua \"Dân vận khéo\"", Period = PeriodKind.Year)]
public partial record DanVanKheo
{
    /// <summary>The document block (issuer, number, date line, signature, nơi nhận), when issued as a document.</summary>
    public DocumentInfo? Document { get; init; }

    /// <summary>The year reviewed.</summary>
    public required ReportPeriod Period { get; init; }

    /// <summary>How the movement was led, launched and spread.</summary>
    [Section("I", "KẾT QUẢ THỰC HIỆN PHONG TRÀO THI ĐUA \"DÂN VẬN KHÉO\" {period}")]
    [Required, StringLength(Limits.Passage), Display(Name = "Công tác lãnh đạo, chỉ đạo, triển khai")]
    public required string LanhDaoChiDao { get; init; }

    /// <summary>The models of each field: registered and recognised.</summary>
    [Table, Required, MinCount(1), MaxCount(20), Display(Name = "Mô hình \"Dân vận khéo\" theo lĩnh vực")]
    public required IReadOnlyList<DanVanKheoLinhVuc> TheoLinhVuc { get; init; }

    /// <summary>The outstanding models ("mô hình tiêu biểu").</summary>
    [Table, MaxCount(Limits.Items), Display(Name = "Mô hình tiêu biểu")]
    public IReadOnlyList<MoHinhDanVanKheo>? MoHinhTieuBieu { get; init; }

    /// <summary>Shortcomings and their causes.</summary>
    [StringLength(Limits.Passage), Display(Name = "Hạn chế, nguyên nhân")]
    public string? HanChe { get; init; }

    /// <summary>The tasks of the period ahead.</summary>
    [Section("II", "PHƯƠNG HƯỚNG, NHIỆM VỤ {next}")]
    [Required, MinCount(1), MaxCount(Limits.Items), Display(Name = "Nhiệm vụ")]
    public required IReadOnlyList<string> NhiemVu { get; init; }

    /// <summary>Proposals to the higher level, if any.</summary>
    [MaxCount(Limits.Items), Display(Name = "Kiến nghị, đề xuất")]
    public IReadOnlyList<string>? KienNghi { get; init; }
}
