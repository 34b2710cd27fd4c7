using Microsoft.CodeAnalysis;
using static DanVan.Reporting.Generators.Tests.Diagnostics.DiagnosticAssert;

namespace DanVan.Reporting.Generators.Tests.Diagnostics;

/// <summary>
/// One test per diagnostic id: a minimal declaration that makes exactly that mistake (the marked span is where the
/// diagnostic points), and the same declaration fixed, which reports nothing and generates code that compiles.
/// </summary>
public class DiagnosticTests
{
    [Fact]
    public void DV0001_TypeNotPartial_IsReported() => Single(
        Report("", declaration: "public record {|BaoCao|}"),
        "DV0001", DiagnosticSeverity.Error,
        "Report type 'Reports.BaoCao' must be declared partial (and so must every type that contains it) so that its Validate, WriteTo and IReport members can be generated");

    [Fact]
    public void DV0001_ContainingTypeNotPartial_IsReported() => Single(
        """
        using DanVan.Reporting;

        namespace Reports;

        public static class BaoCaoHuyen
        {
            [Report(Title = "báo cáo")]
            public partial record {|BaoCao|}
            {
                public required ReportPeriod Period { get; init; }
            }
        }
        """,
        "DV0001", DiagnosticSeverity.Error,
        "Report type 'Reports.BaoCaoHuyen.BaoCao' must be declared partial (and so must every type that contains it) so that its Validate, WriteTo and IReport members can be generated");

    [Fact]
    public void DV0001_Fixed_ReportsNothingAndCompiles()
    {
        Clean(Report(""));
        Clean("""
            using DanVan.Reporting;

            namespace Reports;

            public static partial class BaoCaoHuyen
            {
                [Report(Title = "báo cáo")]
                public partial record BaoCao
                {
                    public required ReportPeriod Period { get; init; }
                }
            }
            """);
    }

    [Fact]
    public void DV0002_NoPeriodProperty_IsReported() => Single(
        """
        using DanVan.Reporting;

        namespace Reports;

        [Report(Title = "báo cáo")]
        public partial record {|BaoCao|}
        {
            public ReportPeriod Ky { get; init; }

            public string? NoiDung { get; init; }
        }
        """,
        "DV0002", DiagnosticSeverity.Error,
        "Report type 'Reports.BaoCao' must have a public readable property 'ReportPeriod Period' (the period the report covers)");

    [Fact]
    public void DV0002_PeriodOfAnotherType_IsReported() => Single(
        """
        using DanVan.Reporting;

        namespace Reports;

        [Report(Title = "báo cáo")]
        public partial record {|BaoCao|}
        {
            public string? Period { get; init; }
        }
        """,
        "DV0002", DiagnosticSeverity.Error,
        "Report type 'Reports.BaoCao' must have a public readable property 'ReportPeriod Period' (the period the report covers)");

    [Theory]
    [InlineData("ReportPeriod Period { get; init; }")] // private: cannot implement IReport.Period (found by GeneratorFuzzTests)
    [InlineData("internal ReportPeriod Period { get; init; }")]
    [InlineData("public ReportPeriod Period { private get; init; }")]
    public void DV0002_PeriodNotPublic_IsReported(string period) => Single(
        $$"""
        using DanVan.Reporting;

        namespace Reports;

        [Report(Title = "báo cáo")]
        public partial record {|BaoCao|}
        {
            {{period}}
        }
        """,
        "DV0002", DiagnosticSeverity.Error,
        "Report type 'Reports.BaoCao' must have a public readable property 'ReportPeriod Period' (the period the report covers)");

    [Fact]
    public void DV0002_Fixed_ReportsNothingAndCompiles() => Clean("""
        using DanVan.Reporting;

        namespace Reports;

        [Report(Title = "báo cáo")]
        public partial record BaoCao
        {
            public ReportPeriod Period { get; init; }

            public string? NoiDung { get; init; }
        }
        """);

    [Fact]
    public void DV0003_UnsupportedMemberType_IsReportedAsWarningAndStillGenerates() => Single(
        Report("    public Dictionary<string, int>? {|SoLieu|} { get; init; }"),
        "DV0003", DiagnosticSeverity.Warning,
        "Member 'SoLieu' of type 'System.Collections.Generic.Dictionary<string, int>?' is neither validated nor rendered: supported are text, numbers, bool, LocalDate, ReportPeriod, records and lists (IReadOnlyList<T>, IList<T>, List<T>, T[]) of these");

