using Microsoft.CodeAnalysis;
using static DanVan.Reporting.Generators.Tests.Diagnostics.DiagnosticAssert;

namespace DanVan.Reporting.Generators.Tests.Reliability;

/// <summary>
/// Unusual but legal declarations: the generator never throws (no CS8785), and what it writes either compiles or is
/// replaced by a DV diagnostic on the user's declaration. Each case here once crashed the generator or broke the build.
/// </summary>
public class UnusualDeclarationTests
{
    public static TheoryData<string, string> CleanDeclarations => new()
    {
        { "NamesDifferingOnlyInCase", """
            using DanVan.Reporting;

            namespace Reports
            {
                [Report(Title = "một")]
                public partial record BaoCao { public required ReportPeriod Period { get; init; } }

                [Report(Title = "hai")]
                public partial record baocao { public required ReportPeriod Period { get; init; } }
            }

            namespace reports
            {
                [Report(Title = "ba")]
                public partial record BaoCao { public required ReportPeriod Period { get; init; } }
            }
            """ },
        { "VerbatimNamespace", """
            using DanVan.Reporting;

            namespace @class.data;

            [Report(Title = "một")]
            public partial record @event { public required ReportPeriod Period { get; init; } public string? @int { get; init; } }
            """ },
        { "NestedInPartialInterface", """
            using DanVan.Reporting;

            namespace Reports;

            public partial interface IHuyen
            {
                [Report(Title = "một")]
                public partial record BaoCao { public required ReportPeriod Period { get; init; } public int SoHo { get; init; } }
            }
            """ },
        { "NestedInGenericTypes", """
            using DanVan.Reporting;

            namespace Reports;

            public partial class Kho<T> where T : class, new()
            {
                public partial record struct Ngan<@class, U>
                {
                    [Report(Title = "một")]
                    public partial record BaoCao { public required ReportPeriod Period { get; init; } public Nhom? Nhom { get; init; } }
                }

                public sealed record Nhom { public int SoHo { get; init; } }
            }

            public partial interface IKho<TIn, TOut>
            {
                [Report(Title = "hai")]
                public partial record struct BaoCao { public ReportPeriod Period { get; init; } public Kho<object>.Nhom? Nhom { get; init; } }
            }
            """ },
        { "NestedInRecordStructAndReadonlyStruct", """
            using DanVan.Reporting;

            namespace Reports;

            public partial class Kho
            {
                public readonly partial record struct Ngan
                {
                    [Report(Title = "một")]
                    public readonly partial struct BaoCao { public ReportPeriod Period { get; init; } public int SoHo { get; init; } }
                }
            }
            """ },
        { "GroupKeysThatCollide", """
            using System.Collections.Generic;
            using DanVan.Reporting;

            namespace Reports;

            public sealed record A_B { public string? Mot { get; init; } }
            public static class A { public sealed record B { public int Hai { get; init; } } }
            public sealed record Mô_Hình { public string? Ba { get; init; } }
            public static class Mô { public sealed record Hình { public int Bon { get; init; } } }

            [Report(Title = "một")]
            public partial record BaoCao
            {
                public required ReportPeriod Period { get; init; }
                public A_B? X1 { get; init; }
                public A.B? X2 { get; init; }
                public IReadOnlyList<Mô_Hình>? X3 { get; init; }
                public Mô.Hình[]? X4 { get; init; }
            }
            """ },
        { "SeventyGroupTypes", SeventyGroupTypes() },
        { "InheritedMembersAndNonPublicGetters", """
            using DanVan.Reporting;

            namespace Reports;

            public record Goc { public required ReportPeriod Period { get; init; } public string? Ten { get; init; } }

            public sealed record Nhom { public int SoHo { private get; init; } public int SoNguoi { get; init; } internal int Rieng { get; init; } }

            [Report(Title = "một")]
            public partial record BaoCao : Goc
            {
                public int An { private get; init; }
                public Nhom? Nhom { get; init; }
            }
            """ },
    };

