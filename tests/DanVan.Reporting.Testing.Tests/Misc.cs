namespace DanVan.Reporting.Testing;

/// <summary>
/// Two test classes in a file named after neither: each snapshot is named after its class, Verify's
/// <c>{Class}.{Method}</c> (OtherReportTests.DatedToday.verified.txt, SecondReportTests.DatedToday.verified.txt),
/// not after the file, so the two never collide.
/// </summary>
public sealed class OtherReportTests
{
    [Fact]
    public void DatedToday() => Snapshot.Verify("Kon Tum, ngày 02 tháng 7 năm 2024\n");
}

/// <summary>The second class of the file, with a method of the same name.</summary>
public sealed class SecondReportTests
{
    [Fact]
    public void DatedToday()
    {
        Snapshot.Verify("Đắk Nông, ngày 15 tháng 12 năm 2024\n");
    }

    /// <summary>Options: a folder of its own, and one file per target framework.</summary>
    [Fact]
    public void InAFolder_PerTargetFramework() =>
        Snapshot.Verify("net" + Environment.Version.Major + "\n", settings: SnapshotSettings.Default.UseDirectory("Snapshots").UniqueForTargetFramework());

    /// <summary>A name kept from another class.</summary>
    [Fact]
    public void Named() => Snapshot.Verify("named\n", settings: SnapshotSettings.Default.UseTypeName("RenamedTests"));
}