    [Fact]
    public void DV0003_Fixed_ReportsNothingAndCompiles() => Clean(Report("    public IReadOnlyList<string>? SoLieu { get; init; }"));

    [Fact]
    public void DV0004_RangeMinimumAboveMaximum_IsReported() => Single(
        Report("""
                [Range(10, 1)]
                public int {|SoMoHinh|} { get; init; }
            """),
        "DV0004", DiagnosticSeverity.Error,
        "Member 'SoMoHinh': [Range] has a minimum (10) greater than its maximum (1), so no value can pass");

    [Fact]
    public void DV0004_MinLengthAboveMaxLength_IsReported() => Single(
        Report("""
                [MinLength(5), MaxLength(2)]
                public IReadOnlyList<string>? {|NhiemVu|} { get; init; }
            """),
        "DV0004", DiagnosticSeverity.Error,
        "Member 'NhiemVu': [MinLength/MaxLength] has a minimum (5) greater than its maximum (2), so no value can pass");

    [Fact]
    public void DV0004_Fixed_ReportsNothingAndCompiles() => Clean(Report("""
            [Range(1, 10)]
            public int SoMoHinh { get; init; }

            [MinLength(2), MaxLength(5)]
            public IReadOnlyList<string>? NhiemVu { get; init; }
        """));

    [Fact]
    public void DV0005_PercentOnText_IsReported() => Single(
        Report("""
                [Percent]
                public string? {|TyLe|} { get; init; }
            """),
        "DV0005", DiagnosticSeverity.Error,
        "Member 'TyLe' of type 'string?' cannot be [Percent]: only numeric members (int, long, decimal, double …) can be rendered as a percentage, money or a quantity");

    [Fact]
    public void DV0005_Fixed_ReportsNothingAndCompiles() => Clean(Report("""
            [Percent]
            public decimal TyLe { get; init; }
        """));

    [Fact]
    public void DV0006_InPeriodOnText_IsReported() => Single(
        Report("""
                [InPeriod]
                public string? {|NgayChot|} { get; init; }
            """),
        "DV0006", DiagnosticSeverity.Error,
        "Member 'NgayChot' of type 'string?' cannot be [InPeriod]: only NodaTime.LocalDate members can be checked against the report's period");

    [Fact]
    public void DV0006_Fixed_ReportsNothingAndCompiles() => Clean(Report("""
            [InPeriod]
            public LocalDate? NgayChot { get; init; }
        """));

    [Fact]
    public void DV0007_UnknownSectionPlaceholder_IsReported() => Single(
        Report("""
                [Section("II", "PHƯƠNG HƯỚNG {nam}")]
                public string? {|PhuongHuong|} { get; init; }
            """),
        "DV0007", DiagnosticSeverity.Error,
        "Title \"PHƯƠNG HƯỚNG {nam}\" uses the unknown placeholder '{nam}': use {period}, {next} or {year}");

    [Fact]
    public void DV0007_Fixed_ReportsNothingAndCompiles() => Clean(Report("""
            [Section("II", "PHƯƠNG HƯỚNG {year}")]
            public string? PhuongHuong { get; init; }
        """));

    [Fact]
    public void DV0008_InvalidPattern_IsReported() => Single(
        Report("""
                [RegularExpression("[0-9")]
                public string? {|MaSo|} { get; init; }
            """),
        "DV0008", DiagnosticSeverity.Error,
        "Member 'MaSo': the pattern \"[0-9\" of [RegularExpression] is not a valid regular expression: Invalid pattern '[0-9' at offset 4. Unterminated [] set.");

    [Fact]
    public void DV0008_Fixed_ReportsNothingAndCompiles() => Clean(Report("""
            [RegularExpression("[0-9]+")]
            public string? MaSo { get; init; }
        """));

    [Fact]
    public void DV0009_GenericReport_IsReported() => Single(
        Report("", declaration: "public partial record {|BaoCao|}<T>"),
        "DV0009", DiagnosticSeverity.Error,
        "Report type 'Reports.BaoCao<T>' cannot be generic: a report's members and rules must be known at compile time");

    [Fact]
    public void DV0009_Fixed_ReportsNothingAndCompiles() => Clean(Report("", declaration: "public partial record BaoCao"));

