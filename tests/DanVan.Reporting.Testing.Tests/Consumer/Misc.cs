using System.Runtime.CompilerServices;
using DanVan.Reporting;
using DanVan.Reporting.Testing;
using NodaTime;
using Xunit;

namespace Consumer.Tests;

/// <summary>Set once for the project, as the package readme shows: every snapshot in a Snapshots folder.</summary>
internal static class SnapshotSetup
{
    [ModuleInitializer]
    internal static void Init() => Snapshot.DefaultSettings = SnapshotSettings.Default.UseDirectory("Snapshots");
}

/// <summary>A test class in a file named after something else: its snapshot is OtherReportTests.DatedToday.verified.txt.</summary>
public sealed class OtherReportTests
{
    [Fact]
    public void DatedToday()
    {
        // A fixed date given to the report, never today's: the text (and its layout) is the same in every month.
        var date = new LocalDate(2024, 7, 2);
        var lines = new List<string> { "BÁO CÁO", VietnameseDates.FormatDateLine("Kon Tum", date) };
        for (int i = 1; i <= 16; i++)
        {
            lines.Add("Mục " + i + ": nội dung " + i);
        }

        if (Environment.GetEnvironmentVariable("CONSUMER_VARIANT") == "changed")
        {
            lines[9] = "Mục 8: nội dung đã sửa";
        }

        Snapshot.Verify(string.Join("\n", lines) + "\n");
    }
}

/// <summary>The package readme's checks of the repository.</summary>
public sealed class SnapshotSetupTests
{
    [Fact]
    public void GitKeepsSnapshotsAsLf() => SnapshotChecks.AssertGitSetUp();

    [Fact]
    public void NoOrphanedSnapshots() => SnapshotChecks.AssertNoOrphanedSnapshots();
}
