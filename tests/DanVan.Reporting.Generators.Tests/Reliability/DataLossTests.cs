using System.Reflection;

namespace DanVan.Reporting.Generators.Tests.Reliability;

/// <summary>
/// Nothing the user declares or fills in is silently lost: inherited members are validated and rendered, and data
/// deeper than the nesting limit, or too many nested records (a cycle, a shared subtree), is an error and a note.
/// </summary>
public class DataLossTests
{
    private static readonly Lazy<Assembly> s_reports = new(() => GeneratorHarness.CompileAndLoad(Source));

    [Fact]
    public void InheritedMembers_AreValidatedAndRendered()
    {
        IReport report = GeneratorHarness.Call<IReport>(s_reports.Value, "Reports.Factory", "Inherited");

        ReportValidationResult result = report.Validate();
        var writer = new RecordingWriter();
        report.WriteTo(writer);

        Assert.Equal(["DonVi", "SoHo"], result.Errors.Select(e => e.Path).Order(StringComparer.Ordinal));
        Assert.Contains("WriteValue(Số hộ, 150)", writer.Calls);
        Assert.Contains("WriteText(Ghi chú, từ lớp cơ sở)", writer.Calls);
    }

    [Fact]
    public void ErrorDeeperThanTheNestingLimit_IsReportedNotPassed()
    {
        IReport report = GeneratorHarness.Call<IReport>(s_reports.Value, "Reports.Factory", "FortyLevelsValidOnlyAtTheBottomInvalid");

        ReportValidationResult result = report.Validate();
        var writer = new RecordingWriter();
        report.WriteTo(writer);

        ValidationError error = Assert.Single(result.Errors);
        Assert.Equal(ValidationCodes.NestingLimit, error.Code);
        Assert.Contains("32", error.Message, StringComparison.Ordinal);
        Assert.Single(writer.Calls, c => c.Contains("không được trình bày", StringComparison.Ordinal));
    }

    [Fact]
    public void NodeListingItselfTwice_IsBoundedInTimeAndReported()
    {
        IReport report = GeneratorHarness.Call<IReport>(s_reports.Value, "Reports.Factory", "SharedTwice");

        var clock = System.Diagnostics.Stopwatch.StartNew();
        ReportValidationResult result = report.Validate();
        var writer = new CountingWriter();
        report.WriteTo(writer);
        clock.Stop();

        Assert.Contains(result.Errors, e => e.Code == ValidationCodes.NestingLimit);
        Assert.InRange(writer.Groups, 1, DanVan.Reporting.Validation.ValidationContext.MaxVisits);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), clock.Elapsed.ToString());
    }

    private const string Source = """
        using System.Collections.Generic;
        using System.ComponentModel.DataAnnotations;
        using DanVan.Reporting;

        namespace Reports;

        public abstract record CoSo
        {
            public required ReportPeriod Period { get; init; }

            [Required, Display(Name = "Đơn vị")]
            public string? DonVi { get; init; }

            [Range(0, 100), Display(Name = "Số hộ")]
            public virtual int SoHo { get; init; }

            [Display(Name = "Ghi chú")]
            public string? GhiChu { get; init; }
        }

        [Report(Title = "báo cáo kế thừa")]
        public partial record KeThua : CoSo
        {
            [Range(0, 100), Display(Name = "Số hộ")]
            public override int SoHo { get; init; }
        }

        public sealed record Nut
        {
            [Range(0, 10)]
            public int GiaTri { get; init; }

            public IReadOnlyList<Nut>? Con { get; init; }
        }

        [Report(Title = "cây")]
        public partial record Cay
        {
            public required ReportPeriod Period { get; init; }

            public Nut? Goc { get; init; }
        }

        public static class Factory
        {
            public static IReport Inherited() => new KeThua { Period = ReportPeriod.Year(2024), DonVi = null, SoHo = 150, GhiChu = "từ lớp cơ sở" };

            public static IReport FortyLevelsValidOnlyAtTheBottomInvalid()
            {
                Nut node = new() { GiaTri = 99 };
                for (int i = 0; i < 40; i++)
                {
                    node = new Nut { GiaTri = 1, Con = [node] };
                }

                return new Cay { Period = ReportPeriod.Year(2024), Goc = node };
            }

            public static IReport SharedTwice()
            {
                Nut node = new() { GiaTri = 1 };
                for (int i = 0; i < 40; i++)
                {
                    node = new Nut { GiaTri = 1, Con = [node, node] };
                }

                return new Cay { Period = ReportPeriod.Year(2024), Goc = node };
            }
        }
        """;

    private sealed class CountingWriter : IReportWriter
    {
        public int Groups { get; private set; }

        public void BeginReport(ReportHeading heading) { }

        public void BeginSection(string number, string title) { }

        public void EndSection() { }

        public void WriteText(string label, string text) { }

        public void WriteValue(string label, string value) { }

        public void BeginList(string label) { }

        public void WriteListItem(string text) { }

        public void EndList() { }

        public void BeginGroup(string label) => Groups++;

        public void EndGroup() { }

        public void BeginTable(string label, IReadOnlyList<TableColumn> columns) { }

        public void BeginTableRow() { }

        public void WriteCell(string text) { }

        public void EndTableRow() { }

        public void EndTable() { }

        public void EndReport() { }
    }
}
