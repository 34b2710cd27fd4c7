using System.Globalization;
using DanVan.Reporting.Internal;
using NodaTime;

namespace DanVan.Reporting;

/// <summary>
/// Dates written the Vietnamese official way, without culture data.
/// </summary>
/// <remarks>
/// <para>
/// The rule (Nghị định 30/2020/NĐ-CP Phụ lục I, Mục II khoản 4 b; Party documents follow it too): a day below 10 and the
/// months 1 and 2 are written with a leading zero, other months are not: "ngày 05 tháng 01 năm 2020",
/// "ngày 29 tháng 6 năm 2019". The zero keeps a "1" or "2" from being turned into 11, 12 or 21 by hand. .NET's "vi-VN"
/// patterns do not follow it ("Thứ Ba, 15 tháng 10, 2024"), and culture data may be absent (invariant globalization),
/// so this class writes every date itself; the output is the same under every culture.
/// </para>
/// <para>
/// Weekdays follow Nghị định 30 Phụ lục II: in running text "thứ Hai" … "thứ Bảy" (the ordinal word in lower case),
/// at the start of a heading or sentence "Thứ Hai"; Sunday is "Chủ nhật" in both (the usual official spelling; .NET
/// and CLDR write "Chủ Nhật" — UNVERIFIED, no example in the decree).
/// </para>
/// </remarks>
public static class VietnameseDates
{
    private static readonly string[] s_weekdayWords = ["Hai", "Ba", "Tư", "Năm", "Sáu", "Bảy"];

    private static readonly string[] s_monthWords =
        ["Một", "Hai", "Ba", "Tư", "Năm", "Sáu", "Bảy", "Tám", "Chín", "Mười", "Mười một", "Mười hai"];

    /// <summary>The full official form: "ngày 02 tháng 7 năm 2024", "ngày 05 tháng 01 năm 2020".</summary>
    /// <param name="date">The date.</param>
    /// <returns>The text.</returns>
    public static string FormatDate(LocalDate date) =>
        "ngày " + DayNumber(date.Day) + " tháng " + MonthNumber(date.Month) + " năm " + YearNumber(date.Year);

    /// <summary>
    /// A document's date line ("địa danh và ngày, tháng, năm ban hành"): "Kon Tum, ngày 02 tháng 7 năm 2024".
    /// </summary>
    /// <param name="place">The place name ("địa danh"), written as given, e.g. "Hà Nội", "Thành phố Hồ Chí Minh".</param>
    /// <param name="date">The date of issue.</param>
    /// <returns>The date line.</returns>
    /// <exception cref="ArgumentException"><paramref name="place"/> is null, empty or white space.</exception>
    public static string FormatDateLine(string place, LocalDate date) =>
        CheckPlace(place) + ", " + FormatDate(date);

    /// <summary>
    /// A date line left blank for the date to be written by hand when the document is signed:
    /// "Hà Nội, ngày      tháng      năm 2026" (common practice, not a rule: UNVERIFIED).
    /// </summary>
    /// <param name="place">The place name.</param>
    /// <param name="year">The year, printed.</param>
    /// <returns>The date line with room for the day and month.</returns>
    public static string FormatBlankDateLine(string place, int year)
    {
        Preconditions.CheckRange(year, 1, 9999, nameof(year), "năm", "year");
        return CheckPlace(place) + ", ngày      tháng      năm " + YearNumber(year);
    }

    /// <summary>The short numeric form with two-digit day and month, as on web pages and forms: "19/07/2024".</summary>
    /// <param name="date">The date.</param>
    /// <returns>The text.</returns>
    public static string FormatNumeric(LocalDate date) =>
        TwoDigits(date.Day) + "/" + TwoDigits(date.Month) + "/" + YearNumber(date.Year);

    /// <summary>
    /// The date as cited inside running text, with the official padding: "ngày 22/12/2024", "ngày 04/7/2025"
    /// (as in "Nghị quyết số 57-NQ/TW, ngày 22/12/2024 của Bộ Chính trị").
    /// </summary>
    /// <param name="date">The date.</param>
    /// <returns>The text.</returns>
    public static string FormatCitation(LocalDate date) => "ngày " + FormatDayMonthYear(date);

    /// <summary>The weekday and citation date, as in Government notices: "thứ Hai, ngày 27/01/2025".</summary>
    /// <param name="date">The date.</param>
    /// <returns>The text.</returns>
    public static string FormatCitationWithWeekday(LocalDate date) =>
        WeekdayInText(date.DayOfWeek) + ", " + FormatCitation(date);

    /// <summary>The date as "d/M/yyyy" with the official padding: "22/12/2024", "04/7/2025", "28/6/2024".</summary>
    /// <param name="date">The date.</param>
    /// <returns>The text.</returns>
    public static string FormatDayMonthYear(LocalDate date) =>
        DayNumber(date.Day) + "/" + MonthNumber(date.Month) + "/" + YearNumber(date.Year);

