using System.CommandLine;
using System.Globalization;
using DanVan.Cli.Input;
using DanVan.Cli.Output;
using DanVan.Cli.Processing;
using DanVan.Reporting;
using DanVan.Reporting.Catalog;
using DanVan.Reporting.Json;
using NodaTime;

namespace DanVan.Cli.Commands;

/// <summary>
/// <c>danvan rollup &lt;kind&gt; &lt;dir&gt; --units &lt;units.json&gt; [--received &lt;manifest.json&gt;] [--period &lt;code&gt;]
/// [--format …] [--table] --out &lt;dir&gt; [--json]</c>: reads the units' reports of one kind from a folder, tells each
/// unit's standing (on time, late by N working days, missing, sent twice), rolls the valid ones up, and writes the
/// rolled-up report as JSON and in each format. Shapes of units.json and the manifest: docs/rollup.md.
/// </summary>
internal static class RollupCommand
{
    private const string Name = "danvan rollup";

    // Files times are instants; the received day is the day in Vietnam (UTC+7, no daylight saving).
    private static readonly Offset s_vietnam = Offset.FromHours(7);

    public static Command Create(Terminal terminal)
    {
        var kind = KindArgument.Create();
        var folder = new Argument<string>("dir") { Description = Text.Pick("Thư mục chứa báo cáo JSON của các đơn vị.", "The folder holding the units' JSON reports.") };
        var units = new Option<string>("--units") { Description = Text.Pick("Tệp JSON danh sách đơn vị (và kỳ, thời hạn).", "The JSON file listing the units (and the period, the deadline)."), Required = true };
        var received = new Option<string?>("--received") { Description = Text.Pick("Tệp JSON kê báo cáo nhận được (tệp, đơn vị, ngày nhận); mặc định theo tên tệp và thời gian sửa tệp.", "A JSON manifest of the reports received (file, unit, date); by default the file name and its modification time.") };
        var period = new Option<string?>("--period") { Description = Text.Pick("Mã kỳ báo cáo (ví dụ 2024-Q2), nếu units.json không ghi.", "The period code (e.g. 2024-Q2), when units.json has none.") };
        var format = new Option<string>("--format", "-f")
        {
            Description = Text.Format("Định dạng văn bản, cách nhau dấu phẩy (mặc định docx): {0}.", "Document formats, comma-separated (default docx): {0}.", string.Join(", ", OutputFormats.All.Select(f => f.Name))),
            DefaultValueFactory = _ => "docx",
        };
        var table = new Option<bool>("--table") { Description = Text.Pick("Thêm bảng tình hình gửi báo cáo và số liệu chủ yếu theo từng đơn vị.", "Add the per-unit table of standing and main figures.") };
        var output = new Option<string>("--out", "-o") { Description = Text.Pick("Thư mục ghi kết quả (tạo nếu chưa có).", "The folder to write the results to (created if missing)."), Required = true };
        var json = SharedOptions.Json();
        var batch = new BatchOptions();
        var command = new Command("rollup", Text.Pick(
            "Tổng hợp báo cáo của các đơn vị cấp dưới thành báo cáo của cấp trên, kèm tình hình gửi báo cáo (đúng hạn, chậm, chưa gửi).",
            "Rolls the subordinate units' reports up into the superior body's report, with who reported on time, late or not at all."))
        {
            kind,
            folder,
            units,
            received,
            period,
            format,
            table,
            output,
            json,
            batch.MaxBytes,
        };
        command.SetAction(parsed =>
        {
            var run = new Run(terminal, parsed.GetValue(json), batch.JsonOptions(parsed));
            return run.Execute(parsed.GetValue(kind)!, parsed.GetValue(folder)!, parsed.GetValue(units)!, parsed.GetValue(received), parsed.GetValue(period),
                parsed.GetValue(format)!, parsed.GetValue(table), parsed.GetValue(output)!);
        });
        return command;
    }

