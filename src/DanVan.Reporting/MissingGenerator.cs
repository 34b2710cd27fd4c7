using System.ComponentModel;

namespace DanVan.Reporting;

/// <summary>
/// Turns a missing source generator into one build error that says what to add, instead of
/// "CS1061: 'BaoCao' does not contain a definition for 'Validate'".
/// </summary>
/// <remarks>
/// The generator writes <c>Validate()</c> and <c>WriteTo(IReportWriter)</c> as instance members of every [Report] type,
/// and C# always prefers an instance member to an extension method: with the generator these methods are never bound.
/// Without it (a project reference to the runtime alone, or the package with its analyzers excluded) the call binds
/// here, and the error attribute prints the fix. Nothing here runs: binding to it fails the build.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class MissingGenerator
{
    /// <summary>The fix, in both languages of the SDK's messages.</summary>
    internal const string Message =
        "DanVan.Reporting: bộ sinh mã (source generator) chưa chạy cho kiểu này nên không có Validate()/WriteTo(). " +
        "Hãy tham chiếu gói NuGet DanVan.Reporting (gói có sẵn bộ sinh mã); nếu tham chiếu dự án, thêm " +
        "<ProjectReference Include=\"…/generators/DanVan.Reporting.Generators/DanVan.Reporting.Generators.csproj\" OutputItemType=\"Analyzer\" ReferenceOutputAssembly=\"false\" />; " +
        "kiểu báo cáo phải là partial và có [Report]. | " +
        "The DanVan.Reporting source generator did not run for this type, so it has no Validate()/WriteTo(). " +
        "Reference the DanVan.Reporting NuGet package (it brings the generator); with a project reference, add " +
        "<ProjectReference Include=\"…/generators/DanVan.Reporting.Generators/DanVan.Reporting.Generators.csproj\" OutputItemType=\"Analyzer\" ReferenceOutputAssembly=\"false\" />; " +
        "the report type must be partial and carry [Report].";

    /// <summary>Never bound when the generator runs; without it, a build error that names the missing reference.</summary>
    /// <typeparam name="T">The report type.</typeparam>
    /// <param name="report">The report.</param>
    /// <returns>Nothing: the build fails.</returns>
    [Obsolete(Message, error: true)]
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static ReportValidationResult Validate<T>(this T report) => throw new NotSupportedException(Message);

    /// <summary>Never bound when the generator runs; without it, a build error that names the missing reference.</summary>
    /// <typeparam name="T">The report type.</typeparam>
    /// <param name="report">The report.</param>
    /// <param name="writer">The writer.</param>
    [Obsolete(Message, error: true)]
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void WriteTo<T>(this T report, IReportWriter writer) => throw new NotSupportedException(Message);
}
