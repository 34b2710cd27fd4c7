using DanVan.Reporting.Calendar;

namespace DanVan.Reporting.Tests.Calendar;

public class AnniversaryTests
{
    private static readonly Dictionary<string, TraditionalDay> s_days = new()
    {
        ["Party"] = TraditionalDay.Party,
        ["PropagandaAndEducation"] = TraditionalDay.PropagandaAndEducation,
        ["MassMobilization"] = TraditionalDay.MassMobilization,
        ["FarmersUnion"] = TraditionalDay.FarmersUnion,
        ["WomensUnion"] = TraditionalDay.WomensUnion,
        ["FatherlandFront"] = TraditionalDay.FatherlandFront,
        ["YouthUnion"] = TraditionalDay.YouthUnion,
        ["TradeUnion"] = TraditionalDay.TradeUnion,
        ["VeteransAssociation"] = TraditionalDay.VeteransAssociation,
    };

    [Fact]
    public void ToString_DanVan2022_MatchesH16()
    {
        Assert.Equal(
            "kỷ niệm 92 năm Ngày truyền thống công tác Dân vận của Đảng (15/10/1930 - 15/10/2022)",
            Anniversary.Of(TraditionalDay.MassMobilization, 2022).ToString());
    }

    [Fact]
    public void ToString_HoiNongDan2024_MatchesPublishedWording()
    {
        Assert.Equal(
            "kỷ niệm 94 năm Ngày thành lập Hội Nông dân Việt Nam (14/10/1930 - 14/10/2024)",
            Anniversary.Of(TraditionalDay.FarmersUnion, 2024).ToString());
    }

    [Fact]
    public void ToBannerString_HoiCuuChienBinh2024_MatchesH25()
    {
        Assert.Equal(
            "KỶ NIỆM 35 NĂM NGÀY THÀNH LẬP HỘI CỰU CHIẾN BINH VIỆT NAM (06/12/1989 - 06/12/2024)",
            Anniversary.Of(TraditionalDay.VeteransAssociation, 2024).ToBannerString());
    }

    [Theory]
    [InlineData("MassMobilization", 2021, 91, "(15/10/1930 - 15/10/2021)")] // H17
    [InlineData("MassMobilization", 2025, 95, "(15/10/1930 - 15/10/2025)")] // H18
    [InlineData("Party", 2025, 95, "(03/02/1930 - 03/02/2025)")] // H19
    [InlineData("Party", 2024, 94, "(03/02/1930 - 03/02/2024)")] // H19
    [InlineData("FatherlandFront", 2025, 95, "(18/11/1930 - 18/11/2025)")] // H20
    [InlineData("FarmersUnion", 2024, 94, "(14/10/1930 - 14/10/2024)")] // H21
    [InlineData("FarmersUnion", 2025, 95, "(14/10/1930 - 14/10/2025)")] // H21
    [InlineData("WomensUnion", 2022, 92, "(20/10/1930 - 20/10/2022)")] // H22
    [InlineData("YouthUnion", 2026, 95, "(26/3/1931 - 26/3/2026)")] // H23: month 3 unpadded
    [InlineData("TradeUnion", 2024, 95, "(28/7/1929 - 28/7/2024)")] // H24
    [InlineData("VeteransAssociation", 2024, 35, "(06/12/1989 - 06/12/2024)")] // H25
    [InlineData("PropagandaAndEducation", 2025, 95, "(01/8/1930 - 01/8/2025)")] // H26
    public void Of_Vectors_GiveYearsAndDateRange(string day, int year, int expectedYears, string expectedRange)
    {
        TraditionalDay traditionalDay = s_days[day];
        Anniversary anniversary = Anniversary.Of(traditionalDay, year);
        Assert.Equal(expectedYears, anniversary.Years);
        Assert.Equal(year, anniversary.Year);
        Assert.Same(traditionalDay, anniversary.Day);
        Assert.Equal(
            "kỷ niệm " + expectedYears.ToString(System.Globalization.CultureInfo.InvariantCulture) + " năm " + traditionalDay.Name + " " + expectedRange,
            anniversary.ToString());
    }

