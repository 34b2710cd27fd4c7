using DanVan.Reporting;

namespace DanVan.Cli.Output;

/// <summary>Period kinds as the contract's JSON writes them ("Quarter") and as people read them ("quý").</summary>
internal static class PeriodKindNames
{
    /// <summary>The enum member's name, spelt out so NativeAOT needs no enum metadata.</summary>
    public static string Code(PeriodKind kind) => kind switch
    {
        PeriodKind.Month => "Month",
        PeriodKind.Quarter => "Quarter",
        PeriodKind.FirstHalf => "FirstHalf",
        PeriodKind.SecondHalf => "SecondHalf",
        PeriodKind.NineMonths => "NineMonths",
        PeriodKind.Year => "Year",
        _ => "Term",
    };

    /// <summary>The kind in the chosen language: "6 tháng đầu năm" / "first half".</summary>
    public static string Describe(PeriodKind kind) => kind switch
    {
        PeriodKind.Month => Text.Pick("tháng", "month"),
        PeriodKind.Quarter => Text.Pick("quý", "quarter"),
        PeriodKind.FirstHalf => Text.Pick("6 tháng đầu", "first half"),
        PeriodKind.SecondHalf => Text.Pick("6 tháng cuối", "second half"),
        PeriodKind.NineMonths => Text.Pick("9 tháng", "nine months"),
        PeriodKind.Year => Text.Pick("năm", "year"),
        _ => Text.Pick("nhiệm kỳ", "term"),
    };
}
