using System.CommandLine;
using DanVan.Cli.Output;
using NodaTime;
using NodaTime.Text;

namespace DanVan.Cli.Input;

/// <summary>Reads an ISO date argument ("2025-01-29"), the form every command and the JSON use.</summary>
internal static class DateArgument
{
    /// <summary>A date argument named <paramref name="name"/>, described in both languages.</summary>
    public static Argument<string> Create(string name, string vietnamese, string english) =>
        new(name) { Description = Text.Pick(vietnamese, english) };

    /// <summary>
    /// The date that <paramref name="argument"/> holds (its <paramref name="text"/> as typed), or null once the usage
    /// error of <paramref name="command"/> naming the value is written.
    /// </summary>
    public static LocalDate? Read(System.CommandLine.ParseResult parsed, Argument<string> argument, string command, Terminal terminal, out string text)
    {
        text = parsed.GetValue(argument)!;
        if (Parse(text, out string error) is LocalDate date)
        {
            return date;
        }

        terminal.WriteError(command, text, "usage", error);
        return null;
    }

    /// <summary>The date, or null with <paramref name="error"/> naming the value and the expected form.</summary>
    public static LocalDate? Parse(string text, out string error)
    {
        ParseResult<LocalDate> result = LocalDatePattern.Iso.Parse(text.Trim());
        if (result.Success)
        {
            error = string.Empty;
            return result.Value;
        }

        error = Text.Format(
            "ngày {0} không đúng dạng yyyy-mm-dd (ví dụ 2025-01-29).",
            "the date {0} is not in the form yyyy-mm-dd (e.g. 2025-01-29).",
            Text.Quote(text));
        return null;
    }
}
