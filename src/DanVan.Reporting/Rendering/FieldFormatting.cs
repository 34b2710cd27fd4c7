using System.ComponentModel;
using System.Globalization;
using NodaTime;

namespace DanVan.Reporting.Rendering;

/// <summary>
/// How generated <c>WriteTo</c> methods turn member values into text, the Vietnamese official way: one place for every
/// report. Never throws and never depends on the current culture.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class FieldFormatting
{
    private const double DecimalLimit = 7.9e27;

    /// <summary>A number with its significant decimals: "3.000", "1.250.000,5".</summary>
    public static string Number(decimal value) => VietnameseNumbers.FormatExact(value);

    /// <summary>A floating-point number with its significant decimals; NaN and infinities in invariant form.</summary>
    public static string Number(double value) =>
        TryDecimal(value, out decimal exact) ? VietnameseNumbers.FormatExact(exact) : value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A percentage: 36.24 → "36,24%".</summary>
    public static string Percent(decimal value, int decimals) => VietnameseNumbers.FormatPercent(value, Clamp(decimals));

    /// <summary>A floating-point percentage.</summary>
    public static string Percent(double value, int decimals) =>
        TryDecimal(value, out decimal exact) ? Percent(exact, decimals) : value.ToString(CultureInfo.InvariantCulture) + "%";

    /// <summary>Money in đồng: "212.000.000 đồng".</summary>
    public static string Money(decimal value) => VietnameseNumbers.FormatMoney(value);

    /// <summary>Floating-point money in đồng.</summary>
    public static string Money(double value) =>
        TryDecimal(value, out decimal exact) ? Money(exact) : value.ToString(CultureInfo.InvariantCulture) + " đồng";

    /// <summary>A quantity and its unit: "3.000 ha", "47 ngày công".</summary>
    public static string Quantity(decimal value, string unit) => unit.Length == 0 ? Number(value) : Number(value) + " " + unit;

    /// <summary>A floating-point quantity and its unit.</summary>
    public static string Quantity(double value, string unit) => unit.Length == 0 ? Number(value) : Number(value) + " " + unit;

    /// <summary>Yes or no: "Có", "Không".</summary>
    public static string Boolean(bool value) => value ? "Có" : "Không";

    /// <summary>A date with the official padding: "02/7/2024".</summary>
    public static string Date(LocalDate value) => VietnameseDates.FormatDayMonthYear(value);

    /// <summary>A period: "quý II năm 2024".</summary>
    public static string Period(ReportPeriod value) => value.ToString();

    /// <summary>A period for a title, in upper case when the title is ("6 THÁNG ĐẦU NĂM 2024").</summary>
    public static string Period(ReportPeriod value, bool upperCase) => Case(value.ToString(), upperCase);

    /// <summary>The period <paramref name="value"/>'s report plans for (<see cref="ReportPeriod.PlanningPeriod"/>) for a title; "kỳ sau" past the last supported year.</summary>
    public static string NextPeriod(ReportPeriod value, bool upperCase) =>
        Case(value.LastYear < ReportPeriod.MaxYear || value.Kind is PeriodKind.Month or PeriodKind.Quarter or PeriodKind.FirstHalf or PeriodKind.NineMonths ? SafeNext(value) : "kỳ sau", upperCase);

    /// <summary>The period's year for a title: "2024", or "2020 - 2025" for a term.</summary>
    public static string Year(ReportPeriod value) =>
        value.Kind == PeriodKind.Term
            ? value.FirstYear.ToString(CultureInfo.InvariantCulture) + " - " + value.LastYear.ToString(CultureInfo.InvariantCulture)
            : value.FirstYear.ToString(CultureInfo.InvariantCulture);

    /// <summary>The label of item <paramref name="index"/> of a list of records: its number from 1.</summary>
    public static string ItemLabel(int index) => (index + 1).ToString(CultureInfo.InvariantCulture);

    private static string SafeNext(ReportPeriod value)
    {
        try
        {
            return value.PlanningPeriod().ToString();
        }
        catch (InvalidOperationException)
        {
            return "kỳ sau";
        }
    }

    private static string Case(string text, bool upperCase) => upperCase ? Internal.CaseMapping.ToUpper(text) : text;

    private static int Clamp(int decimals) => decimals < 0 ? 0 : decimals > 10 ? 10 : decimals;

    private static bool TryDecimal(double value, out decimal exact)
    {
        if (double.IsFinite(value) && Math.Abs(value) < DecimalLimit)
        {
            exact = (decimal)value;
            return true;
        }

        exact = 0;
        return false;
    }
}
