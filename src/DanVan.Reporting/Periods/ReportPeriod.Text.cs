using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using DanVan.Reporting.Internal;

namespace DanVan.Reporting;

// Writing and reading periods as Vietnamese text.
public readonly partial struct ReportPeriod
{
    private static readonly string[] s_quarterNumerals = [.. Enumerable.Range(1, 4).Select(RomanNumerals.ToRoman)];

    /// <summary>
    /// The period as written in Vietnamese documents: "tháng 7 năm 2024", "quý II năm 2024", "6 tháng đầu năm 2024",
    /// "6 tháng cuối năm 2024", "9 tháng đầu năm 2024", "năm 2024", "nhiệm kỳ 2020 - 2025".
    /// </summary>
    /// <remarks>
    /// Months 1 and 2 are written with a leading zero ("tháng 01 năm 2024"), as in a document's date line
    /// (Nghị định 30/2020 Phụ lục I): it keeps "1" and "2" from being turned into 11, 12 or 21. The text does not depend
    /// on the current culture.
    /// </remarks>
    /// <returns>The Vietnamese text; <see cref="Parse(string)"/> reads it back.</returns>
    public override string ToString()
    {
        var text = new StringBuilder(24);
        switch (_kind)
        {
            case PeriodKind.Month:
                text.Append("tháng ").Append(VietnameseDates.MonthNumber(_index + 1));
                break;
            case PeriodKind.Quarter:
                text.Append("quý ").Append(s_quarterNumerals[_index]);
                break;
            case PeriodKind.FirstHalf:
                text.Append("6 tháng đầu");
                break;
            case PeriodKind.SecondHalf:
                text.Append("6 tháng cuối");
                break;
            case PeriodKind.NineMonths:
                text.Append("9 tháng đầu");
                break;
            case PeriodKind.Term:
                return string.Create(CultureInfo.InvariantCulture, $"nhiệm kỳ {FirstYear} - {LastYear}");
        }

        if (text.Length > 0)
        {
            text.Append(' ');
        }

        return text.Append("năm ").Append(FirstYear.ToString(CultureInfo.InvariantCulture)).ToString();
    }

    /// <summary>
    /// Reads a period written the ways people write them: "quý II năm 2024", "Quý II/2024", "quý 2-2024",
    /// "6 tháng đầu năm 2024", "sáu tháng cuối năm 2024", "9 tháng năm 2024", "tháng 7/2024", "tháng 07 năm 2024",
    /// "năm 2024", "nhiệm kỳ 2024-2029", "nhiệm kỳ 2024 - 2029"; in any letter case, with extra spaces, NFC or NFD,
    /// with or without diacritics.
    /// </summary>
    /// <param name="text">The text; the whole of it must be one period.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a period; the message quotes it (cut to 100 characters),
    /// says what is wrong when it can, and lists the accepted forms.</exception>
    public static ReportPeriod Parse(string text)
    {
        Preconditions.CheckNotNull(text, nameof(text));
        return ReportPeriodParser.TryParse(text, out ReportPeriod period, out string? reason)
            ? period
            : throw ReportPeriodParser.ParseError(text, reason);
    }

    /// <summary>Reads a period as <see cref="Parse(string)"/> does, without throwing.</summary>
    /// <param name="text">The text, or null.</param>
    /// <param name="period">The period read, or the default value when the text is not a period.</param>
    /// <returns>Whether the text is a period.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out ReportPeriod period) =>
        ReportPeriodParser.TryParse(text, out period, out _);

    /// <summary>
    /// Finds the periods named in running text, such as a report's title or a meeting's name, in the order they appear.
    /// </summary>
    /// <remarks>
    /// A year written once for several periods applies to each of them: "giao ban công tác dân vận quý II, triển khai
    /// nhiệm vụ quý III năm 2024" gives quý II năm 2024 (the period reviewed) and quý III năm 2024 (the period planned).
    /// Dates ("ngày 02 tháng 7 năm 2024") are not periods and are skipped.
    /// </remarks>
    /// <param name="text">The text.</param>
    /// <returns>The periods found; empty when there are none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static IReadOnlyList<ReportPeriod> FindIn(string text) =>
        ReportPeriodParser.FindIn(Preconditions.CheckNotNull(text, nameof(text)));
}
