using DanVan.Reporting;

namespace DanVan.Reporting.Tests.DocumentNumbers;

/// <summary>Vectors B13–B15 of docs/domain/vectors.md: when a document counter restarts at 01.</summary>
public class NumberingVectorTests
{
    [Fact]
    public void PartyCounter_B13_RestartsTheDayAfterTheCongressCloses()
    {
        PartyTermStart start = PartyTermStart.AfterCongress(new LocalDate(2025, 10, 10));
        NumberingRule rule = NumberingRule.Party(start);
        DocumentNumber last = DocumentNumber.Party(23, "BC", "ĐU");

        Assert.Equal(new LocalDate(2025, 10, 11), start.Date);
        Assert.Equal(PartyTermStartBasis.DayAfterCongressClosed, start.Basis);
        Assert.Equal("Số 01-BC/ĐU", rule.Next(last, new LocalDate(2025, 10, 3), new LocalDate(2025, 10, 11)).ToString());
        // The closing day itself still belongs to the old term ("đến hết ngày bế mạc đại hội lần kế tiếp").
        Assert.Equal("Số 24-BC/ĐU", rule.Next(last, new LocalDate(2025, 10, 3), new LocalDate(2025, 10, 10)).ToString());
    }

    [Fact]
    public void PartyCounter_B13_ThroughTheRegister()
    {
        DocumentRegister register = new DocumentRegister(NumberingRule.Party(PartyTermStart.AfterCongress(new LocalDate(2025, 10, 10))))
            .WithIssued(DocumentNumber.Party(23, "BC", "ĐU"), new LocalDate(2025, 10, 10));

        DocumentNumber first = register.NextNumber("BC", "ĐU", new LocalDate(2025, 10, 11));
        DocumentNumber second = register.WithIssued(first, new LocalDate(2025, 10, 11)).NextNumber("BC", "ĐU", new LocalDate(2025, 12, 30));

        Assert.Equal("Số 01-BC/ĐU", first.ToString());
        Assert.Equal("Số 02-BC/ĐU", second.ToString());
    }

    [Fact]
    public void PartyCounter_B14_FirstMeetingDuringTheCongressStartsTheTermThatDay()
    {
        // Đại hội XIV 19–23/01/2026; Hội nghị lần thứ nhất BCH TW khóa XIV on the morning of 23/01/2026.
        PartyTermStart start = PartyTermStart.AtFirstMeeting(new LocalDate(2026, 1, 23));
        NumberingRule rule = NumberingRule.Party(start);
        DocumentNumber last = DocumentNumber.Party(412, "TB", "TW");

        Assert.Equal(new LocalDate(2026, 1, 23), start.Date);
        Assert.Equal(PartyTermStartBasis.FirstMeetingDuringCongress, start.Basis);
        Assert.Equal("Số 01-TB/TW", rule.Next(last, new LocalDate(2026, 1, 22), new LocalDate(2026, 1, 23)).ToString());
        Assert.Equal(new LocalDate(2026, 1, 23), rule.PeriodOf(new LocalDate(2026, 1, 23)).Start);
        Assert.Equal(new LocalDate(2026, 1, 22), rule.PeriodOf(new LocalDate(2026, 1, 22)).End);
    }

    [Fact]
    public void PartyCounter_B14_TheGeneralRuleWouldStartTheTermOneDayLater()
    {
        // The contrast that makes B14 a choice: without the first-meeting exception the term starts on 24/01/2026.
        NumberingRule rule = NumberingRule.Party(PartyTermStart.AfterCongress(new LocalDate(2026, 1, 23)));
        DocumentNumber last = DocumentNumber.Party(412, "TB", "TW");

        Assert.Equal("Số 413-TB/TW", rule.Next(last, new LocalDate(2026, 1, 22), new LocalDate(2026, 1, 23)).ToString());
        Assert.Equal("Số 01-TB/TW", rule.Next(last, new LocalDate(2026, 1, 22), new LocalDate(2026, 1, 24)).ToString());
    }

    [Fact]
    public void StateCounter_B15_RestartsOnTheFirstOfJanuary()
    {
        DocumentNumber last = DocumentNumber.State(187, "BC", "UBND");

        Assert.Equal("Số: 01/BC-UBND", NumberingRule.State.Next(last, new LocalDate(2025, 12, 31), new LocalDate(2026, 1, 2)).ToString());
        Assert.Equal(1, NumberingRule.State.NextNumber(187, new LocalDate(2025, 12, 31), new LocalDate(2026, 1, 2)));
        Assert.Equal(188, NumberingRule.State.NextNumber(187, new LocalDate(2025, 1, 2), new LocalDate(2025, 12, 31)));
    }

    [Fact]
    public void StateCounter_B15_ThroughTheRegister()
    {
        DocumentRegister register = DocumentRegister.From(NumberingRule.State,
        [
            new IssuedNumber(DocumentNumber.State(186, "BC", "UBND"), new LocalDate(2025, 12, 29)),
            new IssuedNumber(DocumentNumber.State(187, "BC", "UBND"), new LocalDate(2025, 12, 30)),
            new IssuedNumber(DocumentNumber.State(95, "KH", "UBND"), new LocalDate(2025, 12, 30)),
        ]);

        Assert.Equal("Số: 01/BC-UBND", register.NextNumber("BC", "UBND", new LocalDate(2026, 1, 2)).ToString());
        Assert.Equal("Số: 188/BC-UBND", register.NextNumber("BC", "UBND", new LocalDate(2025, 12, 31)).ToString());
        Assert.Equal("Số: 96/KH-UBND", register.NextNumber("KH", "UBND", new LocalDate(2025, 12, 31)).ToString());
    }
}
