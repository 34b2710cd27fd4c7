using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using DanVan.Reporting;
using DanVan.Reporting.Benchmarks;
using DanVan.Reporting.Benchmarks.Subjects;
using DanVan.Reporting.Benchmarks.Suites;

// --quick: a short in-process job, one line per comparison (under 3 minutes on 2 cores).
// --quick <Name>: the same for the suites whose class name contains Name only (e.g. --quick Pdf).
// No arguments: the full suites, tables written to BenchmarkDotNet.Artifacts/results.
// Anything else goes to BenchmarkSwitcher (e.g. --filter '*Lunar*').
if (args is ["--html", string side])
{
    // Prints one side's HTML, to diff the templates against our writer by hand.
    Console.Out.Write(side switch
    {
        "fluid" => TemplateSides.RenderFluid(Inputs.Valid),
        "handlebars" => TemplateSides.RenderHandlebars(Inputs.Valid),
        _ => Inputs.Valid.RenderHtml(),
    });
    return 0;
}


Type[] suites = [typeof(ValidationBenchmarks), typeof(RenderingBenchmarks), typeof(DocxBenchmarks), typeof(PdfBenchmarks), typeof(LunarBenchmarks), typeof(GeneratorBenchmarks)];
QuickMode.IsOn = args is ["--quick"] or ["--quick", _];
if (QuickMode.IsOn)
{
    if (args is [_, string only])
    {
        suites = [.. suites.Where(suite => suite.Name.Contains(only, StringComparison.OrdinalIgnoreCase))];
    }

    Job quick = Job.Default
        .WithToolchain(InProcessEmitToolchain.Instance)
        .WithLaunchCount(1)
        // Three warm-ups let tiered JIT finish before measuring; the median of seven iterations keeps one
        // interrupted iteration (the machine is often shared) from moving a ratio.
        .WithWarmupCount(3)
        .WithIterationCount(7)
        .WithIterationTime(Perfolizer.Horology.TimeInterval.FromMilliseconds(150))
        .WithId("Quick");
    IConfig quickConfig = ManualConfig.CreateEmpty()
        .AddJob(quick)
        .AddDiagnoser(MemoryDiagnoser.Default)
        .AddColumnProvider(DefaultColumnProviders.Instance)
        .AddLogger(NullLogger.Instance)
        .WithArtifactsPath(Path.Combine(Path.GetTempPath(), "danvan-benchmarks-quick"))
        .WithOptions(ConfigOptions.DisableLogFile | ConfigOptions.JoinSummary);
    Summary quickSummary = BenchmarkRunner.Run(suites, quickConfig).Single();
    // A partial run (--quick <Name>) prints only the lines whose benchmarks ran.
    foreach (string line in Lines([quickSummary]).Where(line => !line.Contains("NaN", StringComparison.Ordinal) && !line.EndsWith(" -1", StringComparison.Ordinal)))
    {
        Console.WriteLine(line);
    }

    return quickSummary.HasCriticalValidationErrors || quickSummary.Reports.Any(r => !r.Success) ? 1 : 0;
}

Job full = Job.Default
    .WithToolchain(InProcessEmitToolchain.Instance)
    .WithLaunchCount(1)
    .WithMinWarmupCount(2)
    .WithMaxWarmupCount(6)
    .WithMinIterationCount(5)
    .WithMaxIterationCount(20)
    .WithId("Full");
IConfig fullConfig = DefaultConfig.Instance
    .AddJob(full)
    .AddDiagnoser(MemoryDiagnoser.Default)
    .AddExporter(MarkdownExporter.GitHub);
Summary[] summaries = args.Length == 0
    ? BenchmarkRunner.Run(suites, fullConfig)
    : [.. BenchmarkSwitcher.FromTypes(suites).Run(args, fullConfig)];
if (args.Length == 0)
{
    // One table per suite (each with its own baseline); the comparison lines from all of them.
    foreach (string line in Lines(summaries))
    {
        Console.WriteLine(line);
    }
}

return 0;

// The comparison lines: ratio = baseline median / our median; validation sums the valid and the invalid report.
static IEnumerable<string> Lines(Summary[] summaries)
{
    BenchmarkReport[] summary = [.. summaries.SelectMany(s => s.Reports)];
    yield return Ratio("validate-vs-dataannotations", Median(summary, "DataAnnotations_Valid") + Median(summary, "DataAnnotations_Invalid"), Median(summary, "Generated_Valid") + Median(summary, "Generated_Invalid"));
    yield return Ratio("validate-vs-fluentvalidation", Median(summary, "FluentValidation_Valid") + Median(summary, "FluentValidation_Invalid"), Median(summary, "Generated_Valid") + Median(summary, "Generated_Invalid"));
    yield return Ratio("validate-invalid-vs-dataannotations", Median(summary, "DataAnnotations_InvalidMessages"), Median(summary, "Generated_InvalidMessages"));
    yield return Ratio("validate-invalid-vs-fluentvalidation", Median(summary, "FluentValidation_InvalidMessages"), Median(summary, "Generated_InvalidMessages"));
    yield return Ratio("render-html-vs-fluid", Median(summary, "Fluid"), Median(summary, "Generated_HtmlReportWriter"));
    yield return Ratio("render-html-vs-handlebars", Median(summary, "Handlebars"), Median(summary, "Generated_HtmlReportWriter"));
    yield return Ratio("render-html-utf8-vs-handlebars", Median(summary, "Handlebars_Utf8"), Median(summary, "Generated_HtmlUtf8"));
    yield return Ratio("lunar-vs-chinesecalendar", Median(summary, "ChineseLunisolarCalendar"), Median(summary, "LunarDate_FromSolar"));
    yield return "slowdown render-pdf-vs-docx " + Format(Median(summary, "RenderPdf") / Median(summary, "RenderDocx"));
    yield return "time render-pdf-ms " + Format(Median(summary, "RenderPdf") / 1e6);
    yield return "time render-docx-ms " + Format(Median(summary, "RenderDocx") / 1e6);
    yield return Ratio("generator-cached-vs-stj", Median(summary, "Stj_CachedRun", 500), Median(summary, "CachedRun", 500));
    yield return "time generator-500-first-ms " + Format(Median(summary, "FirstRun", 500) / 1e6);
    yield return "time generator-500-cached-ms " + Format(Median(summary, "CachedRun", 500) / 1e6);
    yield return "alloc validate-valid " + Allocated(summary, "Generated_Valid").ToString(CultureInfo.InvariantCulture);
    yield return "alloc render-html " + Allocated(summary, "Generated_HtmlReportWriter").ToString(CultureInfo.InvariantCulture);
    yield return "alloc render-html-utf8 " + Allocated(summary, "Generated_HtmlUtf8").ToString(CultureInfo.InvariantCulture);
}

static string Ratio(string name, double baseline, double ours) => "ratio " + name + " " + Format(baseline / ours);

static string Format(double value) => value.ToString("F2", CultureInfo.InvariantCulture);

static BenchmarkReport? Report(BenchmarkReport[] summary, string method, int? reports = null) =>
    summary.SingleOrDefault(r => r.BenchmarkCase.Descriptor.WorkloadMethod.Name == method
        && (reports is null || Equals(r.BenchmarkCase.Parameters["Reports"], reports)));

static double Median(BenchmarkReport[] summary, string method, int? reports = null) =>
    Report(summary, method, reports)?.ResultStatistics?.Median ?? double.NaN;

static long Allocated(BenchmarkReport[] summary, string method) =>
    Report(summary, method) is BenchmarkReport report ? report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase) ?? -1 : -1;
