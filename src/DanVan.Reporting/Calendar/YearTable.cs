using System.Collections.ObjectModel;
using NodaTime;

namespace DanVan.Reporting.Calendar;

/// <summary>One year of a <see cref="WorkingCalendar"/>, indexed by day of year (1-based): built once, then read-only.</summary>
internal sealed class YearTable
{
    private readonly LocalDate _firstDay;
    private readonly Holiday?[] _holidays;
    private readonly bool[] _working;

    public YearTable(LocalDate firstDay, Holiday?[] holidays, bool[] worked)
    {
        _firstDay = firstDay;
        _holidays = holidays;
        Length = holidays.Length - 1;
        _working = new bool[holidays.Length];
        var list = new List<Holiday>();
        for (int dayOfYear = 1; dayOfYear <= Length; dayOfYear++)
        {
            Holiday? holiday = holidays[dayOfYear];
            if (holiday is not null)
            {
                list.Add(holiday);
            }

            bool weekend = CalendarRange.IsWeekend(DateOf(dayOfYear));
            _working[dayOfYear] = holiday is null && (!weekend || worked[dayOfYear]);
        }

        Holidays = list.AsReadOnly();
    }

    public int Length { get; }

    public ReadOnlyCollection<Holiday> Holidays { get; }

    public bool IsWorking(int dayOfYear) => _working[dayOfYear];

    public Holiday? HolidayOn(int dayOfYear) => _holidays[dayOfYear];

    public LocalDate DateOf(int dayOfYear) => _firstDay.PlusDays(dayOfYear - 1);
}
