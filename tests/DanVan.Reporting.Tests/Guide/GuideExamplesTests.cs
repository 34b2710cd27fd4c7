using DanVan.Reporting.Calendar;

namespace DanVan.Reporting.Tests.Guide;

/// <summary>Every output the guides in docs/guide/ promise (README.md's own examples are compiled and run by ReadmeTests).</summary>
public class GuideExamplesTests
{
    [Fact]
    public void Periods()
    {
        ReportPeriod h1 = ReportPeriod.FirstHalf(2024);
        Assert.Equal("6 tháng đầu năm 2024", h1.ToString());
        Assert.Equal((new LocalDate(2024, 1, 1), new LocalDate(2024, 6, 30)), (h1.Start, h1.End));
        Assert.Equal(new DateInterval(new LocalDate(2023, 12, 15), new LocalDate(2024, 6, 14)), h1.DataWindow(CutOffRule.Decree09));
        Assert.Equal(ReportPeriod.SecondHalf(2024), h1.Next());
        Assert.Equal(ReportPeriod.Quarter(2024, 2), ReportPeriod.Parse("Quý II/2024"));
        Assert.Equal(ReportPeriod.Term(2024, 2029), ReportPeriod.Parse("nhiệm kỳ 2024 -2029"));
        Assert.Equal(ReportPeriod.Year(2025), ReportPeriod.Containing(new LocalDate(2024, 12, 20), PeriodKind.Year, CutOffRule.Decree09));
        Assert.Equal(ReportPeriod.Term(2025, 2030), ReportPeriod.ContainingTerm(new LocalDate(2025, 12, 1), ReportPeriod.Term(2020, 2025), CutOffRule.Calendar));
    }

    [Fact]
    public void Dates()
    {
        Assert.Equal("Kon Tum, ngày 02 tháng 7 năm 2024", VietnameseDates.FormatDateLine("Kon Tum", new LocalDate(2024, 7, 2)));
        Assert.Equal("ngày 05 tháng 01 năm 2020", VietnameseDates.FormatDate(new LocalDate(2020, 1, 5)));
        Assert.Equal("ngày 04/7/2025", VietnameseDates.FormatCitation(new LocalDate(2025, 7, 4)));
        Assert.Equal("thứ Hai, ngày 27/01/2025", VietnameseDates.FormatCitationWithWeekday(new LocalDate(2025, 1, 27)));
        Assert.Equal("19/07/2024", VietnameseDates.FormatNumeric(new LocalDate(2024, 7, 19)));
        Assert.Equal("Thứ Hai", VietnameseDates.WeekdayName(IsoDayOfWeek.Monday));
        Assert.Equal("Sáng 28/6/2024", VietnameseDates.FormatDayPartDate(new LocalDateTime(2024, 6, 28, 9, 0), atSentenceStart: true));
    }

    [Fact]
    public void Numbers()
    {
        Assert.Equal("1.250.000,50", VietnameseNumbers.Format(1_250_000.5m, 2));
        Assert.Equal("36,24%", VietnameseNumbers.FormatPercent(36.24m));
        Assert.Equal("36,24%", VietnameseNumbers.FormatRatioAsPercent(0.3624m));
        Assert.Equal("212.000.000 đồng", VietnameseNumbers.FormatMoney(212_000_000));
        Assert.Equal("một nghìn không trăm lẻ một", VietnameseNumbers.ToWords(1001));
        Assert.Equal("hai tỷ năm trăm triệu", VietnameseNumbers.ToWords(2_500_000_000));
        Assert.Equal("âm bảy", VietnameseNumbers.ToWords(-7));
        Assert.Equal("Bằng chữ: Một triệu hai trăm năm mươi nghìn đồng.", VietnameseNumbers.FormatAmountInWords(1_250_000));
        Assert.Equal("một trăm linh năm", VietnameseNumbers.ToWords(105, new NumberWordsOptions { ZeroTensWord = ZeroTensWord.Linh }));
        Assert.Equal("XIV", VietnameseNumbers.ToRoman(14));
        Assert.Equal("II-", HeadingNumbering.Roman(2, HeadingSeparator.Hyphen));
        Assert.Equal("đ)", HeadingNumbering.Point(5));
    }

    [Fact]
    public void DocumentNumbers()
    {
        Assert.Equal("Số 45-BC/BDVTU", DocumentNumber.Parse("Số 45-BC/BDVTU").ToString());
        Assert.Equal("Số: 15/QĐ-BNV", DocumentNumber.Parse("số: 15/QĐ-BNV").ToString());
        Assert.Equal("Số: 05/BNV-VP", DocumentNumber.State(5, null, "BNV-VP").ToString());
        Assert.Equal("QyĐ", DocumentKind.Abbreviation("Quy định", DocumentSystem.State));
        Assert.Equal("QĐ", DocumentKind.Abbreviation("Quy định", DocumentSystem.Party));
    }

