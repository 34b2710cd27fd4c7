using System.Text;
using DanVan.Reporting;
using NodaTime;

namespace DanVan.Reporting.CultureProbe;

/// <summary>
/// Everything the runtime writes as text, for a spread of inputs: one string to compare across cultures and processes.
/// </summary>
public static class FormattingCorpus
{
    public static string Build()
    {
        var text = new StringBuilder();
        CutOffRule[] rules = [CutOffRule.Calendar, CutOffRule.Decree09];

        for (int year = 1999; year <= 2027; year += 7)
        {
            ReportPeriod[] periods =
            [
                ReportPeriod.Month(year, 1), ReportPeriod.Month(year, 7), ReportPeriod.Quarter(year, 2), ReportPeriod.Quarter(year, 4),
                ReportPeriod.FirstHalf(year), ReportPeriod.SecondHalf(year), ReportPeriod.NineMonths(year), ReportPeriod.Year(year),
                ReportPeriod.Term(year, year + 5),
            ];
            foreach (ReportPeriod period in periods)
            {
                text.Append(period).Append(" | ").Append(period.Next()).Append(" | ");
                foreach (CutOffRule rule in rules)
                {
                    DateInterval window = period.DataWindow(rule);
                    text.Append(VietnameseDates.FormatNumeric(window.Start)).Append(" - ").Append(VietnameseDates.FormatNumeric(window.End)).Append(" | ");
                }

                text.AppendLine();
            }

            foreach (string input in new[] { "quý II/2024", "Quý II năm 2024", "nhiệm kỳ 2024-2029", "QUÝ IV.2022", "quý V/2024" })
            {
                text.Append(input).Append(" → ").AppendLine(ReportPeriod.TryParse(input, out ReportPeriod parsed) ? parsed.ToString() : "(không đọc được)");
            }
        }

        for (LocalDate day = new(2024, 12, 25); day <= new LocalDate(2025, 1, 12); day = day.PlusDays(1))
        {
            text.Append(VietnameseDates.FormatDateLine("Kon Tum", day)).Append(" | ")
                .Append(VietnameseDates.FormatCitationWithWeekday(day)).Append(" | ")
                .Append(VietnameseDates.WeekdayName(day.DayOfWeek)).Append(" | ")
                .Append(VietnameseDates.FormatNumeric(day)).Append(" | ")
                .AppendLine(VietnameseDates.FormatTimeAndDate(day.At(new LocalTime(14, 5))));
        }

        text.AppendLine(VietnameseDates.FormatDayPartDate(new LocalDateTime(2024, 6, 28, 9, 0), atSentenceStart: true));
        for (int month = 1; month <= 12; month++)
        {
            text.AppendLine(VietnameseDates.MonthInWords(month));
        }

        text.AppendJoin("\n", Calendar.WorkingCalendar.Default.WithCultureDay().HolidaysIn(2026)).AppendLine().AppendLine(ReportDeadlines.CheckDeadline(new LocalDate(2024, 6, 14), ReportPeriod.Quarter(2024, 2), CutOffRule.Decree09).Message);
        AppendErrors(text);
        return text.ToString();
    }

    private static void AppendErrors(StringBuilder text)
    {
        // Messages carry numbers and ranges too: they must not change with the culture either.
        foreach (Action bad in new Action[] { () => ReportPeriod.Quarter(2024, 5), () => ReportPeriod.Parse("quý V/2024"), () => CutOffRule.EndingOnDay(-1, "x") })
        {
            try
            {
                bad();
            }
            catch (Exception error) when (error is ArgumentException or FormatException)
            {
                text.AppendLine(error.Message);
            }
        }
    }
}
