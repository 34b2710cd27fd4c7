using DanVan.Reporting;

namespace DanVan.Reporting.Tests.DocumentNumbers;

public class DocumentKindTableTests
{
    [Fact]
    public void Abbreviation_StateQuyDinh_IsQyD()
    {
        Assert.Equal("QyĐ", DocumentKind.Abbreviation("Quy định", DocumentSystem.State)); // B10
    }

    [Fact]
    public void Abbreviation_PartyQuyDinh_IsQd()
    {
        Assert.Equal("QĐ", DocumentKind.Abbreviation("Quy định", DocumentSystem.Party)); // B11
    }

    [Theory] // B12
    [InlineData("Báo cáo", "BC")]
    [InlineData("Kế hoạch", "KH")]
    [InlineData("Chương trình", "CTr")]
    [InlineData("Tờ trình", "TTr")]
    [InlineData("Thông báo", "TB")]
    [InlineData("Hướng dẫn", "HD")]
    [InlineData("Biên bản", "BB")]
    [InlineData("Đề án", "ĐA")]
    [InlineData("Phương án", "PA")]
    [InlineData("Giấy mời", "GM")]
    [InlineData("Nghị quyết", "NQ")]
    [InlineData("Chỉ thị", "CT")]
    [InlineData("Quy chế", "QC")]
    [InlineData("Công điện", "CĐ")]
    [InlineData("Bản sao y", "SY")]
    public void Abbreviation_StateTableVectors_MatchNghiDinh30(string kindName, string expected)
    {
        Assert.Equal(expected, DocumentKind.Abbreviation(kindName, DocumentSystem.State));
    }

    [Theory]
    [InlineData("quy dinh")]
    [InlineData("QUY ĐỊNH")]
    [InlineData("  Quy   định ")]
    [InlineData("Quy đi\u0323\u0302nh")] // NFD
    public void Abbreviation_AnyCaseOrDiacritics_FindsKind(string kindName)
    {
        Assert.Equal("QyĐ", DocumentKind.Abbreviation(kindName, DocumentSystem.State));
    }

    [Fact]
    public void Abbreviation_GiayUyQuyenEitherToneSpelling_FindsKind()
    {
        Assert.Equal("GUQ", DocumentKind.Abbreviation("Giấy ủy quyền", DocumentSystem.State));
        Assert.Equal("GUQ", DocumentKind.Abbreviation("Giấy uỷ quyền", DocumentSystem.State));
    }

    [Fact]
    public void Abbreviation_UnknownKind_ThrowsNamingValue()
    {
        var ex = Assert.Throws<ArgumentException>(() => DocumentKind.Abbreviation("Thư chúc mừng", DocumentSystem.State));
        Assert.Equal("kindName", ex.ParamName);
        Assert.Contains("\"Thư chúc mừng\"", ex.Message, StringComparison.Ordinal);
        Assert.True(ex.Message.Length < 300, "the message does not list the whole table");
    }

    [Fact]
    public void Abbreviation_CongVanInState_ThrowsExplainingIssuerSymbol()
    {
        var ex = Assert.Throws<ArgumentException>(() => DocumentKind.Abbreviation("Công văn", DocumentSystem.State));
        Assert.Equal("kindName", ex.ParamName);
        Assert.Equal("CV", DocumentKind.Abbreviation("Công văn", DocumentSystem.Party));
    }

    [Fact]
    public void Abbreviation_KindWithoutPartyCode_Throws()
    {
        Assert.Throws<ArgumentException>(() => DocumentKind.Abbreviation("Dự án", DocumentSystem.Party));
    }

    [Fact]
    public void Abbreviation_Null_ThrowsArgumentNullException()
    {
        Assert.Equal("kindName", Assert.Throws<ArgumentNullException>(() => DocumentKind.Abbreviation(null!, DocumentSystem.State)).ParamName);
    }

