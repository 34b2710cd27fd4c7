namespace DanVan.Reporting.Tests.Documents;

public sealed class DocumentValidationTests
{
    [Fact]
    public void Validate_SamplePartyDocument_IsCleanWithoutWarnings()
    {
        DocumentCheck check = SampleDocuments.Party.Validate();

        Assert.True(check.IsValid);
        Assert.Empty(check.Errors);
        Assert.Empty(check.Warnings);
        Assert.Same(ReportValidationResult.Valid, check.ToResult());
    }

    [Fact]
    public void Validate_SampleStateDocument_IsCleanWithoutWarnings()
    {
        DocumentCheck check = SampleDocuments.State.Validate();

        Assert.Empty(check.Errors);
        Assert.Empty(check.Warnings);
    }

    [Fact]
    public void Validate_PartyDocumentWithKT_WarnsToUseKSlashT() // C8
    {
        DocumentInfo document = SampleDocuments.Party with { Signature = SampleDocuments.Party.Signature with { Prefix = SignaturePrefix.StateDeputy } };

        ValidationError warning = Assert.Single(document.Validate().Warnings);

        Assert.Equal(ValidationCodes.DocumentSignaturePrefix, warning.Code);
        Assert.Equal("Signature.Prefix", warning.Path);
        Assert.Contains("\"K/T\"", warning.Message, StringComparison.Ordinal);
        Assert.Contains("\"KT.\"", warning.Message, StringComparison.Ordinal);
        Assert.Contains("36-HD/VPTW, điểm 1.7", warning.Message, StringComparison.Ordinal);
        Assert.True(document.Validate().IsValid);
    }