    [Fact]
    public void DV0010_UserDeclaresValidate_IsReported() => Single(
        Report("    public bool {|Validate|}() => true;"),
        "DV0010", DiagnosticSeverity.Error,
        "Report type 'Reports.BaoCao' already declares 'Validate', which the generator writes; remove or rename it");

    [Fact]
    public void DV0010_UserDeclaresSchemaMethod_IsReported() => Single(
        Report("    public static string {|Schema|}() => \"\";"),
        "DV0010", DiagnosticSeverity.Error,
        "Report type 'Reports.BaoCao' already declares 'Schema', which the generator writes; remove or rename it");

    // Found by GeneratorFuzzTests: a field named as a generated JSON member, and a report type named as a generated member.
    [Theory]
    [InlineData("    public string[]? {|ReadJson|};", "ReadJson")]
    [InlineData("    public int {|WriteJson|} { get; init; }", "WriteJson")]
    [InlineData("    public static string {|GetJsonSchema|}(string? kind) => \"\";", "GetJsonSchema")]
    public void DV0010_UserDeclaresJsonMember_IsReported(string member, string name) => Single(
        Report(member),
        "DV0010", DiagnosticSeverity.Error,
        "Report type 'Reports.BaoCao' already declares '" + name + "', which the generator writes; remove or rename it");

    [Theory]
    [InlineData("Validate")]
    [InlineData("WriteTo")]
    [InlineData("Schema")]
    [InlineData("ReadJson")]
    public void DV0010_ReportTypeNamedAsAGeneratedMember_IsReported(string name) => Single(
        Report(string.Empty, declaration: "public partial record {|" + name + "|}"),
        "DV0010", DiagnosticSeverity.Error,
        "Report type 'Reports." + name + "' already declares '" + name + "', which the generator writes; remove or rename it");

    [Fact]
    public void DV0010_Fixed_ReportsNothingAndCompiles() => Clean(Report("""
            public bool KiemTra() => true;

            public static string MoTa() => "";

            public bool Validate(int level) => level > 0;

            public static string GetJsonSchema() => "";
        """));

    [Fact]
    public void DV0011_PercentAndMoney_IsReported() => Single(
        Report("""
                [Percent, Money]
                public decimal {|TongTriGia|} { get; init; }
            """),
        "DV0011", DiagnosticSeverity.Error,
        "Member 'TongTriGia' has more than one of [Percent], [Money] and [Quantity]; keep one");

    [Fact]
    public void DV0011_Fixed_ReportsNothingAndCompiles() => Clean(Report("""
            [Money]
            public decimal TongTriGia { get; init; }
        """));

    [Fact]
    public void DV0012_RequiredOnInt_IsReportedAsInfoAndStillGenerates() => Single(
        Report("""
                [Required]
                public int {|SoHo|} { get; init; }
            """),
        "DV0012", DiagnosticSeverity.Info,
        "Member 'SoHo': [Required] on a 'int' can never fail and is ignored");

    [Fact]
    public void DV0012_Fixed_ReportsNothingAndCompiles() => Clean(Report("""
            [Required]
            public int? SoHo { get; init; }
        """));

    [Fact]
    public void DV0013_SectionWithoutTitle_IsReportedAsWarningAndStillGenerates() => Single(
        Report("""
                [Section("I", " ")]
                public string? {|KetQua|} { get; init; }
            """),
        "DV0013", DiagnosticSeverity.Warning,
        "Member 'KetQua': [Section] needs a number and a title, e.g. [Section(\"I\", \"KẾT QUẢ THỰC HIỆN\")]");

    [Fact]
    public void DV0013_Fixed_ReportsNothingAndCompiles() => Clean(Report("""
            [Section("I", "KẾT QUẢ THỰC HIỆN")]
            public string? KetQua { get; init; }
        """));

    [Fact]
    public void DV0014_RangeOnText_IsReported() => Single(
        Report("""
                [Range(0, 100)]
                public string? {|TyLe|} { get; init; }
            """),
        "DV0014", DiagnosticSeverity.Error,
        "Member 'TyLe' of type 'string?' cannot have [Range]: it applies to numbers");