    [Fact]
    public void NumberingCounters()
    {
        NumberingRule party = NumberingRule.Party(PartyTermStart.AfterCongress(new LocalDate(2025, 10, 10)));
        NumberingRule central = NumberingRule.Party(PartyTermStart.AtFirstMeeting(new LocalDate(2026, 1, 23)));
        DocumentRegister register = new DocumentRegister(party).WithIssued(DocumentNumber.Party(23, "BC", "ĐU"), new LocalDate(2025, 10, 3));

        Assert.Equal(new LocalDate(2025, 10, 11), party.TermStarts[0].Date);
        Assert.Equal(new LocalDate(2026, 1, 23), central.TermStarts[0].Date);
        Assert.Equal("Số 24-BC/ĐU", register.NextNumber("BC", "ĐU", new LocalDate(2025, 10, 10)).ToString());
        Assert.Equal("Số 01-BC/ĐU", register.NextNumber("BC", "ĐU", new LocalDate(2025, 10, 11)).ToString());
        Assert.Equal("Số 01-KH/ĐU", register.NextNumber("KH", "ĐU", new LocalDate(2025, 10, 11)).ToString());
        Assert.Equal("Số: 01/BC-UBND", NumberingRule.State.Next(DocumentNumber.State(187, "BC", "UBND"), new LocalDate(2025, 12, 30), new LocalDate(2026, 1, 2)).ToString());
        Assert.Equal("năm 2026", NumberingRule.State.PeriodOf(new LocalDate(2026, 1, 2)).ToString());
        Assert.Equal("ngày Quốc khánh 2-9", HolidayNames.NationalDay);
        Assert.Equal("tết Nguyên đán", HolidayNames.LunarNewYear);
        Assert.Equal("Tết", HolidayNames.Tet);
        Assert.Equal("ngày Phụ nữ Việt Nam 20-10", HolidayNames.DayInText("Phụ nữ Việt Nam", new AnnualDate(10, 20)));
    }

    [Fact]
    public void AnniversariesAndLunarDates()
    {
        Assert.Equal("kỷ niệm 92 năm Ngày truyền thống công tác Dân vận của Đảng (15/10/1930 - 15/10/2022)", Anniversary.Of(TraditionalDay.MassMobilization, 2022).ToString());
        Assert.Equal("KỶ NIỆM 35 NĂM NGÀY THÀNH LẬP HỘI CỰU CHIẾN BINH VIỆT NAM (06/12/1989 - 06/12/2024)", Anniversary.Of(TraditionalDay.VeteransAssociation, 2024).ToBannerString());
        Assert.Equal(new LocalDate(2025, 1, 29), LunarDate.Tet(2025));
        Assert.Equal("mùng 1 tháng Giêng năm Ất Tỵ", LunarDate.FromSolar(new LocalDate(2025, 1, 29)).ToString());
        Assert.Equal(new LocalDate(2025, 4, 7), LunarDate.GioToHungVuong(2025));
        Assert.Equal("rằm tháng Tám năm Giáp Thìn", LunarDate.FromSolar(LunarDate.TrungThu(2024)).ToString());
        Assert.Equal(new LocalDate(2007, 2, 17), LunarDate.Tet(2007));
    }

    [Fact]
    public void WorkingDaysAndDeadlines()
    {
        WorkingCalendar calendar = WorkingCalendar.Default;
        Assert.False(calendar.IsWorkingDay(new LocalDate(2025, 1, 29)));
        Assert.Equal(new LocalDate(2025, 2, 3), calendar.AddWorkingDays(new LocalDate(2025, 1, 24), 1));
        Assert.Equal(new LocalDate(2024, 10, 25), calendar.EndOfPeriodInDays(new LocalDate(2024, 10, 15), 10));
        Assert.Equal(new LocalDate(2024, 6, 25), ReportDeadlines.Decree09Deadline(ReportPeriod.Quarter(2024, 2)));
        Assert.Equal(new LocalDate(2024, 6, 17), ReportDeadlines.EarliestDeadline(ReportPeriod.Quarter(2024, 2), CutOffRule.Decree09));
        Assert.Equal(new LocalDate(2024, 9, 17), DeadlineRule.WorkingDaysAfterCutOff(2).DeadlineOf(ReportPeriod.NineMonths(2024), CutOffRule.Decree09, calendar));
        Assert.False(calendar.WithCultureDay().IsWorkingDay(new LocalDate(2026, 11, 24)));
        Assert.True(calendar.IsWorkingDay(new LocalDate(2026, 11, 24)));
    }
}
