using DanVan.Reporting;

namespace DanVan.Reporting.Tests.Periods;

public class ReportPeriodTests
{
    [Theory]
    [InlineData("tháng 7 năm 2024")]
    [InlineData("tháng 01 năm 2024")]
    [InlineData("quý II năm 2024")]
    [InlineData("6 tháng đầu năm 2024")]
    [InlineData("6 tháng cuối năm 2024")]
    [InlineData("9 tháng đầu năm 2024")]
    [InlineData("năm 2024")]
    [InlineData("nhiệm kỳ 2020 - 2025")]
    public void ToString_ContractForms_RoundTrip(string text) =>
        Assert.Equal(text, ReportPeriod.Parse(text).ToString());

    [Fact]
    public void ToString_Factories_GiveContractForms()
    {
        Assert.Equal("tháng 7 năm 2024", ReportPeriod.Month(2024, 7).ToString());
        Assert.Equal("tháng 02 năm 2024", ReportPeriod.Month(2024, 2).ToString());
        Assert.Equal("quý II năm 2024", ReportPeriod.Quarter(2024, 2).ToString());
        Assert.Equal("6 tháng đầu năm 2024", ReportPeriod.FirstHalf(2024).ToString());
        Assert.Equal("6 tháng cuối năm 2024", ReportPeriod.SecondHalf(2024).ToString());
        Assert.Equal("9 tháng đầu năm 2024", ReportPeriod.NineMonths(2024).ToString());
        Assert.Equal("năm 2024", ReportPeriod.Year(2024).ToString());
        Assert.Equal("nhiệm kỳ 2020 - 2025", ReportPeriod.Term(2020, 2025).ToString());
    }

    [Theory]
    [InlineData("quý II/2024", "quý II năm 2024")]
    [InlineData("Quý II năm 2024", "quý II năm 2024")]
    [InlineData("QUÝ II NĂM 2024", "quý II năm 2024")]
    [InlineData("quý ii/2024", "quý II năm 2024")]
    [InlineData("quý 2/2024", "quý II năm 2024")]
    [InlineData("quý II - 2024", "quý II năm 2024")]
    [InlineData("quý IV.2022", "quý IV năm 2022")]
    [InlineData("  quý   II    năm   2024  ", "quý II năm 2024")]
    [InlineData("quy II nam 2024", "quý II năm 2024")]
    [InlineData("6 tháng đầu năm 2024", "6 tháng đầu năm 2024")]
    [InlineData("06 tháng đầu năm 2024", "6 tháng đầu năm 2024")]
    [InlineData("sáu tháng cuối năm 2024", "6 tháng cuối năm 2024")]
    [InlineData("9 tháng năm 2024", "9 tháng đầu năm 2024")]
    [InlineData("nhiệm kỳ 2024-2029", "nhiệm kỳ 2024 - 2029")]
    [InlineData("nhiệm kỳ 2024 - 2029", "nhiệm kỳ 2024 - 2029")]
    [InlineData("nhiệm kỳ 2024 -2029", "nhiệm kỳ 2024 - 2029")]
    [InlineData("Nhiệm kỳ 2020–2025", "nhiệm kỳ 2020 - 2025")]
    [InlineData("năm 2024", "năm 2024")]
    [InlineData("Năm 2024", "năm 2024")]
    [InlineData("tháng 7/2024", "tháng 7 năm 2024")]
    [InlineData("tháng 07/2024", "tháng 7 năm 2024")]
    [InlineData("Tháng 7 năm 2024", "tháng 7 năm 2024")]
    [InlineData("tháng 1-2025", "tháng 01 năm 2025")]
    public void Parse_CommonVariants_GiveThePeriod(string input, string expected) =>
        Assert.Equal(expected, ReportPeriod.Parse(input).ToString());

