using DanVan.Reporting.Internal;
using NodaTime;

namespace DanVan.Reporting.Calendar;

/// <summary>
/// Names of holidays and festivals as written inside running text ("viết hoa trong văn bản hành chính"): "ngày Quốc
/// khánh 2-9", "tết Nguyên đán", "Tết". For the names in holiday lists and schedules ("Quốc khánh", "Tết Nguyên đán"), see
/// <see cref="Holiday.Name"/>.
/// </summary>
/// <remarks>
/// <para>
/// Nghị định 30/2020/NĐ-CP Phụ lục II writes the generic word in lower case and the proper name with capitals: a memorial
/// day is "ngày" + its name + the day and month joined by a hyphen, without leading zeros ("ngày Quốc khánh 2-9", "ngày
/// Quốc tế Lao động 1-5", "ngày Phụ nữ Việt Nam 20-10"); a festival is "tết" + its name ("tết Nguyên đán", "tết Đoan
/// ngọ", "tết Trung thu"); "Tết" alone, meaning tết Nguyên đán, takes a capital. Those forms are verified (the decree's
/// own examples). The forms of the other public holidays of Bộ luật Lao động 2019 Điều 112 — <see cref="NewYear"/>,
/// <see cref="HungKingsCommemoration"/>, <see cref="VictoryDay"/> — follow the same pattern and are UNVERIFIED: the
/// decree gives no example for them.
/// </para>
/// <para>
/// Write them after a preposition or a verb, as in "nhân dịp ngày Quốc khánh 2-9", "trong dịp Tết"; capitalise the first
/// letter yourself at the start of a sentence. Thread-safe.
/// </para>
/// </remarks>
public static class HolidayNames
{
    /// <summary>"ngày Quốc khánh 2-9": National Day, 2 September (verified: Nghị định 30/2020 Phụ lục II).</summary>
    public static string NationalDay { get; } = "ngày Quốc khánh 2-9";

    /// <summary>"ngày Quốc tế Lao động 1-5": International Labour Day, 1 May (verified: Nghị định 30/2020 Phụ lục II).</summary>
    public static string InternationalLabourDay { get; } = "ngày Quốc tế Lao động 1-5";

    /// <summary>
    /// "ngày Phụ nữ Việt Nam 20-10": Vietnamese Women's Day, 20 October, the founding day of the Women's Union (verified:
    /// Nghị định 30/2020 Phụ lục II). Not a day off.
    /// </summary>
    public static string VietnameseWomensDay { get; } = "ngày Phụ nữ Việt Nam 20-10";

    /// <summary>"tết Nguyên đán": the Lunar New Year festival, in running text (verified: Nghị định 30/2020 Phụ lục II).</summary>
    public static string LunarNewYear { get; } = "tết Nguyên đán";

    /// <summary>"Tết": the Lunar New Year when the word stands alone, capitalised (verified: Nghị định 30/2020 Phụ lục II).</summary>
    public static string Tet { get; } = "Tết";

    /// <summary>"tết Đoan ngọ": the Double Fifth festival, 5 tháng 5 âm lịch (verified: Nghị định 30/2020 Phụ lục II). Not a day off.</summary>
    public static string DoubleFifthFestival { get; } = "tết Đoan ngọ";

    /// <summary>"tết Trung thu": the Mid-Autumn festival, rằm tháng 8 âm lịch (verified: Nghị định 30/2020 Phụ lục II). Not a day off.</summary>
    public static string MidAutumnFestival { get; } = "tết Trung thu";

    /// <summary>
    /// "tết Dương lịch": New Year's Day, 1 January (Bộ luật Lao động 2019 Điều 112 điểm a). UNVERIFIED form: "tết" in
    /// lower case by the pattern of "tết Nguyên đán"; no date is added, as no "tết" name in the decree carries one.
    /// </summary>
    public static string NewYear { get; } = "tết Dương lịch";

    /// <summary>
    /// "ngày Giỗ Tổ Hùng Vương 10-3 âm lịch": the Hùng Kings' Commemoration, 10 tháng 3 âm lịch (Điều 112 điểm e).
    /// UNVERIFIED form: the "ngày … d-m" pattern, with "âm lịch" added because 10-3 is a lunar date.
    /// </summary>
    public static string HungKingsCommemoration { get; } = "ngày Giỗ Tổ Hùng Vương 10-3 âm lịch";

    /// <summary>
    /// "ngày Chiến thắng 30-4": Victory Day, 30 April (Điều 112 điểm c). UNVERIFIED form: the "ngày … d-m" pattern on the
    /// name the Labour Code uses; anniversary texts often use a longer name, which the SDK does not hold.
    /// </summary>
    public static string VictoryDay { get; } = "ngày Chiến thắng 30-4";

    /// <summary>
    /// A memorial day in the running-text pattern of Nghị định 30/2020 Phụ lục II: "ngày" + <paramref name="name"/> + the
    /// day and month joined by a hyphen, without leading zeros. <c>DayInText("Quốc khánh", new AnnualDate(9, 2))</c> is
    /// "ngày Quốc khánh 2-9".
    /// </summary>
    /// <param name="name">The day's proper name, capitalised as it should appear ("Quốc khánh", "Văn hóa Việt Nam"); trimmed.</param>
    /// <param name="date">The day and month, a solar date.</param>
    /// <returns>The text, e.g. "ngày Văn hóa Việt Nam 24-11".</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or white space.</exception>
    public static string DayInText(string name, AnnualDate date)
    {
        string trimmed = Preconditions.CheckNotBlank(name, nameof(name), "tên ngày lễ", "name of the day").Trim();
        return Messages.Format("ngày {0} {1}-{2}", trimmed, date.Day, date.Month);
    }

    /// <summary>
    /// The running-text name of a public holiday of a <see cref="HolidaySchedule"/> (a <see cref="HolidayKind.Statutory"/>
    /// day of Điều 112), e.g. "ngày Quốc khánh 2-9" for a holiday named "Quốc khánh"; null for other days (nghỉ bù,
    /// additional or custom days), whose names are free text.
    /// </summary>
    /// <param name="holiday">The holiday.</param>
    /// <returns>The running-text name, or null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="holiday"/> is null.</exception>
    public static string? InText(Holiday holiday)
    {
        Preconditions.CheckNotNull(holiday, nameof(holiday));
        if (holiday.Kind != HolidayKind.Statutory)
        {
            return null;
        }

        return holiday.Name switch
        {
            DefaultHolidayRule.NewYear => NewYear,
            DefaultHolidayRule.LunarNewYear => LunarNewYear,
            DefaultHolidayRule.HungKings => HungKingsCommemoration,
            DefaultHolidayRule.Victory => VictoryDay,
            DefaultHolidayRule.Labour => InternationalLabourDay,
            DefaultHolidayRule.National => NationalDay,
            _ => null,
        };
    }
}
