using System.CommandLine;
using DanVan.Cli.Output;
using DanVan.Cli.Service;
using Microsoft.AspNetCore.Builder;

namespace DanVan.Cli.Commands;

/// <summary>
/// <c>danvan serve [--urls http://127.0.0.1:5080]</c>: the render service (routes in docs/service.md), with its limits
/// as options. Runs until stopped (Ctrl+C, SIGTERM); a port already in use is a usage error (exit 2).
/// </summary>
internal static class ServeCommand
{
    public static Command Create(Terminal terminal)
    {
        var defaults = new ServiceOptions();
        var urls = new Option<string>("--urls")
        {
            Description = Text.Format("Địa chỉ lắng nghe, cách nhau dấu ';' (mặc định {0}).", "The addresses to listen on, ';'-separated (default {0}).", ServiceOptions.DefaultUrls),
            DefaultValueFactory = _ => ServiceOptions.DefaultUrls,
        };
        var maxBody = Positive("--max-body", Text.Format(
            "Kích thước tối đa của nội dung yêu cầu, tính bằng byte (mặc định {0} = 1 MiB); lớn hơn: 413.",
            "The largest request body, in bytes (default {0} = 1 MiB); larger: 413.", ServiceOptions.DefaultMaxBodyBytes), defaults.MaxBodyBytes);
        var concurrency = Positive("--max-concurrency", Text.Pick(
            "Số yêu cầu kiểm tra/kết xuất chạy cùng lúc (mặc định: gấp đôi số lõi).",
            "How many validate/render requests run at once (default: twice the cores)."), defaults.MaxConcurrency);
        var queue = new Option<int>("--queue")
        {
            Description = Text.Format("Số yêu cầu được chờ khi đã đủ số chạy cùng lúc (mặc định {0}); quá nữa: 503 + Retry-After.",
                "How many requests may wait once the limit runs (default {0}); beyond: 503 + Retry-After.", defaults.QueueLimit),
            DefaultValueFactory = _ => defaults.QueueLimit,
        };
        queue.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 0)
            {
                result.AddError(Text.Pick("--queue không được âm.", "--queue must not be negative."));
            }
        });
        var timeout = Positive("--timeout", Text.Format(
            "Thời gian tối đa của một yêu cầu, tính bằng giây, kể cả thời gian chờ (mặc định {0}); quá: 503.",
            "The longest a request may take, in seconds, waiting included (default {0}); longer: 503.", (int)defaults.RequestTimeout.TotalSeconds), (int)defaults.RequestTimeout.TotalSeconds);

        var command = new Command("serve", Text.Pick(
            "Chạy dịch vụ kết xuất qua HTTP: danh mục, JSON Schema, kiểm tra, kết xuất và trang xem trước (xem docs/service.md).",
            "Runs the HTTP render service: catalog, JSON Schema, validation, rendering and the preview page (see docs/service.md)."))
        {
            urls,
            maxBody,
            concurrency,
            queue,
            timeout,
        };
        command.SetAction(parsed =>
        {
            var options = new ServiceOptions
            {
                Urls = parsed.GetValue(urls)!,
                MaxBodyBytes = parsed.GetValue(maxBody),
                MaxConcurrency = parsed.GetValue(concurrency),
                QueueLimit = parsed.GetValue(queue),
                RequestTimeout = TimeSpan.FromSeconds(parsed.GetValue(timeout)),
            };
            try
            {
                using WebApplication app = ServiceHost.Build(options);
                app.Run();
                return ExitCodes.Success;
            }
            catch (Exception error) when (error is IOException or InvalidOperationException or FormatException or ArgumentException)
            {
                // A port in use, an address that is not one: a line naming it, not a stack trace.
                terminal.WriteError("danvan serve", "--urls", "serve-failed", Text.Format(
                    "không lắng nghe được ở {0}: {1}", "cannot listen on {0}: {1}", options.Urls, error.Message));
                return ExitCodes.Unreadable;
            }
        });
        return command;
    }

    private static Option<int> Positive(string name, string description, int defaultValue)
    {
        var option = new Option<int>(name) { Description = description, DefaultValueFactory = _ => defaultValue };
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
            {
                result.AddError(Text.Format("{0} phải lớn hơn 0.", "{0} must be greater than 0.", name));
            }
        });
        return option;
    }
}
