namespace DanVan.Reporting.Tests.Layout;

public sealed class LayoutProfileTests
{
    [Fact]
    public void Party2018_Header_IsPartyTitle15BoldWithLine() // 36-HD Phụ lục 3
    {
        HeaderLine title = Assert.Single(LayoutProfile.Party2018.HeaderLines);

        Assert.Equal("ĐẢNG CỘNG SẢN VIỆT NAM", title.Text);
        Assert.Equal(new TextStyle(15, Bold: true, Uppercase: true), title.Style);
        Assert.True(title.RuleBelow);
        Assert.Equal(MarkUnderIssuer.Asterisk, LayoutProfile.Party2018.MarkUnderIssuer);
    }

    [Fact]
    public void Party2018_Sizes_FollowPhuLuc3()
    {
        LayoutProfile party = LayoutProfile.Party2018;

        Assert.Equal("Times New Roman", party.FontFamily);
        Assert.Equal(new TextStyle(14, Uppercase: true), party.ParentBodyStyle);
        Assert.Equal(new TextStyle(14, Bold: true, Uppercase: true), party.IssuerStyle);
        Assert.Equal(new TextStyle(14), party.NumberStyle);
        Assert.Equal(new TextStyle(14, Italic: true), party.DateLineStyle);
        Assert.InRange(party.KindNameStyle.Size, 15, 16);
        Assert.True(party.KindNameStyle.Bold && party.KindNameStyle.Uppercase);
        Assert.InRange(party.SubjectStyle.Size, 14, 15);
        Assert.True(party.SubjectStyle.Bold);
        Assert.Equal(new TextStyle(12, Italic: true), party.LetterSubjectStyle);
        Assert.InRange(party.BodyStyle.Size, 14, 15);
    }

