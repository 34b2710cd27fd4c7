using System.Text;
using DanVan.Reporting;
using DanVan.Reporting.Calendar;
using DanVan.Reporting.Docx;
using DanVan.Reporting.Pdf;
using DanVan.Samples.Reports;
using NodaTime;

// The main job: for each seed article, the report's period, its calendar and Nghị định 09/2019 data windows, the
// period its "phương hướng, nhiệm vụ" looks ahead to, and its date line. Runs with invariant globalization.
var output = new StringBuilder();
foreach (SeedReport seed in Seeds.All)
{
    output.AppendLine(seed.Source);
    output.AppendLine("  Tiêu đề:              " + seed.Title);
    output.AppendLine("  Kỳ báo cáo:           " + seed.Period + FoundInTitle(seed));
    output.AppendLine("  Theo lịch:            " + Describe(seed.Period.DataWindow(CutOffRule.Calendar)));
    output.AppendLine("  Chốt số liệu NĐ 09:   " + Describe(seed.Period.DataWindow(CutOffRule.Decree09)) + " — " + CutOffRule.Decree09.Basis(seed.Period.Kind));
    output.AppendLine("  Phương hướng kỳ sau:  " + seed.Period.Next());
    output.AppendLine("  Dòng ngày tháng:      " + DateLine(seed));
    if (seed.MeetingDate is LocalDate day)
    {
        string when = seed.MeetingTime is LocalTime time
            ? VietnameseDates.FormatDayPartDate(day.At(time), withDayWord: true)
            : VietnameseDates.FormatCitation(day);
        output.AppendLine("  Hội nghị:             " + when + " (" + VietnameseDates.WeekdayInText(day.DayOfWeek) + "; âm lịch: " + LunarDate.FromSolar(day) + ")");
    }

    foreach (SeedFact fact in seed.Facts)
    {
        output.AppendLine("  Số liệu:              " + fact.Describe());
    }

    output.AppendLine();
}

// The seeds as generated report types: validated by the generated, reflection-free Validate(), then rendered to
// out/<seed>.txt, .md, .html and .docx by the generated WriteTo and the writers.
string outputFolder = Path.Combine(Environment.CurrentDirectory, "out");
Directory.CreateDirectory(outputFolder);
foreach ((string file, IReport report) in SeedReports.All)
{
    ReportValidationResult validation = report.Validate();
    output.AppendLine("Báo cáo " + file + " (" + report.Period + "): " + (validation.IsValid ? "hợp lệ" : validation.ToString()));
    File.WriteAllText(Path.Combine(outputFolder, file + ".txt"), report.RenderText());
    File.WriteAllText(Path.Combine(outputFolder, file + ".md"), report.RenderMarkdown());
    File.WriteAllText(Path.Combine(outputFolder, file + ".html"), report.RenderHtml());
    File.WriteAllBytes(Path.Combine(outputFolder, file + ".docx"), report.RenderDocx());
    File.WriteAllBytes(Path.Combine(outputFolder, file + ".pdf"), report.RenderPdf());
}

output.AppendLine("Đã ghi " + SeedReports.All.Count * 5 + " tệp vào " + outputFolder + " (.txt, .md, .html, .docx, .pdf).");
output.AppendLine();
output.Append(SeedReports.All[^1].Report.RenderText());

// Raw UTF-8: Vietnamese must print the same whatever the terminal's settings.
using Stream stdout = Console.OpenStandardOutput();
stdout.Write(Encoding.UTF8.GetBytes(output.ToString()));

static string Describe(DateInterval window) =>
    VietnameseDates.FormatNumeric(window.Start) + " – " + VietnameseDates.FormatNumeric(window.End) + " (" + window.Length + " ngày)";

static string DateLine(SeedReport seed) => (seed.Place, seed.MeetingDate) switch
{
    (string place, LocalDate day) => VietnameseDates.FormatDateLine(place, day),
    (string place, null) => VietnameseDates.FormatBlankDateLine(place, seed.Period.LastYear) + "   (bài không nêu ngày: để trống, điền khi ký)",
    (null, LocalDate day) => "…, " + VietnameseDates.FormatDate(day) + "   (bài không nêu địa danh)",
    _ => "(bài không nêu địa danh và ngày)",
};

static string FoundInTitle(SeedReport seed)
{
    IReadOnlyList<ReportPeriod> found = ReportPeriod.FindIn(seed.Title);
    return found.Count > 0 && found[0] == seed.Period
        ? "   (đọc được từ tiêu đề: " + string.Join(", ", found) + ")"
        : "   (tiêu đề không nêu kỳ này)";
}