    /// <summary>The weekday at the start of a heading or sentence: "Thứ Hai" … "Thứ Bảy", "Chủ nhật".</summary>
    /// <param name="day">The ISO day of week.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="day"/> is not Monday to Sunday.</exception>
    public static string WeekdayName(IsoDayOfWeek day) =>
        day == IsoDayOfWeek.Sunday ? "Chủ nhật" : "Thứ " + WeekdayWord(day);

    /// <summary>The weekday inside running text: "thứ Hai" … "thứ Bảy", "Chủ nhật" (Nghị định 30/2020 Phụ lục II).</summary>
    /// <param name="day">The ISO day of week.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="day"/> is not Monday to Sunday.</exception>
    public static string WeekdayInText(IsoDayOfWeek day) =>
        day == IsoDayOfWeek.Sunday ? "Chủ nhật" : "thứ " + WeekdayWord(day);

    /// <summary>A month written in words, for the rare texts that do not use digits: "tháng Năm", "tháng Tám", "tháng Mười một".</summary>
    /// <param name="month">The month, 1 to 12.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="month"/> is outside [1-12].</exception>
    public static string MonthInWords(int month)
    {
        Preconditions.CheckRange(month, 1, 12, nameof(month), "tháng", "month");
        return "tháng " + s_monthWords[month - 1];
    }

    /// <summary>
    /// A day part and date as official news and notices write them: "sáng 28/6/2024", or with the word "ngày",
    /// "chiều ngày 15/7/2024".
    /// </summary>
    /// <param name="moment">The date and time.</param>
    /// <param name="withDayWord">Whether to write "ngày" before the date.</param>
    /// <param name="atSentenceStart">Whether to capitalise the first letter ("Sáng 28/6/2024").</param>
    /// <param name="parts">Day-part boundaries; <see cref="TimeOfDayWords.Default"/> when null.</param>
    /// <returns>The text.</returns>
    public static string FormatDayPartDate(LocalDateTime moment, bool withDayWord = false, bool atSentenceStart = false, TimeOfDayWords? parts = null)
    {
        string text = (parts ?? TimeOfDayWords.Default).NameOf(moment.TimeOfDay) + (withDayWord ? " ngày " : " ") + FormatDayMonthYear(moment.Date);
        return atSentenceStart ? Internal.CaseMapping.ToUpper(text[0]) + text[1..] : text;
    }

    /// <summary>A time of day as minutes and invitations write it: "16 giờ 30", "8 giờ 05", "14 giờ 00".</summary>
    /// <param name="time">The time (seconds are not written).</param>
    /// <returns>The text.</returns>
    public static string FormatTime(LocalTime time) =>
        time.Hour.ToString(CultureInfo.InvariantCulture) + " giờ " + TwoDigits(time.Minute);

    /// <summary>
    /// A time and a full date, as in the closing line of minutes (Nghị định 30/2020 Mẫu 1.9):
    /// "16 giờ 30, ngày 15 tháng 7 năm 2024".
    /// </summary>
    /// <param name="moment">The date and time.</param>
    /// <returns>The text.</returns>
    public static string FormatTimeAndDate(LocalDateTime moment) =>
        FormatTime(moment.TimeOfDay) + ", " + FormatDate(moment.Date);

    /// <summary>
    /// Reads a date written in words ("ngày 05 tháng 01 năm 2026", with or without the place before it) and lists where
    /// it breaks the padding rule: "ngày 5 tháng 02 năm 2026" (the day must be "05"), "ngày 15 tháng 03 năm 2026"
    /// (month 3 is written "3").
    /// </summary>
    /// <param name="text">The text of a date or date line.</param>
    /// <returns>The date read, if any, and the problems found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static DateTextCheck CheckDateText(string text) =>
        DateTextCheck.Of(Preconditions.CheckNotNull(text, nameof(text)));

    /// <summary>A day with the official padding: "05", "15".</summary>
    internal static string DayNumber(int day) => TwoDigits(day);

    /// <summary>A month with the official padding: "01", "02", then "3" … "12".</summary>
    internal static string MonthNumber(int month) =>
        month <= 2 ? TwoDigits(month) : month.ToString(CultureInfo.InvariantCulture);

    /// <summary>A year in full, at least four digits: "2024", "0999".</summary>
    internal static string YearNumber(int year) => year.ToString("D4", CultureInfo.InvariantCulture);

    private static string TwoDigits(int value) => value.ToString("D2", CultureInfo.InvariantCulture);

    private static string WeekdayWord(IsoDayOfWeek day)
    {
        if (day < IsoDayOfWeek.Monday || day > IsoDayOfWeek.Sunday)
        {
            throw Preconditions.OutOfRange((int)day, (int)IsoDayOfWeek.Monday, (int)IsoDayOfWeek.Sunday, nameof(day), "thứ trong tuần", "day of week");
        }

        return s_weekdayWords[(int)day - 1];
    }

    private static string CheckPlace(string place) =>
        Preconditions.CheckNotBlank(place, nameof(place), "địa danh", "place name").Trim();
}
