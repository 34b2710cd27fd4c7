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
}