    [Fact]
    public void DV0014_StringLengthOnList_IsReported() => Single(
        Report("""
                [StringLength(10)]
                public IReadOnlyList<string>? {|NhiemVu|} { get; init; }
            """),
        "DV0014", DiagnosticSeverity.Error,
        "Member 'NhiemVu' of type 'System.Collections.Generic.IReadOnlyList<string>?' cannot have [StringLength]: it applies to text");

    [Fact]
    public void DV0014_Fixed_ReportsNothingAndCompiles() => Clean(Report("""
            [Range(0, 100)]
            public decimal TyLe { get; init; }

            [MaxLength(10)]
            public IReadOnlyList<string>? NhiemVu { get; init; }
        """));

    [Fact]
    public void DV0015_PercentDecimalsOutOfRange_IsReported() => Single(
        Report("""
                [Percent(Decimals = 12)]
                public decimal {|TyLe|} { get; init; }
            """),
        "DV0015", DiagnosticSeverity.Error,
        "Member 'TyLe': [Percent] has an invalid argument: Decimals must be 0 to 10; got 12");

    [Fact]
    public void DV0015_Fixed_ReportsNothingAndCompiles() => Clean(Report("""
            [Range(typeof(decimal), "0", "100"), Percent(Decimals = 1)]
            public decimal TyLe { get; init; }

            [MaxLength(10)]
            public string? TenGoi { get; init; }
        """));

    [Fact]
    public void DV0017_MaxLengthZero_IsReported() => Single(
        Report("""
                [MaxLength(0)]
                public string? {|TenGoi|} { get; init; }
            """),
        "DV0017", DiagnosticSeverity.Error,
        "Member 'TenGoi': [MaxLength(0)] cannot be used: the length must be greater than 0; use [MaxLength] without an argument for no limit");

    [Fact]
    public void DV0017_NegativeMinLength_IsReported() => Single(
        Report("""
                [MinLength(-1)]
                public IReadOnlyList<string>? {|NhiemVu|} { get; init; }
            """),
        "DV0017", DiagnosticSeverity.Error,
        "Member 'NhiemVu': [MinLength(-1)] cannot be used: the length must be 0 or more");

    [Fact]
    public void DV0017_NegativeStringLength_IsReported() => Single(
        Report("""
                [StringLength(-5)]
                public string? {|TenGoi|} { get; init; }
            """),
        "DV0017", DiagnosticSeverity.Error,
        "Member 'TenGoi': [StringLength(-5)] cannot be used: the maximum length must be 0 or more");

    [Fact]
    public void DV0017_Fixed_ReportsNothingAndCompiles() => Clean(Report("""
            [MaxLength(10), MinLength(0)]
            public string? TenGoi { get; init; }

            [MaxLength, MaxCount(0)]
            public IReadOnlyList<string>? NhiemVu { get; init; }
        """));

    [Fact]
    public void DV0012_MaxLengthMinusOne_MeansNoLimit() => Single(
        Report("""
                [MaxLength(-1)]
                public string? {|TenGoi|} { get; init; }
            """),
        "DV0012", DiagnosticSeverity.Info,
        "Member 'TenGoi': [MaxLength(-1)] on a 'string?' can never fail and is ignored");

    [Fact]
    public void DV0018_RangeBoundsNotNumbers_IsReported() => Single(
        Report("""
                [Range(typeof(decimal), "không", "một trăm")]
                public decimal {|TyLe|} { get; init; }
            """),
        "DV0018", DiagnosticSeverity.Error,
        "Member 'TyLe': the bounds of [Range] cannot be used: \"không\" is not a valid decimal");

    [Theory]
    [InlineData("typeof(int), \"0\", \"1.5\"", "\"1.5\" is not a valid int")]
    [InlineData("typeof(byte), \"0\", \"300\"", "\"300\" is not a valid byte")]
    [InlineData("typeof(decimal), \"0\", \"1e30\"", "\"1e30\" is not a valid decimal")]
    [InlineData("typeof(int), \"0\", \"1,000\"", "\"1,000\" is not a valid int")]
    [InlineData("typeof(System.DateTime), \"2024-01-01\", \"2024-12-31\"", "the bound type System.DateTime is not a number type (use int, long, decimal, double …)")]
    [InlineData("typeof(double), \"NaN\", \"5\"", "a bound is NaN, which compares with nothing")]
    [InlineData("5, 5, MinimumIsExclusive = true", "the bounds are equal (5) and one is exclusive, so no value can pass")]
    [InlineData("0, 1E-30", "a bound has more decimal places than a decimal holds (28); write the bounds with [Range(typeof(decimal), \"…\", \"…\")]")]
    public void DV0018_BoundsDataAnnotationsCannotUse_AreReported(string arguments, string reason) => Single(
        Report("    [Range(" + arguments + ")]\n    public decimal {|TyLe|} { get; init; }"),
        "DV0018", DiagnosticSeverity.Error,
        "Member 'TyLe': the bounds of [Range] cannot be used: " + reason);

