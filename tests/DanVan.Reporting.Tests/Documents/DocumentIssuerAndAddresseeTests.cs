namespace DanVan.Reporting.Tests.Documents;

/// <summary>
/// The warnings for a Party body issuing under Nghị định 30 and for a state báo cáo, tờ trình or công văn without
/// "Kính gửi" (or without "- Như trên;" when it has one), and the archive line's drafting unit and copies.
/// </summary>
public sealed class DocumentIssuerAndAddresseeTests
{
    private static DocumentInfo StateWithIssuer(string name, string? parent) =>
        SampleDocuments.State with { Issuer = new IssuingBody { Name = name, Parent = parent } };

    [Theory]
    [InlineData("THÀNH ỦY KON TUM", "ĐẢNG BỘ TỈNH KON TUM")]
    [InlineData("BAN DÂN VẬN", "TỈNH ỦY KON TUM")]
    [InlineData("KHỐI DÂN VẬN", "ĐẢNG ỦY PHƯỜNG THỚI SƠN")]
    [InlineData("BAN CÁN SỰ ĐẢNG UBND TỈNH", null)]
    [InlineData("ĐẢNG ỦY XÃ ĐẮK MOL", null)]
    [InlineData("HUYỆN UỶ ĐỊNH HOÁ", "ĐẢNG BỘ TỈNH THÁI NGUYÊN")] // old tone placement "uỷ"
    public void PartyBody_UnderTheStateProfile_Warns(string name, string? parent)
    {
        ValidationError warning = Assert.Single(StateWithIssuer(name, parent).Validate().Warnings);

        Assert.Equal(ValidationCodes.DocumentPartyIssuerState, warning.Code);
        Assert.Equal("Issuer", warning.Path);
        Assert.Contains(name, warning.Message, StringComparison.Ordinal);
        Assert.Contains("36-HD/VPTW", warning.Message, StringComparison.Ordinal);
        Assert.Contains("Nghị định 30/2020/NĐ-CP, Điều 1 và Điều 2", warning.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ỦY BAN NHÂN DÂN", "TỈNH KON TUM")]
    [InlineData("SỞ NỘI VỤ", "UBND TỈNH KON TUM")]
    [InlineData("ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM", "TỈNH KON TUM")]
    [InlineData("BAN DÂN TỘC", "UBND TỈNH KON TUM")] // a state ban: "dân tộc" is not "dân vận"
    public void StateBody_UnderTheStateProfile_DoesNotWarn(string name, string? parent)
    {
        Assert.Empty(StateWithIssuer(name, parent).Validate().Warnings);
    }

    [Fact]
    public void PartyBody_UnderThePartyProfile_DoesNotWarn()
    {
        Assert.Empty(SampleDocuments.Party.Validate().Warnings);
    }

    [Fact]
    public void PartyIssuerWarning_InEnglish()
    {
        using var _ = MessageSettings.Use(MessageLanguage.English);

        ValidationError warning = Assert.Single(StateWithIssuer("BAN DÂN VẬN", "TỈNH ỦY KON TUM").Validate().Warnings);

        Assert.Contains("is a Party body", warning.Message, StringComparison.Ordinal);
        Assert.Contains("Decree 30/2020/ND-CP, Articles 1 and 2", warning.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("BÁO CÁO")]
    [InlineData("TỜ TRÌNH")]
    [InlineData("Công văn")]
    public void StateReport_WithoutKinhGui_Warns(string kind)
    {
        DocumentInfo document = SampleDocuments.State with { KindName = kind, Recipients = new Recipients { Lines = ["Sở Tài chính"], Archive = "VT, VP" } };

        ValidationError warning = Assert.Single(document.Validate().Warnings);

        Assert.Equal(ValidationCodes.DocumentAddressees, warning.Code);
        Assert.Equal("Recipients.Addressees", warning.Path);
        Assert.Contains("\"Kính gửi:\"", warning.Message, StringComparison.Ordinal);
        Assert.Contains("Nghị định 30/2020/NĐ-CP, Phụ lục I, Mục II khoản 9", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void StateReport_WithKinhGuiButNoNhuTren_Warns()
    {
        DocumentInfo document = SampleDocuments.State with { Recipients = new Recipients { Addressees = ["Ủy ban nhân dân tỉnh"], Lines = ["Sở Tài chính"], Archive = "VT" } };

        ValidationError warning = Assert.Single(document.Validate().Warnings);

        Assert.Equal(ValidationCodes.DocumentAddressees, warning.Code);
        Assert.Equal("Recipients.Lines", warning.Path);
        Assert.Contains("\"- Như trên;\"", warning.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Như trên")]
    [InlineData("- Như trên;")]
    [InlineData("như trên")]
    public void StateReport_WithKinhGuiAndNhuTren_IsClean(string line)
    {
        DocumentInfo document = SampleDocuments.State with { Recipients = new Recipients { Addressees = ["Ủy ban nhân dân tỉnh"], Lines = [line], Archive = "VT" } };

        Assert.Empty(document.Validate().Warnings);
    }

    [Theory]
    [InlineData("KẾ HOẠCH")]
    [InlineData("QUYẾT ĐỊNH")]
    public void OtherStateKinds_WithoutKinhGui_DoNotWarn(string kind)
    {
        DocumentInfo document = SampleDocuments.State with { KindName = kind, Recipients = new Recipients { Lines = ["Sở Tài chính"], Archive = "VT" } };

        Assert.Empty(document.Validate().Warnings);
    }

    [Fact]
    public void PartyReport_WithoutKinhGui_DoesNotWarn()
    {
        Assert.Empty(SampleDocuments.Party.Validate().Warnings);
        Assert.Empty(SampleDocuments.Party.Recipients.Addressees);
    }

    [Theory]
    [InlineData(null, "BDV", 2, "- Lưu: VT, BDV 02b.")]
    [InlineData("VT", "BDV", null, "- Lưu: VT, BDV.")]
    [InlineData(null, null, 3, "- Lưu: VT, 03b.")]
    [InlineData("VT, VP", null, null, "- Lưu: VT, VP.")]
    [InlineData(null, " BDV ", 0, "- Lưu: VT, BDV.")]
    public void ArchiveLine_TakesTheDraftingUnitAndCopiesAsData(string? archive, string? unit, int? copies, string expected)
    {
        var recipients = new Recipients { Lines = ["Như trên"], Archive = archive, DraftingUnit = unit, ArchiveCopies = copies };

        Assert.Equal(["- Như trên;", expected], recipients.FormatLines());
    }

    [Fact]
    public void ArchiveData_CountsInEqualityAndEmptiness()
    {
        var plain = new Recipients { Archive = "VT" };

        Assert.NotEqual(plain, plain with { DraftingUnit = "BDV" });
        Assert.NotEqual(plain, plain with { ArchiveCopies = 2 });
        Assert.Equal(plain with { DraftingUnit = "BDV", ArchiveCopies = 2 }, new Recipients { Archive = "VT", DraftingUnit = "BDV", ArchiveCopies = 2 });
        Assert.False(new Recipients { DraftingUnit = "BDV" }.IsEmpty);
        Assert.True(new Recipients { ArchiveCopies = 0 }.IsEmpty);
    }

    [Fact]
    public void CounterLeftBlank_PrintsTheNumberWithoutItsCounter()
    {
        DocumentInfo party = SampleDocuments.Party with { CounterLeftBlank = true };
        DocumentInfo state = SampleDocuments.State with { CounterLeftBlank = true };

        Assert.Equal("Số       -BC/BDVTU", party.NumberLine);
        Assert.Equal("Số:       /BC-SNV", state.NumberLine);
        Assert.Equal("Số 45-BC/BDVTU", SampleDocuments.Party.NumberLine);
        Assert.Contains("Kon Tum, ngày 02 tháng 7 năm 2024", party.DateLine, StringComparison.Ordinal);
        Assert.Empty(party.Validate().Warnings);
    }
}
