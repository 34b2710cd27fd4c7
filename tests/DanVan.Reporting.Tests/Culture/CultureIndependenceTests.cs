using System.Globalization;
using DanVan.Reporting;
using DanVan.Reporting.Calendar;

namespace DanVan.Reporting.Tests.Culture;

/// <summary>Output must not change with the current culture (Turkish casing, Arabic digits and calendar).</summary>
public class CultureIndependenceTests
{
    public static TheoryData<string> Cultures => new() { "tr-TR", "ar-SA" };

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Formatting_UnderForeignCulture_IsUnchanged(string cultureName)
    {
        InCulture(cultureName, () =>
        {
            Assert.Equal("Số 05-BC/BDVTU", DocumentNumber.Party(5, "BC", "BDVTU").ToString());
            Assert.Equal("Số: 09/2019/NĐ-CP", DocumentNumber.State(9, "NĐ", "CP", 2019).ToString());
            Assert.Equal(
                "kỷ niệm 92 năm Ngày truyền thống công tác Dân vận của Đảng (15/10/1930 - 15/10/2022)",
                Anniversary.Of(TraditionalDay.MassMobilization, 2022).ToString());
            Assert.Equal(
                "KỶ NIỆM 35 NĂM NGÀY THÀNH LẬP HỘI CỰU CHIẾN BINH VIỆT NAM (06/12/1989 - 06/12/2024)",
                Anniversary.Of(TraditionalDay.VeteransAssociation, 2024).ToBannerString());
            NumberingRule party = NumberingRule.Party(PartyTermStart.AfterCongress(new LocalDate(2025, 10, 10)));
            Assert.Equal("nhiệm kỳ cấp ủy từ ngày 11/10/2025", party.PeriodOf(new LocalDate(2026, 3, 1)).ToString());
            Assert.Equal("năm 2026", NumberingRule.State.PeriodOf(new LocalDate(2026, 3, 1)).ToString());
            Assert.Equal("Số: 01/BC-UBND", NumberingRule.State.Next(DocumentNumber.State(187, "BC", "UBND"), new LocalDate(2025, 12, 31), new LocalDate(2026, 1, 2)).ToString());
            Assert.Equal("ngày Quốc khánh 2-9", HolidayNames.DayInText("Quốc khánh", new AnnualDate(9, 2)));
        });
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Parsing_UnderForeignCulture_IsUnchanged(string cultureName)
    {
        InCulture(cultureName, () =>
        {
            Assert.Equal(DocumentNumber.Party(45, "BC", "BDVTU"), DocumentNumber.Parse("SỐ 45-BC/BDVTU"));
            Assert.Equal("CTr", DocumentNumber.Parse("Số: 5/CTR-UBND").KindCode);
            Assert.Equal("QyĐ", DocumentKind.Abbreviation("QUY ĐỊNH", DocumentSystem.State));
            Assert.Equal("CT", DocumentKind.Abbreviation("CHỈ THỊ", DocumentSystem.State));
        });
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public void ErrorMessages_UnderForeignCulture_UseInvariantDigits(string cultureName)
    {
        InCulture(cultureName, () =>
        {
            var ex = Assert.Throws<ArgumentOutOfRangeException>(() => DocumentNumber.Party(0, "BC", "BDVTU"));
            Assert.Contains("[1-999999]", ex.Message, StringComparison.Ordinal);
            var format = Assert.Throws<FormatException>(() => DocumentNumber.Parse("Số 0-BC/X"));
            Assert.Contains("999999", format.Message, StringComparison.Ordinal);
            var counter = Assert.Throws<ArgumentOutOfRangeException>(() => NumberingRule.State.NextNumber(-5, new LocalDate(2025, 1, 1), new LocalDate(2025, 1, 2)));
            Assert.Contains("Giá trị -5 ", counter.Message, StringComparison.Ordinal);
            Assert.Equal("-5", counter.ActualValue);
        });
    }

    private static void InCulture(string name, Action action)
    {
        CultureInfo saved = CultureInfo.CurrentCulture;
        try
        {
            // Under invariant globalization named cultures do not exist; the assertions then run under the invariant culture.
            CultureInfo.CurrentCulture = TryGetCulture(name) ?? CultureInfo.InvariantCulture;
            action();
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    private static CultureInfo? TryGetCulture(string name)
    {
        try
        {
            return CultureInfo.GetCultureInfo(name);
        }
        catch (CultureNotFoundException)
        {
            return null;
        }
    }
}