    [Fact]
    public void DV0018_Fixed_ReportsNothingAndCompiles() => Clean(Report("""
            [Range(typeof(decimal), " 0 ", "1e3")]
            public decimal TyLe { get; init; }

            [Range(typeof(int), "+0", "0x10")]
            public int SoHo { get; init; }

            [Range(0.0, 100.0, MinimumIsExclusive = true, MaximumIsExclusive = true)]
            public double TyTrong { get; init; }
        """));

    [Theory]
    [InlineData(0)]
    [InlineData(-2)]
    [InlineData(int.MaxValue)]
    public void DV0019_TimeoutRegexRefuses_IsReported(int timeout) => Single(
        Report("    [RegularExpression(\"[0-9]+\", MatchTimeoutInMilliseconds = " + Int(timeout) + ")]\n    public string? {|MaSo|} { get; init; }"),
        "DV0019", DiagnosticSeverity.Error,
        "Member 'MaSo': MatchTimeoutInMilliseconds = " + Int(timeout) + " is not a timeout Regex accepts: use -1 (no timeout) or 1 to 2147483646 milliseconds");

    private static string Int(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void DV0019_Fixed_ReportsNothingAndCompiles() => Clean(Report("""
            [RegularExpression("[0-9]+", MatchTimeoutInMilliseconds = -1)]
            public string? MaSo { get; init; }

            [RegularExpression("[0-9]+", MatchTimeoutInMilliseconds = 500)]
            public string? MaKhac { get; init; }
        """));

    [Fact]
    public void DV0008_EmptyPattern_IsReported() => Single(
        Report("""
                [RegularExpression("")]
                public string? {|MaSo|} { get; init; }
            """),
        "DV0008", DiagnosticSeverity.Error,
        "Member 'MaSo': the pattern \"\" of [RegularExpression] is not a valid regular expression: the pattern is empty, which DataAnnotations refuses");

    [Fact]
    public void DV0016_TableOnListOfTexts_IsReported() => Single(
        Report("""
                [Table]
                public IReadOnlyList<string>? {|NhiemVu|} { get; init; }
            """),
        "DV0016", DiagnosticSeverity.Error,
        "Member 'NhiemVu' cannot be [Table]: only a record or a list of records can be shown as a table");

    [Fact]
    public void DV0016_TableOfRecordsWithAList_IsReported() => Single(
        Report("""
                [Table]
                public IReadOnlyList<MoHinh>? {|MoHinh|} { get; init; }
            }

            public sealed record MoHinh
            {
                public string? Ten { get; init; }

                public IReadOnlyList<string>? ThanhVien { get; init; }
            """),
        "DV0016", DiagnosticSeverity.Error,
        "Member 'MoHinh' cannot be [Table]: the member 'ThanhVien' of its record is a list or a record, which does not fit in a cell");

    [Fact]
    public void DV0016_TableOfRecursiveRecord_IsReported() => Single(
        Report("""
                public Node? Goc { get; init; }
            }

            public sealed record Node
            {
                public string? Ten { get; init; }

                [Table]
                public Node? {|Con|} { get; init; }
            """),
        "DV0016", DiagnosticSeverity.Error,
        "Member 'Con' cannot be [Table]: its record refers back to itself, so its rows would have no end");

    [Fact]
    public void DV0016_Fixed_ReportsNothingAndCompiles() => Clean(Report("""
            [Table]
            public IReadOnlyList<MoHinh>? MoHinh { get; init; }

            [Table]
            public SoLieu? KetQua { get; init; }
        }

        public sealed record MoHinh
        {
            public string? Ten { get; init; }

            [Quantity("người")]
            public int? SoThanhVien { get; init; }
        }

        public sealed record SoLieu
        {
            [Percent]
            public decimal TyLe { get; init; }

            public LocalDate? Ngay { get; init; }

            public bool DatChiTieu { get; init; }
        """));
}