    [Fact]
    public void Parse_DecomposedInput_SameAsComposed()
    {
        // "Quý II năm 2024" with every accent as a combining mark (NFD), written out so the test needs no ICU.
        string nfd = "Qu\u0079\u0301 II n\u0061\u0306m 2024";

        Assert.Equal(ReportPeriod.Quarter(2024, 2), ReportPeriod.Parse(nfd));
        Assert.Equal(ReportPeriod.FirstHalf(2024), ReportPeriod.Parse("6 tha\u0301ng \u0111a\u0302\u0300u na\u0306m 2024"));
    }

    [Theory]
    [InlineData("quý V/2024", "Quý phải từ I đến IV")]
    [InlineData("6 tháng giữa năm 2024", "\"đầu năm\" hoặc \"cuối năm\"")]
    [InlineData("tháng 13/2024", "Tháng phải từ 1 đến 12")]
    [InlineData("năm 1800", "Năm phải từ 1900 đến 2200")]
    [InlineData("nhiệm kỳ 2025 - 2020", "Năm cuối nhiệm kỳ")]
    [InlineData("", null)]
    [InlineData("   ", null)]
    [InlineData("quý II", null)]
    [InlineData("quý II năm 2024 và quý III năm 2024", null)]
    public void Parse_BadInput_ThrowsFormatExceptionQuotingInputAndForms(string input, string? reason)
    {
        FormatException error = Assert.Throws<FormatException>(() => ReportPeriod.Parse(input));

        Assert.Contains("\"" + input + "\"", error.Message, StringComparison.Ordinal);
        Assert.Contains("\"quý II năm 2024\"", error.Message, StringComparison.Ordinal);
        Assert.Contains("\"nhiệm kỳ 2020 - 2025\"", error.Message, StringComparison.Ordinal);
        if (reason is not null)
        {
            Assert.Contains(reason, error.Message, StringComparison.Ordinal);
        }

        Assert.False(ReportPeriod.TryParse(input, out _));
    }

    [Fact]
    public void Parse_TenKilobytesOfGarbage_QuotesOnlyTheFirstHundredCharacters()
    {
        var random = new Random(20240702);
        char[] garbage = new char[10_240];
        for (int i = 0; i < garbage.Length; i++)
        {
            garbage[i] = (char)random.Next(32, 0x2000);
        }

        string input = new(garbage);

        FormatException error = Assert.Throws<FormatException>(() => ReportPeriod.Parse(input));
        Assert.Contains("\"" + input[..100] + "…\"", error.Message, StringComparison.Ordinal);
        Assert.True(error.Message.Length < 1000);
        Assert.False(ReportPeriod.TryParse(input, out _));
    }