    [Fact]
    public void Party2018_Conventions_HyphenHeadingsPartyPrefixesDotEnding()
    {
        LayoutProfile party = LayoutProfile.Party2018;

        Assert.Equal(DocumentSystem.Party, party.System);
        Assert.Equal(HeadingSeparator.Hyphen, party.HeadingSeparator);
        Assert.Equal(["T/M", "K/T", "T/L"], party.SignaturePrefixes.Select(p => p.Text));
        Assert.Equal(".", party.BodyEnding); // UNVERIFIED, J17
        Assert.Equal(new PageMargins(20, 20, 30, 15), party.Margins); // UNVERIFIED default, docs/domain/format.md §1.4
        Assert.Contains("36-HD/VPTW", party.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void State2020_Header_IsQuocHieuAndTieuNguWithLine() // ND 30 Phụ lục I
    {
        LayoutProfile state = LayoutProfile.State2020;

        Assert.Equal(2, state.HeaderLines.Count);
        Assert.Equal("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", state.HeaderLines[0].Text);
        Assert.InRange(state.HeaderLines[0].Style.Size, 12, 13);
        Assert.True(state.HeaderLines[0].Style.Bold);
        Assert.False(state.HeaderLines[0].RuleBelow);
        Assert.Equal("Độc lập - Tự do - Hạnh phúc", state.HeaderLines[1].Text);
        Assert.InRange(state.HeaderLines[1].Style.Size, 13, 14);
        Assert.True(state.HeaderLines[1].Style.Bold);
        Assert.True(state.HeaderLines[1].RuleBelow);
        Assert.Equal(MarkUnderIssuer.ShortLine, state.MarkUnderIssuer);
    }

    [Fact]
    public void State2020_Values_InsideTheDecreesRanges()
    {
        LayoutProfile state = LayoutProfile.State2020;

        Assert.InRange(state.Margins.TopMm, 20, 25);
        Assert.InRange(state.Margins.BottomMm, 20, 25);
        Assert.InRange(state.Margins.LeftMm, 30, 35);
        Assert.InRange(state.Margins.RightMm, 15, 20);
        Assert.Equal((210, 297), (state.PageWidthMm, state.PageHeightMm));
        Assert.Equal(PageNumberPlacement.TopCenter, state.PageNumbers);
        Assert.False(state.NumberFirstPage);
        Assert.InRange(state.PageNumberStyle.Size, 13, 14);
        Assert.InRange(state.BodyStyle.Size, 13, 14);
        Assert.InRange(state.DateLineStyle.Size, 13, 14);
        Assert.True(state.DateLineStyle.Italic);
        Assert.Equal(13, state.NumberStyle.Size);
        Assert.Equal(new TextStyle(12, Bold: true, Italic: true), state.RecipientsLabelStyle);
        Assert.Equal(new TextStyle(11), state.RecipientsStyle);
        Assert.Equal(HeadingSeparator.Dot, state.HeadingSeparator);
        Assert.Equal(["TM.", "Q.", "KT.", "TL.", "TUQ."], state.SignaturePrefixes.Select(p => p.Text));
        Assert.Equal("./.", state.BodyEnding); // J17
    }

    [Fact]
    public void For_System_GivesShippedProfile()
    {
        Assert.Same(LayoutProfile.Party2018, LayoutProfile.For(DocumentSystem.Party));
        Assert.Same(LayoutProfile.State2020, LayoutProfile.For(DocumentSystem.State));
    }

    [Fact]
    public void HeadingSeparator_FromProfile_NumbersHeadings() // J4, J5
    {
        Assert.Equal("I-", HeadingNumbering.Roman(1, LayoutProfile.Party2018.HeadingSeparator));
        Assert.Equal("1.", HeadingNumbering.Arabic(1, LayoutProfile.State2020.HeadingSeparator));
    }

    [Fact]
    public void With_DerivedProfile_LeavesShippedProfileUnchanged()
    {
        LayoutProfile derived = LayoutProfile.Party2018 with
        {
            Name = "Party2018-KonTum",
            Margins = new PageMargins(25, 25, 35, 15),
            HeadingSeparator = HeadingSeparator.Dot,
        };

        Assert.Equal(new PageMargins(20, 20, 30, 15), LayoutProfile.Party2018.Margins);
        Assert.Equal(HeadingSeparator.Hyphen, LayoutProfile.Party2018.HeadingSeparator);
        Assert.Equal(new PageMargins(25, 25, 35, 15), derived.Margins);
        Assert.Equal(LayoutProfile.Party2018.BodyStyle, derived.BodyStyle);
        Assert.NotEqual(LayoutProfile.Party2018, derived);
        Assert.Equal("Party2018-KonTum", derived.ToString());
    }

    [Fact]
    public void Equality_CopyWithEqualLists_IsEqual()
    {
        LayoutProfile copy = LayoutProfile.State2020 with
        {
            HeaderLines = [.. LayoutProfile.State2020.HeaderLines],
            SignaturePrefixes = [.. SignaturePrefix.StatePrefixes],
        };

        Assert.Equal(LayoutProfile.State2020, copy);
        Assert.True(LayoutProfile.State2020 == copy);
        Assert.Equal(LayoutProfile.State2020.GetHashCode(), copy.GetHashCode());
        Assert.NotEqual(LayoutProfile.State2020, LayoutProfile.Party2018);
    }

    [Fact]
    public void ShippedLists_AreReadOnly()
    {
        // IsReadOnly alone proves nothing (an array reports it too, yet its indexer writes): try to write.
        var headerLines = (IList<HeaderLine>)LayoutProfile.State2020.HeaderLines;
        var prefixes = (IList<SignaturePrefix>)LayoutProfile.Party2018.SignaturePrefixes;
        Assert.Throws<NotSupportedException>(() => headerLines[0] = headerLines[1]);
        Assert.Throws<NotSupportedException>(() => prefixes[0] = prefixes[1]);
        Assert.Throws<NotSupportedException>(() => prefixes.Add(prefixes[0]));
        Assert.Equal("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", LayoutProfile.State2020.HeaderLines[0].Text);
    }
}
