using DanVan.Reporting.Tests.Documents;

namespace DanVan.Reporting.Tests.Rendering;

/// <summary>The frame's rules, once for every writer.</summary>
public class DocumentFrameTests
{
    private static ReportHeading Heading(DocumentInfo? document) =>
        new ReportHeading("sơ kết công tác dân vận", ReportPeriod.FirstHalf(2024)) { Document = document };

    [Fact]
    public void OneAddressee_OnTheLabelLine_EndsWithAFullStop()
    {
        DocumentFrame frame = DocumentFrame.For(Heading(SampleDocuments.State));

        Assert.True(frame.AddresseeOnLabelLine);
        Assert.Equal(["Ủy ban nhân dân tỉnh."], frame.Addressees);
        Assert.Equal("Kính gửi:", frame.AddresseesLabel);
    }

    [Fact]
    public void SeveralAddressees_Dashed_SemicolonsThenAFullStop_OwnMarksNotDoubled()
    {
        DocumentInfo document = SampleDocuments.State with
        {
            Recipients = new Recipients { Addressees = ["Bộ Nội vụ;", "  ", "Ủy ban nhân dân tỉnh."], Lines = ["Như trên"] },
        };

        DocumentFrame frame = DocumentFrame.For(Heading(document));

        Assert.False(frame.AddresseeOnLabelLine);
        Assert.Equal(["- Bộ Nội vụ;", "- Ủy ban nhân dân tỉnh."], frame.Addressees);
    }

    [Fact]
    public void BareReport_KindNameSubjectAndDotNumbers_NoMarkNoEnding()
    {
        DocumentFrame frame = DocumentFrame.For(Heading(null));

        Assert.False(frame.IsDocument);
        Assert.Equal("BÁO CÁO", frame.KindName);
        Assert.Equal("Sơ kết công tác dân vận 6 tháng đầu năm 2024", frame.Subject);
        Assert.Equal(MarkUnderIssuer.None, frame.MarkUnderIssuer);
        Assert.Null(frame.MarkUnderIssuerText);
        Assert.Equal("", frame.BodyEnding);
        Assert.False(frame.HasClosing);
        Assert.Equal("I. kết quả", frame.SectionHeading("I", "kết quả"));
        Assert.Equal("2.", frame.ClauseNumber(2));
    }

    [Fact]
    public void PartyDocument_ProfileShapesHeadingsNumbersAndEnding()
    {
        DocumentFrame frame = DocumentFrame.For(Heading(SampleDocuments.Party));

        Assert.Equal("I- KẾT QUẢ", frame.SectionHeading("I", "kết quả"));
        Assert.Equal("1-", frame.ClauseNumber(1));
        Assert.Equal("*", frame.MarkUnderIssuerText);
        Assert.Equal("ĐẢNG CỘNG SẢN VIỆT NAM", Assert.Single(frame.HeaderLines).Text);
        Assert.Equal("báo cáo.", frame.EndBody("báo cáo.", static t => t));
        Assert.Equal("", frame.BodyEndingAfter("báo cáo."));
        Assert.Equal(".", frame.BodyEndingAfter("báo cáo"));
    }

    [Fact]
    public void BlankIssuer_NoMarkUnderIt()
    {
        DocumentFrame frame = DocumentFrame.For(Heading(SampleDocuments.Party with { Issuer = new IssuingBody { Parent = "TỈNH ỦY KON TUM", Name = " ", Level = IssuerLevel.Province } }));

        Assert.Null(frame.Issuer);
        Assert.Equal(MarkUnderIssuer.None, frame.MarkUnderIssuer);
    }

    [Fact]
    public void UserTextOnOneLine_StyledButNotEscaped()
    {
        DocumentInfo document = SampleDocuments.Party with
        {
            Issuer = new IssuingBody { Parent = "tỉnh ủy\nkon tum", Name = "ban <b>dân</b> vận", Level = IssuerLevel.Province },
        };

        DocumentFrame frame = DocumentFrame.For(Heading(document));

        Assert.Equal("TỈNH ỦY KON TUM", frame.Parent);
        Assert.Equal("BAN <B>DÂN</B> VẬN", frame.Issuer);
    }

