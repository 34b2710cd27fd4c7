using System.Text.RegularExpressions;
using DanVan.Reporting;
using DanVan.Samples.Reports;
using DanVan.Samples.Reports.Reports;
using NodaTime;

namespace DanVan.Samples.Reports.Tests;

/// <summary>
/// The seeds read as a chánh văn phòng reads a draft before signature: one test per rule of docs/review-checklist.md,
/// over the five seeds in both layouts.
/// </summary>
public class SeedContentTests
{
    public static TheoryData<string, string> Cases() => SeedReportTests.Cases();

    public static TheoryData<string> Files() => new(SeedReports.All.Select(seed => seed.File));

    // A seed's body as written: the results' paragraphs, the other paragraphs and items, and the tasks.
    private static (string Results, IReadOnlyList<string> Others, IReadOnlyList<string> Tasks) Body(string file) =>
        SeedReports.All.Single(seed => seed.File == file).Report switch
        {
            SoKetCongTacDanVan r => (r.LanhDaoChiDao, r.KhoKhan is string k ? [k] : [], r.NhiemVu),
            GiaoBanQuy r => (r.KetQua, [], r.NhiemVu),
            SoKetPhoiHop r => (r.KetQua, r.VanBan ?? [], r.NhiemVu),
            DanVan.Reporting.Catalog.SoKet6Thang r => (r.LanhDaoChiDao, r.HanChe is string k ? [k] : [], r.NhiemVu),
            _ => throw new InvalidOperationException(file),
        };

    private static string Text(string file, string layout) => SeedReportTests.Report(file, layout).RenderText();

    private static T Seed<T>(string file) => (T)SeedReports.All.Single(seed => seed.File == file).Report;

    private static DocumentInfo Document(string file) => SeedReportTests.DocumentOf(SeedReports.All.Single(seed => seed.File == file).Report)!;

    // Checklist 1: the body starts at section I; no "1- Đơn vị báo cáo" item repeating the issuer.
    [Theory]
    [MemberData(nameof(Cases))]
    public void Body_StartsAtSectionI_WithoutAReportingUnitItem(string file, string layout)
    {
        string text = Text(file, layout);

        Assert.DoesNotContain("Đơn vị báo cáo", text, StringComparison.Ordinal);
        string first = text.Split('\n').First(line => Regex.IsMatch(line, @"^([IVX]+|\d+)[-.] "));
        Assert.StartsWith(layout == "default" ? "I- " : "I. ", first, StringComparison.Ordinal);
    }

