using System.Reflection;
using System.Text;
using DanVan.Reporting.Json;

namespace DanVan.Reporting.Generators.Tests.Json;

/// <summary>The JSON test reports, compiled once with the generator, reached through the public non-generic handle.</summary>
internal static class JsonTestKit
{
    private static readonly Lazy<Assembly> s_assembly = new(() => GeneratorHarness.CompileAndLoad(JsonSources.Reports));

    public static Assembly Assembly => s_assembly.Value;

    public static ReportJsonType GiaoBan => GeneratorHarness.Call<ReportJsonType>(Assembly, "Reports.Factory", "GiaoBanJson");

    public static ReportJsonType TongKet => GeneratorHarness.Call<ReportJsonType>(Assembly, "Reports.Factory", "TongKetJson");

    public static IJsonReport Valid => GeneratorHarness.Call<IJsonReport>(Assembly, "Reports.Factory", "Valid");

    public static JsonReadResult<IJsonReport> Read(string json, ReportJsonOptions? options = null) =>
        GiaoBan.Read(Encoding.UTF8.GetBytes(json), options);
}
