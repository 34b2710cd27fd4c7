using System.Diagnostics;
using Xunit.Abstractions;

namespace DanVan.Reporting.PackageTests;

/// <summary>
/// The package as a user gets it: <c>dotnet pack</c> of src/DanVan.Reporting into a local folder feed, then a consumer
/// project of its own (own nuget.config, own package folder, warnings as errors) that references DanVan.Reporting 0.1.0,
/// declares a report the repository has never seen, and is built and run. The generator and the analyzer must come from
/// the package, and the package's dependencies from the registry.
/// </summary>
public sealed class PackageTests : IDisposable
{
    private const string Version = "0.1.0";
    private static readonly TimeSpan s_packTimeout = TimeSpan.FromMinutes(6);
    private static readonly TimeSpan s_buildTimeout = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan s_runTimeout = TimeSpan.FromMinutes(1);

    private readonly string _root = Path.Combine(Path.GetTempPath(), "danvan-package-test-" + Guid.NewGuid().ToString("N"));
    private readonly ITestOutputHelper _log;

    public PackageTests(ITestOutputHelper log)
    {
        _log = log;
        Directory.CreateDirectory(_root);
    }

    [Fact]
    public void Consumer_OfThePackedNupkg_BuildsValidatesAndWritesItsReport_AndTheAnalyzerRunsFromThePackage()
    {
        var clock = Stopwatch.StartNew();
        string feed = Path.Combine(_root, "feed");
        string consumer = Path.Combine(_root, "consumer");
        Directory.CreateDirectory(consumer);
        // A package folder of its own: a DanVan.Reporting 0.1.0 cached by an earlier run can never be used.
        var environment = new Dictionary<string, string?> { ["NUGET_PACKAGES"] = Path.Combine(_root, "packages") };

        // (a) pack
        DotNet.Outcome pack = DotNet.Run(TestRepository.Root, environment, s_packTimeout,
            "pack", Path.Combine("src", "DanVan.Reporting", "DanVan.Reporting.csproj"), "-c", "Release", "-o", feed);
        Assert.True(pack.ExitCode == 0, pack.ToString());
        Assert.True(File.Exists(Path.Combine(feed, "DanVan.Reporting." + Version + ".nupkg")), "No nupkg in the feed:\n" + pack);
        _log.WriteLine("packed in " + clock.Elapsed);

        // (b) the consumer
        WriteConsumer(consumer, feed, suppressInEditorConfig: true);
        DotNet.Outcome build = DotNet.Run(consumer, environment, s_buildTimeout, "build");
        Assert.True(build.ExitCode == 0, build.ToString());
        _log.WriteLine("consumer built in " + clock.Elapsed);

        // (c) run
        DotNet.Outcome run = DotNet.Run(consumer, environment, s_runTimeout, "run", "--no-build");
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(ExpectedOutput, run.StandardOutput.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0).ToArray());
        _log.WriteLine("consumer ran in " + clock.Elapsed);

        // Without the .editorconfig line, DV0003 (a warning, so an error under TreatWarningsAsErrors) fails the build:
        // the analyzer runs from the package, and the member silenced by #pragma stays silent.
        WriteConsumer(consumer, feed, suppressInEditorConfig: false);
        DotNet.Outcome unsuppressed = DotNet.Run(consumer, environment, s_buildTimeout, "build", "--no-restore");
        Assert.True(unsuppressed.ExitCode != 0, "The build should fail on DV0003:\n" + unsuppressed);
        Assert.Contains("error DV0003: Member 'TrangTin' of type 'System.Uri?'", unsuppressed.StandardOutput, StringComparison.Ordinal);
        Assert.DoesNotContain("PhienBanBieuMau", unsuppressed.StandardOutput, StringComparison.Ordinal);
        _log.WriteLine("unsuppressed consumer failed as expected in " + clock.Elapsed);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // A build server may still hold a file for a moment; the temp folder is cleaned by the OS.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private static readonly string[] ExpectedOutput =
    [
        "valid: True",
        "invalid: False, 6 errors",
        "  Period period-kind",
        "  TinhHinh required",
        "  TyLeHoVanHoa range",
        "  DotRaQuan[1].NoiDung required",
        "  DotRaQuan[1].SoNgayCong range",
        "  NhiemVu min-length",
        "  «Tỷ lệ hộ gia đình văn hóa» phải từ 0 đến 100; giá trị nhận được: 150.",
        "next: quý IV năm 2025",
        "schema: GiaoBanQuy, Quarter, TinhHinh:Text, TyLeHoVanHoa:Percent, KinhPhi:Money, SoHoHoTro:Quantity, DotRaQuan:GroupList, NhiemVu:TextList",
        "attributes: kept, in metadata: True",
        "report: giao ban công tác dân vận quý III năm 2025",
        "  section I. KẾT QUẢ QUÝ III NĂM 2025",
        "    Tình hình chung: Các cấp ủy đã lãnh đạo triển khai kịp thời nhiệm vụ công tác dân vận quý III.",
        "    Tỷ lệ hộ gia đình văn hóa: 36,24%",
        "    Kinh phí vận động: 212.000.000 đồng",
        "    Số hộ được hỗ trợ: 1.250 hộ",
        "    Các đợt ra quân:",
        "      1.",
        "        Nội dung: Ra quân làm đường giao thông nông thôn",
        "        Số ngày công: 320 ngày công",
        "      2.",
        "        Nội dung: Hỗ trợ thu hoạch cà phê",
        "        Số ngày công: 85 ngày công",
        "  section II. PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ IV NĂM 2025",
        "    Nhiệm vụ:",
        "      - Tổ chức hội nghị giao ban quý IV.",
        "      - Nhân rộng mô hình \"Dân vận khéo\".",
        "text: BÁO CÁO / Giao ban công tác dân vận quý III năm 2025",
        "html: True",
        "markdown: # BÁO CÁO",
    ];

    private static void WriteConsumer(string directory, string feed, bool suppressInEditorConfig)
    {
        File.WriteAllText(Path.Combine(directory, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{feed}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" protocolVersion="3" />
              </packageSources>
            </configuration>
            """);
        // DanVanKeepAttributes exercises the package's buildTransitive opt-in.
        File.WriteAllText(Path.Combine(directory, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <InvariantGlobalization>true</InvariantGlobalization>
                <DanVanKeepAttributes>true</DanVanKeepAttributes>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="DanVan.Reporting" Version="{Version}" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(directory, ".editorconfig"), suppressInEditorConfig
            ? "root = true\n\n[*.cs]\ndotnet_diagnostic.DV0003.severity = none\n"
            : "root = true\n");
        File.Copy(Path.Combine(TestRepository.Root, "tests", "DanVan.Reporting.PackageTests", "Consumer", "Program.cs"), Path.Combine(directory, "Program.cs"), overwrite: true);
    }
}