    // Checklist 2: a State báo cáo sent upward names its superior after "Kính gửi:" and lists "- Như trên;".
    [Theory]
    [MemberData(nameof(SeedReportTests.DocumentCases), MemberType = typeof(SeedReportTests))]
    public void StateVariant_HasKinhGuiAndNhuTren_PartyLayoutHasNeither(string file, string layout)
    {
        string text = Text(file, layout);

        if (layout == "state2020")
        {
            Assert.Contains("Kính gửi", text, StringComparison.Ordinal);
            Assert.Contains("- Như trên;", text, StringComparison.Ordinal);
        }
        else
        {
            Assert.DoesNotContain("Kính gửi", text, StringComparison.Ordinal);
            Assert.DoesNotContain("Như trên", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void StateVariant_WithoutKinhGui_WarnsWithTheRule()
    {
        DocumentInfo state = SeedReportTests.AsStateDocument(Document("004-giao-ban-quy-dak-nong"));
        DocumentInfo withoutAddressees = state with { Recipients = Document("004-giao-ban-quy-dak-nong").Recipients };

        ValidationError warning = Assert.Single(withoutAddressees.Validate().Warnings, w => w.Code == ValidationCodes.DocumentAddressees);

        Assert.Equal("Recipients.Addressees", warning.Path);
        Assert.Contains("Kính gửi", warning.Message, StringComparison.Ordinal);
        Assert.Contains("Nghị định 30/2020/NĐ-CP, Phụ lục I", warning.Message, StringComparison.Ordinal);
    }

    // Checklist 3: a State variant keeps the article's Party issuer and is warned; a State issuer is not.
    [Fact]
    public void StateVariant_WithAStateIssuer_HasNoWarning()
    {
        DocumentInfo state = SeedReportTests.AsStateDocument(Document("000-thanh-uy-kon-tum")) with
        {
            Issuer = new IssuingBody { Name = "ỦY BAN NHÂN DÂN", Parent = "THÀNH PHỐ KON TUM" },
            Signature = new Signature { Prefix = SignaturePrefix.StateOnBehalf, SignedFor = "ỦY BAN NHÂN DÂN", Position = "CHỦ TỊCH", SignerName = "Nguyễn Văn A" },
        };

        Assert.Empty(state.Validate().Warnings);
        Assert.Contains(SeedReportTests.AsStateDocument(Document("000-thanh-uy-kon-tum")).Validate().Warnings, w => w.Code == ValidationCodes.DocumentPartyIssuerState);
    }

    // Checklist 4: seed 000's tasks are the article's closing directions, not the results again.
    [Fact]
    public void Seed000_Tasks_AreTheClosingDirections_NotTheResults()
    {
        SoKetCongTacDanVan report = Seed<SoKetCongTacDanVan>("000-thanh-uy-kon-tum");
        string tasks = string.Join("\n", report.NhiemVu);

        Assert.Contains("công tác dân tộc, tôn giáo", tasks, StringComparison.Ordinal);
        Assert.Contains("quán triệt các chỉ thị, nghị quyết", tasks, StringComparison.Ordinal);
        Assert.Contains("phong tục, tập quán không còn phù hợp", tasks, StringComparison.Ordinal);
        Assert.Contains("Ban nhân dân thôn, tổ công tác cộng đồng", tasks, StringComparison.Ordinal);
        foreach (string task in report.NhiemVu)
        {
            Assert.DoesNotContain("chuyển đổi", task, StringComparison.Ordinal);
            Assert.DoesNotContain("phong trào thi đua", task, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void NoTask_RepeatsASentenceOfTheResults(string file)
    {
        (string results, _, IReadOnlyList<string> tasks) = Body(file);

        foreach (string task in tasks)
        {
            Assert.DoesNotContain(task.TrimEnd('.'), results, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Seed002_TrichYeuNamesThePlanYear_AndTheUnknownDateIsLeftBlank()
    {
        string text = Text("002-phoi-hop-ban-dan-van-ban-can-su-ubnd-kon-tum", "default");
        DocumentInfo document = Document("002-phoi-hop-ban-dan-van-ban-can-su-ubnd-kon-tum");

        Assert.Contains("kết quả thực hiện chương trình phối hợp về công tác dân vận và kế hoạch phối hợp năm 2024", text, StringComparison.Ordinal);
        Assert.True(document.IsDraft);
        Assert.Equal("Kon Tum, ngày      tháng      năm 2024", document.DateLine);
        Assert.DoesNotContain("08 tháng 5", text, StringComparison.Ordinal);
        Assert.True(document.Date <= new LocalDate(2024, 5, 8), "the article's publication day is the latest the conference can be");
    }

    // Checklist 5: a figure keeps its subject and its kind.
    [Fact]
    public void Figures_KeepTheirKindAndSubject_InTheRenderedReports()
    {
        string seed000 = Text("000-thanh-uy-kon-tum", "default");
        string line = seed000.Split('\n').Single(l => l.Contains("3.000 ha", StringComparison.Ordinal));
        Assert.Contains("chỉ đạo rà soát, vận động", line, StringComparison.Ordinal);
        Assert.Contains("(mục tiêu)", line, StringComparison.Ordinal);

        string seed001 = Text("001-ban-dan-van-tinh-uy", "default");
        int difficulties = seed001.IndexOf("Khó khăn, hạn chế", StringComparison.Ordinal);
        Assert.InRange(seed001.IndexOf("36,24%", StringComparison.Ordinal), difficulties + 1, seed001.IndexOf("II- ", StringComparison.Ordinal));

        string seed004 = Text("004-giao-ban-quy-dak-nong", "default");
        Assert.Contains("Một số kết quả của Lực lượng Biên phòng tỉnh:", seed004, StringComparison.Ordinal);
    }

    [Fact]
    public void Figures_InTheConsoleFacts_CarryKindAndSubject()
    {
        FigureFact[] figures = Seeds.All.SelectMany(seed => seed.Facts).OfType<FigureFact>().ToArray();

        Assert.Equal(FigureKind.Target, Assert.Single(figures, f => f is QuantityFact { Value: 3000 }).Kind);
        Assert.Equal(FigureKind.Difficulty, Assert.Single(figures, f => f is PercentFact { Percent: 36.24m }).Kind);
        Assert.All(Seeds.All[4].Facts.OfType<FigureFact>(), f => Assert.Equal(("Lực lượng Biên phòng tỉnh", FigureKind.Result), (f.Subject, f.Kind)));
        Assert.All(figures, f => Assert.Contains(f.Subject, f.Describe(), StringComparison.Ordinal));
    }

    // Checklist 6: no invented numbers: every counter is blank for the clerk.
    [Theory]
    [MemberData(nameof(SeedReportTests.DocumentCases), MemberType = typeof(SeedReportTests))]
    public void DocumentNumber_LeavesTheCounterBlank(string file, string layout)
    {
        DocumentInfo document = SeedReportTests.DocumentOf(SeedReportTests.Report(file, layout))!;

        Assert.Matches(@"^Số:? {6,}[-/]", document.NumberLine);
        Assert.DoesNotMatch(@"Số:? ?0?1[-/]", Text(file, layout));
    }

    // Checklist 7: the Party nơi nhận as the profile prints it today (the choice is documented, UNVERIFIED).
    [Fact]
    public void PartyRecipients_EndWithSemicolons_AndTheArchiveLineLuuVT()
    {
        IReadOnlyList<string> lines = Document("004-giao-ban-quy-dak-nong").Recipients.FormatLines();

        Assert.Equal(["- Thường trực Tỉnh ủy;", "- Ban Dân vận các huyện ủy, thành ủy;", "- Lưu: VT."], lines);
        Assert.False(LayoutProfile.Party2018.SubjectRuleBelow);
        Assert.True(LayoutProfile.State2020.SubjectRuleBelow);
    }

    // Checklist 8: a báo cáo's trích yếu names its content, not the meeting.
    [Theory]
    [MemberData(nameof(SeedReportTests.DocumentCases), MemberType = typeof(SeedReportTests))]
    public void TrichYeu_NamesTheContent_NotTheMeeting(string file, string layout)
    {
        string[] lines = Text(file, layout).Split('\n');
        int kind = Array.FindIndex(lines, line => line.Trim() == "BÁO CÁO");
        string subject = lines[kind + 1].Trim();

        Assert.DoesNotContain("giao ban", subject, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("hội nghị", subject, StringComparison.OrdinalIgnoreCase);
        if (file.StartsWith("004", StringComparison.Ordinal))
        {
            Assert.Equal("kết quả công tác dân vận quý II, nhiệm vụ quý III năm 2024", subject, ignoreCase: true);
        }
    }

    // Checklist 9: the console says whose cut-off rule applies.
    [Fact]
    public void Summary_ForAPartyIssuer_SaysNghiDinh09DoesNotApply()
    {
        string summary = SeedSummary.Describe(Seeds.All[4]);

        Assert.Contains("01/04/2024 – 30/06/2024 (91 ngày) — cơ quan Đảng không thuộc phạm vi Nghị định 09/2019/NĐ-CP", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("15/03/2024", summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Summary_ForAStateIssuer_UsesTheNghiDinh09Window()
    {
        string summary = SeedSummary.Describe(Seeds.All[4] with { System = DocumentSystem.State });

        Assert.Contains("15/03/2024 – 14/06/2024 (92 ngày) — Nghị định số 09/2019/NĐ-CP, Điều 12", summary, StringComparison.Ordinal);
    }

    // Checklist 12: typography.
    [Theory]
    [MemberData(nameof(Cases))]
    public void Typography_CurlyQuotes_AndNhanDanCapitalised(string file, string layout)
    {
        string text = Text(file, layout);

        Assert.DoesNotContain("\"", text, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"(?<!(Ủy ban|ủy ban|Ban|ban|Hội đồng|hội đồng) )nhân dân", text);
        Assert.DoesNotMatch(@"(Ủy ban|Ban|Hội đồng) Nhân dân", text);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void EveryParagraphAndItem_EndsWithClosingPunctuation(string file)
    {
        (string results, IReadOnlyList<string> others, IReadOnlyList<string> tasks) = Body(file);
        IEnumerable<string> texts = results.Split('\n').Concat(others.SelectMany(t => t.Split('\n'))).Concat(tasks);

        Assert.All(texts, t => Assert.Matches(@"[.;]$", t));
    }

    [Fact]
    public void ChiThi33_IsCitedWithItsFullTitle_InTheReportAndTheConsole()
    {
        const string Title = "“Tiếp tục tăng cường và đổi mới công tác dân vận trong hành chính nhà nước, chính quyền các cấp trong tình hình mới”.";
        SoKetPhoiHop report = Seed<SoKetPhoiHop>("002-phoi-hop-ban-dan-van-ban-can-su-ubnd-kon-tum");

        Assert.EndsWith("của Thủ tướng Chính phủ về " + Title, Assert.Single(report.VanBan!), StringComparison.Ordinal);
        Assert.EndsWith(Title, Assert.Single(Seeds.All[2].Facts).Describe(), StringComparison.Ordinal);
    }

    // Issue 11 item 7: one place per seed, the same in the console and in the document.
    [Fact]
    public void ConsolePlace_IsTheDocumentsPlace()
    {
        Assert.Equal(Seeds.All.Count, SeedReports.All.Count);
        for (int i = 0; i < Seeds.All.Count; i++)
        {
            DocumentInfo document = SeedReportTests.DocumentOf(SeedReports.All[i].Report)!;
            Assert.Equal(Seeds.All[i].Place ?? "…………", document.Place);
        }

        Assert.Equal("Đắk Nông", Seeds.All[4].Place);
        Assert.Equal("Huyện ủy Đắk Song", Seeds.All[4].Venue);
    }

    // The sample's documented excerpt (docs/seeds.md; the README links to it) is what the sample prints today.
    [Fact]
    public void DocumentedExcerpt_IsWhatTheSamplePrints()
    {
        string page = File.ReadAllText(Path.Combine(TestRepository.Root, "docs", "seeds.md"));
        Match block = Regex.Match(page, "```text\n(004 — .*?)```", RegexOptions.Singleline);
        Assert.True(block.Success, "docs/seeds.md has no excerpt of seed 004's summary");

        string printed = SeedSummary.Describe(Seeds.All[4]);
        Assert.Equal(printed.TrimEnd(), block.Groups[1].Value.TrimEnd());
    }
}
