using System.Text;
using DanVan.Reporting;
using DanVan.Reporting.Docx;
using DanVan.Reporting.Pdf;
using DanVan.Samples.Reports;

// The main job: for each seed article, the report's period, the data window of the cut-off rule that governs its
// issuer (Party bodies are not governed by Nghị định 09/2019), the period its "phương hướng, nhiệm vụ" looks ahead to,
// its date line and its figures (SeedSummary). Runs with invariant globalization.
var output = new StringBuilder();
foreach (SeedReport seed in Seeds.All)
{
    output.Append(SeedSummary.Describe(seed));
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
