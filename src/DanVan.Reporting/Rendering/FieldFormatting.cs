using System.ComponentModel;
using System.Globalization;
using System.Runtime.CompilerServices;
using NodaTime;

namespace DanVan.Reporting.Rendering;

/// <summary>
/// How generated <c>WriteTo</c> methods turn member values into text, the Vietnamese official way: one place for every
/// report. Never throws and never depends on the current culture.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
[SkipLocalsInit] // every stack buffer is read only up to what was written into it
public static class FieldFormatting
{
    private const double DecimalLimit = 7.9e27;

    /// <summary>The longest unit the render paths write from a stack buffer; a longer one (a user's attribute) takes the string way.</summary>
    private const int MaxUnit = 64;

    /// <summary>What follows an amount of money.</summary>
    private const string Dong = " đồng";

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
    public static string Period(ReportPeriod value, bool upperCase) =>
        PeriodTitleCache.Get(value, upperCase ? 1 : 0, static (period, variant) => Case(period.ToString(), variant == 1));

    /// <summary>The period <paramref name="value"/>'s report plans for (<see cref="ReportPeriod.PlanningPeriod"/>) for a title; "kỳ sau" past the last supported year.</summary>
    public static string NextPeriod(ReportPeriod value, bool upperCase) =>
        PeriodTitleCache.Get(value, upperCase ? 3 : 2, static (period, variant) => Case(
            period.LastYear < ReportPeriod.MaxYear || period.Kind is PeriodKind.Month or PeriodKind.Quarter or PeriodKind.FirstHalf or PeriodKind.NineMonths ? SafeNext(period) : "kỳ sau",
            variant == 3));

    /// <summary>The period's year for a title: "2024", or "2020 - 2025" for a term.</summary>
    public static string Year(ReportPeriod value) =>
        value.Kind == PeriodKind.Term
            ? value.FirstYear.ToString(CultureInfo.InvariantCulture) + " - " + value.LastYear.ToString(CultureInfo.InvariantCulture)
            : value.FirstYear.ToString(CultureInfo.InvariantCulture);

    /// <summary>The label of item <paramref name="index"/> of a list of records: its number from 1.</summary>
    public static string ItemLabel(int index) =>
        (uint)index < (uint)s_itemLabels.Length ? s_itemLabels[index] : (index + 1L).ToString(CultureInfo.InvariantCulture);

    /// <summary>Writes a labelled number with its significant decimals, as <see cref="Number(decimal)"/> formats it.</summary>
    public static void WriteNumber(IReportWriter writer, string label, decimal value)
    {
        if (writer is not ReportWriterBase direct)
        {
            writer.WriteValue(label, Number(value));
            return;
        }

        Span<char> text = stackalloc char[VietnameseNumberWriter.MaxLength];
        direct.WriteValue(label, text[..VietnameseNumberWriter.WriteExact(value, text)]);
    }

    /// <summary>Writes a labelled integer, as <see cref="Number(decimal)"/> formats it: generated code calls it for integer members.</summary>
    public static void WriteNumber(IReportWriter writer, string label, long value)
    {
        if (writer is not ReportWriterBase direct)
        {
            writer.WriteValue(label, Number((decimal)value));
            return;
        }

        Span<char> text = stackalloc char[VietnameseNumberWriter.MaxIntegerLength];
        direct.WriteValue(label, text[..VietnameseNumberWriter.WriteInteger(value, text)]);
    }

    /// <summary>Writes a labelled percentage, as <see cref="Percent(decimal, int)"/> formats it.</summary>
    public static void WritePercent(IReportWriter writer, string label, decimal value, int decimals)
    {
        if (writer is not ReportWriterBase direct)
        {
            writer.WriteValue(label, Percent(value, decimals));
            return;
        }

        Span<char> text = stackalloc char[VietnameseNumberWriter.MaxLength + 1];
        int length = VietnameseNumberWriter.WriteRounded(value, Clamp(decimals), text);
        text[length++] = '%';
        direct.WriteValue(label, text[..length]);
    }

