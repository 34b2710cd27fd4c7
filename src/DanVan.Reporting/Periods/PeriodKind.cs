namespace DanVan.Reporting;

/// <summary>
/// The kinds of reporting period ("kỳ báo cáo") used in công tác dân vận and in state periodic reporting.
/// </summary>
public enum PeriodKind
{
    /// <summary>A calendar month ("tháng"), e.g. "tháng 7 năm 2024".</summary>
    Month,

    /// <summary>A quarter ("quý"), three months written with a Roman numeral, e.g. "quý II năm 2024".</summary>
    Quarter,

    /// <summary>The first half of a year ("6 tháng đầu năm"), reviewed at the mid-year "sơ kết".</summary>
    FirstHalf,

    /// <summary>The second half of a year ("6 tháng cuối năm").</summary>
    SecondHalf,

    /// <summary>The first nine months of a year ("9 tháng đầu năm"), a local reporting cycle not defined by Nghị định 09/2019.</summary>
    NineMonths,

    /// <summary>A calendar year ("năm"), reviewed at the year-end "tổng kết".</summary>
    Year,

    /// <summary>A term of office ("nhiệm kỳ"), the years between two congresses, e.g. "nhiệm kỳ 2020 - 2025".</summary>
    Term,
}
