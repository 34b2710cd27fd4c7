namespace DanVan.Reporting.Tests.Rendering;

/// <summary>
/// A hand-written report with a document block, as the generator writes one for a report with a <c>Document</c>
/// member: the heading carries the <see cref="DocumentInfo"/>, then two sections whose last paragraph closes the body.
/// </summary>
internal sealed class DocumentReportFixture(DocumentInfo document) : IReport
{
    /// <summary>Ban Dân vận Thành ủy Kon Tum, "Số 45-BC/BDVTU", signed K/T TRƯỞNG BAN (docs/domain/vectors.md B4, C2).</summary>
    public static DocumentInfo Party { get; } = new()
    {
        Issuer = new IssuingBody { Parent = "THÀNH ỦY KON TUM", Name = "BAN DÂN VẬN" },
        Number = DocumentNumber.Parse("Số 45-BC/BDVTU"),
        Place = "Kon Tum",
        Date = new LocalDate(2024, 7, 2),
        KindName = "BÁO CÁO",
        Subject = "sơ kết công tác dân vận 6 tháng đầu năm 2024",
        Signature = new Signature { Prefix = SignaturePrefix.PartyDeputy, SignedFor = "TRƯỞNG BAN", Position = "PHÓ TRƯỞNG BAN", SignerName = "Trần Thị Bình" },
        Recipients = new Recipients { Lines = ["Ban Dân vận Tỉnh ủy", "Thường trực Thành ủy"], Archive = "VT, BDV" },
    };

    /// <summary>A provincial people's committee report, "Số: 15/BC-UBND", "TM. ỦY BAN NHÂN DÂN" / "CHỦ TỊCH", with "Kính gửi" (docs/domain/vectors.md B6, C5).</summary>
    public static DocumentInfo State { get; } = new()
    {
        Issuer = new IssuingBody { Name = "ỦY BAN NHÂN DÂN TỈNH KON TUM" },
        Number = DocumentNumber.Parse("Số: 15/BC-UBND"),
        Place = "Kon Tum",
        Date = new LocalDate(2024, 7, 5),
        KindName = "BÁO CÁO",
        Subject = "Kết quả thực hiện công tác dân vận chính quyền 6 tháng đầu năm 2024",
        Signature = new Signature { Prefix = SignaturePrefix.StateOnBehalf, SignedFor = "ỦY BAN NHÂN DÂN", Position = "CHỦ TỊCH", SignerName = "Lê Văn Cường" },
        Recipients = new Recipients
        {
            Addressees = ["Bộ Nội vụ", "Ban Dân vận Tỉnh ủy"],
            Lines = ["Như trên", "Thường trực Tỉnh ủy", "Thường trực HĐND tỉnh"],
            Archive = "VT, NC",
        },
    };

    public ReportPeriod Period => ReportPeriod.FirstHalf(2024);

    public ReportValidationResult Validate() => ReportValidationResult.Valid;

    public void WriteTo(IReportWriter writer)
    {
        writer.BeginReport(new ReportHeading("sơ kết công tác dân vận", Period) { Document = document });

        writer.BeginSection("I", "Kết quả thực hiện");
        writer.WriteText(
            "Công tác lãnh đạo, chỉ đạo",
            "Ban hành 05 văn bản lãnh đạo, chỉ đạo công tác dân vận.\n\nTiếp tục thực hiện Quy chế dân chủ ở cơ sở.");
        writer.WriteValue("Tỷ lệ hộ nghèo", "36,24%");
        writer.BeginList("Nhiệm vụ");
        writer.WriteListItem("Nắm tình hình Nhân dân");
        writer.EndList();
        writer.EndSection();

        writer.BeginSection("II", "Phương hướng, nhiệm vụ 6 tháng cuối năm 2024");
        writer.WriteText("Nhiệm vụ trọng tâm", "Nhân rộng mô hình \"Dân vận khéo\".\nTrên đây là báo cáo sơ kết công tác dân vận 6 tháng đầu năm 2024");
        writer.EndSection();

        writer.EndReport();
    }
}
