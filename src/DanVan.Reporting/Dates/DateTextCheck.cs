using DanVan.Reporting.Internal;
using NodaTime;

namespace DanVan.Reporting;

/// <summary>
/// The result of checking a date written in words against the official padding rule
/// (see <see cref="VietnameseDates.CheckDateText(string)"/>).
/// </summary>
/// <remarks>Immutable. Problem messages name the value and the rule, in the language of <see cref="MessageSettings.Language"/>.</remarks>
public sealed class DateTextCheck
{
    private const string RuleVi = "Nghị định 30/2020/NĐ-CP, Phụ lục I, Mục II khoản 4 b";
    private const string RuleEn = "Decree 30/2020/ND-CP, Appendix I, II.4.b";

    private DateTextCheck(LocalDate? date, IReadOnlyList<string> problems)
    {
        Date = date;
        Problems = problems;
    }

    /// <summary>The date read, or null when the text holds no valid "ngày … tháng … năm …" date.</summary>
    public LocalDate? Date { get; }

    /// <summary>What breaks the rule; empty when the date is written correctly.</summary>
    public IReadOnlyList<string> Problems { get; }

    /// <summary>Whether a date was read and is written by the rule.</summary>
    public bool IsCompliant => Date is not null && Problems.Count == 0;

    internal static DateTextCheck Of(string text)
    {
        List<PeriodToken> tokens = PeriodTokenizer.Tokenize(text);
        for (int i = 0; i + 5 < tokens.Count; i++)
        {
            if (tokens[i].IsWord("ngay") && tokens[i + 1].Type == PeriodTokenType.Number
                && tokens[i + 2].IsWord("thang") && tokens[i + 3].Type == PeriodTokenType.Number
                && tokens[i + 4].IsWord("nam") && tokens[i + 5].Type == PeriodTokenType.Number)
            {
                return Check(tokens[i + 1], tokens[i + 3], tokens[i + 5]);
            }
        }

        return new DateTextCheck(null, [Messages.Pick(
            Messages.Format("Không tìm thấy ngày dạng \"ngày … tháng … năm …\" trong {0}.", Messages.Quote(text)),
            Messages.Format("No date written \"ngày … tháng … năm …\" found in {0}.", Messages.Quote(text)))]);
    }

    private static DateTextCheck Check(PeriodToken day, PeriodToken month, PeriodToken year)
    {
        var problems = new List<string>();
        if (day.Value is >= 1 and < 10 && day.Text.Length != 2)
        {
            problems.Add(Messages.Pick(
                Messages.Format("Ngày \"{0}\" nhỏ hơn 10 phải ghi thêm số 0 phía trước (\"{1}\") theo {2}.", day.Text, VietnameseDates.DayNumber(day.Value), RuleVi),
                Messages.Format("Day \"{0}\" is below 10 and must have a leading zero (\"{1}\"), per {2}.", day.Text, VietnameseDates.DayNumber(day.Value), RuleEn)));
        }

        if (month.Value is >= 1 and <= 12 && month.Text != VietnameseDates.MonthNumber(month.Value))
        {
            problems.Add(Messages.Pick(
                Messages.Format("Tháng \"{0}\" phải ghi là \"{1}\": chỉ tháng 1, 2 ghi thêm số 0 phía trước, theo {2}.", month.Text, VietnameseDates.MonthNumber(month.Value), RuleVi),
                Messages.Format("Month \"{0}\" must be written \"{1}\": only months 1 and 2 take a leading zero, per {2}.", month.Text, VietnameseDates.MonthNumber(month.Value), RuleEn)));
        }

        if (year.Text.Length != 4)
        {
            problems.Add(Messages.Pick(
                Messages.Format("Năm \"{0}\" phải ghi đủ 4 chữ số theo {1}.", year.Text, RuleVi),
                Messages.Format("Year \"{0}\" must be written in full with 4 digits, per {1}.", year.Text, RuleEn)));
        }

        LocalDate? date = TryDate(year.Value, month.Value, day.Value);
        if (date is null)
        {
            problems.Add(Messages.Pick(
                Messages.Format("Ngày {0} tháng {1} năm {2} không có trong lịch.", day.Text, month.Text, year.Text),
                Messages.Format("Day {0} of month {1} of year {2} does not exist.", day.Text, month.Text, year.Text)));
        }

        return new DateTextCheck(date, problems);
    }

    private static LocalDate? TryDate(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= CalendarSystem.Iso.GetDaysInMonth(year, month)
            ? new LocalDate(year, month, day)
            : null;
}