    // Checklist 10: a name too wide for its header column breaks before the unit's name ("PHƯỜNG THỚI SƠN" whole,
    // no word alone), and the columns keep the frame's gap between their texts.
    [Fact]
    public void LongParent_BreaksBeforeThePlaceName_AndTheColumnsKeepTheGap()
    {
        DocumentInfo document = SampleDocuments.State with
        {
            Issuer = new IssuingBody { Parent = "Đảng ủy phường Thới Sơn", Name = "Khối Dân vận", Level = IssuerLevel.Commune },
        };

        DocumentFrame frame = DocumentFrame.For(Heading(document));

        Assert.Equal(["ĐẢNG ỦY", "PHƯỜNG THỚI SƠN"], frame.ParentLines);
        Assert.Equal(["KHỐI DÂN VẬN"], frame.IssuerLines);
        AssertColumnsKeepTheGap(frame);
    }

    [Theory]
    [InlineData("Ban Dân vận Huyện ủy Đắk Song", "BAN DÂN VẬN", "HUYỆN ỦY ĐẮK SONG")]
    [InlineData("Ủy ban nhân dân thị xã Buôn Hồ", "ỦY BAN NHÂN DÂN", "THỊ XÃ BUÔN HỒ")]
    [InlineData("Ủy ban nhân dân thành phố Kon Tum", "ỦY BAN NHÂN DÂN", "THÀNH PHỐ KON TUM")]
    public void LongIssuer_BreaksAtTheUnitOrEvenly_NeverLeavingAWordAlone(string name, string first, string second)
    {
        DocumentInfo document = SampleDocuments.State with
        {
            Issuer = new IssuingBody { Parent = "Tỉnh ủy", Name = name, Level = IssuerLevel.District },
        };

        DocumentFrame frame = DocumentFrame.For(Heading(document));

        Assert.Equal([first, second], frame.IssuerLines);
        AssertColumnsKeepTheGap(frame);
    }

    [Fact]
    public void ShortNames_StayOnOneLine_InTheNarrowestColumn()
    {
        DocumentFrame frame = DocumentFrame.For(Heading(SampleDocuments.Party));

        Assert.Equal([frame.Parent!], frame.ParentLines);
        Assert.Equal([frame.Issuer!], frame.IssuerLines);
        Assert.Equal(40, frame.IssuerColumnPercent);
    }

    // Each text fits its column, and two centred texts side by side are (W - L - R) / 2 apart: at least the gap.
    internal static void AssertColumnsKeepTheGap(DocumentFrame frame)
    {
        LayoutProfile layout = frame.Layout;
        double width = (layout.PageWidthMm - layout.Margins.LeftMm - layout.Margins.RightMm) * 72 / 25.4;
        double left = frame.IssuerColumnPercent * width / 100;
        var leftTexts = frame.ParentLines.Select(line => TextMetrics.EstimateWidthPt(line, layout.ParentBodyStyle))
            .Concat(frame.IssuerLines.Select(line => TextMetrics.EstimateWidthPt(line, layout.IssuerStyle)))
            .Append(TextMetrics.EstimateWidthPt(frame.NumberLine ?? "", layout.NumberStyle)).ToList();
        var rightTexts = frame.HeaderLines.Select(line => TextMetrics.EstimateWidthPt(line.Text, line.Style))
            .Append(TextMetrics.EstimateWidthPt(frame.DateLine ?? "", layout.DateLineStyle)).ToList();

        Assert.True(leftTexts.Max() < left, "left column");
        Assert.True(rightTexts.Max() < width - left, "right column");
        Assert.True((width - leftTexts.Max() - rightTexts.Max()) / 2 >= frame.ColumnGapMm * 72 / 25.4, "gap");
        double signature = frame.SignatureColumnPercent * width / 100;
        foreach (string line in frame.AuthorityLines)
        {
            Assert.True(TextMetrics.EstimateWidthPt(line, layout.AuthorityStyle) + (frame.ColumnGapMm * 72 / 25.4) <= signature, line);
        }
    }
}
