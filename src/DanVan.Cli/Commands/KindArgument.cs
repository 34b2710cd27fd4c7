using System.CommandLine;
using DanVan.Cli.Output;
using DanVan.Reporting.Catalog;

namespace DanVan.Cli.Commands;

/// <summary>The <c>&lt;kind&gt;</c> argument of schema and example, and its lookup with a clear error.</summary>
internal static class KindArgument
{
    public static Argument<string> Create() => new("kind")
    {
        Description = Text.Format("Mã loại báo cáo: {0}.", "The kind id: {0}.", string.Join(", ", ReportCatalog.All.Select(kind => kind.Id))),
    };

    public static ReportKind? Find(string id, string command, Terminal terminal)
    {
        if (ReportCatalog.Find(id) is ReportKind kind)
        {
            return kind;
        }

        terminal.WriteError("danvan " + command, Text.Quote(id), "unknown-kind", Text.Format(
            "không có loại báo cáo {0}; các loại: {1} (xem danvan kinds).",
            "there is no report kind {0}; the kinds are: {1} (see danvan kinds).",
            Text.Quote(id), string.Join(", ", ReportCatalog.All.Select(k => k.Id))));
        return null;
    }
}
