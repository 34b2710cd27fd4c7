using DanVan.Reporting.Internal;
using NodaTime;

namespace DanVan.Reporting.Calendar;

/// <summary>
/// The N-th anniversary ("kỷ niệm N năm") of a <see cref="TraditionalDay"/> in a given year, written the way speeches,
/// banners and reports write it: "kỷ niệm 92 năm Ngày truyền thống công tác Dân vận của Đảng (15/10/1930 - 15/10/2022)".
/// </summary>
/// <remarks>
/// N is the anniversary year minus the founding year. The dates in parentheses follow the official padding rule (a day
/// below 10 and the months 1 and 2 take a leading zero: "03/02/1930", "26/3/1931"). A day founded on 29 February is
/// celebrated on 28 February in common years. Equality compares <see cref="Day"/> and <see cref="Year"/>. The default
/// value has no day: its <see cref="Day"/> throws and its <see cref="ToString"/> is empty.
/// </remarks>
public readonly struct Anniversary : IEquatable<Anniversary>
{
    private const int MaxYear = 9999;

    private readonly TraditionalDay? _day;

    private Anniversary(TraditionalDay day, int year)
    {
        _day = day;
        Year = year;
    }

    /// <summary>The day whose anniversary this is.</summary>
    /// <exception cref="InvalidOperationException">This is the default value, which has no day.</exception>
    public TraditionalDay Day => _day ?? throw new InvalidOperationException(Messages.Pick(
        "Giá trị mặc định của Anniversary không gắn với ngày truyền thống nào; hãy tạo bằng Anniversary.Of.",
        "The default Anniversary has no traditional day; create one with Anniversary.Of."));

    /// <summary>The year of the anniversary, e.g. 2022.</summary>
    public int Year { get; }

    /// <summary>N, the number of years since the founding: <see cref="Year"/> minus the founding year (92 for Dân vận in 2022).</summary>
    public int Years => Year - Day.FoundingDate.Year;

    /// <summary>The date of the anniversary: the founding day and month in <see cref="Year"/> (28 February for a 29 February founding in a common year).</summary>
    public LocalDate Date => Day.FoundingDate.PlusYears(Years);

    /// <summary>The anniversary of <paramref name="day"/> in <paramref name="year"/>.</summary>
    /// <param name="day">The traditional day.</param>
    /// <param name="year">The anniversary year: after the founding year, at most 9999.</param>
    /// <returns>The anniversary.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="day"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is not after the founding year, or is above 9999.</exception>
    public static Anniversary Of(TraditionalDay day, int year)
    {
        Preconditions.CheckNotNull(day, nameof(day));
        Preconditions.CheckRange(year, day.FoundingDate.Year + 1, MaxYear, nameof(year), "năm kỷ niệm, phải sau năm thành lập", "anniversary year, which must follow the founding year");
        return new Anniversary(day, year);
    }

    /// <summary>The first anniversary of <paramref name="day"/> falling on or after <paramref name="onOrAfter"/>.</summary>
    /// <param name="day">The traditional day.</param>
    /// <param name="onOrAfter">The earliest date; a date in another calendar is converted to the ISO calendar.</param>
    /// <returns>The anniversary, or null when it would fall after the year 9999.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="day"/> is null.</exception>
    public static Anniversary? Next(TraditionalDay day, LocalDate onOrAfter)
    {
        Preconditions.CheckNotNull(day, nameof(day));
        LocalDate from = onOrAfter.WithCalendar(CalendarSystem.Iso);
        int year = Math.Max(from.Year, day.FoundingDate.Year + 1);
        if (year <= MaxYear && new Anniversary(day, year).Date < from)
        {
            year++;
        }

        return year <= MaxYear ? new Anniversary(day, year) : null;
    }

    /// <summary>Whether two anniversaries are equal.</summary>
    /// <param name="left">The first anniversary.</param>
    /// <param name="right">The second anniversary.</param>
    /// <returns>True when they have the same day and year.</returns>
    public static bool operator ==(Anniversary left, Anniversary right) => left.Equals(right);

    /// <summary>Whether two anniversaries differ.</summary>
    /// <param name="left">The first anniversary.</param>
    /// <param name="right">The second anniversary.</param>
    /// <returns>True when the day or the year differs.</returns>
    public static bool operator !=(Anniversary left, Anniversary right) => !left.Equals(right);

    /// <summary>Whether <paramref name="other"/> has the same day and year.</summary>
    /// <param name="other">The other anniversary.</param>
    /// <returns>True when equal.</returns>
    public bool Equals(Anniversary other) => Year == other.Year && Equals(_day, other._day);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Anniversary other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(_day, Year);

    /// <summary>
    /// The running-text form: "kỷ niệm 92 năm Ngày truyền thống công tác Dân vận của Đảng (15/10/1930 - 15/10/2022)",
    /// in lower case as it appears inside a sentence.
    /// </summary>
    /// <returns>The text, or an empty string for the default value.</returns>
    public override string ToString()
    {
        if (_day is null)
        {
            return string.Empty;
        }

        return Messages.Format(
            "kỷ niệm {0} năm {1} ({2} - {3})", Years, _day.Name, VietnameseDates.FormatDayMonthYear(_day.FoundingDate), VietnameseDates.FormatDayMonthYear(Date));
    }

    /// <summary>
    /// The banner and heading form, all in capitals:
    /// "KỶ NIỆM 35 NĂM NGÀY THÀNH LẬP HỘI CỰU CHIẾN BINH VIỆT NAM (06/12/1989 - 06/12/2024)".
    /// </summary>
    /// <returns>The text in upper case (culture-independent), or an empty string for the default value.</returns>
    public string ToBannerString() => Internal.CaseMapping.ToUpper(ToString());
}