    [Fact]
    public void ParseError_InEnglish_WhenAsked()
    {
        using (MessageSettings.Use(MessageLanguage.English))
        {
            FormatException error = Assert.Throws<FormatException>(() => ReportPeriod.Parse("quý V/2024"));
            Assert.StartsWith("Cannot read a reporting period from \"quý V/2024\". The quarter must be I to IV", error.Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(7)]
    [InlineData(99)]
    public void Containing_UndefinedKind_IsReportedNamingTheValue(int value)
    {
        PeriodKind kind = (PeriodKind)value;
        ArgumentOutOfRangeException error = Assert.Throws<ArgumentOutOfRangeException>(
            () => ReportPeriod.Containing(new NodaTime.LocalDate(2024, 5, 10), kind, CutOffRule.Decree09));
        Assert.Equal("kind", error.ParamName);
        Assert.StartsWith("Loại kỳ " + value + " không tồn tại", error.Message, StringComparison.Ordinal);
        using (MessageSettings.Use(MessageLanguage.English))
        {
            error = Assert.Throws<ArgumentOutOfRangeException>(
                () => ReportPeriod.Containing(new NodaTime.LocalDate(2024, 5, 10), kind, CutOffRule.Decree09));
            Assert.StartsWith("The period kind " + value + " does not exist", error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void TryParse_Null_ReturnsFalse()
    {
        Assert.False(ReportPeriod.TryParse(null, out ReportPeriod period));
        Assert.Equal(default, period);
        Assert.Throws<ArgumentNullException>(() => ReportPeriod.Parse(null!));
    }

    public static TheoryData<Func<ReportPeriod>, string, string> OutOfRangeFactories => new()
    {
        { () => ReportPeriod.Month(2024, 13), "month", "[1-12]" },
        { () => ReportPeriod.Month(2024, 0), "month", "[1-12]" },
        { () => ReportPeriod.Quarter(2024, 5), "quarter", "[1-4]" },
        { () => ReportPeriod.Year(1899), "year", "[1900-2200]" },
        { () => ReportPeriod.FirstHalf(2201), "year", "[1900-2200]" },
        { () => ReportPeriod.Term(2025, 2020), "lastYear", "[2026-2045]" },
        { () => ReportPeriod.Term(2020, 2041), "lastYear", "[2021-2040]" },
    };

    [Theory]
    [MemberData(nameof(OutOfRangeFactories))]
    public void Factory_OutOfRange_NamesArgumentValueAndRange(Func<ReportPeriod> factory, string argument, string range)
    {
        ArgumentOutOfRangeException error = Assert.Throws<ArgumentOutOfRangeException>(() => factory());

        Assert.Equal(argument, error.ParamName);
        Assert.Contains(range, error.Message, StringComparison.Ordinal);
        Assert.Contains(error.ActualValue!.ToString()!, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Properties_Term_SpansFirstYearToTheYearBeforeTheLast()
    {
        ReportPeriod term = ReportPeriod.Term(2020, 2025);

        Assert.Equal(new LocalDate(2020, 1, 1), term.Start);
        Assert.Equal(new LocalDate(2024, 12, 31), term.End);
        Assert.Equal(2020, term.FirstYear);
        Assert.Equal(2025, term.LastYear);
        Assert.Equal(ReportPeriod.Term(2025, 2030), term.Next());
        Assert.Equal(new DateInterval(new LocalDate(2019, 12, 15), new LocalDate(2024, 12, 14)), term.DataWindow(CutOffRule.Decree09));
    }

    [Theory]
    [InlineData("2024-05-01", 2020, 2025)] // H11: Đảng bộ tỉnh, 2020 - 2025
    [InlineData("2025-12-01", 2025, 2030)] // H12
    [InlineData("2019-03-01", 2015, 2020)]
    public void ContainingTerm_KnownTermOfTheOrganisation_FindsTheTerm(string date, int first, int last)
    {
        LocalDate day = NodaTime.Text.LocalDatePattern.Iso.Parse(date).Value;

        Assert.Equal(ReportPeriod.Term(first, last), ReportPeriod.ContainingTerm(day, ReportPeriod.Term(2020, 2025), CutOffRule.Calendar));
    }

    [Fact]
    public void Containing_Term_ExplainsThatTermsNeedAnOrganisation()
    {
        ArgumentException error = Assert.Throws<ArgumentException>(() => ReportPeriod.Containing(new LocalDate(2024, 1, 1), PeriodKind.Term, CutOffRule.Calendar));

        Assert.Contains("ContainingTerm", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Containing_DecemberUnderDecree09_BelongsToNextYear()
    {
        LocalDate day = new(2024, 12, 20);

        Assert.Equal(ReportPeriod.Year(2025), ReportPeriod.Containing(day, PeriodKind.Year, CutOffRule.Decree09));
        Assert.Equal(ReportPeriod.Quarter(2025, 1), ReportPeriod.Containing(day, PeriodKind.Quarter, CutOffRule.Decree09));
        Assert.Equal(ReportPeriod.Year(2024), ReportPeriod.Containing(day, PeriodKind.Year, CutOffRule.Calendar));
    }

    [Fact]
    public void Containing_OctoberForNineMonths_SaysNoNineMonthPeriodHasIt()
    {
        ArgumentOutOfRangeException error = Assert.Throws<ArgumentOutOfRangeException>(
            () => ReportPeriod.Containing(new LocalDate(2024, 10, 20), PeriodKind.NineMonths, CutOffRule.Calendar));

        Assert.Contains("20/10/2024", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NextAndPrevious_AtTheEdgeOfTheSupportedYears_Throw()
    {
        InvalidOperationException error = Assert.Throws<InvalidOperationException>(() => ReportPeriod.Year(2200).Next());
        Assert.Contains("[1900-2200]", error.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => ReportPeriod.Month(1900, 1).Previous());
    }

    [Fact]
    public void Next_Halves_AlternateWithinAndAcrossYears()
    {
        Assert.Equal(ReportPeriod.SecondHalf(2024), ReportPeriod.FirstHalf(2024).Next());
        Assert.Equal(ReportPeriod.FirstHalf(2025), ReportPeriod.SecondHalf(2024).Next());
        Assert.Equal(ReportPeriod.SecondHalf(2023), ReportPeriod.FirstHalf(2024).Previous());
        Assert.Equal(ReportPeriod.Month(2025, 1), ReportPeriod.Month(2024, 12).Next());
        Assert.Equal(ReportPeriod.Quarter(2023, 4), ReportPeriod.Quarter(2024, 1).Previous());
    }

    [Fact]
    public void Ordering_ByStartThenEndThenKind()
    {
        ReportPeriod[] sorted = [ReportPeriod.Year(2024), ReportPeriod.Month(2024, 1), ReportPeriod.Quarter(2024, 1), ReportPeriod.FirstHalf(2024), ReportPeriod.Month(2023, 12)];
        Array.Sort(sorted);

        Assert.Equal([ReportPeriod.Month(2023, 12), ReportPeriod.Month(2024, 1), ReportPeriod.Quarter(2024, 1), ReportPeriod.FirstHalf(2024), ReportPeriod.Year(2024)], sorted);
        Assert.True(ReportPeriod.Month(2024, 1) < ReportPeriod.Month(2024, 2));
        Assert.True(ReportPeriod.Year(2024) >= ReportPeriod.Quarter(2024, 1));
    }

    [Fact]
    public void Default_IsJanuary1900()
    {
        Assert.Equal(ReportPeriod.Month(1900, 1), default);
        Assert.Equal("tháng 01 năm 1900", default(ReportPeriod).ToString());
    }

    [Fact]
    public void CutOffRule_EndingOnDay_OutOfRange_NamesTheRange()
    {
        ArgumentOutOfRangeException error = Assert.Throws<ArgumentOutOfRangeException>(() => CutOffRule.EndingOnDay(28, "x"));

        Assert.Equal("cutOffDay", error.ParamName);
        Assert.Contains("[1-27]", error.Message, StringComparison.Ordinal);
        Assert.Equal(CutOffRule.Decree09, CutOffRule.EndingOnDay(14, "tương đương"));
    }

    [Fact]
    public void FindIn_DatesAreNotPeriods()
    {
        IReadOnlyList<ReportPeriod> found = ReportPeriod.FindIn(
            "Kon Tum, ngày 02 tháng 7 năm 2024. Đại hội MTTQ thành phố lần thứ XVI, nhiệm kỳ 2024 -2029; Quy chế dân chủ ở cơ sở.");

        Assert.Equal([ReportPeriod.Term(2024, 2029)], found);
    }

    [Fact]
    public void FindIn_YearStatedOnceAtTheEnd_AppliesToEveryPeriod()
    {
        IReadOnlyList<ReportPeriod> found = ReportPeriod.FindIn(
            "sơ kết công tác dân vận 6 tháng đầu năm, triển khai phương hướng, nhiệm vụ 6 tháng cuối năm 2024");

        Assert.Equal([ReportPeriod.FirstHalf(2024), ReportPeriod.SecondHalf(2024)], found);
    }
}
