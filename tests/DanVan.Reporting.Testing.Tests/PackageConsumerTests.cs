using DanVan.Reporting.PackageTests;
using Xunit.Abstractions;

namespace DanVan.Reporting.Testing;

/// <summary>
/// The package as another team gets it: <c>dotnet pack</c> of DanVan.Reporting and DanVan.Reporting.Testing into a local
/// feed, then an xUnit test project of its own (own nuget.config, warnings as errors, the readme's .gitattributes and
/// .gitignore) whose snapshots are new, accepted locally, checked on CI, changed by one line, checked out with CRLF and
/// left orphaned, each run through <c>dotnet test</c> as a user runs it, with and without <c>CI=true</c>.
/// </summary>
public sealed class PackageConsumerTests : IDisposable
{
    private const string Version = "0.1.0";
    // Generous: a Release build of the runtime for two frameworks, on a CI machine that builds other projects at once.
    private static readonly TimeSpan s_packTimeout = TimeSpan.FromMinutes(20);
    private static readonly TimeSpan s_buildTimeout = TimeSpan.FromMinutes(15);
    private static readonly TimeSpan s_testTimeout = TimeSpan.FromMinutes(5);

    private readonly string _root = Path.Combine(Path.GetTempPath(), "danvan-testing-package-" + Guid.NewGuid().ToString("N"));
    private readonly ITestOutputHelper _log;

    public PackageConsumerTests(ITestOutputHelper log)
    {
        _log = log;
        Directory.CreateDirectory(_root);
    }

