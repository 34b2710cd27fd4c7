using System.CommandLine;
using DanVan.Reporting.Json;

namespace DanVan.Cli.Commands;

/// <summary>The arguments and options validate and render share: inputs, <c>--json</c>, <c>--jobs</c>, <c>--max-bytes</c>.</summary>
internal sealed class BatchOptions
{
    public Argument<string[]> Inputs { get; } = new("inputs")
    {
        Description = Text.Pick(
            "Tệp JSON, thư mục (mọi tệp *.json trong đó) hoặc - (đọc từ đầu vào chuẩn).",
            "JSON files, directories (every *.json file in them) or - (standard input)."),
        Arity = ArgumentArity.OneOrMore,
    };

    public Option<bool> Json { get; } = SharedOptions.Json();

    public Option<int> Jobs { get; } = new("--jobs", "-j")
    {
        Description = Text.Pick("Số lõi xử lý song song (mặc định: tất cả).", "How many cores to use in parallel (default: all)."),
        DefaultValueFactory = _ => Environment.ProcessorCount,
    };

    public Option<int> MaxBytes { get; } = new("--max-bytes")
    {
        Description = Text.Format(
            "Kích thước tối đa của một tệp JSON, tính bằng byte (mặc định {0} = 4 MiB).",
            "The largest JSON file accepted, in bytes (default {0} = 4 MiB).", ReportJsonOptions.DefaultMaxBytes),
        DefaultValueFactory = _ => ReportJsonOptions.DefaultMaxBytes,
    };

    public BatchOptions()
    {
        Jobs.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 1 or > 1024)
            {
                result.AddError(Text.Pick("--jobs phải từ 1 đến 1024.", "--jobs must be 1 to 1024."));
            }
        });
        MaxBytes.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
            {
                result.AddError(Text.Pick("--max-bytes phải lớn hơn 0.", "--max-bytes must be greater than 0."));
            }
        });
    }

    public void AddTo(Command command)
    {
        command.Arguments.Add(Inputs);
        command.Options.Add(Json);
        command.Options.Add(Jobs);
        command.Options.Add(MaxBytes);
    }

    public ReportJsonOptions JsonOptions(ParseResult parsed) => new() { MaxBytes = parsed.GetValue(MaxBytes) };
}
