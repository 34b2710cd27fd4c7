using System.Text;
using DanVan.Reporting;
using DanVan.Reporting.Calendar;
using NodaTime;

namespace DanVan.Samples.Reports;

/// <summary>
/// The main job's summary of one seed article: its period, the data window of the cut-off rule that governs its issuer,
/// the period its "phương hướng, nhiệm vụ" looks ahead to, its date line and its figures.
/// </summary>
internal static class SeedSummary
{
    /// <summary>
    /// The cut-off rule of an issuer's system. Nghị định 09/2019/NĐ-CP governs the reports of state administrative bodies
    /// (Điều 1–2); Party committees and their bans are not its subjects and no central Party rule for a cut-off was found
    /// (docs/seeds.md), so a Party issuer's window is the calendar period unless its committee sets another.
    /// </summary>
    public static CutOffRule CutOffRuleFor(DocumentSystem system) => system == DocumentSystem.State ? CutOffRule.Decree09 : CutOffRule.Calendar;

    /// <summary>Why that rule applies, printed after the window.</summary>
    public static string CutOffBasis(DocumentSystem system, PeriodKind kind) => system == DocumentSystem.State
        ? CutOffRule.Decree09.Basis(kind)
        : "cơ quan Đảng không thuộc phạm vi Nghị định 09/2019/NĐ-CP (Điều 1, Điều 2): kỳ theo lịch, trừ khi cấp ủy quy định thời điểm chốt khác";

    /// <summary>The summary lines of one seed, ending with a blank line.</summary>
    public static string Describe(SeedReport seed)
    {
        var output = new StringBuilder();
        output.AppendLine(seed.Source);
        output.AppendLine("  Tiêu đề:              " + seed.Title);
        output.AppendLine("  Kỳ báo cáo:           " + seed.Period + FoundInTitle(seed));
        CutOffRule rule = CutOffRuleFor(seed.System);
        output.AppendLine("  Chốt số liệu:         " + Describe(seed.Period.DataWindow(rule)) + " — " + CutOffBasis(seed.System, seed.Period.Kind));
        output.AppendLine("  Phương hướng kỳ sau:  " + seed.Period.Next());
        output.AppendLine("  Dòng ngày tháng:      " + DateLine(seed));
        if (seed.MeetingDate is LocalDate day)
        {
            string when = seed.MeetingTime is LocalTime time
                ? VietnameseDates.FormatDayPartDate(day.At(time), withDayWord: true)
                : VietnameseDates.FormatCitation(day);
            string venue = seed.Venue is string place ? " tại " + place : "";
            output.AppendLine("  Hội nghị:             " + when + venue + " (" + VietnameseDates.WeekdayInText(day.DayOfWeek) + "; âm lịch: " + LunarDate.FromSolar(day) + ")");
        }

        foreach (SeedFact fact in seed.Facts)
        {
            output.AppendLine("  Số liệu:              " + fact.Describe());
        }

        output.AppendLine();
        return output.ToString();
    }

    private static string Describe(DateInterval window) =>
        VietnameseDates.FormatNumeric(window.Start) + " – " + VietnameseDates.FormatNumeric(window.End) + " (" + window.Length + " ngày)";

    private static string DateLine(SeedReport seed) => (seed.Place, seed.MeetingDate) switch
    {
        (string place, LocalDate day) => VietnameseDates.FormatDateLine(place, day) + (seed.Venue is null ? "" : "   (địa danh nơi cơ quan ban hành đóng trụ sở, không phải nơi họp)"),
        (string place, null) => VietnameseDates.FormatBlankDateLine(place, seed.Period.LastYear) + "   (bài không nêu ngày họp: để trống, điền khi ký)",
        (null, LocalDate day) => "…, " + VietnameseDates.FormatDate(day) + "   (bài không nêu địa danh)",
        _ => "(bài không nêu địa danh và ngày)",
    };

    private static string FoundInTitle(SeedReport seed)
    {
        IReadOnlyList<ReportPeriod> found = ReportPeriod.FindIn(seed.Title);
        return found.Count > 0 && found[0] == seed.Period
            ? "   (đọc được từ tiêu đề: " + string.Join(", ", found) + ")"
            : "   (tiêu đề không nêu kỳ này)";
    }
}