    [Fact]
    public void Consumer_OfThePackedPackages_NewAcceptedOnCiChangedCrlfOrphaned()
    {
        string feed = Path.Combine(_root, "feed");
        string consumer = Path.Combine(_root, "consumer");
        Directory.CreateDirectory(consumer);
        string packages = Path.Combine(_root, "packages");
        var local = new Dictionary<string, string?>
        {
            ["NUGET_PACKAGES"] = packages,
            ["CI"] = null, ["GITHUB_ACTIONS"] = null, ["TF_BUILD"] = null, ["GITLAB_CI"] = null, ["JENKINS_URL"] = null,
            ["TEAMCITY_VERSION"] = null, ["APPVEYOR"] = null, ["TRAVIS_BUILD_ID"] = null, ["GO_SERVER_URL"] = null, ["GITHUB_ACTION"] = null,
            ["DANVAN_ACCEPT_SNAPSHOTS"] = null, ["DiffEngine_Disabled"] = "true", ["CONSUMER_VARIANT"] = null,
        };

        // Packed from the machine's package cache, into build folders of its own: PackageTests may pack the same project
        // at the same time. Only the consumer gets a package folder of its own, where no older 0.1.0 can be cached.
        var packing = new Dictionary<string, string?>(local) { ["NUGET_PACKAGES"] = Environment.GetEnvironmentVariable("NUGET_PACKAGES") };
        foreach (string project in (string[])["DanVan.Reporting", "DanVan.Reporting.Testing"])
        {
            DotNet.Outcome pack = DotNet.Run(TestRepository.Root, packing, s_packTimeout,
                "pack", Path.Combine("src", project, project + ".csproj"), "-c", "Release", "-o", feed, "--artifacts-path", Path.Combine(_root, "artifacts"));
            Assert.True(pack.ExitCode == 0, pack.ToString());
        }

        Assert.True(File.Exists(Path.Combine(feed, "DanVan.Reporting.Testing." + Version + ".nupkg")));
        using (var package = System.IO.Compression.ZipFile.OpenRead(Path.Combine(feed, "DanVan.Reporting.Testing." + Version + ".nupkg")))
        {
            Assert.NotNull(package.GetEntry("PACKAGE.md")); // the readme on the NuGet page
        }

        WriteConsumer(consumer, feed);
        DotNet.Outcome build = DotNet.Run(consumer, local, s_buildTimeout, "build");
        Assert.True(build.ExitCode == 0, build.ToString());

        string snapshots = Path.Combine(consumer, "Snapshots");
        string verified = Path.Combine(snapshots, "OtherReportTests.DatedToday.verified.txt");
        string received = Path.Combine(snapshots, "OtherReportTests.DatedToday.received.txt");

        // (1) Locally, new: fails with the accept command; the received file is written, named by the class.
        DotNet.Outcome first = Test(consumer, local);
        Assert.True(first.ExitCode != 0, first.ToString());
        Assert.Contains("Snapshot New", first.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("mv '" + received + "' '" + verified + "'", first.StandardOutput, StringComparison.Ordinal);
        Assert.True(File.Exists(received), first.ToString());

        // (2) Locally, accepting: passes, writes the verified file and lists it.
        DotNet.Outcome accept = Test(consumer, With(local, ("DANVAN_ACCEPT_SNAPSHOTS", "1")));
        Assert.True(accept.ExitCode == 0, accept.ToString());
        Assert.True(File.Exists(verified));
        Assert.False(File.Exists(received));
        string list = File.ReadAllText(Path.Combine(consumer, "bin", "Debug", "net10.0", "accepted-snapshots.txt"));
        Assert.Equal("new     " + verified + "\n", list);

        // (3) On CI, unchanged: passes, the recipe's checks included.
        DotNet.Outcome ci = Test(consumer, With(local, ("CI", "true")));
        Assert.True(ci.ExitCode == 0, ci.ToString());
        DotNet.Outcome actions = Test(consumer, With(local, ("GITHUB_ACTIONS", "true")));
        Assert.True(actions.ExitCode == 0, actions.ToString());

        // (4) On CI, one line changed: that line, and only it, in the log; never accepted, even when asked.
        string before = File.ReadAllText(verified);
        DotNet.Outcome changed = Test(consumer, With(local, ("CI", "true"), ("CONSUMER_VARIANT", "changed"), ("DANVAN_ACCEPT_SNAPSHOTS", "1")));
        Assert.True(changed.ExitCode != 0, changed.ToString());
        Assert.Contains("2 dòng khác nhau: 1 dòng bị bỏ", changed.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("- Mục 8: nội dung 8", changed.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("+ Mục 8: nội dung đã sửa", changed.StandardOutput, StringComparison.Ordinal);
        Assert.DoesNotContain("- Mục 1:", changed.StandardOutput, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllText(verified));
        Assert.True(File.Exists(received));

        // (5) On CI, a CRLF checkout and an orphaned verified file: the message names line endings; the orphan is listed.
        File.WriteAllText(verified, before.Replace("\n", "\r\n", StringComparison.Ordinal));
        File.WriteAllText(Path.Combine(snapshots, "GoneTests.Removed.verified.txt"), "x");
        DotNet.Outcome crlf = Test(consumer, With(local, ("CI", "true")));
        Assert.True(crlf.ExitCode != 0, crlf.ToString());
        Assert.Contains("Chỉ ký tự xuống dòng khác nhau (line endings)", crlf.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("git rm '" + Path.Combine(snapshots, "GoneTests.Removed.verified.txt") + "'", crlf.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("Failed:     2", crlf.StandardOutput, StringComparison.Ordinal);
        _log.WriteLine(crlf.StandardOutput);
    }

    public void Dispose()
    {
        // A build server may still hold a file for a moment; what is left in the temp folder is the OS's to clean.
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            _log.WriteLine("not deleted: " + _root + ": " + exception.Message);
        }
    }

    private static DotNet.Outcome Test(string consumer, IReadOnlyDictionary<string, string?> environment) =>
        DotNet.Run(consumer, environment, s_testTimeout, "test", "--no-build");

    private static Dictionary<string, string?> With(Dictionary<string, string?> environment, params (string Name, string Value)[] values)
    {
        var copy = new Dictionary<string, string?>(environment);
        foreach ((string name, string value) in values)
        {
            copy[name] = value;
        }

        return copy;
    }

    private static void WriteConsumer(string directory, string feed)
    {
        // A repository of its own, set up by the package readme's recipe.
        Directory.CreateDirectory(Path.Combine(directory, ".git"));
        File.WriteAllText(Path.Combine(directory, ".gitattributes"), "*.verified.* text eol=lf\n");
        File.WriteAllText(Path.Combine(directory, ".gitignore"), "bin/\nobj/\n*.received.*\n");
        File.WriteAllText(Path.Combine(directory, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{feed}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" protocolVersion="3" />
              </packageSources>
              <packageSourceMapping>
                <packageSource key="local"><package pattern="DanVan.*" /></packageSource>
                <packageSource key="nuget.org"><package pattern="*" /></packageSource>
              </packageSourceMapping>
            </configuration>
            """);
        File.WriteAllText(Path.Combine(directory, "Consumer.Tests.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <IsPackable>false</IsPackable>
                <IsTestProject>true</IsTestProject>
                <DeterministicSourcePaths>false</DeterministicSourcePaths>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="DanVan.Reporting" Version="{Version}" />
                <PackageReference Include="DanVan.Reporting.Testing" Version="{Version}" />
                <PackageReference Include="Microsoft.NET.Test.Sdk" Version="18.0.1" />
                <PackageReference Include="xunit" Version="2.9.3" />
                <PackageReference Include="xunit.runner.visualstudio" Version="3.1.5" />
              </ItemGroup>
            </Project>
            """);
        File.Copy(Path.Combine(TestRepository.Root, "tests", "DanVan.Reporting.Testing.Tests", "Consumer", "Misc.cs"), Path.Combine(directory, "Misc.cs"), overwrite: true);
    }
}
