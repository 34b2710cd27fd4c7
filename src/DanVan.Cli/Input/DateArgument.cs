using NodaTime;
using NodaTime.Text;

namespace DanVan.Cli.Input;

/// <summary>Reads an ISO date argument ("2025-01-29"), the form every command and the JSON use.</summary>
internal static class DateArgument
{
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
