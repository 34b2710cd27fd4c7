using System.ComponentModel.DataAnnotations;

namespace DanVan.Reporting.Catalog;

/// <summary>
/// What every kind in the catalog has: the document block, the period, the shortcomings and the proposals to the higher
/// level. Each kind adds its own section I and its tasks (section II), placed among these by <see cref="MemberOrder"/>.
/// </summary>
public abstract record CatalogReport
{
    /// <summary>The document block (issuer, number, date line, signature, nơi nhận), when issued as a document.</summary>
    public DocumentInfo? Document { get; init; }

    /// <summary>The period reported, of the kind's <see cref="PeriodKind"/> (a month, a quarter, a year, a term…).</summary>
    public required ReportPeriod Period { get; init; }

    /// <summary>Shortcomings and their causes.</summary>
    [StringLength(Limits.Passage), Display(Name = "Hạn chế, nguyên nhân", Order = MemberOrder.Shortcomings)]
    [RollUp(RollUpRule.Gather)]
    public virtual string? HanChe { get; init; }

    /// <summary>Proposals to the higher level, if any.</summary>
    [MaxCount(Limits.Items), Display(Name = "Kiến nghị, đề xuất", Order = MemberOrder.Proposals)]
    [RollUp(RollUpRule.Gather)]
    public IReadOnlyList<string>? KienNghi { get; init; }
}