    private sealed class Run(Terminal terminal, bool json, ReportJsonOptions jsonOptions)
    {
        private readonly List<(FileOutcome Outcome, string? Unit)> _files = [];

        public int Execute(string kindId, string folder, string unitsFile, string? manifestFile, string? periodCode, string formatList, bool withTable, string outputDirectory)
        {
            if (ReportCatalog.Find(kindId) is null)
            {
                KindArgument.Find(kindId, "rollup", terminal);
                return ExitCodes.Unreadable;
            }

            if (RollUpCatalog.Find(kindId) is not RollUpKind kind)
            {
                return Usage(Text.Quote(kindId), "usage", Text.Format("loại báo cáo {0} chưa có quy tắc tổng hợp; các loại tổng hợp được: {1}.",
                    "the report kind {0} has no roll-up rules; the kinds that roll up are: {1}.", Text.Quote(kindId), string.Join(", ", RollUpCatalog.All.Select(k => k.Kind.Id))));
            }

            List<OutputFormat>? formats = RenderCommand.ParseFormats(formatList, terminal, Name);
            if (formats is null)
            {
                return ExitCodes.Unreadable;
            }

            if (!Directory.Exists(folder))
            {
                return Usage(folder, FileCodes.NotFound, Text.Pick("không tìm thấy thư mục báo cáo.", "the reports folder does not exist."));
            }

            if (ReadSetup(unitsFile, manifestFile, periodCode, out RollupSetup.Units? setup, out List<RollupSetup.Submission>? manifest, out ReportPeriod roundPeriod) is int failed)
            {
                return failed;
            }

            IReportingRound round;
            try
            {
                round = kind.OpenRound(roundPeriod, setup!.List, setup.Deadline);
            }
            catch (ArgumentException error)
            {
                return Usage(unitsFile, "usage", Text.MessageOf(error));
            }

            bool unreadable = false;
            foreach ((string file, string path, string unit, LocalDate day) in Submissions(folder, unitsFile, manifestFile, manifest))
            {
                unreadable |= Submit(kind, round, file, path, unit, day);
            }

            RoundResult result = round.Close();
            return Finish(kind, result, formats, withTable, outputDirectory, unreadable);
        }

        private int? ReadSetup(string unitsFile, string? manifestFile, string? periodCode, out RollupSetup.Units? setup, out List<RollupSetup.Submission>? manifest, out ReportPeriod period)
        {
            setup = null;
            manifest = null;
            period = default;
            if (ReadSmall(unitsFile) is not byte[] unitsJson)
            {
                return ExitCodes.Unreadable;
            }

            setup = RollupSetup.ReadUnits(unitsJson, out string where, out string? error);
            if (setup is null)
            {
                return Usage(unitsFile, where, "units", error!);
            }

            if (periodCode is not null)
            {
                if (!ReportPeriod.TryParseCode(periodCode, out period))
                {
                    return Usage("--period", "usage", Text.Format("{0} không phải mã kỳ báo cáo (ví dụ 2024-Q2).", "{0} is not a period code (e.g. 2024-Q2).", Text.Quote(periodCode)));
                }
            }
            else if (setup.Period is ReportPeriod fromUnits)
            {
                period = fromUnits;
            }
            else
            {
                return Usage(unitsFile, "$.period", "usage", Text.Pick("cần kỳ báo cáo: \"period\" trong tệp đơn vị hoặc --period.", "the period is needed: \"period\" in the units file, or --period."));
            }

            if (manifestFile is not null)
            {
                if (ReadSmall(manifestFile) is not byte[] manifestJson)
                {
                    return ExitCodes.Unreadable;
                }

                manifest = RollupSetup.ReadManifest(manifestJson, out where, out error);
                if (manifest is null)
                {
                    return Usage(manifestFile, where, "manifest", error!);
                }
            }

            return null;
        }

