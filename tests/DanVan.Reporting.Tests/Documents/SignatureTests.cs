namespace DanVan.Reporting.Tests.Documents;

public sealed class SignatureTests
{
    [Fact]
    public void TitleLines_PartyCommitteeSignedBySecretary_WritesTMBanThuongVu() // C1
    {
        var signature = new Signature { Prefix = SignaturePrefix.PartyOnBehalf, SignedFor = "BAN THƯỜNG VỤ", Position = "BÍ THƯ", SignerName = "A" };

        Assert.Equal("T/M BAN THƯỜNG VỤ", signature.AuthorityLine);
        Assert.Equal("BÍ THƯ", signature.PositionLine);
        Assert.Equal(["T/M BAN THƯỜNG VỤ", "BÍ THƯ"], signature.TitleLines);
    }

    [Fact]
    public void TitleLines_BanDanVanSignedByDeputy_WritesKTTruongBan() // C2
    {
        var signature = new Signature { Prefix = SignaturePrefix.PartyDeputy, SignedFor = "TRƯỞNG BAN", Position = "PHÓ TRƯỞNG BAN", SignerName = "A" };

        Assert.Equal(["K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN"], signature.TitleLines);
    }

    [Fact]
    public void TitleLines_HeadSignsDirectly_WritesPositionOnly() // C3
    {
        var signature = new Signature { Position = "TRƯỞNG BAN", SignerName = "A" };

        Assert.Null(signature.AuthorityLine);
        Assert.Equal(["TRƯỞNG BAN"], signature.TitleLines);
    }

    [Fact]
    public void TitleLines_OfficeByOrder_WritesTLBanThuongVu() // C4
    {
        var signature = new Signature { Prefix = SignaturePrefix.PartyByOrder, SignedFor = "BAN THƯỜNG VỤ", Position = "CHÁNH VĂN PHÒNG", SignerName = "A" };

        Assert.Equal(["T/L BAN THƯỜNG VỤ", "CHÁNH VĂN PHÒNG"], signature.TitleLines);
    }

    [Fact]
    public void TitleLines_StateCollective_WritesTMUyBanNhanDan() // C5
    {
        var signature = new Signature { Prefix = SignaturePrefix.StateOnBehalf, SignedFor = "ỦY BAN NHÂN DÂN", Position = "CHỦ TỊCH", SignerName = "A" };

        Assert.Equal(["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], signature.TitleLines);
    }

    [Fact]
    public void TitleLines_StateDeputy_WritesKTBoTruong() // C6
    {
        var signature = new Signature { Prefix = SignaturePrefix.StateDeputy, SignedFor = " BỘ TRƯỞNG ", Position = "THỨ TRƯỞNG", SignerName = "A" };

        Assert.Equal(["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG"], signature.TitleLines);
    }

    [Fact]
    public void StatePrefixes_All_AreTheFiveDottedForms() // C7
    {
        Assert.Equal(["TM.", "Q.", "KT.", "TL.", "TUQ."], SignaturePrefix.StatePrefixes.Select(p => p.Text));
        Assert.Equal(["T/M", "K/T", "T/L"], SignaturePrefix.PartyPrefixes.Select(p => p.Text));
    }

    [Fact]
    public void In_StateDeputyToParty_GivesKT() // C8 (the suggestion the validator makes)
    {
        Assert.Same(SignaturePrefix.PartyDeputy, SignaturePrefix.StateDeputy.In(DocumentSystem.Party));
        Assert.Same(SignaturePrefix.StateOnBehalf, SignaturePrefix.PartyOnBehalf.In(DocumentSystem.State));
        Assert.Null(SignaturePrefix.StateByDelegation.In(DocumentSystem.Party));
        Assert.Null(SignaturePrefix.StateActing.In(DocumentSystem.Party));
    }

    [Theory]
    [InlineData("T/M", SignatureAuthority.OnBehalf, DocumentSystem.Party)]
    [InlineData(" k/t ", SignatureAuthority.Deputy, DocumentSystem.Party)]
    [InlineData("T/L", SignatureAuthority.ByOrder, DocumentSystem.Party)]
    [InlineData("TM.", SignatureAuthority.OnBehalf, DocumentSystem.State)]
    [InlineData("Q.", SignatureAuthority.Acting, DocumentSystem.State)]
    [InlineData("kt.", SignatureAuthority.Deputy, DocumentSystem.State)]
    [InlineData("TL.", SignatureAuthority.ByOrder, DocumentSystem.State)]
    [InlineData("TUQ.", SignatureAuthority.ByDelegation, DocumentSystem.State)]
    public void Parse_EachForm_GivesItsAuthorityAndSystem(string text, SignatureAuthority authority, DocumentSystem system)
    {
        SignaturePrefix prefix = SignaturePrefix.Parse(text);

        Assert.Equal(authority, prefix.Authority);
        Assert.Equal(system, prefix.System);
        Assert.Same(SignaturePrefix.For(authority, system), prefix);
    }

    [Theory]
    [InlineData("")]
    [InlineData("KT")]
    [InlineData("T/UQ")]
    [InlineData("TM")]
    public void Parse_UnknownForm_ThrowsFormatExceptionListingForms(string text)
    {
        Assert.False(SignaturePrefix.TryParse(text, out _));
        FormatException exception = Assert.Throws<FormatException>(() => SignaturePrefix.Parse(text));
        Assert.Contains("T/M, K/T, T/L", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryParse_Null_ReturnsFalse() => Assert.False(SignaturePrefix.TryParse(null, out _));

    [Fact]
    public void Equality_SameValues_AreEqual()
    {
        var a = new Signature { Prefix = SignaturePrefix.PartyDeputy, SignedFor = "TRƯỞNG BAN", Position = "PHÓ TRƯỞNG BAN", SignerName = "A" };
        Signature b = a with { };

        Assert.Equal(a, b);
        Assert.True(a == b);
        Assert.NotEqual(a, a with { SignerName = "B" });
        Assert.True(SignaturePrefix.PartyDeputy == SignaturePrefix.Parse("K/T"));
        Assert.True(SignaturePrefix.PartyDeputy != SignaturePrefix.StateDeputy);
    }
}
