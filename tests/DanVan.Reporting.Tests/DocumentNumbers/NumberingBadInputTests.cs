using DanVan.Reporting;

namespace DanVan.Reporting.Tests.DocumentNumbers;

/// <summary>Bad input: a clear exception naming the argument, the value and the rule, in Vietnamese or in English.</summary>
public class NumberingBadInputTests
{
    private static readonly NumberingRule s_party = NumberingRule.Party(PartyTermStart.AfterCongress(new LocalDate(2025, 10, 10)));

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    [InlineData(1_000_000)]
    public void NextNumber_LastNumberOutOfRange_ThrowsNamingValueAndRange(int lastNumber)
    {
        ArgumentOutOfRangeException error = Assert.Throws<ArgumentOutOfRangeException>(
            () => NumberingRule.State.NextNumber(lastNumber, new LocalDate(2025, 1, 2), new LocalDate(2025, 1, 3)));

        Assert.Equal("lastNumber", error.ParamName);
        Assert.Equal(lastNumber.ToString(System.Globalization.CultureInfo.InvariantCulture), error.ActualValue);
        Assert.Contains("[1-999999]", error.Message, StringComparison.Ordinal);
        Assert.Contains("số văn bản đã cấp gần nhất", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Next_IssueDateBeforeTheLast_ThrowsNamingBothDatesAndTheRule()
    {
        ArgumentOutOfRangeException error = Assert.Throws<ArgumentOutOfRangeException>(
            () => s_party.Next(DocumentNumber.Party(45, "BC", "BDVTU"), new LocalDate(2025, 7, 2), new LocalDate(2025, 7, 1)));

        Assert.Equal("issuedOn", error.ParamName);
        Assert.Equal("01/07/2025", error.ActualValue);
        Assert.StartsWith(
            "Ngày ban hành 01/07/2025 của tham số 'issuedOn' trước ngày 02/07/2025 của văn bản số 45 đã cấp gần nhất; số văn bản được cấp theo thứ tự ban hành, nên ngày ban hành phải từ 02/07/2025 trở đi.",
            error.Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Next_IssueDateBeforeTheLast_InEnglish()
    {
        using (MessageSettings.Use(MessageLanguage.English))
        {
            ArgumentOutOfRangeException error = Assert.Throws<ArgumentOutOfRangeException>(
                () => NumberingRule.State.NextNumber(45, new LocalDate(2025, 7, 2), new LocalDate(2024, 12, 31)));

            Assert.StartsWith(
                "The issue date 31/12/2024 of argument 'issuedOn' is before 02/07/2025, the date of the last issued number 45; numbers are given in the order documents are issued",
                error.Message,
                StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Next_StateNumberUnderPartyRule_ThrowsNamingTheNumberAndBothSystems()
    {
        ArgumentException error = Assert.Throws<ArgumentException>(
            () => s_party.Next(DocumentNumber.State(45, "BC", "UBND"), new LocalDate(2025, 7, 2), new LocalDate(2025, 7, 3)));

        Assert.Equal("lastIssued", error.ParamName);
        Assert.Contains("\"Số: 45/BC-UBND\"", error.Message, StringComparison.Ordinal);
        Assert.Contains("36-HD/VPTW", error.Message, StringComparison.Ordinal);
        Assert.Contains("không trộn số văn bản của Đảng và của Nhà nước", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WithIssued_PartyNumberInStateRegister_ThrowsInEnglishToo()
    {
        var register = new DocumentRegister(NumberingRule.State);
        using (MessageSettings.Use(MessageLanguage.English))
        {
            ArgumentException error = Assert.Throws<ArgumentException>(
                () => register.WithIssued(DocumentNumber.Party(45, "BC", "BDVTU"), new LocalDate(2025, 7, 2)));

            Assert.Equal("issued", error.ParamName);
            Assert.StartsWith(
                "The document number \"Số 45-BC/BDVTU\" of argument 'issued' is a Party number (hyphen, no colon), but the numbering rule is the state's (Nghị định 30/2020/NĐ-CP",
                error.Message,
                StringComparison.Ordinal);
        }
    }

    [Fact]
    public void WithIssued_RepeatedOrSmallerNumberInTheSamePeriod_Throws()
    {
        DocumentRegister register = new DocumentRegister(s_party).WithIssued(DocumentNumber.Party(45, "BC", "BDVTU"), new LocalDate(2024, 7, 2));

        ArgumentException repeated = Assert.Throws<ArgumentException>(() => register.WithIssued(DocumentNumber.Party(45, "BC", "BDVTU"), new LocalDate(2024, 7, 3)));
        ArgumentException smaller = Assert.Throws<ArgumentException>(() => register.WithIssued(DocumentNumber.Party(44, "BC", "BDVTU"), new LocalDate(2025, 1, 3)));

        Assert.Equal("issued", repeated.ParamName);
        Assert.StartsWith(
            "Số văn bản \"Số 45-BC/BDVTU\" ngày 03/07/2024 không lớn hơn số \"Số 45-BC/BDVTU\" đã cấp ngày 02/07/2024 trong cùng nhiệm kỳ cấp ủy đến ngày 10/10/2025; số văn bản của mỗi loại được ghi liên tục, tăng dần trong một nhiệm kỳ cấp ủy (Hướng dẫn 36-HD/VPTW).",
            repeated.Message,
            StringComparison.Ordinal);
        Assert.Contains("\"Số 44-BC/BDVTU\"", smaller.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WithIssued_DatedBeforeTheCounterLastEntry_Throws()
    {
        DocumentRegister register = new DocumentRegister(NumberingRule.State).WithIssued(DocumentNumber.State(45, "BC", "UBND"), new LocalDate(2024, 7, 2));

        ArgumentOutOfRangeException error = Assert.Throws<ArgumentOutOfRangeException>(
            () => register.WithIssued(DocumentNumber.State(46, "BC", "UBND"), new LocalDate(2024, 7, 1)));

        Assert.Equal("issued", error.ParamName);
        Assert.Contains("01/07/2024", error.Message, StringComparison.Ordinal);
        Assert.Contains("02/07/2024", error.Message, StringComparison.Ordinal);
        // Another counter is independent.
        DocumentRegister other = register.WithIssued(DocumentNumber.State(3, "KH", "UBND"), new LocalDate(2024, 7, 1));
        Assert.Equal(DocumentNumber.State(4, "KH", "UBND"), other.NextNumber("KH", "UBND", new LocalDate(2024, 7, 1)));
        Assert.Equal(DocumentNumber.State(46, "BC", "UBND"), other.NextNumber("BC", "UBND", new LocalDate(2024, 7, 2)));
    }

    [Fact]
    public void NextNumber_IssueDateBeforeTheCounterLastEntry_Throws()
    {
        DocumentRegister register = new DocumentRegister(NumberingRule.State).WithIssued(DocumentNumber.State(45, "BC", "UBND"), new LocalDate(2024, 7, 2));

        ArgumentOutOfRangeException error = Assert.Throws<ArgumentOutOfRangeException>(() => register.NextNumber("BC", "UBND", new LocalDate(2024, 6, 30)));

        Assert.Equal("issuedOn", error.ParamName);
    }

    [Fact]
    public void NextNumber_CounterAtTheLargestNumber_ThrowsUntilThePeriodChanges()
    {
        var error = Assert.Throws<InvalidOperationException>(
            () => NumberingRule.State.NextNumber(DocumentNumber.MaxNumber, new LocalDate(2024, 1, 1), new LocalDate(2024, 12, 31)));

        Assert.Contains("999999", error.Message, StringComparison.Ordinal);
        Assert.Contains("năm 2024", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, NumberingRule.State.NextNumber(DocumentNumber.MaxNumber, new LocalDate(2024, 1, 1), new LocalDate(2025, 1, 1)));
    }

    [Fact]
    public void NextNumber_PartyWithoutKindCode_Throws()
    {
        ArgumentNullException error = Assert.Throws<ArgumentNullException>(() => new DocumentRegister(s_party).NextNumber(null, "BDVTU", new LocalDate(2025, 1, 1)));

        Assert.Equal("kindCode", error.ParamName);
    }

    [Fact]
    public void NextNumber_MalformedCodes_ThrowFromTheDocumentNumberRules()
    {
        var register = new DocumentRegister(NumberingRule.State);

        Assert.Equal("issuerCode", Assert.Throws<ArgumentException>(() => register.NextNumber("BC", "UBND VX", new LocalDate(2025, 1, 1))).ParamName);
        Assert.Equal("kindCode", Assert.Throws<ArgumentException>(() => register.NextNumber("XYZ", "UBND", new LocalDate(2025, 1, 1))).ParamName);
    }

    [Fact]
    public void Party_NoTermStartOrTwoOnOneDay_Throws()
    {
        ArgumentException empty = Assert.Throws<ArgumentException>(() => NumberingRule.Party());
        ArgumentException twice = Assert.Throws<ArgumentException>(() => NumberingRule.Party(
            PartyTermStart.AfterCongress(new LocalDate(2026, 1, 22)),
            PartyTermStart.AtFirstMeeting(new LocalDate(2026, 1, 23))));

        Assert.Equal("termStarts", empty.ParamName);
        Assert.Contains("36-HD/VPTW", empty.Message, StringComparison.Ordinal);
        Assert.Equal("termStarts", twice.ParamName);
        Assert.Contains("23/01/2026", twice.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => NumberingRule.Party((PartyTermStart[])null!));
        Assert.Throws<ArgumentNullException>(() => NumberingRule.Party((IEnumerable<PartyTermStart>)null!));
    }

    [Fact]
    public void WithTermStart_OnTheStateRule_Throws()
    {
        using (MessageSettings.Use(MessageLanguage.English))
        {
            var error = Assert.Throws<InvalidOperationException>(() => NumberingRule.State.WithTermStart(PartyTermStart.AtFirstMeeting(new LocalDate(2026, 1, 23))));

            Assert.StartsWith("The state numbering rule restarts at 01 every year", error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void AfterCongress_LastSupportedDate_Throws()
    {
        ArgumentOutOfRangeException error = Assert.Throws<ArgumentOutOfRangeException>(() => PartyTermStart.AfterCongress(LocalDate.MaxIsoValue));

        Assert.Equal("congressClosed", error.ParamName);
        Assert.Equal("31/12/9999", error.ActualValue);
    }

    [Fact]
    public void WithRule_OtherSystem_Throws()
    {
        DocumentRegister register = new DocumentRegister(NumberingRule.State).WithIssued(DocumentNumber.State(45, "BC", "UBND"), new LocalDate(2024, 7, 2));

        Assert.Equal("rule", Assert.Throws<ArgumentException>(() => register.WithRule(s_party)).ParamName);
        // Nothing recorded: any rule is taken.
        Assert.Same(s_party, new DocumentRegister(NumberingRule.State).WithRule(s_party).Rule);
    }

    [Fact]
    public void NullArguments_ThrowArgumentNull()
    {
        var register = new DocumentRegister(NumberingRule.State);

        Assert.Throws<ArgumentNullException>(() => new DocumentRegister(null!));
        Assert.Throws<ArgumentNullException>(() => DocumentRegister.From(NumberingRule.State, null!));
        Assert.Throws<ArgumentNullException>(() => DocumentRegister.From(NumberingRule.State, [null!]));
        Assert.Throws<ArgumentNullException>(() => register.WithIssued(null!));
        Assert.Throws<ArgumentNullException>(() => register.WithIssued(null!, new LocalDate(2024, 1, 1)));
        Assert.Throws<ArgumentNullException>(() => register.NextNumber("BC", null!, new LocalDate(2024, 1, 1)));
        Assert.Throws<ArgumentNullException>(() => register.LastIssuedOf("BC", null!));
        Assert.Throws<ArgumentNullException>(() => NumberingRule.State.Next(null!, new LocalDate(2024, 1, 1), new LocalDate(2024, 1, 1)));
    }
}
