using System.Text;
using DanVan.Reporting;
using DanVan.Reporting.Catalog;
using Microsoft.Net.Http.Headers;

namespace DanVan.Cli.Service;

/// <summary>
/// The file name a rendered document is offered under: <c>filename</c> ASCII-only (kind id and period code, e.g.
/// <c>giao-ban-quy-2024-Q2.docx</c>) for old clients, <c>filename*</c> in UTF-8 (RFC 6266/8187) with the kind's
/// Vietnamese title for the rest.
/// </summary>
internal static class DownloadNames
{
    public static string ContentDisposition(IReport report, string extension)
    {
        ReportKind? kind = ReportCatalog.All.FirstOrDefault(k => k.ReportType == report.GetType());
        string period = report.Period.ToCode();
        string ascii = AsciiSafe((kind?.Id ?? "bao-cao") + "-" + period) + "." + extension;
        string title = Clean((kind?.Title ?? "Báo cáo") + " " + period) + "." + extension;
        // Documents a browser can show (html, txt, md) open in place; DOCX and PDF are downloads.
        var header = new ContentDispositionHeaderValue(extension is "docx" or "pdf" ? "attachment" : "inline")
        {
            FileName = ascii,
            FileNameStar = title,
        };
        return header.ToString();
    }

    // Letters, digits, '-' and '.' only: the name is safe in any header parser and any file system.
    private static string AsciiSafe(string name)
    {
        var safe = new StringBuilder(name.Length);
        foreach (char c in name)
        {
            safe.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '.' ? c : '-');
        }

        return safe.ToString();
    }

    // No quotes, separators or control characters in the UTF-8 name either (a title may quote a movement's name).
    private static string Clean(string name)
    {
        var clean = new StringBuilder(name.Length);
        foreach (char c in name)
        {
            if (c is '"' or '/' or '\\' || char.IsControl(c))
            {
                continue;
            }

            clean.Append(c);
        }

        return clean.ToString();
    }
}
