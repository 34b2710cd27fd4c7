using DanVan.Reporting.Internal;
using NodaTime;

namespace DanVan.Reporting.Calendar;

/// <summary>The years a <see cref="WorkingCalendar"/> supports (those of <see cref="LunarDate"/>), and their checks.</summary>
internal static class CalendarRange
{
    public const int MinYear = 1900;
    public const int MaxYear = 2199;

    public static readonly LocalDate MinDate = new(MinYear, 1, 1);
    public static readonly LocalDate MaxDate = new(MaxYear, 12, 31);

    public static int CheckYear(int year, string paramName)
    {
        Preconditions.CheckRange(year, MinYear, MaxYear, paramName, "năm", "year");
        return year;
    }

    public static LocalDate CheckDate(LocalDate date, string paramName)
    {
        if (date < MinDate || date > MaxDate)
        {
            throw OutOfRange(date, paramName);
        }

        return date;
    }

    public static ArgumentOutOfRangeException OutOfRange(LocalDate date, string paramName)
    {
        string shown = VietnameseDates.FormatNumeric(date);
        string range = VietnameseDates.FormatNumeric(MinDate) + "-" + VietnameseDates.FormatNumeric(MaxDate);
        return new ArgumentOutOfRangeException(paramName, shown, Messages.Pick(
            Messages.Format("Ngày {0} của tham số '{1}' nằm ngoài phạm vi hỗ trợ của lịch làm việc [{2}].", shown, paramName, range),
            Messages.Format("The date {0} of argument '{1}' is outside the range the working calendar supports [{2}].", shown, paramName, range)));
    }

    public static bool IsWeekend(LocalDate date) => date.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday;
}