    // Beyond the cases an adversary reported: other legal declarations a generator can trip over (names it writes,
    // names it must not shadow, members it must skip, forms of records and types).
    public static TheoryData<string, string> MoreCleanDeclarations => new()
    {
        { "GlobalNamespaceAndInternal", """
            using DanVan.Reporting;

            [Report(Title = "một")]
            internal partial record BaoCao { public required ReportPeriod Period { get; init; } public string? Ten { get; init; } }
            """ },
        { "NamespacesThatShadowSystemAndDanVan", """
            using DanVan.Reporting;

            namespace Reports.System
            {
                public sealed record String { public int Length { get; init; } }
                public static class Math { }
                public static class Console { }
            }

            namespace Reports.DanVan.Reporting
            {
                [Report(Title = "một")]
                public partial record BaoCao
                {
                    public required global::DanVan.Reporting.ReportPeriod Period { get; init; }
                    public global::Reports.System.String? Chuoi { get; init; }
                    public string? Ten { get; init; }
                }
            }
            """ },
        { "UnicodeEscapesAndVietnameseNames", """
            using System.Collections.Generic;
            using DanVan.Reporting;

            namespace Báo.Cáo;

            public sealed record MôHình { public string? Tên { get; init; } public int Số\u0048ộ { get; init; } }

            [Report(Title = "một")]
            public partial record B\u00e1oC\u00e1oTháng
            {
                public required ReportPeriod Period { get; init; }
                public int SốHộ { get; init; }
                public IReadOnlyList<MôHình>? MôHình { get; init; }
            }
            """ },
        { "MembersTheGeneratorMustSkip", """
            using System;
            using DanVan.Reporting;

            namespace Reports;

            public interface IDem { int Dem { get; } }

            [Report(Title = "một")]
            public partial record BaoCao : IDem
            {
                public const int Toi = 5;
                public static int Chung { get; set; }
                public required ReportPeriod Period { get; init; }
                public int this[int i] => i;
                public event Action? DaDoi;
                public int SoHo { set { } }
                int IDem.Dem => 1;
                private string? Rieng { get; init; }
                protected int BaoVe { get; init; }
                public int Tinh => SoHo2 + 1;
                public int SoHo2 { get; init; }
            }
            """ },
        { "NullableDisabledAndAliases", """
            #nullable disable
            using DanVan.Reporting;
            using Tien = decimal;
            using Danh = System.Collections.Generic.IReadOnlyList<string>;

            namespace Reports;

            [Report(Title = "một")]
            public partial record BaoCao
            {
                public ReportPeriod Period { get; init; }
                [Money] public Tien Chi { get; init; }
                public Danh Viec { get; init; }
                public string Ten { get; init; }
                public Nhom Nhom { get; init; }
            }

            public sealed class Nhom { public string Ghi { get; set; } }
            """ },
        { "ReportNestedInAReportAndUsingIt", """
            using DanVan.Reporting;

            namespace Reports;

            [Report(Title = "ngoài")]
            public partial record Ngoai
            {
                public required ReportPeriod Period { get; init; }
                public Trong.Nhom? Nhom { get; init; }

                [Report(Title = "trong")]
                public partial record Trong
                {
                    public required ReportPeriod Period { get; init; }
                    public sealed record Nhom { public int SoHo { get; init; } }
                }
            }
            """ },
        { "NewMemberHidingTheBases", """
            using DanVan.Reporting;

            namespace Reports;

            public abstract record Goc { public required ReportPeriod Period { get; init; } public string? Ten { get; init; } public virtual int SoHo { get; init; } }

            [Report(Title = "một")]
            public sealed partial record BaoCao : Goc
            {
                public new int Ten { get; init; }
                public override int SoHo { get; init; }
            }
            """ },
        { "ObsoleteAndGenericStructMembers", """
            #pragma warning disable CS0618
            using System;
            using System.Collections.Generic;
            using DanVan.Reporting;

            namespace Reports;

            public readonly record struct Cap<T>(T Mot, T Hai);

            [Report(Title = "một")]
            public partial record BaoCao
            {
                public required ReportPeriod Period { get; init; }
                [Obsolete("cũ")] public string? Cu { get; init; }
                public Cap<int>? Cap { get; init; }
                public KeyValuePair<string, int>? Cặp { get; init; }
                public int[][]? Luoi { get; init; }
            }
            """ },
    };

