using System.CommandLine;
using DanVan.Cli.Input;
using DanVan.Cli.Output;
using DanVan.Reporting.Calendar;
using NodaTime;
using NodaTime.Text;

namespace DanVan.Cli.Commands;

/// <summary>
/// <c>danvan workdays add &lt;yyyy-mm-dd&gt; &lt;n&gt;</c>: the date n working days later, with weekends, the Bộ luật Lao
/// động 2019 holidays and the Government's yearly schedules applied (<see cref="WorkingCalendar.Default"/>).
/// </summary>
internal static class WorkdaysCommand
{
    public static Command Create(Terminal terminal)
    {
        Argument<string> date = DateArgument.Create("date", "Ngày bắt đầu, dạng yyyy-mm-dd.", "The start date, as yyyy-mm-dd.");
        var days = new Argument<int>("n") { Description = Text.Pick("Số ngày làm việc (âm: lùi lại).", "The number of working days (negative: backwards).") };
        var add = new Command("add", Text.Pick(
            "Ngày sau n ngày làm việc (trừ thứ Bảy, Chủ nhật, ngày lễ, tết và lịch nghỉ Chính phủ công bố).",
            "The date n working days later (skipping weekends, public holidays and the Government's published schedules)."))
        {
            date,
            days,
        };
        add.SetAction(parsed =>
        {
            if (DateArgument.Read(parsed, date, "danvan workdays", terminal, out string text) is not LocalDate start)
            {
                return ExitCodes.Unreadable;
            }

            int n = parsed.GetValue(days);
            try
            {
                LocalDate end = WorkingCalendar.Default.AddWorkingDays(start, n);
                terminal.Out.WriteLine(LocalDatePattern.Iso.Format(end));
                return ExitCodes.Success;
            }
            catch (ArgumentException outOfRange)
            {
                // The calendar's own message names the value and the supported range.
                terminal.WriteError("danvan workdays", text, "usage", Text.MessageOf(outOfRange));
                return ExitCodes.Unreadable;
            }
        });

        var command = new Command("workdays", Text.Pick("Tính ngày làm việc.", "Working-day arithmetic.")) { add };
        return command;
    }
}
