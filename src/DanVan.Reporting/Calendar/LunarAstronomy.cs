namespace DanVan.Reporting.Calendar;

/// <summary>
/// The astronomy behind the lunisolar calendar: Julian day numbers, the moment of each new moon and the sun's
/// ecliptic longitude, with the series and constants of Hồ Ngọc Đức's published algorithm (after Meeus,
/// "Astronomical Algorithms"), rewritten here.
/// </summary>
/// <remarks>
/// Accuracy is minutes for new moons and a few hundredths of a degree for the sun, which decides the day of every new
/// moon and every principal term between 1900 and 2200 except knife-edge cases; tests run the same code at UTC+8 and
/// compare it day by day with .NET's table of China's calendar to show where it agrees.
/// </remarks>
internal static class LunarAstronomy
{
    private const double Degree = Math.PI / 180;

    /// <summary>Mean length of a synodic month, in days.</summary>
    public const double SynodicMonth = 29.530588853;

    /// <summary>Julian day number (noon-based integer) of the first new moon counted, 1900-01-01.</summary>
    public const double FirstNewMoon = 2415021.076998695;

    /// <summary>The Julian day number of a Gregorian date (proleptic; the calendar of every supported date).</summary>
    public static int JulianDayNumber(int year, int month, int day)
    {
        int a = (14 - month) / 12;
        int y = year + 4800 - a;
        int m = month + (12 * a) - 3;
        return day + (((153 * m) + 2) / 5) + (365 * y) + (y / 4) - (y / 100) + (y / 400) - 32045;
    }

    /// <summary>The Julian date (fractional, UT) of the k-th new moon after 1900-01-01.</summary>
    public static double NewMoon(int k)
    {
        double t = k / 1236.85; // Julian centuries from 1900 January 0.5
        double t2 = t * t;
        double t3 = t2 * t;
        double jd1 = 2415020.75933 + (29.53058868 * k) + (0.0001178 * t2) - (0.000000155 * t3);
        jd1 += 0.00033 * Math.Sin((166.56 + (132.87 * t) - (0.009173 * t2)) * Degree);
        double sunAnomaly = 359.2242 + (29.10535608 * k) - (0.0000333 * t2) - (0.00000347 * t3);
        double moonAnomaly = 306.0253 + (385.81691806 * k) + (0.0107306 * t2) + (0.00001236 * t3);
        double latitude = 21.2964 + (390.67050646 * k) - (0.0016528 * t2) - (0.00000239 * t3);
        double c1 = ((0.1734 - (0.000393 * t)) * Math.Sin(sunAnomaly * Degree)) + (0.0021 * Math.Sin(2 * Degree * sunAnomaly));
        c1 = c1 - (0.4068 * Math.Sin(moonAnomaly * Degree)) + (0.0161 * Math.Sin(Degree * 2 * moonAnomaly));
        c1 -= 0.0004 * Math.Sin(Degree * 3 * moonAnomaly);
        c1 = c1 + (0.0104 * Math.Sin(Degree * 2 * latitude)) - (0.0051 * Math.Sin(Degree * (sunAnomaly + moonAnomaly)));
        c1 = c1 - (0.0074 * Math.Sin(Degree * (sunAnomaly - moonAnomaly))) + (0.0004 * Math.Sin(Degree * ((2 * latitude) + sunAnomaly)));
        c1 = c1 - (0.0004 * Math.Sin(Degree * ((2 * latitude) - sunAnomaly))) - (0.0006 * Math.Sin(Degree * ((2 * latitude) + moonAnomaly)));
        c1 = c1 + (0.0010 * Math.Sin(Degree * ((2 * latitude) - moonAnomaly))) + (0.0005 * Math.Sin(Degree * ((2 * moonAnomaly) + sunAnomaly)));
        double deltaT = t < -11
            ? 0.001 + (0.000839 * t) + (0.0002261 * t2) - (0.00000845 * t3) - (0.000000081 * t * t3)
            : -0.000278 + (0.000265 * t) + (0.000262 * t2);
        return jd1 + c1 - deltaT;
    }

    /// <summary>The sun's true ecliptic longitude at Julian date <paramref name="julianDate"/>, in radians [0, 2π).</summary>
    public static double SunLongitude(double julianDate)
    {
        double t = (julianDate - 2451545.0) / 36525; // Julian centuries from 2000-01-01 12:00 UT
        double t2 = t * t;
        double meanAnomaly = 357.52910 + (35999.05030 * t) - (0.0001559 * t2) - (0.00000048 * t * t2);
        double meanLongitude = 280.46645 + (36000.76983 * t) + (0.0003032 * t2);
        double center = (1.914600 - (0.004817 * t) - (0.000014 * t2)) * Math.Sin(Degree * meanAnomaly);
        center += ((0.019993 - (0.000101 * t)) * Math.Sin(Degree * 2 * meanAnomaly)) + (0.000290 * Math.Sin(Degree * 3 * meanAnomaly));
        double longitude = (meanLongitude + center) * Degree;
        return longitude - (Math.PI * 2 * Math.Floor(longitude / (Math.PI * 2)));
    }

    /// <summary>
    /// The 30° sector (0–11) of the sun's longitude at the local midnight that starts day
    /// <paramref name="dayNumber"/>; sector 9 begins at the winter solstice (270°).
    /// </summary>
    public static int SunSector(int dayNumber, double timeZoneHours) =>
        (int)Math.Floor(SunLongitude(dayNumber - 0.5 - (timeZoneHours / 24)) / Math.PI * 6);

    /// <summary>The local day (Julian day number) that contains the k-th new moon.</summary>
    public static int NewMoonDay(int k, double timeZoneHours) =>
        (int)Math.Floor(NewMoon(k) + 0.5 + (timeZoneHours / 24));
}