    [Fact]
    public void Validate_StateDocumentWithPartyPrefix_WarnsToUseDottedForm()
    {
        DocumentInfo document = SampleDocuments.State with { Signature = SampleDocuments.State.Signature with { Prefix = SignaturePrefix.PartyOnBehalf } };

        ValidationError warning = Assert.Single(document.Validate().Warnings);

        Assert.Equal(ValidationCodes.DocumentSignaturePrefix, warning.Code);
        Assert.Contains("\"TM.\"", warning.Message, StringComparison.Ordinal);
        Assert.Contains("Nghị định 30/2020/NĐ-CP, Phụ lục I, Mục II khoản 7", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_PartyDocumentWithTUQ_WarnsPartyHasNoSuchPrefix()
    {
        DocumentInfo document = SampleDocuments.Party with { Signature = SampleDocuments.Party.Signature with { Prefix = SignaturePrefix.StateByDelegation } };

        ValidationError warning = Assert.Single(document.Validate().Warnings);

        Assert.Equal(ValidationCodes.DocumentSignaturePrefix, warning.Code);
        Assert.Contains("\"TUQ.\" không có", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_PartyNumberInStateLayout_WarnsAboutTheColon()
    {
        // The layout is set: by default it would follow the number's system.
        DocumentInfo document = SampleDocuments.State with { Number = DocumentNumber.Parse("Số 45-BC/BDVTU"), Layout = LayoutProfile.State2020 };

        ValidationError warning = Assert.Single(document.Validate().Warnings);

        Assert.Equal(ValidationCodes.DocumentNumberSystem, warning.Code);
        Assert.Equal("Number", warning.Path);
        Assert.Contains("dấu hai chấm", warning.Message, StringComparison.Ordinal);
        Assert.Contains("Mục II khoản 3", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_StateNumberInPartyLayout_WarnsAboutTheForm()
    {
        DocumentInfo document = SampleDocuments.Party with { Number = DocumentNumber.Parse("Số: 15/QĐ-BNV"), Layout = LayoutProfile.Party2018 };

        ValidationError warning = Assert.Single(document.Validate().Warnings);

        Assert.Equal(ValidationCodes.DocumentNumberSystem, warning.Code);
        Assert.Contains("36-HD/VPTW, điểm 1.3", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ProfileArgument_OverridesLayout()
    {
        DocumentCheck check = SampleDocuments.Party.Validate(LayoutProfile.State2020);

        // A Party báo cáo checked as a state one: its number and prefix forms, its Party issuer, and no "Kính gửi".
        Assert.Equal(
            [ValidationCodes.DocumentAddressees, ValidationCodes.DocumentNumberSystem, ValidationCodes.DocumentPartyIssuerState, ValidationCodes.DocumentSignaturePrefix],
            check.Warnings.Select(w => w.Code).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("Kon Tum, ngày 2 tháng 7 năm 2024", "\"2\"")] // A13-like: day must be 02
    [InlineData("Kon Tum, ngày 02 tháng 07 năm 2024", "\"07\"")] // A14: month 7 must not be padded
    [InlineData("Kon Tum, ngày 02 tháng 7 năm 24", "\"24\"")]
    [InlineData("Kon Tum, 02/7/2024", "ngày … tháng … năm …")]
    public void Validate_DateLineBreakingPadding_IsError(string text, string quoted)
    {
        DocumentInfo document = SampleDocuments.Party with { DateLineText = text };

        ValidationError error = Assert.Single(document.Validate().Errors);

        Assert.Equal(ValidationCodes.DocumentDateLine, error.Code);
        Assert.Equal("DateLineText", error.Path);
        Assert.Contains(quoted, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_DateLineWithRulesCitation_NamesTheDecree()
    {
        DocumentInfo document = SampleDocuments.Party with { DateLineText = "Kon Tum, ngày 2 tháng 7 năm 2024" };

        Assert.Contains("Mục II khoản 4 b", document.Validate().Errors[0].Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Kon Tum, ngày 02 tháng 7 năm 2024")]
    [InlineData("Kon Tum, ngày      tháng      năm 2024")] // A12: blank template
    public void Validate_CompliantOrBlankDateLine_IsClean(string text)
    {
        DocumentInfo document = SampleDocuments.Party with { DateLineText = text };

        Assert.Empty(document.Validate().Errors);
    }

    [Fact]
    public void Validate_DateLineOfAnotherDay_IsMismatchError()
    {
        DocumentInfo document = SampleDocuments.Party with { DateLineText = "Kon Tum, ngày 03 tháng 7 năm 2024" };

        ValidationError error = Assert.Single(document.Validate().Errors);

        Assert.Equal(ValidationCodes.DocumentDateMismatch, error.Code);
        Assert.Contains("03/07/2024", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_DateLineOfAnotherPlace_IsDateLineError()
    {
        DocumentInfo document = SampleDocuments.Party with { DateLineText = "Hà Nội, ngày 02 tháng 7 năm 2024" };

        ValidationError error = Assert.Single(document.Validate().Errors);

        Assert.Equal(ValidationCodes.DocumentDateLine, error.Code);
        Assert.Contains("\"Kon Tum\"", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Validate_SignerWithoutNameOrPosition_IsRequiredErrors(string blank)
    {
        DocumentInfo document = SampleDocuments.Party with { Signature = SampleDocuments.Party.Signature with { SignerName = blank, Position = blank } };

        DocumentCheck check = document.Validate();

        Assert.Equal(["Signature.Position", "Signature.SignerName"], check.Errors.Select(e => e.Path));
        Assert.All(check.Errors, e => Assert.Equal(ValidationCodes.Required, e.Code));
        Assert.Contains("họ tên người ký", check.Errors[1].Message, StringComparison.Ordinal);
        Assert.Contains("36-HD/VPTW", check.Errors[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_NullParts_AreRequiredErrorsNotExceptions()
    {
        DocumentInfo document = SampleDocuments.Party with { Issuer = null!, Number = null!, Signature = null!, Place = null!, KindName = null!, Recipients = null! };

        DocumentCheck check = document.Validate();

        Assert.Equal(["Issuer.Name", "Number", "Place", "KindName", "Signature"], check.Errors.Select(e => e.Path));
        Assert.Equal(ValidationCodes.DocumentRecipients, Assert.Single(check.Warnings).Code);
        Assert.Equal("", document.NumberLine);
    }

    [Fact]
    public void Validate_EmptyIssuerName_IsRequiredError()
    {
        DocumentInfo document = SampleDocuments.Party with { Issuer = new IssuingBody { Name = " ", Parent = "TỈNH ỦY KON TUM" } };

        ValidationError error = Assert.Single(document.Validate().Errors);

        Assert.Equal(("Issuer.Name", ValidationCodes.Required), (error.Path, error.Code));
        Assert.Contains("tên cơ quan ban hành", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_PrefixWithoutSignedFor_IsError()
    {
        DocumentInfo document = SampleDocuments.Party with { Signature = SampleDocuments.Party.Signature with { SignedFor = null } };

        ValidationError error = Assert.Single(document.Validate().Errors);

        Assert.Equal(("Signature.SignedFor", ValidationCodes.DocumentSignedFor), (error.Path, error.Code));
        Assert.Contains("\"K/T\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_SignedForWithoutPrefix_IsError()
    {
        DocumentInfo document = SampleDocuments.Party with { Signature = SampleDocuments.Party.Signature with { Prefix = null } };

        Assert.Equal(ValidationCodes.DocumentSignedFor, Assert.Single(document.Validate().Errors).Code);
    }

    [Fact]
    public void Validate_HeadSigningDirectly_IsClean() // C3
    {
        DocumentInfo document = SampleDocuments.Party with { Signature = new Signature { Position = "TRƯỞNG BAN", SignerName = "A" } };

        Assert.Empty(document.Validate().Errors);
    }

    [Fact]
    public void Validate_NoRecipients_Warns()
    {
        DocumentInfo document = SampleDocuments.Party with { Recipients = Recipients.None };

        ValidationError warning = Assert.Single(document.Validate().Warnings);

        Assert.Equal(("Recipients", ValidationCodes.DocumentRecipients), (warning.Path, warning.Code));
    }

    [Theory]
    [InlineData("BAN TUYÊN GIÁO VÀ DÂN VẬN", "HUYỆN ỦY ĐĂK HÀ")]
    [InlineData("HUYỆN UỶ ĐỊNH HOÁ", "ĐẢNG BỘ TỈNH THÁI NGUYÊN")]
    [InlineData("ỦY BAN NHÂN DÂN", "HUYỆN ĐĂK HÀ")]
    [InlineData("UBND huyện Sa Thầy", null)]
    [InlineData("QUẬN ỦY BA ĐÌNH", "THÀNH ỦY HÀ NỘI")]
    [InlineData("THỊ ỦY BUÔN HỒ", "TỈNH ỦY ĐẮK LẮK")]
    [InlineData("ỦY BAN NHÂN DÂN THỊ XÃ BUÔN HỒ", null)]
    public void Validate_DistrictIssuerAfterJuly2025_Warns(string name, string? parent)
    {
        DocumentInfo document = SampleDocuments.State with
        {
            Issuer = new IssuingBody { Name = name, Parent = parent },
            Date = new LocalDate(2025, 7, 1),
        };

        ValidationError warning = Assert.Single(DateWarnings(document));

        Assert.Equal(ValidationCodes.DocumentDistrictIssuer, warning.Code);
        Assert.Contains("hai cấp", warning.Message, StringComparison.Ordinal);
        Assert.Contains("01/07/2025", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_DistrictIssuerBeforeJuly2025_DoesNotWarn()
    {
        DocumentInfo document = SampleDocuments.State with
        {
            Issuer = new IssuingBody { Name = "ỦY BAN NHÂN DÂN", Parent = "HUYỆN ĐĂK HÀ" },
            Date = new LocalDate(2025, 6, 30),
        };

        Assert.Empty(document.Validate().Warnings);
    }

    [Theory]
    [InlineData("ĐẢNG ỦY XÃ ĐĂK HÀ", "TỈNH ỦY QUẢNG NGÃI", null)]
    [InlineData("BAN CHỈ HUY QUÂN SỰ", "TỈNH ỦY KON TUM", null)] // "quân" (army), not "quận"
    [InlineData("ỦY BAN NHÂN DÂN", "HUYỆN ĐĂK HÀ", IssuerLevel.Commune)] // an explicit level wins
    public void Validate_NonDistrictIssuerAfterJuly2025_DoesNotWarn(string name, string parent, IssuerLevel? level)
    {
        DocumentInfo document = SampleDocuments.State with
        {
            Issuer = new IssuingBody { Name = name, Parent = parent, Level = level },
            Date = new LocalDate(2025, 9, 1),
        };

        Assert.Empty(DateWarnings(document));
    }

    [Fact]
    public void Validate_DistrictLevelSet_WarnsWhateverTheName()
    {
        DocumentInfo document = SampleDocuments.State with
        {
            Issuer = new IssuingBody { Name = "THÀNH ỦY BUÔN MA THUỘT", Level = IssuerLevel.District },
            Date = new LocalDate(2026, 1, 5),
        };

        Assert.Equal(ValidationCodes.DocumentDistrictIssuer, Assert.Single(DateWarnings(document)).Code);
    }

    // These cases put Party issuers in the state sample; that the state profile also warns about a Party issuer is
    // tested in DocumentIssuerAndAddresseeTests, so here only the date-aware warnings count.
    private static IEnumerable<ValidationError> DateWarnings(DocumentInfo document) =>
        document.Validate().Warnings.Where(w => w.Code != ValidationCodes.DocumentPartyIssuerState);

    [Theory]
    [InlineData(2025, 2, 3)]
    [InlineData(2026, 1, 9)]
    public void Validate_BanDanVanAfterMerger_Warns(int year, int month, int day)
    {
        DocumentInfo document = SampleDocuments.Party with { Date = new LocalDate(year, month, day) };

        ValidationError warning = Assert.Single(document.Validate().Warnings);

        Assert.Equal(("Issuer.Name", ValidationCodes.DocumentDanVanRenamed), (warning.Path, warning.Code));
        Assert.Contains("Ban Tuyên giáo và Dân vận", warning.Message, StringComparison.Ordinal);
        Assert.Contains("03/02/2025", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_BanDanVanBeforeMerger_DoesNotWarn()
    {
        DocumentInfo document = SampleDocuments.Party with { Date = new LocalDate(2025, 2, 2) };

        Assert.Empty(document.Validate().Warnings);
    }

    [Fact]
    public void Validate_MergedBanAfterMerger_DoesNotWarn()
    {
        DocumentInfo document = SampleDocuments.Party with
        {
            Date = new LocalDate(2025, 9, 1),
            Issuer = new IssuingBody { Name = "BAN TUYÊN GIÁO VÀ DÂN VẬN", Parent = "TỈNH ỦY QUẢNG NGÃI" },
        };

        Assert.Empty(document.Validate().Warnings);
    }

    [Fact]
    public void Validate_BanDanVanHuyenUyAfterJuly2025_WarnsTwice()
    {
        DocumentInfo document = SampleDocuments.Party with
        {
            Date = new LocalDate(2025, 7, 15),
            Issuer = new IssuingBody { Name = "BAN DÂN VẬN", Parent = "HUYỆN ỦY ĐĂK HÀ" },
        };

        Assert.Equal([ValidationCodes.DocumentDistrictIssuer, ValidationCodes.DocumentDanVanRenamed], document.Validate().Warnings.Select(w => w.Code));
    }

    [Fact]
    public void Validate_EnglishScope_WritesEnglishMessagesWithTheSameCodes()
    {
        DocumentInfo document = SampleDocuments.Party with
        {
            Signature = SampleDocuments.Party.Signature with { Prefix = SignaturePrefix.StateDeputy, SignerName = "" },
            Date = new LocalDate(2025, 3, 1),
        };

        DocumentCheck english;
        using (MessageSettings.Use(MessageLanguage.English))
        {
            english = document.Validate();
        }

        DocumentCheck vietnamese = document.Validate();

        Assert.Equal(vietnamese.Errors.Select(e => e.Code), english.Errors.Select(e => e.Code));
        Assert.Equal(vietnamese.Warnings.Select(e => e.Code), english.Warnings.Select(e => e.Code));
        Assert.StartsWith("Missing the signer's name", english.Errors[0].Message, StringComparison.Ordinal);
        Assert.Contains("Guide 36-HD/VPTW, point 1.7", english.Warnings[1].Message, StringComparison.Ordinal);
        Assert.Contains("3 February 2025", english.Warnings[0].Message, StringComparison.Ordinal);
        Assert.StartsWith("Thiếu họ tên người ký", vietnamese.Errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToString_ErrorsAndWarnings_OneLineEachWarningsMarked()
    {
        DocumentInfo document = SampleDocuments.Party with
        {
            Signature = SampleDocuments.Party.Signature with { SignerName = "" },
            Recipients = Recipients.None,
        };

        string[] lines = document.Validate().ToString().Split('\n');

        Assert.Equal(2, lines.Length);
        Assert.StartsWith("Signature.SignerName: ", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("Cảnh báo — Recipients: ", lines[1], StringComparison.Ordinal);
        Assert.Equal("Văn bản hợp lệ.", SampleDocuments.Party.Validate().ToString());
    }

    [Fact]
    public void ToResult_Errors_CarriesErrorsOnly()
    {
        DocumentInfo document = SampleDocuments.Party with
        {
            Signature = SampleDocuments.Party.Signature with { SignerName = "", Prefix = SignaturePrefix.StateDeputy },
        };

        ReportValidationResult result = document.Validate().ToResult();

        Assert.False(result.IsValid);
        Assert.Equal(ValidationCodes.Required, Assert.Single(result.Errors).Code);
    }
}
