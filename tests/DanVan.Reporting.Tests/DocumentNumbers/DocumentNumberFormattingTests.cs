using DanVan.Reporting;

namespace DanVan.Reporting.Tests.DocumentNumbers;

public class DocumentNumberFormattingTests
{
    [Theory]
    [InlineData(36, "HD", "VPTW", "Số 36-HD/VPTW")] // B1
    [InlineData(127, "QĐ", "TW", "Số 127-QĐ/TW")] // B2
    [InlineData(24, "BS", "UBKTTU", "Số 24-BS/UBKTTU")] // B3: Party bản sao
    [InlineData(45, "BC", "BDVTU", "Số 45-BC/BDVTU")] // B4
    [InlineData(5, "BC", "BDVTU", "Số 05-BC/BDVTU")] // B5: padding of 2–9 UNVERIFIED, padded by default
    [InlineData(367, "QĐ", "TWĐTN-VP", "Số 367-QĐ/TWĐTN-VP")]
    public void ToString_PartyVectors_GivesCanonicalPartyForm(int number, string kind, string issuer, string expected)
    {
        Assert.Equal(expected, DocumentNumber.Party(number, kind, issuer).ToString());
    }

    [Theory]
    [InlineData(15, "QĐ", "BNV", null, "Số: 15/QĐ-BNV")] // B6
    [InlineData(5, null, "BNV-VP", null, "Số: 05/BNV-VP")] // B7: công văn
    [InlineData(12, null, "UBND-VX", null, "Số: 12/UBND-VX")] // B8: công văn
    [InlineData(3, "BC", "UBND", null, "Số: 03/BC-UBND")] // B9
    [InlineData(9, "NĐ", "CP", 2019, "Số: 09/2019/NĐ-CP")] // legal document with year
    [InlineData(45, null, "QH14", 2019, "Số: 45/2019/QH14")] // law: year, no kind code
    public void ToString_StateVectors_GivesCanonicalStateForm(int number, string? kind, string issuer, int? year, string expected)
    {
        Assert.Equal(expected, DocumentNumber.State(number, kind, issuer, year).ToString());
    }

    [Fact]
    public void ToString_PadSingleDigitFalse_WritesNumberWithoutZero()
    {
        Assert.Equal("Số 5-BC/BDVTU", DocumentNumber.Party(5, "BC", "BDVTU").ToString(padSingleDigit: false));
        Assert.Equal("Số: 3/BC-UBND", DocumentNumber.State(3, "BC", "UBND").ToString(padSingleDigit: false));
        Assert.Equal("Số 45-BC/BDVTU", DocumentNumber.Party(45, "BC", "BDVTU").ToString(padSingleDigit: false));
    }

    [Fact]
    public void ToString_PadSingleDigitTrue_EqualsDefault()
    {
        DocumentNumber number = DocumentNumber.Party(1, "NQ", "TU");
        Assert.Equal(number.ToString(), number.ToString(padSingleDigit: true));
        Assert.Equal("Số 01-NQ/TU", number.ToString());
    }

    [Fact]
    public void ToCitationString_AnyNumber_OmitsSo()
    {
        Assert.Equal("57-NQ/TW", DocumentNumber.Party(57, "NQ", "TW").ToCitationString());
        Assert.Equal("09/2019/NĐ-CP", DocumentNumber.State(9, "NĐ", "CP", 2019).ToCitationString());
        Assert.Equal("5/BNV-VP", DocumentNumber.State(5, null, "BNV-VP").ToCitationString(padSingleDigit: false));
    }

    [Fact]
    public void Factories_KindCodeInOtherCase_StoreTableSpelling()
    {
        Assert.Equal("QyĐ", DocumentNumber.State(1, "qyđ", "UBND").KindCode);
        Assert.Equal("CTr", DocumentNumber.Party(1, "CTR", "TU").KindCode);
        Assert.Equal("XYZ", DocumentNumber.Party(1, "XYZ", "TU").KindCode);
    }

    [Fact]
    public void Properties_StateLegalDocument_AreSet()
    {
        DocumentNumber number = DocumentNumber.State(9, "NĐ", "CP", 2019);
        Assert.Equal(DocumentSystem.State, number.System);
        Assert.Equal(9, number.Number);
        Assert.Equal(2019, number.Year);
        Assert.Equal("NĐ", number.KindCode);
        Assert.Equal("CP", number.IssuerCode);
        Assert.Empty(number.Kinds); // Nghị định is a legal document kind, outside ND 30 Phụ lục III
    }

    [Fact]
    public void Kinds_StateCongVan_IsCongVan()
    {
        DocumentKind kind = Assert.Single(DocumentNumber.State(5, null, "BNV-VP").Kinds);
        Assert.Equal("Công văn", kind.Name);
    }

    [Fact]
    public void Kinds_PartyQd_IsQuyetDinhAndQuyDinh()
    {
        IReadOnlyList<DocumentKind> kinds = DocumentNumber.Party(66, "QĐ", "TW").Kinds;
        Assert.Equal(["Quyết định", "Quy định"], kinds.Select(k => k.Name));
    }

    [Fact]
    public void Kinds_StateBc_IsBaoCao()
    {
        Assert.Equal("Báo cáo", Assert.Single(DocumentNumber.State(3, "BC", "UBND").Kinds).Name);
        Assert.Equal("Quy định", Assert.Single(DocumentNumber.State(3, "QyĐ", "UBND").Kinds).Name);
    }

    [Fact]
    public void Equals_SameValues_AreEqualWithSameHash()
    {
        DocumentNumber a = DocumentNumber.Party(45, "BC", "BDVTU");
        DocumentNumber b = DocumentNumber.Party(45, "bc", "BDVTU");
        Assert.Equal(a, b);
        Assert.True(a == b);
        Assert.False(a != b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.True(a.Equals((object)b));
    }

    [Fact]
    public void Equals_DifferentSystemOrField_AreNotEqual()
    {
        DocumentNumber party = DocumentNumber.Party(45, "BC", "BDVTU");
        Assert.NotEqual(party, DocumentNumber.State(45, "BC", "BDVTU"));
        Assert.NotEqual(party, DocumentNumber.Party(46, "BC", "BDVTU"));
        Assert.NotEqual(party, DocumentNumber.Party(45, "KH", "BDVTU"));
        Assert.NotEqual(party, DocumentNumber.Party(45, "BC", "BDVHU"));
        Assert.NotEqual(DocumentNumber.State(9, "NĐ", "CP", 2019), DocumentNumber.State(9, "NĐ", "CP", 2020));
        Assert.False(party.Equals(null));
        Assert.False(party == null);
    }
}
