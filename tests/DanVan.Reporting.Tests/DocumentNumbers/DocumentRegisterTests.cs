using DanVan.Reporting;

namespace DanVan.Reporting.Tests.DocumentNumbers;

public class DocumentRegisterTests
{
    private static readonly NumberingRule s_party = NumberingRule.Party(
        PartyTermStart.AfterCongress(new LocalDate(2020, 10, 15)),
        PartyTermStart.AfterCongress(new LocalDate(2025, 10, 10)));

    [Fact]
    public void NextNumber_EmptyRegister_StartsAtOne()
    {
        var register = new DocumentRegister(s_party);

        Assert.Equal("Số 01-BC/BDVTU", register.NextNumber("BC", "BDVTU", new LocalDate(2024, 7, 2)).ToString());
        Assert.Equal("Số: 01/QĐ-UBND", new DocumentRegister(NumberingRule.State).NextNumber("QĐ", "UBND", new LocalDate(2024, 7, 2)).ToString());
        Assert.Empty(register.LastIssued);
    }

    [Fact]
    public void NextNumber_PartyNumbersRunAcrossCalendarYearsWithinATerm()
    {
        DocumentRegister register = new DocumentRegister(s_party).WithIssued(DocumentNumber.Party(45, "BC", "BDVTU"), new LocalDate(2023, 12, 29));

        Assert.Equal("Số 46-BC/BDVTU", register.NextNumber("BC", "BDVTU", new LocalDate(2024, 1, 3)).ToString());
    }

    [Fact]
    public void NextNumber_CountersArePerKindAndPerIssuer()
    {
        DocumentRegister register = new DocumentRegister(s_party)
            .WithIssued(DocumentNumber.Party(45, "BC", "BDVTU"), new LocalDate(2024, 7, 2))
            .WithIssued(DocumentNumber.Party(12, "KH", "BDVTU"), new LocalDate(2024, 7, 3))
            .WithIssued(DocumentNumber.Party(7, "BC", "TU"), new LocalDate(2024, 7, 3));

        Assert.Equal("Số 46-BC/BDVTU", register.NextNumber("BC", "BDVTU", new LocalDate(2024, 7, 4)).ToString());
        Assert.Equal("Số 13-KH/BDVTU", register.NextNumber("KH", "BDVTU", new LocalDate(2024, 7, 4)).ToString());
        Assert.Equal("Số 08-BC/TU", register.NextNumber("BC", "TU", new LocalDate(2024, 7, 4)).ToString());
        Assert.Equal("Số 01-HD/BDVTU", register.NextNumber("HD", "BDVTU", new LocalDate(2024, 7, 4)).ToString());
        Assert.Equal(["Số 45-BC/BDVTU", "Số 12-KH/BDVTU", "Số 07-BC/TU"], register.LastIssued.Select(entry => entry.Number.ToString()));
    }

    [Fact]
    public void NextNumber_KindCodeInAnyCase_FindsTheCounterInTheTableSpelling()
    {
        DocumentRegister register = new DocumentRegister(NumberingRule.State).WithIssued(DocumentNumber.State(4, "CTr", "UBND"), new LocalDate(2024, 3, 1));

        Assert.Equal("Số: 05/CTr-UBND", register.NextNumber("ctr", "UBND", new LocalDate(2024, 3, 2)).ToString());
        Assert.Equal(4, register.LastIssuedOf("CTR", "UBND")!.Number.Number);
        Assert.Null(register.LastIssuedOf("CTr", "UBND-VX"));
    }

    [Fact]
    public void NextNumber_StateCongVan_HasNoKindCode()
    {
        DocumentRegister register = new DocumentRegister(NumberingRule.State).WithIssued(DocumentNumber.Parse("Số: 05/BNV-VP"), new LocalDate(2024, 3, 1));

        Assert.Equal("Số: 06/BNV-VP", register.NextNumber(null, "BNV-VP", new LocalDate(2024, 3, 1)).ToString());
    }

