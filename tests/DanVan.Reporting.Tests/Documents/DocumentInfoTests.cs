namespace DanVan.Reporting.Tests.Documents;

public sealed class DocumentInfoTests
{
    [Theory]
    [InlineData("Số 36-HD/VPTW", "Số 36-HD/VPTW")] // B1
    [InlineData("Số 127-QĐ/TW", "Số 127-QĐ/TW")] // B2
    [InlineData("Số 24-BS/UBKTTU", "Số 24-BS/UBKTTU")] // B3
    [InlineData("Số 45-BC/BDVTU", "Số 45-BC/BDVTU")] // B4
    [InlineData("Số 5-BC/BDVTU", "Số 05-BC/BDVTU")] // B5
    [InlineData("Số: 15/QĐ-BNV", "Số: 15/QĐ-BNV")] // B6
    [InlineData("Số: 05/BNV-VP", "Số: 05/BNV-VP")] // B7
    [InlineData("Số: 12/UBND-VX", "Số: 12/UBND-VX")] // B8
    [InlineData("Số: 3/BC-UBND", "Số: 03/BC-UBND")] // B9
    public void NumberLine_VectorB_WritesCanonicalForm(string input, string expected)
    {
        DocumentInfo document = SampleDocuments.Party with { Number = DocumentNumber.Parse(input) };

        Assert.Equal(expected, document.NumberLine);
    }

    [Fact]
    public void NumberLine_PartyProfileWithoutPadding_WritesSingleDigit() // B5 is UNVERIFIED: the profile decides
    {
        DocumentInfo document = SampleDocuments.Party with
        {
            Number = DocumentNumber.Party(5, "BC", "BDVTU"),
            Layout = LayoutProfile.Party2018 with { Name = "Party2018-NoPad", PadSingleDigitNumbers = false },
        };

        Assert.Equal("Số 5-BC/BDVTU", document.NumberLine);
    }

    [Fact]
    public void Layout_NotSet_FollowsTheNumbersSystem()
    {
        Assert.Same(LayoutProfile.Party2018, SampleDocuments.Party.Layout);
        Assert.Same(LayoutProfile.State2020, SampleDocuments.State.Layout);
        Assert.Same(LayoutProfile.State2020, (SampleDocuments.Party with { Number = DocumentNumber.Parse("Số: 15/QĐ-BNV") }).Layout);
    }

    [Fact]
    public void Layout_Set_OverridesTheNumbersSystem()
    {
        DocumentInfo document = SampleDocuments.Party with { Layout = LayoutProfile.State2020 };

        Assert.Same(LayoutProfile.State2020, document.Layout);
    }

    [Theory]
    [InlineData("Hà Nội", 2020, 1, 5, "Hà Nội, ngày 05 tháng 01 năm 2020")] // A1
    [InlineData("Thành phố Hồ Chí Minh", 2019, 6, 29, "Thành phố Hồ Chí Minh, ngày 29 tháng 6 năm 2019")] // A2
    [InlineData("Hạ Long", 2018, 2, 20, "Hạ Long, ngày 20 tháng 02 năm 2018")] // A3
    [InlineData("Hà Nội", 2018, 4, 3, "Hà Nội, ngày 03 tháng 4 năm 2018")] // A4
    public void DateLine_VectorA_WritesPaddedDate(string place, int year, int month, int day, string expected)
    {
        DocumentInfo document = SampleDocuments.Party with { Place = place, Date = new LocalDate(year, month, day) };

        Assert.Equal(expected, document.DateLine);
    }

    [Fact]
    public void DateLine_TextGiven_PrintsTheText()
    {
        DocumentInfo document = SampleDocuments.Party with { DateLineText = "Kon Tum, ngày      tháng      năm 2024" };

        Assert.Equal("Kon Tum, ngày      tháng      năm 2024", document.DateLine);
    }

    [Fact]
    public void DateLine_BlankPlace_WritesDateWithoutThrowing()
    {
        DocumentInfo document = SampleDocuments.Party with { Place = " " };

        Assert.Equal("ngày 02 tháng 7 năm 2024", document.DateLine);
    }

    [Fact]
    public void SubjectOr_NoSubject_UsesReportTitle()
    {
        Assert.Equal("sơ kết 6 tháng", SampleDocuments.State.SubjectOr("sơ kết 6 tháng"));
        Assert.Equal("sơ kết công tác dân vận 6 tháng đầu năm 2024", SampleDocuments.Party.SubjectOr("x"));
    }

    [Fact]
    public void With_ChangedPart_LeavesOriginalUnchanged()
    {
        DocumentInfo original = SampleDocuments.Party;
        DocumentInfo changed = original with { Place = "Hà Nội", Issuer = original.Issuer with { Name = "BAN TUYÊN GIÁO VÀ DÂN VẬN" } };

        Assert.Equal("Kon Tum", original.Place);
        Assert.Equal("BAN DÂN VẬN", original.Issuer.Name);
        Assert.NotEqual(original, changed);
    }

    [Fact]
    public void Equality_EqualParts_AreEqualIncludingRecipientLists()
    {
        DocumentInfo copy = SampleDocuments.Party with
        {
            Recipients = new Recipients { Lines = ["Ban Dân vận Trung ương", "Thường trực Tỉnh ủy"], Archive = "VT, BDV" },
        };

        Assert.Equal(SampleDocuments.Party, copy);
        Assert.True(SampleDocuments.Party == copy);
        Assert.Equal(SampleDocuments.Party.GetHashCode(), copy.GetHashCode());
    }

    [Fact]
    public void FormatLines_ItemsAndArchive_DashesSemicolonsAndFinalDot()
    {
        var recipients = new Recipients { Lines = ["Như trên", "- Thường trực Tỉnh ủy;", " "], Archive = "VT, BDV" };

        Assert.Equal(["- Như trên;", "- Thường trực Tỉnh ủy;", "- Lưu: VT, BDV."], recipients.FormatLines());
    }

    [Fact]
    public void FormatLines_NoArchive_LastLineEndsWithDot()
    {
        var recipients = new Recipients { Lines = ["Như trên", "Thường trực Tỉnh ủy"] };

        Assert.Equal(["- Như trên;", "- Thường trực Tỉnh ủy."], recipients.FormatLines());
    }

    [Fact]
    public void FormatLines_ArchiveWithLabel_NotDoubled()
    {
        var recipients = new Recipients { Archive = "Lưu: VT, VP." };

        Assert.Equal(["- Lưu: VT, VP."], recipients.FormatLines());
        Assert.Empty(Recipients.None.FormatLines());
        Assert.True(Recipients.None.IsEmpty);
    }
}
