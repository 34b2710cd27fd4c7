using DanVan.Reporting.Internal;

namespace DanVan.Reporting;

/// <summary>
/// Reads reporting periods from the ways people write them: "quý II năm 2024", "Quý II/2024", "6 tháng đầu năm 2024",
/// "nhiệm kỳ 2024-2029", "tháng 7/2024", "năm 2024"; any case, spacing, NFC or NFD, with or without diacritics.
/// </summary>
/// <remarks>
/// One matcher serves both <see cref="ReportPeriod.Parse(string)"/> (the whole input must be one period) and
/// <see cref="ReportPeriod.FindIn(string)"/> (periods inside running text, where a year may be stated once for several
/// periods: "quý II, triển khai nhiệm vụ quý III năm 2024").
/// </remarks>
internal static class ReportPeriodParser
{
    private const int MissingYear = -1;

    /// <summary>
    /// The longest text <see cref="TryParse"/> reads. The longest period ("nhiệm kỳ 2020 - 2025" in NFD with spaces) is
    /// well under it; anything longer fails at once instead of being tokenized.
    /// </summary>
    internal const int MaxTextLength = 200;

    /// <summary>The accepted forms, as listed in error messages.</summary>
    internal const string AcceptedForms =
        "\"tháng 7 năm 2024\", \"tháng 7/2024\", \"quý II năm 2024\", \"quý II/2024\", \"6 tháng đầu năm 2024\", " +
        "\"6 tháng cuối năm 2024\", \"9 tháng đầu năm 2024\", \"năm 2024\", \"nhiệm kỳ 2020 - 2025\"";

    public static bool TryParse(string? text, out ReportPeriod period, out string? reason)
    {
        period = default;
        reason = null;
        if (text is null)
        {
            return false;
        }

        if (text.Length > MaxTextLength)
        {
            reason = Messages.Pick(
                Messages.Format("Văn bản dài {0} ký tự, quá dài cho một kỳ báo cáo (tối đa {1}).", text.Length, MaxTextLength),
                Messages.Format("The text is {0} characters long, too long for a reporting period (at most {1}).", text.Length, MaxTextLength));
            return false;
        }

        List<PeriodToken> tokens = PeriodTokenizer.Tokenize(text);
        Match match = MatchAt(tokens, 0, requireYear: true);
        reason = match.Reason;
        if (!match.Success || match.Length != tokens.Count)
        {
            return false;
        }

        period = match.ToPeriod(match.Year);
        return true;
    }

    public static IReadOnlyList<ReportPeriod> FindIn(string text)
    {
        List<PeriodToken> tokens = PeriodTokenizer.Tokenize(text);
        var matches = new List<Match>();
        int i = 0;
        while (i < tokens.Count)
        {
            int dateLength = DateLengthAt(tokens, i);
            if (dateLength > 0)
            {
                i += dateLength; // "ngày 02 tháng 7 năm 2024" is a date, not a month and a year
                continue;
            }

            bool afterNumber = i > 0 && tokens[i - 1].Type == PeriodTokenType.Number;
            Match match = MatchAt(tokens, i, requireYear: false);
            if (match.Success && !(afterNumber && match.Kind == PeriodKind.Month))
            {
                matches.Add(match);
                i += match.Length;
            }
            else
            {
                i++;
            }
        }

        // A year stated once for several periods follows them ("quý II, … quý III năm 2024"); failing that, the nearest
        // one before. Two passes keep this linear: 512 KB of "quý II, " without a year must not rescan for each period.
        var yearAfter = new int[matches.Count];
        int following = MissingYear;
        for (int m = matches.Count - 1; m >= 0; m--)
        {
            yearAfter[m] = following;
            if (matches[m].Year != MissingYear)
            {
                following = matches[m].Year;
            }
        }

        var periods = new List<ReportPeriod>(matches.Count);
        int preceding = MissingYear;
        for (int m = 0; m < matches.Count; m++)
        {
            int year = matches[m].Year != MissingYear ? matches[m].Year : yearAfter[m] != MissingYear ? yearAfter[m] : preceding;
            if (matches[m].Year != MissingYear)
            {
                preceding = matches[m].Year;
            }

            if (year != MissingYear)
            {
                periods.Add(matches[m].ToPeriod(year));
            }
        }

        return periods;
    }

    public static FormatException ParseError(string? text, string? reason)
    {
        string quoted = Messages.Quote(text);
        string vietnamese = Messages.Format("Không đọc được kỳ báo cáo từ {0}.{1} Các dạng được chấp nhận: {2}.", quoted, reason is null ? string.Empty : " " + reason, AcceptedForms);
        string english = Messages.Format("Cannot read a reporting period from {0}.{1} Accepted forms: {2}.", quoted, reason is null ? string.Empty : " " + reason, AcceptedForms);
        return new FormatException(Messages.Pick(vietnamese, english));
    }