    [Fact]
    public void Date_DanVan2022_IsFifteenOctober()
    {
        Assert.Equal(new LocalDate(2022, 10, 15), Anniversary.Of(TraditionalDay.MassMobilization, 2022).Date);
    }

    [Fact]
    public void Of_FoundedOn29February_CelebratesOn28FebruaryInCommonYears()
    {
        var day = new TraditionalDay("Ngày thành lập Câu lạc bộ X", new LocalDate(2000, 2, 29));
        Assert.Equal(new LocalDate(2001, 2, 28), Anniversary.Of(day, 2001).Date);
        Assert.Equal(new LocalDate(2004, 2, 29), Anniversary.Of(day, 2004).Date);
        Assert.Equal("kỷ niệm 1 năm Ngày thành lập Câu lạc bộ X (29/02/2000 - 28/02/2001)", Anniversary.Of(day, 2001).ToString());
    }

    [Theory]
    [InlineData(1930)]
    [InlineData(1929)]
    [InlineData(10000)]
    [InlineData(int.MinValue)]
    public void Of_YearNotAfterFoundingOrAbove9999_ThrowsNamingYearAndRange(int year)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Anniversary.Of(TraditionalDay.MassMobilization, year));
        Assert.Equal("year", ex.ParamName);
        Assert.Contains("[1931-9999]", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Of_NullDay_ThrowsArgumentNullException()
    {
        Assert.Equal("day", Assert.Throws<ArgumentNullException>(() => Anniversary.Of(null!, 2024)).ParamName);
    }

    [Fact]
    public void Of_Year9999_IsAllowed()
    {
        Assert.Equal(8069, Anniversary.Of(TraditionalDay.MassMobilization, 9999).Years);
    }

    [Theory]
    [InlineData(2024, 10, 15, 2024)] // on the day
    [InlineData(2024, 10, 16, 2025)] // the day after
    [InlineData(2024, 1, 1, 2024)]
    [InlineData(1930, 10, 15, 1931)] // the founding date itself is no anniversary
    [InlineData(1900, 1, 1, 1931)]
    public void Next_DanVan_GivesFirstAnniversaryOnOrAfter(int year, int month, int dayOfMonth, int expectedYear)
    {
        Anniversary? next = Anniversary.Next(TraditionalDay.MassMobilization, new LocalDate(year, month, dayOfMonth));
        Assert.NotNull(next);
        Assert.Equal(expectedYear, next.Value.Year);
    }

    [Fact]
    public void Next_AfterYear9999_IsNull()
    {
        Assert.Null(Anniversary.Next(TraditionalDay.MassMobilization, new LocalDate(9999, 10, 16)));
        Assert.Equal(9999, Anniversary.Next(TraditionalDay.MassMobilization, new LocalDate(9999, 10, 15))!.Value.Year);
    }

    [Fact]
    public void Next_DateInOtherCalendar_IsConverted()
    {
        LocalDate julian = new LocalDate(2024, 10, 10).WithCalendar(CalendarSystem.Julian); // 2024-09-27 Julian
        Assert.Equal(2024, Anniversary.Next(TraditionalDay.MassMobilization, julian)!.Value.Year);
    }

    [Fact]
    public void Default_HasEmptyTextAndNoDay()
    {
        Anniversary anniversary = default;
        Assert.Equal(string.Empty, anniversary.ToString());
        Assert.Equal(string.Empty, anniversary.ToBannerString());
        Assert.Throws<InvalidOperationException>(() => anniversary.Day);
    }

    [Fact]
    public void Equals_SameDayAndYear_AreEqual()
    {
        Anniversary a = Anniversary.Of(TraditionalDay.YouthUnion, 2026);
        Assert.Equal(a, Anniversary.Of(TraditionalDay.YouthUnion, 2026));
        Assert.True(a == Anniversary.Of(TraditionalDay.YouthUnion, 2026));
        Assert.True(a != Anniversary.Of(TraditionalDay.YouthUnion, 2025));
        Assert.True(a != Anniversary.Of(TraditionalDay.TradeUnion, 2026));
        Assert.Equal(a.GetHashCode(), Anniversary.Of(TraditionalDay.YouthUnion, 2026).GetHashCode());
        Assert.False(a.Equals("x"));
    }
}
