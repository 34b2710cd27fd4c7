using System.Globalization;
using System.Text.Json;
using DanVan.Reporting;
using NodaTime;

namespace DanVan.Cli.Input;

/// <summary>
/// The round's set-up read from <c>--units</c> (period, deadline rule, units in order) and, with <c>--received</c>,
/// the manifest of submissions (file, unit, received date). Shapes: docs/rollup.md. Errors name the file, the JSON path
/// or line:column, and the rule; nothing here throws for bad input.
/// </summary>
internal static class RollupSetup
{
    /// <summary>What --units holds.</summary>
    public sealed record Units(ReportPeriod? Period, DeadlineRule? Deadline, IReadOnlyList<ReportingUnit> List);

    /// <summary>One line of the manifest.</summary>
    public sealed record Submission(string File, string Unit, LocalDate Received);

    public static Units? ReadUnits(byte[] json, out string where, out string? error)
    {
        where = "$";
        error = null;
        if (Parse(json, out where, out error) is not JsonDocument document)
        {
            return null;
        }

        using (document)
        {
            JsonElement root = document.RootElement;
            JsonElement units;
            ReportPeriod? period = null;
            DeadlineRule? deadline = null;
            if (root.ValueKind == JsonValueKind.Array)
            {
                units = root;
            }
            else if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("units", out units) && units.ValueKind == JsonValueKind.Array)
            {
                if (root.TryGetProperty("period", out JsonElement code))
                {
                    if (code.ValueKind != JsonValueKind.String || !ReportPeriod.TryParseCode(code.GetString(), out ReportPeriod parsed))
                    {
                        return Fail<Units>("$.period", Text.Format("kỳ báo cáo {0} không đúng dạng mã kỳ (ví dụ \"2024-Q2\", \"2024-06\", \"2024\").",
                            "the period {0} is not a period code (e.g. \"2024-Q2\", \"2024-06\", \"2024\").", code.GetRawText()), out where, out error);
                    }

                    period = parsed;
                }

                if (root.TryGetProperty("deadline", out JsonElement rule) && ReadDeadline(rule, out where, out error) is var read)
                {
                    if (error is not null)
                    {
                        return null;
                    }

                    deadline = read;
                }
            }
            else
            {
                return Fail<Units>("$", Text.Pick("cần một đối tượng có \"units\" là mảng đơn vị, hoặc một mảng đơn vị.", "expected an object whose \"units\" is an array of units, or an array of units."), out where, out error);
            }

            var list = new List<ReportingUnit>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            int index = 0;
            foreach (JsonElement unit in units.EnumerateArray())
            {
                string path = "$.units[" + index.ToString(CultureInfo.InvariantCulture) + "]";
                string? name = unit.ValueKind == JsonValueKind.String ? unit.GetString()
                    : unit.ValueKind == JsonValueKind.Object && unit.TryGetProperty("name", out JsonElement n) && n.ValueKind == JsonValueKind.String ? n.GetString() : null;
                string? code = unit.ValueKind == JsonValueKind.Object && unit.TryGetProperty("code", out JsonElement c) && c.ValueKind == JsonValueKind.String ? c.GetString() : null;
                if (string.IsNullOrWhiteSpace(name))
                {
                    return Fail<Units>(path + ".name", Text.Pick("đơn vị cần có tên (\"name\").", "a unit needs a name (\"name\")."), out where, out error);
                }

                string[] ids = string.IsNullOrWhiteSpace(code) || code.Trim() == name.Trim() ? [name.Trim()] : [name.Trim(), code.Trim()];
                if (ids.FirstOrDefault(id => seen.Contains(id)) is string twice)
                {
                    return Fail<Units>(path, Text.Format("đơn vị {0} có trong danh sách hai lần.", "the unit {0} is listed twice.", Text.Quote(twice)), out where, out error);
                }

                seen.UnionWith(ids);
                list.Add(new ReportingUnit(name.Trim(), string.IsNullOrWhiteSpace(code) ? null : code.Trim()));
                index++;
            }

            if (list.Count == 0)
            {
                return Fail<Units>("$.units", Text.Pick("danh sách đơn vị trống.", "the list of units is empty."), out where, out error);
            }

            return new Units(period, deadline, list);
        }
    }

    public static List<Submission>? ReadManifest(byte[] json, out string where, out string? error)
    {
        if (Parse(json, out where, out error) is not JsonDocument document)
        {
            return null;
        }

        using (document)
        {
            JsonElement root = document.RootElement;
            JsonElement items = root;
            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("submissions", out JsonElement inner))
            {
                items = inner;
            }

            if (items.ValueKind != JsonValueKind.Array)
            {
                return Fail<List<Submission>>("$", Text.Pick("cần một đối tượng có \"submissions\" là mảng, hoặc một mảng.", "expected an object whose \"submissions\" is an array, or an array."), out where, out error);
            }

            var list = new List<Submission>();
            int index = 0;
            foreach (JsonElement item in items.EnumerateArray())
            {
                string path = "$.submissions[" + index.ToString(CultureInfo.InvariantCulture) + "]";
                string? file = String(item, "file");
                string? unit = String(item, "unit");
                string? received = String(item, "received");
                if (string.IsNullOrWhiteSpace(file) || string.IsNullOrWhiteSpace(unit))
                {
                    return Fail<List<Submission>>(path, Text.Pick("mỗi dòng cần \"file\" và \"unit\".", "each line needs \"file\" and \"unit\"."), out where, out error);
                }

                if (received is null || DateArgument.Parse(received, out _) is not LocalDate date)
                {
                    return Fail<List<Submission>>(path + ".received", Text.Format("ngày nhận {0} không đúng dạng yyyy-mm-dd.", "the received date {0} is not yyyy-mm-dd.", Text.Quote(received ?? "null")), out where, out error);
                }

                list.Add(new Submission(file, unit, date));
                index++;
            }

            return list;
        }
    }

    private static DeadlineRule? ReadDeadline(JsonElement rule, out string where, out string? error)
    {
        where = "$.deadline";
        error = null;
        if (rule.ValueKind != JsonValueKind.Object)
        {
            return Fail<DeadlineRule>(where, Text.Pick("\"deadline\" phải là một đối tượng.", "\"deadline\" must be an object."), out where, out error);
        }

        DeadlineRule result = DeadlineRule.Decree09;
        if (rule.TryGetProperty("dayOfLastMonth", out JsonElement day))
        {
            if (!day.TryGetInt32(out int value) || value is < 1 or > 31)
            {
                return Fail<DeadlineRule>("$.deadline.dayOfLastMonth", Text.Format("{0} không phải ngày từ 1 đến 31.", "{0} is not a day from 1 to 31.", day.GetRawText()), out where, out error);
            }

            result = DeadlineRule.DayOfLastMonth(value);
        }
        else if (rule.TryGetProperty("workingDaysAfterCutOff", out JsonElement days))
        {
            if (!days.TryGetInt32(out int value) || value is < 1 or > 60)
            {
                return Fail<DeadlineRule>("$.deadline.workingDaysAfterCutOff", Text.Format("{0} không phải số ngày làm việc từ 1 đến 60.", "{0} is not a number of working days from 1 to 60.", days.GetRawText()), out where, out error);
            }

            result = DeadlineRule.WorkingDaysAfterCutOff(value);
        }

        if (rule.TryGetProperty("extendToWorkingDay", out JsonElement extend))
        {
            if (extend.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
            {
                return Fail<DeadlineRule>("$.deadline.extendToWorkingDay", Text.Pick("phải là true hoặc false.", "must be true or false."), out where, out error);
            }

            if (extend.GetBoolean())
            {
                result = result.ExtendedToWorkingDay();
            }
        }

        return result;
    }

    private static string? String(JsonElement item, string name) =>
        item.ValueKind == JsonValueKind.Object && item.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static JsonDocument? Parse(byte[] json, out string where, out string? error)
    {
        where = "$";
        error = null;
        try
        {
            return JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 16 });
        }
        catch (JsonException exception)
        {
            where = ((exception.LineNumber ?? 0) + 1).ToString(CultureInfo.InvariantCulture) + ":" + ((exception.BytePositionInLine ?? 0) + 1).ToString(CultureInfo.InvariantCulture);
            error = Text.Pick("JSON không đúng cú pháp.", "malformed JSON.");
            return null;
        }
    }

    private static T? Fail<T>(string path, string message, out string where, out string? error)
        where T : class
    {
        where = path;
        error = message;
        return null;
    }
}