    private static int DateLengthAt(List<PeriodToken> t, int i)
    {
        // ngày D tháng M năm Y | ngày D/M/Y
        if (!At(t, i).IsWord("ngay") || At(t, i + 1).Type != PeriodTokenType.Number)
        {
            return 0;
        }

        if (At(t, i + 2).IsWord("thang") && At(t, i + 3).Type == PeriodTokenType.Number)
        {
            return At(t, i + 4).IsWord("nam") && At(t, i + 5).Type == PeriodTokenType.Number ? 6 : 4;
        }

        return 2;
    }

    private static Match MatchAt(List<PeriodToken> t, int i, bool requireYear)
    {
        PeriodToken first = At(t, i);
        if (first.IsWord("thang"))
        {
            return MatchNumbered(t, i, PeriodKind.Month, requireYear);
        }

        if (first.IsWord("quy"))
        {
            return MatchNumbered(t, i, PeriodKind.Quarter, requireYear);
        }

        if (first.IsWord("nam"))
        {
            return MatchYearAt(t, i + 1, requireYear: true, out int year, out string? reason) is int length
                ? new Match(PeriodKind.Year, 0, year, 0, 1 + length, reason)
                : Match.Fail(reason);
        }

        if (first.IsWord("nhiem") && At(t, i + 1).IsWord("ky"))
        {
            return MatchTerm(t, i + 2);
        }

        int months = first.Type == PeriodTokenType.Number ? first.Value : first.IsWord("sau") ? 6 : first.IsWord("chin") ? 9 : 0;
        if (months != 0 && At(t, i + 1).IsWord("thang"))
        {
            return MatchMonthsOfYear(t, i, months, requireYear);
        }

        return Match.Fail(null);
    }

    // tháng 7 năm 2024 | tháng 7/2024 | quý II năm 2024 | quý II/2024 | quý 2-2024 | quý IV.2022
    private static Match MatchNumbered(List<PeriodToken> t, int i, PeriodKind kind, bool requireYear)
    {
        PeriodToken numberToken = At(t, i + 1);
        int max = kind == PeriodKind.Month ? 12 : 4;
        int number = numberToken.Type switch
        {
            PeriodTokenType.Number => numberToken.Value,
            PeriodTokenType.Word when kind == PeriodKind.Quarter => RomanValue(numberToken.Text),
            _ => 0,
        };

        if (numberToken.Type == PeriodTokenType.Word && number == 0)
        {
            return Match.Fail(null); // "Quy chế", "tháng trước": not a period
        }

        if (numberToken.Type != PeriodTokenType.Number && numberToken.Type != PeriodTokenType.Word)
        {
            return Match.Fail(null);
        }

        if (number < 1 || number > max)
        {
            return Match.Fail(kind == PeriodKind.Month
                ? Messages.Pick(Messages.Format("Tháng phải từ 1 đến 12; giá trị nhận được: {0}.", Messages.Cut(numberToken.Text, 12)), Messages.Format("The month must be 1 to 12; got {0}.", Messages.Cut(numberToken.Text, 12)))
                : Messages.Pick(Messages.Format("Quý phải từ I đến IV (1 đến 4); giá trị nhận được: {0}.", CaseMapping.ToUpper(Messages.Cut(numberToken.Text, 12))), Messages.Format("The quarter must be I to IV (1 to 4); got {0}.", CaseMapping.ToUpper(Messages.Cut(numberToken.Text, 12)))));
        }

        PeriodToken separator = At(t, i + 2);
        bool hasSeparator = separator.IsWord("nam") || separator.IsSymbol('/') || separator.IsSymbol('-') || separator.IsSymbol('.');
        if (hasSeparator && MatchYearAt(t, i + 3, requireYear: true, out int year, out string? reason) is int length)
        {
            return new Match(kind, number, year, 0, 3 + length, reason);
        }

        if (hasSeparator && At(t, i + 3).Type == PeriodTokenType.Number)
        {
            return Match.Fail(YearReason(At(t, i + 3)));
        }

        return requireYear ? Match.Fail(null) : new Match(kind, number, MissingYear, 0, 2, null);
    }

    // 6 tháng đầu năm 2024 | 6 tháng cuối năm 2024 | 9 tháng đầu năm 2024 | 9 tháng năm 2024
    private static Match MatchMonthsOfYear(List<PeriodToken> t, int i, int months, bool requireYear)
    {
        int next = i + 2;
        PeriodKind kind;
        if (months == 6 && At(t, next).IsWord("dau"))
        {
            kind = PeriodKind.FirstHalf;
            next++;
        }
        else if (months == 6 && At(t, next).IsWord("cuoi"))
        {
            kind = PeriodKind.SecondHalf;
            next++;
        }
        else if (months == 9)
        {
            kind = PeriodKind.NineMonths;
            if (At(t, next).IsWord("dau"))
            {
                next++;
            }
        }
        else if (months == 6)
        {
            return Match.Fail(Messages.Pick(
                "Sau \"6 tháng\" cần \"đầu năm\" hoặc \"cuối năm\".",
                "\"6 tháng\" must be followed by \"đầu năm\" (first half) or \"cuối năm\" (second half)."));
        }
        else
        {
            return Match.Fail(null);
        }

        if (!At(t, next).IsWord("nam"))
        {
            return Match.Fail(null);
        }

        if (MatchYearAt(t, next + 1, requireYear, out int year, out string? reason) is int length)
        {
            return new Match(kind, 0, year, 0, next + 1 - i + length, reason);
        }

        return Match.Fail(reason);
    }