    [Fact]
    public void NextNumber_StateLegalDocument_TakesTheNewYear()
    {
        DocumentRegister register = new DocumentRegister(NumberingRule.State).WithIssued(DocumentNumber.Parse("Số: 09/2019/NĐ-CP"), new LocalDate(2019, 1, 24));

        Assert.Equal("Số: 10/2019/NĐ-CP", register.NextNumber("NĐ", "CP", new LocalDate(2019, 2, 1)).ToString());
        Assert.Equal("Số: 01/2020/NĐ-CP", register.NextNumber("NĐ", "CP", new LocalDate(2020, 1, 6)).ToString());
    }

    [Fact]
    public void WithIssued_SameDay_IsAllowed()
    {
        DocumentRegister register = new DocumentRegister(s_party)
            .WithIssued(DocumentNumber.Party(1, "BC", "BDVTU"), new LocalDate(2025, 10, 11))
            .WithIssued(DocumentNumber.Party(2, "BC", "BDVTU"), new LocalDate(2025, 10, 11));

        Assert.Equal("Số 03-BC/BDVTU", register.NextNumber("BC", "BDVTU", new LocalDate(2025, 10, 11)).ToString());
    }

    [Fact]
    public void WithIssued_GapsAndAFreshStartInANewPeriod_AreAllowed()
    {
        DocumentRegister register = new DocumentRegister(NumberingRule.State)
            .WithIssued(DocumentNumber.State(10, "BC", "UBND"), new LocalDate(2024, 3, 1))
            .WithIssued(DocumentNumber.State(14, "BC", "UBND"), new LocalDate(2024, 3, 5))
            .WithIssued(DocumentNumber.State(3, "BC", "UBND"), new LocalDate(2025, 1, 20));

        Assert.Equal(3, register.LastIssuedOf("BC", "UBND")!.Number.Number);
    }

    [Fact]
    public void From_EntriesInAnyOrder_AreSortedByDateThenNumber()
    {
        DocumentRegister register = DocumentRegister.From(s_party,
        [
            new IssuedNumber(DocumentNumber.Party(3, "BC", "BDVTU"), new LocalDate(2024, 5, 2)),
            new IssuedNumber(DocumentNumber.Party(1, "BC", "BDVTU"), new LocalDate(2024, 5, 1)),
            new IssuedNumber(DocumentNumber.Party(2, "BC", "BDVTU"), new LocalDate(2024, 5, 2)),
        ]);

        Assert.Equal(new IssuedNumber(DocumentNumber.Party(3, "BC", "BDVTU"), new LocalDate(2024, 5, 2)), register.LastIssuedOf("BC", "BDVTU"));
    }

    [Fact]
    public void From_LastIssued_RebuildsTheSameRegister()
    {
        DocumentRegister register = new DocumentRegister(s_party)
            .WithIssued(DocumentNumber.Party(45, "BC", "BDVTU"), new LocalDate(2024, 7, 2))
            .WithIssued(DocumentNumber.Party(12, "KH", "BDVTU"), new LocalDate(2024, 7, 3));

        DocumentRegister rebuilt = DocumentRegister.From(s_party, register.LastIssued);

        Assert.Equal(register.LastIssued, rebuilt.LastIssued);
    }

    [Fact]
    public void WithRule_NewTermStart_RestartsTheCounters()
    {
        NumberingRule before = NumberingRule.Party(PartyTermStart.AfterCongress(new LocalDate(2020, 10, 15)));
        DocumentRegister register = new DocumentRegister(before).WithIssued(DocumentNumber.Party(187, "BC", "BDVTU"), new LocalDate(2025, 10, 3));

        DocumentRegister after = register.WithRule(before.WithTermStart(PartyTermStart.AfterCongress(new LocalDate(2025, 10, 10))));

        Assert.Equal("Số 188-BC/BDVTU", register.NextNumber("BC", "BDVTU", new LocalDate(2025, 10, 11)).ToString());
        Assert.Equal("Số 01-BC/BDVTU", after.NextNumber("BC", "BDVTU", new LocalDate(2025, 10, 11)).ToString());
        Assert.Equal(2, after.Rule.TermStarts.Count);
    }

