using System.CommandLine;

namespace DanVan.Cli;

/// <summary>The options several commands share.</summary>
internal sealed class SharedOptions
{
    /// <summary><c>--lang vi|en</c>: the language of messages (every command).</summary>
    public Option<string> Language { get; } = CreateLanguage();

    /// <summary>A fresh <c>--json</c> option for one command (machine-readable output).</summary>
    public static Option<bool> Json() => new("--json")
    {
        Description = Text.Pick("Kết quả ở dạng JSON (cho chương trình khác đọc).", "Machine-readable JSON output."),
    };

    private static Option<string> CreateLanguage()
    {
        var option = new Option<string>("--lang")
        {
            Description = Text.Pick("Ngôn ngữ của thông báo: vi (mặc định) hoặc en.", "The language of messages: vi (default) or en."),
            Recursive = true,
            DefaultValueFactory = _ => "vi",
            HelpName = "vi|en",
        };
        option.AcceptOnlyFromAmong("vi", "en");
        return option;
    }
}