    // nhiệm kỳ 2020 - 2025 | nhiệm kỳ 2024-2029 | nhiệm kỳ 2020 đến 2025
    private static Match MatchTerm(List<PeriodToken> t, int i)
    {
        PeriodToken firstToken = At(t, i);
        PeriodToken separator = At(t, i + 1);
        PeriodToken lastToken = At(t, i + 2);
        if (firstToken.Type != PeriodTokenType.Number || !(separator.IsSymbol('-') || separator.IsWord("den")) || lastToken.Type != PeriodTokenType.Number)
        {
            return Match.Fail(null);
        }

        int firstYear = firstToken.Value;
        int lastYear = lastToken.Value;
        if (firstYear < ReportPeriod.MinYear || firstYear > ReportPeriod.MaxYear)
        {
            return Match.Fail(YearReason(firstToken));
        }

        if (lastYear <= firstYear || lastYear - firstYear > ReportPeriod.MaxTermYears || lastYear > ReportPeriod.MaxYear)
        {
            return Match.Fail(Messages.Pick(
                Messages.Format("Năm cuối nhiệm kỳ phải sau năm đầu từ 1 đến {0} năm và không quá {1}; giá trị nhận được: {2} - {3}.", ReportPeriod.MaxTermYears, ReportPeriod.MaxYear, Messages.Cut(firstToken.Text, 12), Messages.Cut(lastToken.Text, 12)),
                Messages.Format("A term's last year must be 1 to {0} years after its first and at most {1}; got {2} - {3}.", ReportPeriod.MaxTermYears, ReportPeriod.MaxYear, Messages.Cut(firstToken.Text, 12), Messages.Cut(lastToken.Text, 12))));
        }

        return new Match(PeriodKind.Term, 0, firstYear, lastYear, 5, null);
    }

    /// <summary>Matches a four-digit supported year at <paramref name="i"/>; returns the tokens used (0 when the year may be missing).</summary>
    private static int? MatchYearAt(List<PeriodToken> t, int i, bool requireYear, out int year, out string? reason)
    {
        PeriodToken token = At(t, i);
        reason = null;
        year = MissingYear;
        if (token.Type == PeriodTokenType.Number)
        {
            if (token.Value < ReportPeriod.MinYear || token.Value > ReportPeriod.MaxYear)
            {
                reason = YearReason(token);
                return null;
            }

            year = token.Value;
            return 1;
        }

        return requireYear ? null : 0;
    }

    private static string YearReason(PeriodToken token) => Messages.Pick(
        Messages.Format("Năm phải từ {0} đến {1}; giá trị nhận được: {2}.", ReportPeriod.MinYear, ReportPeriod.MaxYear, Messages.Quote(token.Text, 12)),
        Messages.Format("The year must be {0} to {1}; got {2}.", ReportPeriod.MinYear, ReportPeriod.MaxYear, Messages.Quote(token.Text, 12)));

    private static int RomanValue(string word) => word switch
    {
        "i" => 1,
        "ii" => 2,
        "iii" => 3,
        "iv" => 4,
        _ when IsRomanLike(word) => -1,
        _ => 0,
    };

    private static bool IsRomanLike(string word)
    {
        foreach (char c in word)
        {
            if (c is not ('i' or 'v' or 'x' or 'l' or 'c' or 'd' or 'm'))
            {
                return false;
            }
        }

        return true;
    }

    private static PeriodToken At(List<PeriodToken> t, int i) =>
        i < t.Count ? t[i] : new PeriodToken(PeriodTokenType.Symbol, "\0", 0);

    private readonly record struct Match(PeriodKind Kind, int Number, int Year, int LastYear, int Length, string? Reason)
    {
        public bool Success => Length > 0;

        public static Match Fail(string? reason) => new(default, 0, MissingYear, 0, 0, reason);

        public ReportPeriod ToPeriod(int year) => Kind switch
        {
            PeriodKind.Month => ReportPeriod.Month(year, Number),
            PeriodKind.Quarter => ReportPeriod.Quarter(year, Number),
            PeriodKind.FirstHalf => ReportPeriod.FirstHalf(year),
            PeriodKind.SecondHalf => ReportPeriod.SecondHalf(year),
            PeriodKind.NineMonths => ReportPeriod.NineMonths(year),
            PeriodKind.Year => ReportPeriod.Year(year),
            _ => ReportPeriod.Term(year, LastYear),
        };
    }
}
