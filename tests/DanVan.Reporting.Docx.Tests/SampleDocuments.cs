namespace DanVan.Reporting.Docx.Tests;

/// <summary>Valid documents (as in DanVan.Reporting.Tests' SampleDocuments).</summary>
internal static class SampleDocuments
{
    public static DocumentInfo Party { get; } = new()
    {
        Issuer = new IssuingBody { Parent = "TỈNH ỦY KON TUM", Name = "BAN DÂN VẬN", Level = IssuerLevel.Province },
        Number = DocumentNumber.Party(45, "BC", "BDVTU"),
        Place = "Kon Tum",
        Date = new LocalDate(2024, 7, 2),
        KindName = "BÁO CÁO",
        Subject = "sơ kết công tác dân vận 6 tháng đầu năm 2024",
        Signature = new Signature { Prefix = SignaturePrefix.PartyDeputy, SignedFor = "TRƯỞNG BAN", Position = "PHÓ TRƯỞNG BAN", SignerName = "Nguyễn Văn A" },
        Recipients = new Recipients { Lines = ["Ban Dân vận Trung ương", "Thường trực Tỉnh ủy"], Archive = "VT, BDV" },
    };

    public static DocumentInfo State { get; } = new()
    {
        Issuer = new IssuingBody { Parent = "UBND TỈNH KON TUM", Name = "SỞ NỘI VỤ" },
        Number = DocumentNumber.State(3, "BC", "SNV"),
        Place = "Kon Tum",
        Date = new LocalDate(2024, 7, 2),
        KindName = "BÁO CÁO",
        Signature = new Signature { Prefix = SignaturePrefix.StateDeputy, SignedFor = "GIÁM ĐỐC", Position = "PHÓ GIÁM ĐỐC", SignerName = "Trần Thị B" },
        Recipients = new Recipients { Addressees = ["Ủy ban nhân dân tỉnh"], Lines = ["Như trên"], Archive = "VT, VP" },
    };
}
