using DanVan.Reporting;
using DanVan.Reporting.Calendar;

namespace DanVan.Samples.Reports;

/// <summary>A figure or reference an article reports, kept as typed data and written by the SDK.</summary>
internal abstract record SeedFact
{
    /// <summary>The fact as a report writes it.</summary>
    public abstract string Describe();
}

/// <summary>A count or measure with its unit: "3.000 ha", "47 ngày công".</summary>
internal sealed record QuantityFact(string Label, decimal Value, string Unit) : SeedFact
{
    public override string Describe() => Label + ": " + VietnameseNumbers.Format(Value) + " " + Unit;
}

/// <summary>A percentage: "36,24%".</summary>
internal sealed record PercentFact(string Label, decimal Percent) : SeedFact
{
    public override string Describe() => Label + ": " + VietnameseNumbers.FormatPercent(Percent);
}

/// <summary>An amount of money, with the "Bằng chữ" line of official documents.</summary>
internal sealed record MoneyFact(string Label, long Dong) : SeedFact
{
    public override string Describe() => Label + ": " + VietnameseNumbers.FormatMoney(Dong) + " (" + VietnameseNumbers.FormatAmountInWords(Dong) + ")";
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

/// <summary>A document cited in the text: "Chỉ thị số 33/CT-TTg, ngày 26/11/2021 của Thủ tướng Chính phủ".</summary>
internal sealed record CitationFact(string Kind, DocumentNumber Number, NodaTime.LocalDate Date, string Issuer) : SeedFact
{
    public override string Describe() =>
        Kind + " số " + Number.ToCitationString() + ", " + VietnameseDates.FormatCitation(Date) + " của " + Issuer;
}
