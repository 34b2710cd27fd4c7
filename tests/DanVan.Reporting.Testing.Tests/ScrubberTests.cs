using System.Globalization;

namespace DanVan.Reporting.Testing;

/// <summary>The settings' scrubbers, alone and as part of a check.</summary>
public sealed class ScrubberTests : IDisposable
{
    private static readonly SnapshotEnvironment s_local = new(AcceptRequested: false, OnCi: false);

    private readonly string _directory = Directory.CreateTempSubdirectory("danvan-scrubbers-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void GeneratedCodeVersion_IsScrubbed()
    {
        string text = """
            [global::System.CodeDom.Compiler.GeneratedCode("DanVan.Reporting.Generators", "1.0.0")]
            [GeneratedCodeAttribute( "Other" , "2.3.4-beta.1+abc" )]
            [Obsolete("1.0.0")]
            """;

        string scrubbed = SnapshotSettings.Default.ScrubGeneratedCodeVersion().Apply(text);

        Assert.Equal("""
            [global::System.CodeDom.Compiler.GeneratedCode("DanVan.Reporting.Generators", "{version}")]
            [GeneratedCodeAttribute( "Other" , "{version}" )]
            [Obsolete("1.0.0")]
            """, scrubbed);
    }

    [Fact]
    public void InlineGuids_AreNumberedPerValue()
    {
        string scrubbed = SnapshotSettings.Default.ScrubInlineGuids().Apply(
            "id=0f8fad5b-d9cb-469f-a165-70867728950e, other=7C9E6679-7425-40DE-944B-E07FC1F90AE7, again=0F8FAD5B-D9CB-469F-A165-70867728950E x0f8fad5b-d9cb-469f-a165-70867728950e");

        Assert.Equal("id=Guid_1, other=Guid_2, again=Guid_1 x0f8fad5b-d9cb-469f-a165-70867728950e", scrubbed);
    }

    [Fact]
    public void InlineDateTimes_AreNumberedPerValue()
    {
        string scrubbed = SnapshotSettings.Default.ScrubInlineDateTimes("yyyy-MM-dd").Apply(
            "Ngày 2025-07-01 và 2025-12-31; lại 2025-07-01.\n12025-07-01 2025-13-01");

        Assert.Equal("Ngày DateTime_1 và DateTime_2; lại DateTime_1.\n12025-07-01 2025-13-01", scrubbed);
    }

    [Fact]
    public void InlineDateTimes_VariableLengthFormat()
    {
        string scrubbed = SnapshotSettings.Default.ScrubInlineDateTimes("d/M/yyyy", CultureInfo.InvariantCulture).Apply(
            "ngày 1/7/2025, ngày 31/12/2025");

        Assert.Equal("ngày DateTime_1, ngày DateTime_2", scrubbed);
    }

    [Fact]
    public void Scrubbers_RunInOrder_AndSettingsAreImmutable()
    {
        SnapshotSettings first = SnapshotSettings.Default.ScrubReplace("a", "b");
        SnapshotSettings second = first.WithScrubber(text => text.ToUpperInvariant());

        Assert.Empty(SnapshotSettings.Default.Scrubbers);
        Assert.Single(first.Scrubbers);
        Assert.Equal("bb", first.Apply("ab"));
        Assert.Equal("BB", second.Apply("ab"));
    }

    [Fact]
    public void Scrubbers_SeeLfOnly_AndRunBeforeComparing()
    {
        File.WriteAllText(Path.Combine(_directory, "T.Scrubbed.verified.cs"), "GeneratedCode(\"G\", \"{version}\")\nend");
        string? seen = null;
        SnapshotSettings settings = SnapshotSettings.Default
            .WithScrubber(text => seen = text)
            .ScrubGeneratedCodeVersion();

        SnapshotOutcome outcome = SnapshotFile.Check(_directory, "T.Scrubbed", "cs", "GeneratedCode(\"G\", \"9.9.9\")\r\nend", settings, s_local);

        Assert.True(outcome.Passed, outcome.Message);
        Assert.Equal("GeneratedCode(\"G\", \"9.9.9\")\nend", seen);
    }

    [Fact]
    public void Scrubbed_TextIsWhatTheReceivedFileHolds()
    {
        SnapshotSettings settings = SnapshotSettings.Default.ScrubInlineGuids();

        SnapshotFile.Check(_directory, "T.ScrubbedReceived", "txt", "id 0f8fad5b-d9cb-469f-a165-70867728950e", settings, s_local);

        Assert.Equal("id Guid_1", File.ReadAllText(Path.Combine(_directory, "T.ScrubbedReceived.received.txt")));
    }
}