    [Fact]
    public void Register_IsImmutable()
    {
        var empty = new DocumentRegister(s_party);
        DocumentRegister one = empty.WithIssued(DocumentNumber.Party(5, "BC", "BDVTU"), new LocalDate(2024, 7, 2));

        Assert.Empty(empty.LastIssued);
        Assert.Single(one.LastIssued);
        Assert.Equal("Số 01-BC/BDVTU", empty.NextNumber("BC", "BDVTU", new LocalDate(2024, 7, 2)).ToString());
    }

    [Fact]
    public void ToStrings_AreVietnamese()
    {
        Assert.Equal("Nghị định 30/2020/NĐ-CP: số văn bản ghi từ 01 theo từng năm", NumberingRule.State.ToString());
        Assert.Equal(
            "Hướng dẫn 36-HD/VPTW: số văn bản ghi liên tục từ 01 trong một nhiệm kỳ cấp ủy; nhiệm kỳ bắt đầu ngày 16/10/2020, 11/10/2025",
            s_party.ToString());
        Assert.Equal("Nghị định 30/2020/NĐ-CP: số văn bản ghi từ 01 theo từng năm; 0 bộ đếm", new DocumentRegister(NumberingRule.State).ToString());
        Assert.Equal("Số 45-BC/BDVTU, ngày 02/7/2024", new IssuedNumber(DocumentNumber.Party(45, "BC", "BDVTU"), new LocalDate(2024, 7, 2)).ToString());
        Assert.Equal("từ ngày 11/10/2025 (ngày liền kề sau ngày bế mạc đại hội)", PartyTermStart.AfterCongress(new LocalDate(2025, 10, 10)).ToString());
        Assert.Equal("từ ngày 23/01/2026 (ngày khai mạc hội nghị lần thứ nhất của cấp ủy khóa mới)", PartyTermStart.AtFirstMeeting(new LocalDate(2026, 1, 23)).ToString());
    }

    [Fact]
    public void PeriodOf_DescribesTheYearOrTheTerm()
    {
        Assert.Equal("năm 2026", NumberingRule.State.PeriodOf(new LocalDate(2026, 1, 2)).ToString());
        Assert.Equal("nhiệm kỳ cấp ủy đến ngày 15/10/2020", s_party.PeriodOf(new LocalDate(2019, 1, 1)).ToString());
        Assert.Equal("nhiệm kỳ cấp ủy từ ngày 16/10/2020 đến ngày 10/10/2025", s_party.PeriodOf(new LocalDate(2025, 10, 10)).ToString());
        Assert.Equal("nhiệm kỳ cấp ủy từ ngày 11/10/2025", s_party.PeriodOf(new LocalDate(2025, 10, 11)).ToString());
        Assert.Equal(NumberingPeriod.ForState(new LocalDate(2026, 12, 31)), NumberingRule.State.PeriodOf(new LocalDate(2026, 1, 1)));
    }

    [Fact]
    public void Dates_InAnotherCalendar_AreConvertedToIso()
    {
        LocalDate julian = new LocalDate(2025, 10, 11).WithCalendar(CalendarSystem.Julian);

        Assert.Equal(new LocalDate(2025, 10, 12), PartyTermStart.AfterCongress(julian).Date);
        Assert.True(NumberingPeriod.ForState(julian).Contains(julian));
        Assert.Equal(new LocalDate(2025, 10, 11), new IssuedNumber(DocumentNumber.Party(1, "BC", "TU"), julian).IssuedOn);
    }
}
