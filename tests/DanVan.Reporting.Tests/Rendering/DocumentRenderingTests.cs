namespace DanVan.Reporting.Tests.Rendering;

/// <summary>The document parts of the writers: escaping of user text, optional parts left out, the body ending, profile data.</summary>
public class DocumentRenderingTests
{
    private static readonly DocumentInfo s_hostile = DocumentReportFixture.State with
    {
        Issuer = new IssuingBody { Parent = "<script>alert(1)</script>", Name = "BAN <b>DÂN</b> VẬN & *X*" },
        Place = "Kon <Tum>",
        Subject = "về `mã` & <em>x</em>",
        Signature = new Signature { Prefix = SignaturePrefix.StateOnBehalf, SignedFor = "ỦY BAN [x](http://y)", Position = "CHỦ TỊCH", SignerName = "Nguyễn <i>Văn</i> A & _B_" },
        Recipients = new Recipients
        {
            Addressees = ["# Bộ <Nội> vụ"],
            Lines = ["<img src=x onerror=alert(1)>", "*Như* trên"],
            Archive = "VT, [NC]",
        },
    };

    [Fact]
    public void Html_EscapesUserTextInTheDocumentParts()
    {
        string html = new DocumentReportFixture(s_hostile).RenderHtml();

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<i>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<em>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<Tum>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<Nội>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;SCRIPT&gt;ALERT(1)&lt;/SCRIPT&gt;", html, StringComparison.Ordinal);
        // The issuer's name is too wide for the State header column: the frame breaks it in two, escaped line by line.
        Assert.Contains("BAN &lt;B&gt;DÂN&lt;/B&gt;<br>VẬN &amp; *X*", html, StringComparison.Ordinal);
        Assert.Contains("Nguyễn &lt;i&gt;Văn&lt;/i&gt; A &amp; _B_", html, StringComparison.Ordinal);
        Assert.Contains("- &lt;img src=x onerror=alert(1)&gt;;", html, StringComparison.Ordinal);
        Assert.Contains("# Bộ &lt;Nội&gt; vụ", html, StringComparison.Ordinal);
        Assert.Contains("Kon &lt;Tum&gt;, ngày 05 tháng 7 năm 2024", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_EscapesUserTextInTheDocumentParts()
    {
        string markdown = new DocumentReportFixture(s_hostile).RenderMarkdown();

        Assert.Contains("\\<SCRIPT\\>ALERT(1)\\</SCRIPT\\>", markdown, StringComparison.Ordinal);
        Assert.Contains("**BAN \\<B\\>DÂN\\</B\\> VẬN \\& \\*X\\***", markdown, StringComparison.Ordinal);
        Assert.Contains("**Nguyễn \\<i\\>Văn\\</i\\> A \\& \\_B\\_**", markdown, StringComparison.Ordinal);
        Assert.Contains("**TM. ỦY BAN \\[X\\](HTTP://Y)**", markdown, StringComparison.Ordinal);
        Assert.Contains("\\- \\<img src=x onerror=alert(1)\\>;", markdown, StringComparison.Ordinal);
        Assert.Contains("\\- \\*Như\\* trên;", markdown, StringComparison.Ordinal);
        Assert.Contains("\\- Lưu: VT, \\[NC\\].", markdown, StringComparison.Ordinal);
        Assert.Contains("Kính gửi: \\# Bộ \\<Nội\\> vụ", markdown, StringComparison.Ordinal);
        Assert.Contains("**Về \\`mã\\` \\& \\<em\\>x\\</em\\>**", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_WritesUserTextAsItIs()
    {
        string text = new DocumentReportFixture(s_hostile).RenderText();

        Assert.Contains("BAN <B>DÂN</B> VẬN & *X*", text, StringComparison.Ordinal);
        Assert.Contains("Nguyễn <i>Văn</i> A & _B_", text, StringComparison.Ordinal);
        Assert.Contains("- <img src=x onerror=alert(1)>;", text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Writers.All), MemberType = typeof(Writers))]
    public void EmptyOptionalParts_AreLeftOut(WriterKind kind)
    {
        DocumentInfo bare = DocumentReportFixture.Party with
        {
            Issuer = new IssuingBody { Parent = "  ", Name = "BAN DÂN VẬN" },
            Recipients = Recipients.None,
            Signature = new Signature { Position = "TRƯỞNG BAN", SignerName = "Trần Thị Bình" },
        };

        string output = Writers.Render(kind, new DocumentReportFixture(bare));

        Assert.DoesNotContain("Nơi nhận", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Kính gửi", output, StringComparison.Ordinal);
        Assert.DoesNotContain("<p class=\"recipients-label\">", output, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"parent\"", output, StringComparison.Ordinal);
        Assert.DoesNotContain("<div class=\"addressees\">", output, StringComparison.Ordinal);
        Assert.DoesNotContain("K/T", output, StringComparison.Ordinal);
        Assert.Contains("BAN DÂN VẬN", output, StringComparison.Ordinal);
        Assert.Contains("TRƯỞNG BAN", output, StringComparison.Ordinal);
        Assert.Contains("Trần Thị Bình", output, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Writers.All), MemberType = typeof(Writers))]
    public void BlankSignerName_LeavesOutTheNameAndItsSpace(WriterKind kind)
    {
        DocumentInfo unsigned = DocumentReportFixture.State with
        {
            Signature = new Signature { Prefix = SignaturePrefix.StateOnBehalf, SignedFor = "ỦY BAN NHÂN DÂN", Position = "CHỦ TỊCH", SignerName = " " },
        };

        string output = Writers.Render(kind, new DocumentReportFixture(unsigned));

        Assert.DoesNotContain("<p class=\"signature-space\">", output, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"signer\"", output, StringComparison.Ordinal);
        Assert.DoesNotContain("****", output, StringComparison.Ordinal);
        Assert.Contains("CHỦ TỊCH", output, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Writers.All), MemberType = typeof(Writers))]
    public void BodyEnding_GoesOnTheLastParagraph_PerProfile(WriterKind kind)
    {
        string state = Writers.Render(kind, new DocumentReportFixture(DocumentReportFixture.State));
        string party = Writers.Render(kind, new DocumentReportFixture(DocumentReportFixture.Party));

        // docs/domain/vectors.md J17: "./." for state documents; "." for Party2018. The fixture's last paragraph has no final dot.
        Assert.Contains("6 tháng đầu năm 2024./.", state, StringComparison.Ordinal);
        Assert.Equal(2, state.Split("./.").Length);
        Assert.Contains("6 tháng đầu năm 2024.", party, StringComparison.Ordinal);
        Assert.DoesNotContain("./.", party, StringComparison.Ordinal);
        Assert.DoesNotContain("2024..", party, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Writers.All), MemberType = typeof(Writers))]
    public void BodyEnding_SharesTheParagraphsFinalDot_AndGoesOnALastListItem(WriterKind kind)
    {
        var report = new ScriptedReport(writer =>
        {
            writer.BeginReport(new ReportHeading("sơ kết", ReportPeriod.FirstHalf(2024)) { Document = DocumentReportFixture.State });
            writer.BeginSection("I", "KẾT QUẢ");
            writer.WriteText("", "Đã hoàn thành.");
            writer.BeginList("Nhiệm vụ");
            writer.WriteListItem("Nắm tình hình Nhân dân");
            writer.EndList();
            writer.EndSection();
            writer.EndReport();
        });

        string output = Writers.Render(kind, report);

        Assert.Contains("Đã hoàn thành.", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Đã hoàn thành./.", output, StringComparison.Ordinal);
        Assert.Contains("Nắm tình hình Nhân dân./.", output, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Writers.All), MemberType = typeof(Writers))]
    public void OneMegabyteLastParagraph_Renders_WithTheEnding(WriterKind kind)
    {
        string paragraph = new string('a', 1024 * 1024) + " cuối";
        var report = new ScriptedReport(writer =>
        {
            writer.BeginReport(new ReportHeading("sơ kết", ReportPeriod.FirstHalf(2024)) { Document = DocumentReportFixture.State });
            writer.WriteText("", paragraph);
            writer.EndReport();
        });

        string output = Writers.Render(kind, report);

        Assert.Contains(" cuối./.", output, StringComparison.Ordinal);
        Assert.True(output.Length > 1024 * 1024);
    }

    [Theory]
    [MemberData(nameof(Writers.All), MemberType = typeof(Writers))]
    public void HeadingNumbers_ComeFromTheProfile(WriterKind kind)
    {
        DocumentInfo dotted = DocumentReportFixture.Party with { Layout = LayoutProfile.Party2018 with { Name = "Party2018-Dot", HeadingSeparator = HeadingSeparator.Dot } };

        string hyphen = Writers.Render(kind, new DocumentReportFixture(DocumentReportFixture.Party));
        string dot = Writers.Render(kind, new DocumentReportFixture(dotted));

        Assert.Contains("I- KẾT QUẢ THỰC HIỆN", hyphen, StringComparison.Ordinal);
        Assert.Contains("1- Công tác lãnh đạo", hyphen, StringComparison.Ordinal);
        Assert.Contains("I. KẾT QUẢ THỰC HIỆN", dot, StringComparison.Ordinal);
        Assert.Contains("1. Công tác lãnh đạo", dot, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_WithoutPageNumbers_HasNoMarginBoxes()
    {
        DocumentInfo unnumbered = DocumentReportFixture.Party with { Layout = LayoutProfile.Party2018 with { Name = "Party2018-NoNumbers", PageNumbers = PageNumberPlacement.None } };

        string html = new DocumentReportFixture(unnumbered).RenderHtml();

        Assert.Contains("@page { size: A4; margin: 20mm 15mm 20mm 30mm; }", html, StringComparison.Ordinal);
        Assert.DoesNotContain("counter(page)", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_StyleSheet_ComesFromTheProfile()
    {
        LayoutProfile custom = LayoutProfile.State2020 with
        {
            Name = "State2020-Wide",
            Margins = new PageMargins(25, 22, 35, 18),
            BodyStyle = new TextStyle(13),
            KindNameStyle = new TextStyle(15, Bold: true, Uppercase: true),
        };

        string html = new DocumentReportFixture(DocumentReportFixture.State with { Layout = custom }).RenderHtml();

        Assert.Contains("@page { size: A4; margin: 25mm 18mm 22mm 35mm; @top-center { content: counter(page); font-family: \"Times New Roman\", serif; font-size: 13pt;", html, StringComparison.Ordinal);
        Assert.Contains("@page :first { @top-center { content: none; } }", html, StringComparison.Ordinal);
        Assert.Contains("body { font-family: \"Times New Roman\", serif; font-size: 13pt;", html, StringComparison.Ordinal);
        Assert.Contains("h1 { font-size: 15pt; font-weight: bold;", html, StringComparison.Ordinal);
        Assert.Contains("article { max-width: 157mm;", html, StringComparison.Ordinal);
        Assert.Contains("Firefox and Safari ignore them", html, StringComparison.Ordinal);
    }
}
