using DanVan.Cli.Input;
using DanVan.Cli.Output;
using DanVan.Reporting;
using DanVan.Reporting.Catalog;
using DanVan.Reporting.Json;

namespace DanVan.Cli.Processing;

/// <summary>
/// One input through the pipeline: read (size-limited), find its kind, read it as that kind's report, validate, and
/// (for render) write each format. Never throws for bad input: everything becomes a <see cref="FileOutcome"/>.
/// </summary>
internal sealed class ReportJob(ReportJsonOptions jsonOptions, IReadOnlyList<OutputFormat> formats, string? outputDirectory, Stream standardInput)
{
    /// <summary>The <c>--out</c> folder of render, or null for validate.</summary>
    public string? OutputDirectory => outputDirectory;

    public FileOutcome Run(InputSource source)
    {
        byte[]? bytes = InputReader.Read(source, jsonOptions.MaxBytes, standardInput, out Problem? problem);
        if (bytes is null)
        {
            return FileOutcome.Failed(source.Name, unreadable: true, problem!);
        }

        JsonReadResult<IJsonReport> read = ReportCatalog.Read(bytes, jsonOptions);
        if (!read.IsSuccess)
        {
            Problem[] errors = read.Errors.Select(error => new Problem(error.Path, error.Location, error.Code, error.Message)).ToArray();
            return FileOutcome.Failed(source.Name, read.IsUnreadable, errors);
        }

        IReport report = read.Value!;
        ReportValidationResult validation = report.Validate();
        if (!validation.IsValid)
        {
            Problem[] errors = validation.Errors.Select(error =>
            {
                string path = JsonPaths.FromMemberPath(error.Path);
                return new Problem(path, path, error.Code, error.Message);
            }).ToArray();
            return FileOutcome.Failed(source.Name, unreadable: false, errors);
        }

        if (outputDirectory is null || formats.Count == 0)
        {
            return new FileOutcome(source.Name, false, [], []);
        }

        var outputs = new List<string>(formats.Count);
        foreach (OutputFormat format in formats)
        {
            string path = Path.Combine(outputDirectory, source.OutputStem + "." + format.Name);
            try
            {
                Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
                using (var output = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 64 * 1024))
                {
                    format.Write!(report, output);
                }

                outputs.Add(path);
            }
            catch (Exception error) when (error is IOException or UnauthorizedAccessException)
            {
                // The data is valid but the document could not be written: the run cannot be called a success.
                return new FileOutcome(source.Name, true, [new Problem("$", path, FileCodes.WriteFailed, Text.Format(
                    "không ghi được {0}: {1}", "cannot write {0}: {1}", path, error.Message))], outputs);
            }
        }

        return new FileOutcome(source.Name, false, [], outputs);
    }
}