        // The submissions: the manifest's lines, or every *.json of the folder (the unit is the name before the first
        // '.', the day received is the file's modification day in Vietnam). Sorted, so the run does not depend on the
        // order the file system lists them in.
        private static IEnumerable<(string File, string Path, string Unit, LocalDate Received)> Submissions(string folder, string unitsFile, string? manifestFile, List<RollupSetup.Submission>? manifest)
        {
            if (manifest is not null)
            {
                return manifest.Select(s => (s.File, Path.Combine(folder, s.File), s.Unit, s.Received)).ToList();
            }

            var skip = new HashSet<string>(new[] { unitsFile, manifestFile }.Where(f => f is not null).Select(f => Path.GetFullPath(f!)), StringComparer.Ordinal);
            return Directory.EnumerateFiles(folder, "*.json", SearchOption.TopDirectoryOnly)
                .Where(path => !skip.Contains(Path.GetFullPath(path)))
                .OrderBy(path => path, StringComparer.Ordinal)
                .Select(path =>
                {
                    string file = Path.GetFileName(path);
                    string unit = file.Split('.')[0];
                    LocalDate day = Instant.FromDateTimeUtc(File.GetLastWriteTimeUtc(path)).WithOffset(s_vietnam).Date;
                    return (file, path, unit, day);
                })
                .ToList();
        }

        // Reads one unit's file into the round; true when it could not be read as JSON at all (exit 2).
        private bool Submit(RollUpKind kind, IReportingRound round, string file, string path, string unit, LocalDate received)
        {
            byte[]? bytes = InputReader.Read(new InputSource(file, path, file), jsonOptions.MaxBytes, Stream.Null, out Problem? problem);
            if (bytes is null)
            {
                round.Reject(file, unit, problem!.Code, problem.Message);
                _files.Add((FileOutcome.Failed(file, unreadable: true, problem), unit));
                return true;
            }

            JsonReadResult<IJsonReport> read = kind.Kind.Read(bytes, jsonOptions);
            if (!read.IsSuccess)
            {
                Problem[] errors = read.Errors.Select(e => new Problem(e.Path, e.Location, e.Code, e.Message)).ToArray();
                round.Reject(file, unit, read.IsUnreadable ? "unreadable" : "invalid", errors[0].Message);
                _files.Add((FileOutcome.Failed(file, read.IsUnreadable, errors), unit));
                return read.IsUnreadable;
            }

            RejectedSubmission? rejected = round.Submit(unit, read.Value!, received, file);
            _files.Add((rejected is null
                ? new FileOutcome(file, false, [], [])
                : FileOutcome.Failed(file, unreadable: false, new Problem("$", "-", rejected.Code, rejected.Reason)), unit));
            return false;
        }

        private int Finish(RollUpKind kind, RoundResult result, List<OutputFormat> formats, bool withTable, string outputDirectory, bool unreadable)
        {
            var problems = new List<Problem>();
            foreach (RollUpError error in result.RollUpErrors)
            {
                string path = JsonPaths.FromMemberPath(error.Path);
                problems.Add(new Problem(path, path, error.Code, error.Message));
            }

            if (problems.Count == 0)
            {
                foreach (ValidationError error in result.Report.Validate().Errors)
                {
                    string path = JsonPaths.FromMemberPath(error.Path);
                    problems.Add(new Problem(path, path, error.Code, error.Message));
                }
            }

            string stem = kind.Kind.Id + "-" + result.Period.ToCode();
            var outputs = new List<string>();
            if (problems.Count == 0)
            {
                try
                {
                    Directory.CreateDirectory(outputDirectory);
                    RolledUpReport document = kind.ToDocument(result, withTable);
                    string jsonPath = Path.Combine(outputDirectory, stem + ".json");
                    File.WriteAllBytes(jsonPath, document.ToJsonUtf8(kind.Kind.Id));
                    outputs.Add(jsonPath);
                    foreach (OutputFormat format in formats)
                    {
                        string path = Path.Combine(outputDirectory, stem + "." + format.Name);
                        using (var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 64 * 1024))
                        {
                            format.Write!(document, stream);
                        }

                        outputs.Add(path);
                    }
                }
                catch (Exception error) when (error is IOException or UnauthorizedAccessException)
                {
                    problems.Add(new Problem("$", outputDirectory, FileCodes.WriteFailed, Text.Format("không ghi được kết quả: {0}", "cannot write the results: {0}", error.Message)));
                }
            }