    /// <summary>Writes a labelled integer percentage with <paramref name="decimals"/> zero decimals ("36,00%"), as <see cref="Percent(decimal, int)"/> formats it: generated code calls it for integer members.</summary>
    public static void WritePercent(IReportWriter writer, string label, long value, int decimals)
    {
        if (writer is not ReportWriterBase direct)
        {
            writer.WriteValue(label, Percent((decimal)value, decimals));
            return;
        }

        Span<char> text = stackalloc char[VietnameseNumberWriter.MaxIntegerLength + 1 + 10 + 1];
        int length = VietnameseNumberWriter.WriteInteger(value, Clamp(decimals), text);
        text[length++] = '%';
        direct.WriteValue(label, text[..length]);
    }

    /// <summary>Writes a labelled amount of money, as <see cref="Money(decimal)"/> formats it.</summary>
    public static void WriteMoney(IReportWriter writer, string label, decimal value)
    {
        if (writer is not ReportWriterBase direct)
        {
            writer.WriteValue(label, Money(value));
            return;
        }

        Span<char> text = stackalloc char[VietnameseNumberWriter.MaxLength + Dong.Length];
        int length = VietnameseNumberWriter.WriteExact(value, text);
        Dong.CopyTo(text[length..]);
        direct.WriteValue(label, text[..(length + Dong.Length)]);
    }

    /// <summary>Writes a labelled integer amount of money, as <see cref="Money(decimal)"/> formats it: generated code calls it for integer members.</summary>
    public static void WriteMoney(IReportWriter writer, string label, long value)
    {
        if (writer is not ReportWriterBase direct)
        {
            writer.WriteValue(label, Money((decimal)value));
            return;
        }

        Span<char> text = stackalloc char[VietnameseNumberWriter.MaxIntegerLength + Dong.Length];
        int length = VietnameseNumberWriter.WriteInteger(value, text);
        Dong.CopyTo(text[length..]);
        direct.WriteValue(label, text[..(length + Dong.Length)]);
    }

    /// <summary>Writes a labelled quantity and its unit, as <see cref="Quantity(decimal, string)"/> formats it.</summary>
    public static void WriteQuantity(IReportWriter writer, string label, decimal value, string unit)
    {
        if (writer is not ReportWriterBase direct || unit.Length > MaxUnit)
        {
            writer.WriteValue(label, Quantity(value, unit));
            return;
        }

        Span<char> text = stackalloc char[VietnameseNumberWriter.MaxLength + 1 + MaxUnit];
        int length = VietnameseNumberWriter.WriteExact(value, text);
        direct.WriteValue(label, text[..AppendUnit(text, length, unit)]);
    }

    /// <summary>Writes a labelled integer quantity and its unit, as <see cref="Quantity(decimal, string)"/> formats it: generated code calls it for integer members.</summary>
    public static void WriteQuantity(IReportWriter writer, string label, long value, string unit)
    {
        if (writer is not ReportWriterBase direct || unit.Length > MaxUnit)
        {
            writer.WriteValue(label, Quantity((decimal)value, unit));
            return;
        }

        Span<char> text = stackalloc char[VietnameseNumberWriter.MaxIntegerLength + 1 + MaxUnit];
        int length = VietnameseNumberWriter.WriteInteger(value, text);
        direct.WriteValue(label, text[..AppendUnit(text, length, unit)]);
    }

    // " " and the unit after the number, when there is a unit; returns the new length.
    private static int AppendUnit(Span<char> text, int length, string unit)
    {
        if (unit.Length == 0)
        {
            return length;
        }

        text[length++] = ' ';
        unit.CopyTo(text[length..]);
        return length + unit.Length;
    }

    // Item numbers of lists are written for every item of every render: the common ones are made once.
    private static readonly string[] s_itemLabels = CreateItemLabels(256);

    private static string[] CreateItemLabels(int count)
    {
        var labels = new string[count];
        for (int i = 0; i < count; i++)
        {
            labels[i] = (i + 1).ToString(CultureInfo.InvariantCulture);
        }

        return labels;
    }

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
