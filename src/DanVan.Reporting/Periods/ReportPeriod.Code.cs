using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace DanVan.Reporting;

// The short code form of a period, for JSON and command lines: "2024-07", "2024-Q2", "2024-H1", "2024-H2", "2024-9M",
// "2024", "2020-2025".
public readonly partial struct ReportPeriod
{
    /// <summary>The code forms, as listed in error messages.</summary>
    internal const string CodeForms = "\"2024-07\", \"2024-Q2\", \"2024-H1\", \"2024-H2\", \"2024-9M\", \"2024\", \"2020-2025\"";

    /// <summary>
    /// The period's code: "2024-07" (month, two digits), "2024-Q2" (quarter), "2024-H1" and "2024-H2" (halves), "2024-9M"
    /// (the first nine months), "2024" (year), "2020-2025" (term, first and last year).
    /// </summary>
    /// <remarks>The form other programs exchange (JSON, the command line); <see cref="ParseCode"/> reads it back.</remarks>
    /// <returns>The code.</returns>
    public string ToCode()
    {
        string year = FirstYear.ToString("D4", CultureInfo.InvariantCulture);
        return _kind switch
        {
            PeriodKind.Month => year + "-" + (_index + 1).ToString("D2", CultureInfo.InvariantCulture),
            PeriodKind.Quarter => year + "-Q" + (_index + 1).ToString(CultureInfo.InvariantCulture),
            PeriodKind.FirstHalf => year + "-H1",
            PeriodKind.SecondHalf => year + "-H2",
            PeriodKind.NineMonths => year + "-9M",
            PeriodKind.Term => year + "-" + LastYear.ToString("D4", CultureInfo.InvariantCulture),
            _ => year,
        };
    }

    /// <summary>Reads a period's code (see <see cref="ToCode"/>); letters in any case, spaces around ignored.</summary>
    /// <param name="code">The code.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a code; the message quotes it and lists the code forms.</exception>
    public static ReportPeriod ParseCode(string code)
    {
        Internal.Preconditions.CheckNotNull(code, nameof(code));
        return TryParseCode(code, out ReportPeriod period) ? period : throw new FormatException(Internal.Messages.Pick(
            Internal.Messages.Format("{0} không phải là mã kỳ báo cáo; các dạng mã: {1}.", Internal.Messages.Quote(code), CodeForms),
            Internal.Messages.Format("{0} is not a reporting period code; code forms: {1}.", Internal.Messages.Quote(code), CodeForms)));
    }

    /// <summary>Reads a period's code as <see cref="ParseCode"/> does, without throwing.</summary>
    /// <param name="code">The code, or null.</param>
    /// <param name="period">The period read, or the default value.</param>
    /// <returns>Whether the text is a code of a supported period.</returns>
    public static bool TryParseCode([NotNullWhen(true)] string? code, out ReportPeriod period)
    {
        period = default;
        if (code is null)
        {
            return false;
        }

        ReadOnlySpan<char> text = code.AsSpan().Trim();
        if (text.Length < 4 || !TryDigits(text[..4], out int year) || year < MinYear || year > MaxYear)
        {
            return false;
        }

        if (text.Length == 4)
        {
            period = Year(year);
            return true;
        }

        if (text[4] != '-')
        {
            return false;
        }

        ReadOnlySpan<char> rest = text[5..];
        if (rest.Length == 2 && TryDigits(rest, out int month) && month is >= 1 and <= 12)
        {
            period = Month(year, month);
            return true;
        }

        if (rest.Length == 2 && rest[0] is 'Q' or 'q' && rest[1] is >= '1' and <= '4')
        {
            period = Quarter(year, rest[1] - '0');
            return true;
        }

        if (rest.Length == 2 && rest[0] is 'H' or 'h' && rest[1] is '1' or '2')
        {
            period = rest[1] == '1' ? FirstHalf(year) : SecondHalf(year);
            return true;
        }

        if (rest.Length == 2 && rest[0] == '9' && rest[1] is 'M' or 'm')
        {
            period = NineMonths(year);
            return true;
        }

        if (rest.Length == 4 && TryDigits(rest, out int last) && last > year && last - year <= MaxTermYears && last <= MaxYear)
        {
            period = Term(year, last);
            return true;
        }

        return false;
    }

    private static bool TryDigits(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        foreach (char c in text)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }
}