            var summary = new FileOutcome(stem, false, problems, outputs);
            if (json)
            {
                WriteJson(result, summary);
            }
            else
            {
                WriteText(result, summary);
            }

            bool anyInvalid = problems.Count > 0 || _files.Any(f => !f.Outcome.Valid);
            return unreadable ? ExitCodes.Unreadable : anyInvalid ? ExitCodes.Invalid : ExitCodes.Success;
        }

        private void WriteText(RoundResult result, FileOutcome summary)
        {
            foreach ((FileOutcome outcome, _) in _files)
            {
                foreach (Problem problem in outcome.Errors)
                {
                    terminal.WriteError(outcome.File, problem.Where, problem.Code, problem.Message);
                }
            }

            foreach (Problem problem in summary.Errors)
            {
                terminal.WriteError(summary.File, problem.Where, problem.Code, problem.Message);
            }

            terminal.Out.WriteLine(result.StatusText());
            for (int i = 0; i < result.Units.Count; i++)
            {
                UnitStatus unit = result.Units[i];
                terminal.Out.WriteLine((i + 1).ToString(CultureInfo.InvariantCulture) + ". " + unit.Unit.Name + ": " + RoundResult.StatusWords(unit)
                    + (unit.Source is null ? string.Empty : " (" + unit.Source + ", " + Iso(unit.Received!.Value) + ")"));
            }

            foreach (string path in summary.Outputs)
            {
                terminal.Out.WriteLine(Text.Pick("Đã ghi ", "Wrote ") + path);
            }
        }

        private void WriteJson(RoundResult result, FileOutcome summary) =>
            terminal.WriteJson(writer =>
            {
                writer.WriteStartArray();
                foreach ((FileOutcome outcome, string? unit) in _files)
                {
                    writer.WriteStartObject();
                    ResultJson.WriteFields(writer, outcome, withOutputs: true);
                    writer.WriteString("unit", unit);
                    writer.WriteEndObject();
                }

                writer.WriteStartObject();
                ResultJson.WriteFields(writer, summary, withOutputs: true);
                writer.WriteString("period", result.Period.ToCode());
                writer.WriteString("deadline", Iso(result.Deadline));
                writer.WriteString("status", result.StatusText());
                writer.WriteStartArray("units");
                foreach (UnitStatus unit in result.Units)
                {
                    writer.WriteStartObject();
                    writer.WriteString("name", unit.Unit.Name);
                    writer.WriteString("code", unit.Unit.Code);
                    writer.WriteString("status", unit.Status switch { SubmissionStatus.OnTime => "on-time", SubmissionStatus.Late => "late", _ => "missing" });
                    writer.WriteNumber("workingDaysLate", unit.WorkingDaysLate);
                    writer.WriteString("received", unit.Received is LocalDate day ? Iso(day) : null);
                    writer.WriteString("source", unit.Source);
                    writer.WriteStartArray("superseded");
                    foreach (string source in unit.Superseded)
                    {
                        writer.WriteStringValue(source);
                    }

                    writer.WriteEndArray();
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
                writer.WriteEndArray();
            }, JsonOutput.Options);

        private byte[]? ReadSmall(string file)
        {
            byte[]? bytes = InputReader.Read(new InputSource(file, file, file), jsonOptions.MaxBytes, Stream.Null, out Problem? problem);
            if (bytes is null)
            {
                terminal.WriteError(file, problem!.Where, problem.Code, problem.Message);
            }

            return bytes;
        }

        private int Usage(string file, string code, string message) => Usage(file, "-", code, message);

        private int Usage(string file, string where, string code, string message)
        {
            terminal.WriteError(file, where, code, message);
            return ExitCodes.Unreadable;
        }

        private static string Iso(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
    }
}