    [Theory]
    [MemberData(nameof(CleanDeclarations))]
    [MemberData(nameof(MoreCleanDeclarations))]
    public void Generate_UnusualDeclaration_CompilesWithoutErrors(string name, string source)
    {
        Compilation compilation = GeneratorHarness.Compile(source);
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));

        AnalyzeWithoutAnalyzerErrors(compilation);
        (Compilation output, GeneratorDriverRunResult result) = GenerateWithoutExceptions(compilation);

        Assert.True(result.GeneratedTrees.Length > 0, name);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
    }

    public static TheoryData<string, string, string> RejectedDeclarations => new()
    {
        { "FileLocalReport", "DV0021", """
            using DanVan.Reporting;

            namespace Reports;

            [Report(Title = "một")]
            file partial record BaoCao { public required ReportPeriod Period { get; init; } }
            """ },
        { "RefStructReport", "DV0022", """
            using DanVan.Reporting;

            namespace Reports;

            [Report(Title = "một")]
            public ref partial struct BaoCao { public ReportPeriod Period { get; init; } }
            """ },
        { "FileLocalRecordInFileLocalReport", "DV0021", """
            using DanVan.Reporting;

            namespace Reports;

            file sealed record Nhom { public int SoHo { get; init; } }

            [Report(Title = "một")]
            file partial record BaoCao { public required ReportPeriod Period { get; init; } public Nhom? Nhom { get; init; } }
            """ },
        { "UndefinedWindow", "DV0023", """
            using DanVan.Reporting;
            using NodaTime;

            namespace Reports;

            [Report(Title = "một")]
            public partial record BaoCao { public required ReportPeriod Period { get; init; } [InPeriod(Window = (PeriodWindow)7)] public LocalDate? Ngay { get; init; } }
            """ },
        { "UndefinedPeriodKind", "DV0023", """
            using DanVan.Reporting;

            namespace Reports;

            [Report(Title = "một", Period = (PeriodKind)42)]
            public partial record BaoCao { public required ReportPeriod Period { get; init; } }
            """ },
    };

    [Theory]
    [MemberData(nameof(RejectedDeclarations))]
    public void Generate_UnsupportedDeclaration_IsADiagnosticAndBreaksNothing(string name, string id, string source)
    {
        Compilation compilation = GeneratorHarness.Compile(source);

        Assert.Contains(AnalyzeWithoutAnalyzerErrors(compilation), d => d.Id == id);
        (Compilation output, _) = GenerateWithoutExceptions(compilation);
        AssertNoErrorsBeyondUsers(compilation, output);
        Assert.True(name.Length > 0);
    }

    [Fact]
    public void Generate_ReportOnTwoPartialDeclarations_DoesNotThrowAndGeneratesOneFile()
    {
        Compilation compilation = GeneratorHarness.Compile("""
            using DanVan.Reporting;

            namespace Reports;

            [Report(Title = "một")]
            public partial record BaoCao { public required ReportPeriod Period { get; init; } }

            [Report(Title = "một")]
            public partial record BaoCao { public int SoHo { get; init; } }
            """);

        (Compilation output, GeneratorDriverRunResult result) = GenerateWithoutExceptions(compilation);

        Assert.Single(result.GeneratedTrees);
        AssertNoErrorsBeyondUsers(compilation, output); // the user's CS0579 (duplicate attribute) alone
    }

    private static string SeventyGroupTypes()
    {
        var source = new System.Text.StringBuilder("using DanVan.Reporting;\nnamespace Reports;\n");
        source.Append("[Report(Title = \"một\")]\npublic partial record BaoCao\n{\n    public required ReportPeriod Period { get; init; }\n");
        for (int i = 0; i < 70; i++)
        {
            source.Append("    public Nhom").Append(i).Append("? M").Append(i).Append(" { get; init; }\n");
        }

        source.Append("}\n");
        for (int i = 0; i < 70; i++)
        {
            source.Append("public sealed record Nhom").Append(i).Append(" { public int SoHo { get; init; } public Nhom").Append((i + 1) % 70).Append("? Tiep { get; init; } }\n");
        }

        return source.ToString();
    }
}
