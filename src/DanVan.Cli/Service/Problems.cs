using System.Globalization;
using DanVan.Cli.Processing;
using DanVan.Reporting;
using DanVan.Reporting.Catalog;
using DanVan.Reporting.Json;
using Microsoft.AspNetCore.Http;

namespace DanVan.Cli.Service;

/// <summary>Every problem the service answers with, worded in the request's language (see docs/service.md, "Errors").</summary>
internal static class Problems
{
    public static ServiceProblem NoRoute(string method, string path) => new(
        StatusCodes.Status404NotFound, "not-found",
        Text.Pick("Không tìm thấy", "Not found"),
        Text.Format("không có {0} {1}; các đường dẫn ở /openapi/v1.json.", "there is no {0} {1}; the routes are in /openapi/v1.json.", method, Text.Quote(path)));

    public static ServiceProblem MethodNotAllowed(string method, string path) => new(
        StatusCodes.Status405MethodNotAllowed, "method-not-allowed",
        Text.Pick("Phương thức không được hỗ trợ", "Method not allowed"),
        Text.Format("{1} không nhận phương thức {0}; xem /openapi/v1.json.", "{1} does not take the {0} method; see /openapi/v1.json.", method, Text.Quote(path)));

    public static ServiceProblem UnknownKind(string id) => new(
        StatusCodes.Status404NotFound, "unknown-kind",
        Text.Pick("Không có loại báo cáo này", "Unknown report kind"),
        Text.Format("không có loại báo cáo {0}; các loại: {1} (xem /api/kinds).", "there is no report kind {0}; the kinds are: {1} (see /api/kinds).",
            Text.Quote(id), string.Join(", ", ReportCatalog.All.Select(kind => kind.Id))));

    public static ServiceProblem NotAcceptable(string asked, IReadOnlyList<string> formats) => new(
        StatusCodes.Status406NotAcceptable, "format-unavailable",
        Text.Pick("Không có định dạng được yêu cầu", "Format not available"),
        Text.Format("không kết xuất được định dạng {0}; các định dạng có: {1} (chọn bằng ?format= hoặc tiêu đề Accept).",
            "cannot produce the format {0}; the formats available are: {1} (choose with ?format= or the Accept header).",
            Text.Quote(asked), string.Join(", ", formats)))
    {
        Formats = formats,
    };

    public static ServiceProblem UnsupportedMediaType(string? contentType) => new(
        StatusCodes.Status415UnsupportedMediaType, "unsupported-media-type",
        Text.Pick("Nội dung không phải JSON", "Body is not JSON"),
        string.IsNullOrEmpty(contentType)
            ? Text.Pick("yêu cầu thiếu Content-Type; hãy gửi báo cáo JSON với Content-Type: application/json.",
                "the request has no Content-Type; send the JSON report with Content-Type: application/json.")
            : Text.Format("Content-Type {0} không được nhận; hãy gửi báo cáo JSON (UTF-8) với Content-Type: application/json.",
                "Content-Type {0} is not accepted; send the JSON report (UTF-8) with Content-Type: application/json.", Text.Quote(contentType)));

    public static ServiceProblem TooLarge(long? length, int limit) => new(
        StatusCodes.Status413PayloadTooLarge, JsonErrorCodes.TooLarge,
        Text.Pick("Nội dung quá lớn", "Content too large"),
        length is long size
            ? Text.Format("nội dung dài {0} byte, quá giới hạn {1} byte (danvan serve --max-body đổi giới hạn).",
                "the body is {0} bytes long, over the limit of {1} bytes (danvan serve --max-body changes the limit).", Number(size), Number(limit))
            : Text.Format("nội dung dài hơn giới hạn {0} byte (danvan serve --max-body đổi giới hạn).",
                "the body is longer than the limit of {0} bytes (danvan serve --max-body changes the limit).", Number(limit)));

    /// <summary>400: the body cannot be read as JSON at all (empty, not UTF-8, malformed or truncated).</summary>
    public static ServiceProblem Malformed(IReadOnlyList<JsonReadError> errors)
    {
        JsonReadError first = errors[0];
        string detail = first.Line > 0
            ? Text.Format("JSON không đọc được ở dòng {0}, cột {1}: {2}", "the JSON cannot be read at line {0}, column {1}: {2}", first.Line, first.Column, first.Message)
            : Text.Format("JSON không đọc được: {0}", "the JSON cannot be read: {0}", first.Message);
        return new ServiceProblem(StatusCodes.Status400BadRequest, first.Code, Text.Pick("JSON không hợp lệ", "Malformed JSON"), detail)
        {
            Errors = ToProblems(errors),
            Position = first.Line > 0 ? (first.Line, first.Column) : null,
        };
    }

    /// <summary>422: the body is JSON but not a valid report (errors by JSON path).</summary>
    public static ServiceProblem Invalid(IReadOnlyList<Problem> errors) => new(
        StatusCodes.Status422UnprocessableEntity, "invalid-report",
        Text.Pick("Báo cáo không hợp lệ", "Invalid report"),
        Text.Format("báo cáo có {0} lỗi; xem errors (đường dẫn JSON, mã lỗi, thông báo).", "the report has {0} error(s); see errors (JSON path, code, message).", errors.Count))
    {
        Errors = errors,
    };

    public static ServiceProblem Busy(int retryAfterSeconds) => new(
        StatusCodes.Status503ServiceUnavailable, "busy",
        Text.Pick("Dịch vụ đang quá tải", "Service busy"),
        Text.Format("dịch vụ đang xử lý tối đa số yêu cầu và hàng đợi đã đầy; hãy thử lại sau {0} giây.",
            "the service is running its most requests and its queue is full; retry in {0} s.", retryAfterSeconds))
    {
        RetryAfterSeconds = retryAfterSeconds,
    };

    public static ServiceProblem Timeout(TimeSpan limit, int retryAfterSeconds) => new(
        StatusCodes.Status503ServiceUnavailable, "timeout",
        Text.Pick("Hết thời gian xử lý", "Request timed out"),
        Text.Format("yêu cầu không xong trong {0} giây (kể cả thời gian chờ); hãy thử lại sau {1} giây.",
            "the request did not finish within {0} s (waiting included); retry in {1} s.", (int)limit.TotalSeconds, retryAfterSeconds))
    {
        RetryAfterSeconds = retryAfterSeconds,
    };

    /// <summary>A body the server refused while it came in (sent too slowly: 408; cut off or malformed framing: 400).</summary>
    public static ServiceProblem UnreadableBody(int status) => new(
        status == StatusCodes.Status408RequestTimeout ? status : StatusCodes.Status400BadRequest, "body-unreadable",
        Text.Pick("Không đọc được nội dung yêu cầu", "Request body unreadable"),
        Text.Pick("nội dung yêu cầu không đọc được (gửi quá chậm hoặc bị cắt).", "the request body could not be read (sent too slowly or cut off)."));

    /// <summary>500: a bug. Nothing about it reaches the client (it is logged on the server).</summary>
    public static ServiceProblem Internal() => new(
        StatusCodes.Status500InternalServerError, "internal", Text.Pick("Lỗi nội bộ của dịch vụ", "Internal error"), null);

    public static IReadOnlyList<Problem> ToProblems(IEnumerable<JsonReadError> errors) =>
        errors.Select(error => new Problem(error.Path, error.Location, error.Code, error.Message)).ToArray();

    private static string Number(long value) => MessageSettings.Current == MessageLanguage.English
        ? value.ToString("N0", CultureInfo.InvariantCulture)
        : VietnameseNumbers.Format(value);
}
