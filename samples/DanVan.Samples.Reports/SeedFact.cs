using DanVan.Reporting;
using DanVan.Reporting.Calendar;

namespace DanVan.Samples.Reports;

/// <summary>A figure or reference an article reports, kept as typed data and written by the SDK.</summary>
internal abstract record SeedFact
{
    /// <summary>The fact as a report writes it.</summary>
    public abstract string Describe();
}

/// <summary>What a figure is: something achieved, something aimed at, or a difficulty. A report must not print a target or a difficulty as a result.</summary>
internal enum FigureKind
{
    /// <summary>Achieved in the period ("kết quả").</summary>
    Result,

    /// <summary>Aimed at or directed, not yet achieved ("mục tiêu", "chỉ tiêu").</summary>
    Target,

    /// <summary>A difficulty or shortcoming ("khó khăn, hạn chế").</summary>
    Difficulty,
}

/// <summary>A figure: its subject (who achieved, aims at or faces it) and its kind travel with the number.</summary>
internal abstract record FigureFact(string Subject, FigureKind Kind) : SeedFact
{
    /// <summary>"kết quả của Lực lượng Biên phòng tỉnh", "mục tiêu do Thành ủy chỉ đạo", "khó khăn của …".</summary>
    protected string Attribution => Kind switch
    {
        FigureKind.Target => "mục tiêu — " + Subject,
        FigureKind.Difficulty => "khó khăn — " + Subject,
        _ => "kết quả — " + Subject,
    };
}

/// <summary>A count or measure with its unit: "3.000 ha", "47 ngày công".</summary>
internal sealed record QuantityFact(string Subject, FigureKind Kind, string Label, decimal Value, string Unit) : FigureFact(Subject, Kind)
{
    public override string Describe() => Label + ": " + VietnameseNumbers.Format(Value) + " " + Unit + " (" + Attribution + ")";
}

/// <summary>A percentage: "36,24%".</summary>
internal sealed record PercentFact(string Subject, FigureKind Kind, string Label, decimal Percent) : FigureFact(Subject, Kind)
{
    public override string Describe() => Label + ": " + VietnameseNumbers.FormatPercent(Percent) + " (" + Attribution + ")";
}

/// <summary>An amount of money, with the "Bằng chữ" line of official documents.</summary>
internal sealed record MoneyFact(string Subject, FigureKind Kind, string Label, long Dong) : FigureFact(Subject, Kind)
{
    public override string Describe() => Label + ": " + VietnameseNumbers.FormatMoney(Dong) + " (" + Attribution + "). " + VietnameseNumbers.FormatAmountInWords(Dong);
}

/// <summary>An anniversary celebrated in the period.</summary>
internal sealed record AnniversaryFact(TraditionalDay Day, int Year) : SeedFact
{
    public override string Describe() => Anniversary.Of(Day, Year).ToString();
}

/// <summary>A congress's term, written as the SDK writes periods.</summary>
internal sealed record TermFact(string Label, ReportPeriod Term) : SeedFact
{
    public override string Describe() => Label + ", " + Term;
}

/// <summary>
/// A document cited in the text with its full title, as Party citations write it: "Chỉ thị số 33/CT-TTg, ngày
/// 26/11/2021 của Thủ tướng Chính phủ về “…”.".
/// </summary>
internal sealed record CitationFact(string Kind, DocumentNumber Number, NodaTime.LocalDate Date, string Issuer, string Title) : SeedFact
{
    public override string Describe() =>
        Kind + " số " + Number.ToCitationString() + ", " + VietnameseDates.FormatCitation(Date) + " của " + Issuer + " về “" + Title + "”.";
}
