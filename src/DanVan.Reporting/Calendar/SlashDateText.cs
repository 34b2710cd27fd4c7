using System.Globalization;
using NodaTime;

namespace DanVan.Reporting.Calendar;

/// <summary>
/// Writes a date as d/M/yyyy with the padding rule of Nghị định 30/2020/NĐ-CP Phụ lục I (II.4.b), which Party texts
/// follow too: a day below 10 and the months 1 and 2 take a leading zero, other months do not ("03/02/1930",
/// "26/3/1931", "06/12/1989"). The zero stops "1" and "2" from being turned into 11, 12 or 21–29 by hand.
/// </summary>
internal static class SlashDateText
{
    public static string Format(LocalDate date)
    {
        string day = date.Day.ToString("00", CultureInfo.InvariantCulture);
        string month = date.Month.ToString(date.Month <= 2 ? "00" : "0", CultureInfo.InvariantCulture);
        string year = date.Year.ToString(CultureInfo.InvariantCulture);
        return day + "/" + month + "/" + year;
    }
}
