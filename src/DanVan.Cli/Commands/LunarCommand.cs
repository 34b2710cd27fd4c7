using System.CommandLine;
using DanVan.Cli.Input;
using DanVan.Cli.Output;
using DanVan.Reporting.Calendar;
using NodaTime;

namespace DanVan.Cli.Commands;

/// <summary><c>danvan lunar &lt;yyyy-mm-dd&gt;</c>: the Vietnamese lunar date (UTC+7), e.g. "mùng 1 tháng Giêng năm Ất Tỵ".</summary>
internal static class LunarCommand
{
    public static Command Create(Terminal terminal)
    {
        Argument<string> date = DateArgument.Create("date", "Ngày dương lịch, dạng yyyy-mm-dd.", "The solar date, as yyyy-mm-dd.");
        var command = new Command("lunar", Text.Pick(
            "Ngày âm lịch Việt Nam (múi giờ UTC+7) của một ngày dương lịch.",
            "The Vietnamese lunar date (UTC+7 time zone) of a solar date."))
        {
            date,
        };
        command.SetAction(parsed =>
        {
            if (DateArgument.Read(parsed, date, "danvan lunar", terminal, out string text) is not LocalDate day)
            {
                return ExitCodes.Unreadable;
            }

            if (day < LunarDate.MinSolarDate || day > LunarDate.MaxSolarDate)
            {
                terminal.WriteError("danvan lunar", text, "usage", Text.Format(
                    "âm lịch chỉ tính được cho các ngày từ {0} đến {1}.",
                    "lunar dates are computed from {0} to {1} only.",
                    Iso(LunarDate.MinSolarDate), Iso(LunarDate.MaxSolarDate)));
                return ExitCodes.Unreadable;
            }

            terminal.Out.WriteLine(LunarDate.FromSolar(day).ToString());
            return ExitCodes.Success;
        });
        return command;
    }

    private static string Iso(LocalDate date) => NodaTime.Text.LocalDatePattern.Iso.Format(date);
}
