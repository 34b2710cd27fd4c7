using System.Globalization;
using DanVan.Reporting.Internal;
using NodaTime;

namespace DanVan.Reporting.Calendar;

/// <summary>
/// A date of the Vietnamese lunisolar calendar ("âm lịch"): the calendar of Tết Nguyên đán, Giỗ Tổ Hùng Vương (10/3)
/// and the full-moon days ("rằm").
/// </summary>
/// <remarks>
/// <para>
/// Months start on the day of the new moon and have 29 or 30 days; a year has 12 months, or 13 when a leap month
/// ("tháng nhuận", numbered like the month before it) is added; month 11 always holds the winter solstice. Vietnam
/// computes this at the meridian 105° E (UTC+7), China at 120° E (UTC+8), so the two calendars sometimes disagree:
/// Tết 2007 was 17/02 in Vietnam and 18/02 in China, Tết 1985 a whole month apart. .NET's
/// <see cref="System.Globalization.ChineseLunisolarCalendar"/> is China's; this type is Vietnam's, computed by the
/// astronomical rules of Hồ Ngọc Đức.
/// </para>
/// <para>
/// Supported solar dates are <see cref="MinSolarDate"/> (01/01/1900) to <see cref="MaxSolarDate"/> (31/12/2199).
/// North Vietnam used UTC+8 until 08/08/1967 and the South until 1975, so results before 1968 are what the UTC+7 rules
/// give, which is not always what was observed then (e.g. Tết 1968 was 30/01 in the South).
/// </para>
/// <para>
/// Conversions do no astronomy after the first use of a year: each year's months are computed once and cached
/// (thread-safe, lock-free). Equality and ordering follow the solar date. Immutable and thread-safe.
/// </para>
/// </remarks>
public readonly struct LunarDate : IEquatable<LunarDate>, IComparable<LunarDate>
{
    private static readonly string[] s_stems = ["Giáp", "Ất", "Bính", "Đinh", "Mậu", "Kỷ", "Canh", "Tân", "Nhâm", "Quý"];
    private static readonly string[] s_branches = ["Tý", "Sửu", "Dần", "Mão", "Thìn", "Tỵ", "Ngọ", "Mùi", "Thân", "Dậu", "Tuất", "Hợi"];
    private static readonly string[] s_monthNames = ["Giêng", "Hai", "Ba", "Tư", "Năm", "Sáu", "Bảy", "Tám", "Chín", "Mười", "Mười một", "Chạp"];

    private readonly int _dayNumber; // Julian day number of the solar date
    private readonly short _year;
    private readonly byte _month;
    private readonly byte _day;
    private readonly bool _isLeapMonth;

    /// <summary>Creates a lunar date and checks that it exists.</summary>
    /// <param name="year">The lunar year (the year Tết opens), 1899 to 2199.</param>
    /// <param name="month">The month, 1 (tháng Giêng) to 12 (tháng Chạp).</param>
    /// <param name="day">The day, 1 to 29 or 30 depending on the month.</param>
    /// <param name="isLeapMonth">Whether the month is the leap month of that year ("tháng nhuận").</param>
    /// <exception cref="ArgumentOutOfRangeException">The date does not exist (day 30 of a 29-day month, a leap flag on a
    /// month that is not leap that year, month 13) or is outside the supported range; the message says why.</exception>
    public LunarDate(int year, int month, int day, bool isLeapMonth = false)
    {
        Preconditions.CheckRange(year, MinSolarDate.Year - 1, MaxSolarDate.Year, nameof(year), "năm âm lịch", "lunar year");
        Preconditions.CheckRange(month, 1, 12, nameof(month), "tháng âm lịch", "lunar month");
        LunisolarCalculator.Span span = LunisolarCalculator.Vietnam.SpanEndingIn(month >= 11 ? year + 1 : year);
        int index = span.IndexOf(year, month, isLeapMonth);
        if (index < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(isLeapMonth), "true", Messages.Pick(
                Messages.Format("Năm {0} ({1}) không có tháng {2} nhuận{3}.", year, YearNameOf(year), month, LeapMonthText(year)),
                Messages.Format("Lunar year {0} ({1}) has no leap month {2}{3}.", year, YearNameOf(year), month, LeapMonthTextEnglish(year))));
        }

        int length = span.LengthOf(index);
        if (day < 1 || day > length)
        {
            throw new ArgumentOutOfRangeException(nameof(day), Messages.Format("{0}", day), Messages.Pick(
                Messages.Format("Tháng {0}{1} năm {2} ({3}) có {4} ngày; ngày {5} không tồn tại (phạm vi hợp lệ [1-{4}]).", month, isLeapMonth ? " nhuận" : string.Empty, year, YearNameOf(year), length, day),
                Messages.Format("Month {0}{1} of lunar year {2} ({3}) has {4} days; day {5} does not exist (valid range [1-{4}]).", month, isLeapMonth ? " (leap)" : string.Empty, year, YearNameOf(year), length, day)));
        }

        int dayNumber = span.Months[index].Day + day - 1;
        CheckSupported(dayNumber, nameof(year));
        _dayNumber = dayNumber;
        _year = (short)year;
        _month = (byte)month;
        _day = (byte)day;
        _isLeapMonth = isLeapMonth;
    }

    private LunarDate(int dayNumber, LunisolarCalculator.LunarMonthStart month)
    {
        _dayNumber = dayNumber;
        _year = (short)month.Year;
        _month = (byte)month.Month;
        _day = (byte)(dayNumber - month.Day + 1);
        _isLeapMonth = month.IsLeap;
    }

    /// <summary>The first supported solar date, 01/01/1900.</summary>
    public static LocalDate MinSolarDate { get; } = new(1900, 1, 1);

    /// <summary>The last supported solar date, 31/12/2199.</summary>
    public static LocalDate MaxSolarDate { get; } = new(2199, 12, 31);

    /// <summary>The lunar year: the year whose Tết opens it (a January date before Tết belongs to the year before).</summary>
    public int Year => _year;

    /// <summary>The month, 1 (tháng Giêng) to 12 (tháng Chạp).</summary>
    public int Month => _month;

    /// <summary>The day of the month, 1 to 30.</summary>
    public int Day => _day;

    /// <summary>Whether the month is a leap month ("tháng nhuận").</summary>
    public bool IsLeapMonth => _isLeapMonth;

    /// <summary>The name of the lunar year in the sexagenary cycle ("Can Chi"): "Giáp Thìn", "Ất Tỵ", "Quý Mão".</summary>
    public string YearName => YearNameOf(_year);

    /// <summary>The number of days of this date's month, 29 or 30.</summary>
    public int DaysInMonth => Resolve().Span.LengthOf(Resolve().Index);

    #region Conversions

    /// <summary>The Vietnamese lunar date of a solar (Gregorian) date.</summary>
    /// <param name="date">The solar date, <see cref="MinSolarDate"/> to <see cref="MaxSolarDate"/>.</param>
    /// <returns>The lunar date.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The date is outside the supported range.</exception>
    public static LunarDate FromSolar(LocalDate date)
    {
        CheckSupported(date, nameof(date));
        int dayNumber = LunarAstronomy.JulianDayNumber(date.Year, date.Month, date.Day);
        return new LunarDate(dayNumber, LunisolarCalculator.Vietnam.MonthContaining(dayNumber, date.Year));
    }

    /// <summary>The solar (Gregorian) date of this lunar date.</summary>
    /// <returns>The solar date.</returns>
    public LocalDate ToSolar() => SolarOf(_dayNumber);

    /// <summary>The solar date of Tết Nguyên đán (mùng 1 tháng Giêng) of a lunar year: 2025 → 29/01/2025.</summary>
    /// <param name="year">The lunar year, 1900 to 2199.</param>
    /// <returns>The solar date.</returns>
    public static LocalDate Tet(int year) => new LunarDate(CheckFestivalYear(year), 1, 1).ToSolar();

    /// <summary>The solar date of Giỗ Tổ Hùng Vương (10 tháng 3 âm lịch), a public holiday: 2025 → 07/04/2025.</summary>
    /// <param name="year">The lunar year, 1900 to 2199.</param>
    /// <returns>The solar date.</returns>
    public static LocalDate GioToHungVuong(int year) => new LunarDate(CheckFestivalYear(year), 3, 10).ToSolar();

    /// <summary>The solar date of Tết Trung thu (rằm tháng Tám, the 15th of the 8th month).</summary>
    /// <param name="year">The lunar year, 1900 to 2199.</param>
    /// <returns>The solar date.</returns>
    public static LocalDate TrungThu(int year) => new LunarDate(CheckFestivalYear(year), 8, 15).ToSolar();

    /// <summary>The leap month of a lunar year, or null when the year has 12 months.</summary>
    /// <param name="year">The lunar year, 1900 to 2199.</param>
    /// <returns>The number of the month that is doubled (the leap month follows it), or null.</returns>
    public static int? LeapMonthOf(int year)
    {
        CheckFestivalYear(year);
        for (int month = 1; month <= 12; month++)
        {
            if (LunisolarCalculator.Vietnam.SpanEndingIn(month >= 11 ? year + 1 : year).IndexOf(year, month, isLeap: true) >= 0)
            {
                return month;
            }
        }

        return null;
    }

    /// <summary>The lunar date a number of days later (or earlier, when negative).</summary>
    /// <param name="days">The number of days to add.</param>
    /// <returns>The lunar date of the solar date <paramref name="days"/> later.</returns>
    public LunarDate PlusDays(int days) => FromSolar(ToSolar().PlusDays(days));

    #endregion

    #region Text

    /// <summary>
    /// The date as written in Vietnamese: "mùng 1 tháng Giêng năm Ất Tỵ", "rằm tháng Tám năm Giáp Thìn",
    /// "ngày 28 tháng Chạp năm Giáp Thìn", "mùng 3 tháng Sáu nhuận năm Ất Tỵ".
    /// </summary>
    /// <returns>The text.</returns>
    public override string ToString() => DayText + " " + MonthText + " năm " + YearName;

    /// <summary>The day as said: "mùng 1" … "mùng 10", "rằm" (the 15th), otherwise "ngày 23".</summary>
    public string DayText => _day switch
    {
        <= 10 => "mùng " + _day.ToString(CultureInfo.InvariantCulture),
        15 => "rằm",
        _ => "ngày " + _day.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>The month as said: "tháng Giêng", "tháng Tư", "tháng Chạp", "tháng Sáu nhuận".</summary>
    public string MonthText => "tháng " + s_monthNames[_month - 1] + (_isLeapMonth ? " nhuận" : string.Empty);

    /// <summary>The short numeric form used beside a solar date: "10/3", "15/8", "3/6 nhuận".</summary>
    /// <returns>The text.</returns>
    public string ToNumericString() =>
        _day.ToString(CultureInfo.InvariantCulture) + "/" + _month.ToString(CultureInfo.InvariantCulture) + (_isLeapMonth ? " nhuận" : string.Empty);

    /// <summary>The name of a lunar year in the sexagenary cycle: can = (year + 6) mod 10, chi = (year + 8) mod 12.</summary>
    /// <param name="year">The lunar year.</param>
    /// <returns>For example "Giáp Thìn" for 2024; the 4th branch is "Mão" (cat), not China's rabbit.</returns>
    public static string YearNameOf(int year) =>
        s_stems[(((year + 6) % 10) + 10) % 10] + " " + s_branches[(((year + 8) % 12) + 12) % 12];

    #endregion

    #region Equality and ordering

    /// <inheritdoc/>
    public bool Equals(LunarDate other) => _dayNumber == other._dayNumber;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is LunarDate other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _dayNumber;

    /// <summary>Orders by the solar date.</summary>
    /// <param name="other">The date to compare with.</param>
    /// <returns>Negative, zero or positive.</returns>
    public int CompareTo(LunarDate other) => _dayNumber.CompareTo(other._dayNumber);

    /// <summary>Whether two lunar dates are the same day.</summary>
    public static bool operator ==(LunarDate left, LunarDate right) => left.Equals(right);

    /// <summary>Whether two lunar dates are different days.</summary>
    public static bool operator !=(LunarDate left, LunarDate right) => !left.Equals(right);

    /// <summary>Whether <paramref name="left"/> is earlier.</summary>
    public static bool operator <(LunarDate left, LunarDate right) => left._dayNumber < right._dayNumber;

    /// <summary>Whether <paramref name="left"/> is earlier or the same day.</summary>
    public static bool operator <=(LunarDate left, LunarDate right) => left._dayNumber <= right._dayNumber;

    /// <summary>Whether <paramref name="left"/> is later.</summary>
    public static bool operator >(LunarDate left, LunarDate right) => left._dayNumber > right._dayNumber;

    /// <summary>Whether <paramref name="left"/> is later or the same day.</summary>
    public static bool operator >=(LunarDate left, LunarDate right) => left._dayNumber >= right._dayNumber;

    #endregion

    #region Helpers

    private (LunisolarCalculator.Span Span, int Index) Resolve()
    {
        LunisolarCalculator.Span span = LunisolarCalculator.Vietnam.SpanEndingIn(_month >= 11 ? _year + 1 : _year);
        return (span, span.IndexOf(_year, _month, _isLeapMonth));
    }

    private static readonly int s_minDayNumber = LunarAstronomy.JulianDayNumber(1900, 1, 1);
    private static readonly int s_maxDayNumber = LunarAstronomy.JulianDayNumber(2199, 12, 31);
    private static readonly LocalDate s_julianDayZero = new(2000, 1, 1);
    private const int JulianDayOf2000January1 = 2451545;

    private static LocalDate SolarOf(int dayNumber) => s_julianDayZero.PlusDays(dayNumber - JulianDayOf2000January1);

    private static void CheckSupported(LocalDate date, string paramName)
    {
        if (date < MinSolarDate || date > MaxSolarDate)
        {
            throw RangeError(date, paramName);
        }
    }

    private static void CheckSupported(int dayNumber, string paramName)
    {
        if (dayNumber < s_minDayNumber || dayNumber > s_maxDayNumber)
        {
            throw RangeError(SolarOf(dayNumber), paramName);
        }
    }

    private static ArgumentOutOfRangeException RangeError(LocalDate date, string paramName) =>
        new(paramName, VietnameseDates.FormatNumeric(date), Messages.Pick(
            Messages.Format("Ngày dương lịch {0} nằm ngoài phạm vi lịch âm được hỗ trợ [01/01/1900-31/12/2199].", VietnameseDates.FormatNumeric(date)),
            Messages.Format("The solar date {0} is outside the supported range of the lunar calendar [01/01/1900-31/12/2199].", VietnameseDates.FormatNumeric(date))));

    private static int CheckFestivalYear(int year)
    {
        Preconditions.CheckRange(year, 1900, 2199, nameof(year), "năm âm lịch", "lunar year");
        return year;
    }

    private static string LeapMonthText(int year) =>
        LeapMonthOf(year) is int leap ? Messages.Format(" (năm này nhuận tháng {0})", leap) : " (năm này không có tháng nhuận)";

    private static string LeapMonthTextEnglish(int year) =>
        LeapMonthOf(year) is int leap ? Messages.Format(" (its leap month is {0})", leap) : " (it has no leap month)";

    #endregion
}
