using System.Text;
using DanVan.Reporting;
using DanVan.Reporting.Calendar;
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

        AppendNumbers(text);
        AppendDocumentsAndDays(text);
        text.AppendJoin("\n", WorkingCalendar.Default.WithCultureDay().HolidaysIn(2026)).AppendLine().AppendLine(ReportDeadlines.CheckDeadline(new LocalDate(2024, 6, 14), ReportPeriod.Quarter(2024, 2), CutOffRule.Decree09).Message);
        AppendErrors(text);
        using (MessageSettings.Use(MessageLanguage.English))
        {
            AppendErrors(text);
        }

        AppendRenderedDocuments(text);
        return text.ToString();
    }

    private static void AppendNumbers(StringBuilder text)
    {
        foreach (decimal value in new[] { 0m, 3.14m, -1250.5m, 999m, 1000m, 1250000.5m, 36.24m, 212000000m, 79228162514264337593543950335m })
        {
            text.Append(VietnameseNumbers.Format(value)).Append(" | ").Append(VietnameseNumbers.Format(value, 2)).Append(" | ")
                .Append(VietnameseNumbers.FormatPercent(value)).Append(" | ").AppendLine(VietnameseNumbers.FormatMoney(value));
        }

        text.AppendLine(VietnameseNumbers.FormatRatioAsPercent(0.3624m));
        foreach (long value in new[] { 0L, 15, 21, 24, 101, 1001, 1_250_000, 2_500_000_000, -7, long.MinValue, long.MaxValue })
        {
            text.Append(VietnameseNumbers.ToWords(value)).Append(" | ")
                .AppendLine(VietnameseNumbers.ToWords(value, new NumberWordsOptions { ZeroTensWord = ZeroTensWord.Linh, UseNgan = true, UseTi = true, UseTuAfterMuoi = true, SayKhongTram = false }));
        }

        text.AppendLine(VietnameseNumbers.FormatAmountInWords(1_250_000));
        for (int n = 1; n <= 3999; n += 331)
        {
            text.Append(VietnameseNumbers.ToRoman(n)).Append(' ').Append(HeadingNumbering.Roman(n, HeadingSeparator.Hyphen)).Append(' ');
        }

        for (int n = 1; n <= 23; n++)
        {
            text.Append(HeadingNumbering.Point(n));
        }

        text.AppendLine();
    }

    private static void AppendDocumentsAndDays(StringBuilder text)
    {
        foreach (string number in new[] { "Số 45-BC/BDVTU", "Số: 15/QĐ-BNV", "số: 05/BNV-VP", "Số: 09/2019/NĐ-CP", "367 - QĐ/TWĐTN-VP" })
        {
            text.Append(number).Append(" → ").AppendLine(DocumentNumber.TryParse(number, out DocumentNumber? parsed) ? parsed.ToString() : "(không đọc được)");
        }

        text.AppendLine(DocumentKind.Abbreviation("Quy định", DocumentSystem.State) + " " + DocumentKind.Abbreviation("Quy định", DocumentSystem.Party));
        foreach (TraditionalDay day in TraditionalDay.All)
        {
            text.Append(Anniversary.Of(day, 2025)).Append(" | ").AppendLine(Anniversary.Of(day, 2024).ToBannerString());
        }

        for (int year = 1968; year <= 2053; year += 17)
        {
            text.Append(LunarDate.FromSolar(LunarDate.Tet(year))).Append(" | ").Append(VietnameseDates.FormatNumeric(LunarDate.Tet(year)))
                .Append(" | ").AppendLine(LunarDate.FromSolar(LunarDate.TrungThu(year)).ToString());
        }
    }

    // Documents through the writers: capitals of every letter, and the frame of both layouts.
    private static void AppendRenderedDocuments(StringBuilder text)
    {
        foreach (DocumentInfo document in CorpusReport.Documents())
        {
            var report = new CorpusReport(document);
            text.AppendLine(report.RenderText()).AppendLine(report.RenderMarkdown()).AppendLine(report.RenderHtml());
            foreach (ValidationError error in document.Validate().Errors.Concat(document.Validate().Warnings))
            {
                text.AppendLine(error.Message);
            }
        }
    }

    private static void AppendErrors(StringBuilder text)
    {
        // Messages carry numbers and ranges too: they must not change with the culture either.
        Action[] badCalls =
        [
            () => ReportPeriod.Quarter(2024, 5), () => ReportPeriod.Parse("quý V/2024"), () => CutOffRule.EndingOnDay(-1, "x"),
            () => VietnameseNumbers.Format(1.5m, -1), () => VietnameseNumbers.ToRoman(4000), () => VietnameseNumbers.FormatRatioAsPercent(decimal.MaxValue),
            () => DocumentNumber.Parse("Số 0-BC/X"), () => DocumentNumber.Party(-5, "BC", "BDVTU"), () => Anniversary.Of(TraditionalDay.MassMobilization, 1930),
            () => _ = new LunarDate(2025, 12, 30), () => _ = new LunarDate(2025, 5, 1, isLeapMonth: true), () => LunarDate.FromSolar(new LocalDate(2200, 1, 1)),
            () => ReportPeriod.Parse("quý " + new string('I', 5000) + "/2024"), () => ReportPeriod.Parse(new string('ſ', 99) + "😀 năm 2024"),
            () => SignaturePrefix.Parse("ſ/M"),
        ];
        foreach (Action bad in badCalls)
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
