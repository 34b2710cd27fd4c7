using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using DanVan.Cli.Service;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace DanVan.Cli.Service.Tests;

/// <summary>Holding under load: the concurrency limit and its queue (503 + Retry-After), time-outs, bugs (500), slow clients.</summary>
public sealed class LimitTests
{
    [Fact]
    public async Task OverTheConcurrencyLimitAndQueue_503_WithRetryAfter()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var entered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var service = await TestService.StartAsync(
            new ServiceOptions { MaxConcurrency = 1, QueueLimit = 1, RetryAfterSeconds = 7 },
            app => app.MapGet("/test/hold", async () => { entered.TrySetResult(); await release.Task; return "held"; })
                .WithReportLimits());

        Task<HttpResponseMessage> holding = service.GetAsync("/test/hold");
        await entered.Task.WaitAsync(TimeSpan.FromSeconds(30));
        Task<HttpResponseMessage> queued = service.PostJsonAsync("/api/reports/validate", TestService.Sample("giao-ban-quy.json"));
        await Task.Delay(200);
        Assert.False(queued.IsCompleted);

        // One running, one waiting: the third is turned away at once, told when to come back.
        HttpResponseMessage rejected = await service.PostJsonAsync("/api/reports/render", TestService.Sample("giao-ban-quy.json"));
        JsonElement problem = await TestService.AssertProblemAsync(rejected, 503, "busy");
        Assert.Equal(TimeSpan.FromSeconds(7), rejected.Headers.RetryAfter?.Delta);
        Assert.Equal(7, problem.GetProperty("retryAfter").GetInt32());
        // Health is not limited: a load balancer still sees the copy alive.
        Assert.Equal(HttpStatusCode.OK, (await service.GetAsync("/health")).StatusCode);

        release.SetResult();
        Assert.Equal(HttpStatusCode.OK, (await holding).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await queued).StatusCode);
    }

    [Fact]
    public async Task WaitingPastTheTimeout_503Timeout()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var entered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var service = await TestService.StartAsync(
            new ServiceOptions { MaxConcurrency = 1, QueueLimit = 4, RequestTimeout = TimeSpan.FromMilliseconds(500) },
            app => app.MapGet("/test/hold", async () => { entered.TrySetResult(); await release.Task; return "held"; })
                .WithReportLimits());
        try
        {
            Task<HttpResponseMessage> holding = service.GetAsync("/test/hold");
            await entered.Task.WaitAsync(TimeSpan.FromSeconds(30));
            HttpResponseMessage response = await service.PostJsonAsync("/api/reports/validate", TestService.Sample("giao-ban-quy.json"));
            await TestService.AssertProblemAsync(response, 503, "timeout");
            Assert.NotNull(response.Headers.RetryAfter);
        }
        finally
        {
            release.TrySetResult();
        }
    }

    [Fact]
    public async Task HandlerPastTheTimeout_503Timeout()
    {
        await using var service = await TestService.StartAsync(
            new ServiceOptions { RequestTimeout = TimeSpan.FromMilliseconds(300) },
            app => app.MapGet("/test/slow", async (HttpContext context) => { await Task.Delay(TimeSpan.FromMinutes(1), context.RequestAborted); return "late"; })
                .WithReportLimits());
        await TestService.AssertProblemAsync(await service.GetAsync("/test/slow"), 503, "timeout");
    }

    [Fact]
    public async Task Bug_500Problem_WithNoDetail()
    {
        await using var service = await TestService.StartAsync(configureApp: app =>
            app.MapGet("/test/throw", string () => throw new InvalidOperationException("secret internal state /etc/passwd")));
        HttpResponseMessage response = await service.GetAsync("/test/throw");
        string body = await response.Content.ReadAsStringAsync();
        JsonElement problem = await TestService.AssertProblemAsync(response, 500, "internal");
        Assert.False(problem.TryGetProperty("detail", out _));
        Assert.DoesNotContain("secret", body, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperation", body, StringComparison.Ordinal);
        Assert.Equal("Lỗi nội bộ của dịch vụ", problem.GetProperty("title").GetString());
    }

    /// <summary>
    /// Slowloris on the real server (Kestrel on loopback): a client that sends half its headers and stalls is cut off
    /// after the headers time-out, and one that trickles its body below the minimum rate is cut off too.
    /// </summary>
    [Fact]
    public async Task SlowClients_AreCutOff()
    {
        int port = FreePort();
        await using WebApplication app = ServiceHost.Build(new ServiceOptions
        {
            Urls = "http://127.0.0.1:" + port,
            HeadersTimeout = TimeSpan.FromSeconds(1),
        });
        await app.StartAsync();

        using (var client = new TcpClient())
        {
            await client.ConnectAsync(IPAddress.Loopback, port);
            NetworkStream stream = client.GetStream();
            await stream.WriteAsync("POST /api/reports/validate HTTP/1.1\r\nHost: x\r\nContent-Ty"u8.ToArray());
            var clock = System.Diagnostics.Stopwatch.StartNew();
            string answer = await ReadUntilClosedAsync(stream, TimeSpan.FromSeconds(20));
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(15), "the stalled client was held " + clock.Elapsed);
            Assert.True(answer.Length == 0 || answer.StartsWith("HTTP/1.1 408", StringComparison.Ordinal), answer);
        }

        using (var client = new TcpClient())
        {
            await client.ConnectAsync(IPAddress.Loopback, port);
            NetworkStream stream = client.GetStream();
            await stream.WriteAsync(Encoding.ASCII.GetBytes("POST /api/reports/validate HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{"));
            var clock = System.Diagnostics.Stopwatch.StartNew();
            // One byte a second is far below the minimum rate (240 B/s after a 5 s grace).
            Task<string> answer = ReadUntilClosedAsync(stream, TimeSpan.FromSeconds(40));
            while (!answer.IsCompleted && clock.Elapsed < TimeSpan.FromSeconds(40))
            {
                try
                {
                    await stream.WriteAsync(" "u8.ToArray());
                }
                catch (IOException)
                {
                    break;
                }

                await Task.WhenAny(answer, Task.Delay(1000));
            }

            await answer;
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), "the trickling client was held " + clock.Elapsed);
        }

        Assert.Equal("ok", await new HttpClient().GetStringAsync($"http://127.0.0.1:{port}/health"));
    }

    internal static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task<string> ReadUntilClosedAsync(NetworkStream stream, TimeSpan limit)
    {
        using var cancel = new CancellationTokenSource(limit);
        var text = new StringBuilder();
        byte[] buffer = new byte[4096];
        try
        {
            int read;
            while ((read = await stream.ReadAsync(buffer, cancel.Token)) > 0)
            {
                text.Append(Encoding.ASCII.GetString(buffer, 0, read));
            }
        }
        catch (IOException)
        {
            // Reset by the server: closed.
        }

        return text.ToString();
    }
}