    [Fact]
    public void Abbreviation_UndefinedSystem_ThrowsArgumentOutOfRange()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => DocumentKind.Abbreviation("Báo cáo", (DocumentSystem)7));
        Assert.Equal("system", ex.ParamName);
    }

    [Fact]
    public void All_StateCodes_AreNghiDinh30PhuLucIIIInOrder()
    {
        string[] expected =
        [
            "NQ", "QĐ", "CT", "QC", "QyĐ", "TC", "TB", "HD", "CTr", "KH", "PA", "ĐA", "DA", "BC", "BB", "TTr", "HĐ", "CĐ",
            "BGN", "BTT", "GUQ", "GM", "GGT", "GNP", "PG", "PC", "PB", "SY", "TrS", "SL",
        ];
        Assert.Equal(expected, DocumentKind.All.Select(k => k.StateCode).OfType<string>());
    }

    [Fact]
    public void All_PartyCodes_CarryTheirEvidence()
    {
        string[] attested = ["NQ", "QĐ", "CT", "QC", "QĐ", "TB", "HD", "CV", "KL", "BS"];
        string[] secondary = ["CTr", "KH", "PA", "ĐA", "BC", "BB", "TTr"];
        Assert.Equal(attested.Order(StringComparer.Ordinal), CodesWith(PartyCodeEvidence.Attested));
        Assert.Equal(secondary.Order(StringComparer.Ordinal), CodesWith(PartyCodeEvidence.SecondarySources));
        Assert.All(
            DocumentKind.All.Where(k => k.PartyCodeEvidence == PartyCodeEvidence.None),
            k => Assert.Null(k.PartyCode));
    }

    [Fact]
    public void All_Names_AreUniqueAfterFolding()
    {
        Assert.All(DocumentKind.All, kind =>
        {
            Assert.True(DocumentKind.TryFind(kind.Name, out DocumentKind? found));
            Assert.Same(kind, found);
        });
    }

    [Fact]
    public void TryFind_UnknownOrNull_ReturnsFalse()
    {
        Assert.False(DocumentKind.TryFind("Nghị định", out DocumentKind? kind));
        Assert.Null(kind);
        Assert.False(DocumentKind.TryFind(null, out _));
        Assert.False(DocumentKind.TryFind("", out _));
    }

    [Fact]
    public void TryFindByCode_IgnoresCaseButNotDiacritics()
    {
        Assert.True(DocumentKind.TryFindByCode("ctr", DocumentSystem.State, out DocumentKind? kind));
        Assert.Equal("Chương trình", kind.Name);
        Assert.True(DocumentKind.TryFindByCode("HĐ", DocumentSystem.State, out kind));
        Assert.Equal("Hợp đồng", kind.Name);
        Assert.True(DocumentKind.TryFindByCode("HD", DocumentSystem.State, out kind));
        Assert.Equal("Hướng dẫn", kind.Name);
        Assert.True(DocumentKind.TryFindByCode("DA", DocumentSystem.State, out kind));
        Assert.Equal("Dự án", kind.Name);
        Assert.True(DocumentKind.TryFindByCode("đa", DocumentSystem.State, out kind));
        Assert.Equal("Đề án", kind.Name);
    }

    [Fact]
    public void TryFindByCode_UnknownNullOrOtherSystem_ReturnsFalse()
    {
        Assert.False(DocumentKind.TryFindByCode("QyĐ", DocumentSystem.Party, out _));
        Assert.False(DocumentKind.TryFindByCode("KL", DocumentSystem.State, out _));
        Assert.False(DocumentKind.TryFindByCode("NĐ", DocumentSystem.State, out _));
        Assert.False(DocumentKind.TryFindByCode(null, DocumentSystem.State, out DocumentKind? kind));
        Assert.Null(kind);
    }

    [Fact]
    public void FindByCode_PartyQd_GivesQuyetDinhThenQuyDinh()
    {
        Assert.Equal(["Quyết định", "Quy định"], DocumentKind.FindByCode("QĐ", DocumentSystem.Party).Select(k => k.Name));
        Assert.Equal(["Quyết định"], DocumentKind.FindByCode("qđ", DocumentSystem.State).Select(k => k.Name));
        Assert.True(DocumentKind.TryFindByCode("QĐ", DocumentSystem.Party, out DocumentKind? first));
        Assert.Equal("Quyết định", first.Name);
    }

    [Fact]
    public void CodeIn_GivesSystemColumn()
    {
        Assert.True(DocumentKind.TryFind("Quy định", out DocumentKind? kind));
        Assert.Equal("QyĐ", kind.CodeIn(DocumentSystem.State));
        Assert.Equal("QĐ", kind.CodeIn(DocumentSystem.Party));
        Assert.Equal("Quy định", kind.ToString());
    }

    private static IEnumerable<string> CodesWith(PartyCodeEvidence evidence) =>
        DocumentKind.All.Where(k => k.PartyCodeEvidence == evidence).Select(k => k.PartyCode!).Order(StringComparer.Ordinal);
}
