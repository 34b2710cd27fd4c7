using System.Globalization;
using DanVan.Reporting;
using DanVan.Reporting.Calendar;

namespace DanVan.Reporting.Tests.Text;

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
            Assert.Equal("QyĐ", DocumentKinds.Abbreviation("QUY ĐỊNH", DocumentSystem.State));
            Assert.Equal("CT", DocumentKinds.Abbreviation("CHỈ THỊ", DocumentSystem.State));
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
