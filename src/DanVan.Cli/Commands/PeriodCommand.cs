using System.CommandLine;
using DanVan.Cli.Output;
using DanVan.Reporting;
using NodaTime;
using NodaTime.Text;

namespace DanVan.Cli.Commands;

/// <summary>
/// <c>danvan period "&lt;text or code&gt;" [--json]</c>: a period's dates, its Nghị định 09/2019 data window and the
/// next period. The <c>--json</c> shape is fixed by the contract:
/// <c>{"period","code","kind","start","end","dataWindow":{"start","end"},"next"}</c>.
/// </summary>
internal static class PeriodCommand
{
    public static Command Create(Terminal terminal)
    {
        var text = new Argument<string>("period") { Description = Text.Pick(
            "Kỳ báo cáo: mã (2024-Q3, 2024-H1, 2024-9M, 2024, 2020-2025, 2024-07) hoặc chữ (\"quý III năm 2024\").",
            "A reporting period: a code (2024-Q3, 2024-H1, 2024-9M, 2024, 2020-2025, 2024-07) or text (\"quý III năm 2024\").") };
        Option<bool> json = SharedOptions.Json();
        var command = new Command("period", Text.Pick(
            "Thông tin một kỳ báo cáo: ngày đầu, ngày cuối, thời gian chốt số liệu (Nghị định 09/2019/NĐ-CP) và kỳ sau.",
            "A reporting period's first and last day, data window (Decree 09/2019/ND-CP) and next period."))
        {
            text,
            json,
        };
        command.SetAction(parsed =>
        {
            string input = parsed.GetValue(text)!;
            if (!TryRead(input, out ReportPeriod period, out string error))
            {
                terminal.WriteError("danvan period", Text.Quote(input), "period", error);
                return ExitCodes.Unreadable;
            }

            DateInterval window = period.DataWindow(CutOffRule.Decree09);
            string next = NextText(period);
            if (parsed.GetValue(json))
            {
                terminal.WriteJson(writer =>
                {
                    writer.WriteStartObject();
                    writer.WriteString("period", period.ToString());
                    writer.WriteString("code", period.ToCode());
                    writer.WriteString("kind", PeriodKindNames.Code(period.Kind));
                    writer.WriteString("start", Iso(period.Start));
                    writer.WriteString("end", Iso(period.End));
                    writer.WriteStartObject("dataWindow");
                    writer.WriteString("start", Iso(window.Start));
                    writer.WriteString("end", Iso(window.End));
                    writer.WriteEndObject();
                    writer.WriteString("next", next);
                    writer.WriteEndObject();
                }, JsonOutput.Options);
                return ExitCodes.Success;
            }

            TextWriter output = terminal.Out;
            output.WriteLine(Text.Pick("Kỳ báo cáo:    ", "Period:        ") + period);
            output.WriteLine(Text.Pick("Mã:            ", "Code:          ") + period.ToCode());
            output.WriteLine(Text.Pick("Loại kỳ:       ", "Kind:          ") + PeriodKindNames.Describe(period.Kind));
            output.WriteLine(Text.Pick("Từ ngày:       ", "First day:     ") + Iso(period.Start));
            output.WriteLine(Text.Pick("Đến ngày:      ", "Last day:      ") + Iso(period.End));
            output.WriteLine(Text.Pick("Chốt số liệu:  ", "Data window:   ") + Iso(window.Start) + " – " + Iso(window.End) + " (" + CutOffRule.Decree09.Basis(period.Kind) + ")");
            output.WriteLine(Text.Pick("Kỳ sau:        ", "Next period:   ") + next);
            return ExitCodes.Success;
        });
        return command;
    }

    // A code first ("2024-Q3"), then the Vietnamese text forms ReportPeriod.Parse accepts.
    private static bool TryRead(string input, out ReportPeriod period, out string error)
    {
        error = string.Empty;
        if (ReportPeriod.TryParseCode(input, out period))
        {
            return true;
        }

        try
        {
            period = ReportPeriod.Parse(input);
            return true;
        }
        catch (FormatException notText)
        {
            error = notText.Message + Text.Pick(
                " Mã kỳ: 2024-07, 2024-Q2, 2024-H1, 2024-H2, 2024-9M, 2024, 2020-2025.",
                " Period codes: 2024-07, 2024-Q2, 2024-H1, 2024-H2, 2024-9M, 2024, 2020-2025.");
            return false;
        }
    }

    // The last supported period has no next one: say so instead of failing.
    private static string NextText(ReportPeriod period)
    {
        try
        {
            return period.Next().ToString();
        }
        catch (InvalidOperationException)
        {
            return Text.Pick("(ngoài các năm được hỗ trợ)", "(beyond the supported years)");
        }
    }

    private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);
}
