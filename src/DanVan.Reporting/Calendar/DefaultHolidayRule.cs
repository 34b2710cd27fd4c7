using NodaTime;

namespace DanVan.Reporting.Calendar;

/// <summary>
/// The SDK's rule for a year with no published schedule; documented on <see cref="HolidaySchedule.DefaultRule(int)"/>.
/// </summary>
internal static class DefaultHolidayRule
{
    public const string NewYear = "Tết Dương lịch";
    public const string LunarNewYear = "Tết Nguyên đán";
    public const string HungKings = "Giỗ Tổ Hùng Vương";
    public const string Victory = "Ngày Chiến thắng";
    public const string Labour = "Ngày Quốc tế Lao động";
    public const string National = "Quốc khánh";
    public const string CompensatoryPrefix = "Nghỉ bù ";

    public static HolidaySchedule Build(int year)
    {
        var statutory = new List<Holiday>(11)
        {
            new(new LocalDate(year, 1, 1), NewYear, HolidayKind.Statutory),
        };

        LocalDate tet = LunarDate.Tet(year);
        for (int offset = -1; offset <= 3; offset++)
        {
            statutory.Add(new Holiday(tet.PlusDays(offset), LunarNewYear, HolidayKind.Statutory));
        }

        statutory.Add(new Holiday(LunarDate.GioToHungVuong(year), HungKings, HolidayKind.Statutory));
        statutory.Add(new Holiday(new LocalDate(year, 4, 30), Victory, HolidayKind.Statutory));
        statutory.Add(new Holiday(new LocalDate(year, 5, 1), Labour, HolidayKind.Statutory));

        var nationalDay = new LocalDate(year, 9, 2);
        LocalDate adjacent = nationalDay.DayOfWeek is IsoDayOfWeek.Monday or IsoDayOfWeek.Thursday
            ? nationalDay.PlusDays(1)
            : nationalDay.PlusDays(-1);
        statutory.Add(new Holiday(adjacent, National, HolidayKind.Statutory));
        statutory.Add(new Holiday(nationalDay, National, HolidayKind.Statutory));
        List<Holiday> sorted = [.. statutory.OrderBy(h => h.Date)]; // stable: on a shared date Giỗ Tổ comes first

        return HolidaySchedule.Create(year, "Quy tắc mặc định của DanVan SDK (chưa có lịch nghỉ công bố cho năm này; UNVERIFIED)", isDefaultRule: true, WithCompensation(sorted));
    }

    /// <summary>
    /// The days plus a nghỉ bù for each that falls on a weekend or on a date already taken by an earlier day, on the next
    /// day that is neither a weekend day nor taken. A date shared by two holidays (Giỗ Tổ on 30/4 or 1/5: 1947, the only
    /// such year in 1900–2199) keeps the first one's entry; the second is given back as a nghỉ bù.
    /// </summary>
    private static List<Holiday> WithCompensation(List<Holiday> sorted)
    {
        var taken = new HashSet<LocalDate>(sorted.Select(h => h.Date));
        var seen = new HashSet<LocalDate>();
        var result = new List<Holiday>(sorted.Count + 4);
        var compensations = new List<Holiday>();
        foreach (Holiday holiday in sorted)
        {
            bool shared = !seen.Add(holiday.Date);
            if (!shared)
            {
                result.Add(holiday);
                if (!CalendarRange.IsWeekend(holiday.Date))
                {
                    continue;
                }
            }

            LocalDate day = holiday.Date.PlusDays(1);
            while (CalendarRange.IsWeekend(day) || taken.Contains(day))
            {
                day = day.PlusDays(1);
            }

            taken.Add(day);
            compensations.Add(new Holiday(day, CompensatoryPrefix + holiday.Name, HolidayKind.Compensatory));
        }

        result.AddRange(compensations);
        return result;
    }
}
