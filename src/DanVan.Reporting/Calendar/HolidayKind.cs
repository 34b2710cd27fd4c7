namespace DanVan.Reporting.Calendar;

/// <summary>Why a day is off in a <see cref="HolidaySchedule"/>.</summary>
public enum HolidayKind
{
    /// <summary>
    /// A public holiday of Bộ luật Lao động 2019 Điều 112 khoản 1 ("ngày nghỉ lễ, tết"): 11 days a year — Tết Dương lịch
    /// (1/1), Tết Nguyên đán (5 days), Giỗ Tổ Hùng Vương (10/3 âm lịch), Ngày Chiến thắng (30/4), Ngày Quốc tế Lao động
    /// (1/5), Quốc khánh (2/9 and one adjacent day).
    /// </summary>
    Statutory,

    /// <summary>
    /// A compensatory day off ("nghỉ bù"): a holiday that falls on the weekly rest day (Saturday or Sunday) is given back
    /// on the next working day.
    /// </summary>
    Compensatory,

    /// <summary>
    /// An extra day off set by a yearly schedule to make a longer break, usually a weekday swapped ("hoán đổi") with a
    /// Saturday that becomes a working day ("làm bù").
    /// </summary>
    Additional,

    /// <summary>A day off added by the user: a province's or an organisation's own day off, or an opt-in such as 24/11.</summary>
    Custom,
}
