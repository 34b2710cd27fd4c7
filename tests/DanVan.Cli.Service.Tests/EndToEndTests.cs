using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace DanVan.Cli.Service.Tests;

/// <summary>The built tool as a user runs it: <c>danvan serve --urls</c> on a free loopback port, called over real HTTP.</summary>
public sealed class EndToEndTests
{
    [Fact]
    public async Task Serve_AnswersHealthAndRenders_ThenStops()
    {
        int port = LimitTests.FreePort();
        string url = "http://127.0.0.1:" + port;
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "danvan.dll"));
        foreach (string arg in (string[])["serve", "--urls", url, "--max-body", "200000"])
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        using Process process = Process.Start(start)!;
        var output = new StringBuilder();
        process.OutputDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.ErrorDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            using var client = new HttpClient { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(30) };
            string? health = null;
            var clock = Stopwatch.StartNew();
            while (health is null && clock.Elapsed < TimeSpan.FromSeconds(60) && !process.HasExited)
            {
                try
                {
                    health = await client.GetStringAsync("/health");
                }
                catch (HttpRequestException)
                {
                    await Task.Delay(200);
                }
            }

            Assert.True(health == "ok", "danvan serve did not answer /health: " + output);

            var content = new StringContent(TestService.Sample("tong-ket-nam.json"), Encoding.UTF8, "application/json");
            var request = new HttpRequestMessage(HttpMethod.Post, "/api/reports/render") { Content = content };
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
            HttpResponseMessage response = await client.SendAsync(request);
            string html = await response.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
            Assert.Contains("<html", html, StringComparison.Ordinal);
            Assert.Equal("tong-ket-nam-2024.html", response.Content.Headers.ContentDisposition?.FileName);

            // --max-body reached the server.
            var big = new ByteArrayContent(new byte[200_001]);
            big.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            Assert.Equal(HttpStatusCode.RequestEntityTooLarge, (await client.PostAsync("/api/reports/validate", big)).StatusCode);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
            }
        }

        string log = output.ToString();
        Assert.DoesNotContain("Unhandled exception", log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_PortInUse_OneLineExit2()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "danvan.dll"));
        foreach (string arg in (string[])["serve", "--urls", "http://127.0.0.1:" + port])
        {
            start.ArgumentList.Add(arg);
        }

        using Process process = Process.Start(start)!;
        Task<string> error = process.StandardError.ReadToEndAsync();
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("danvan serve kept running on a port in use");
        }

        Assert.Equal(2, process.ExitCode);
        string printed = await error + await output;
        Assert.Contains("danvan serve: --urls: serve-failed: không lắng nghe được ở http://127.0.0.1:" + port, printed, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", printed, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--max-body", "0")]
    [InlineData("--max-concurrency", "0")]
    [InlineData("--queue", "-1")]
    public async Task Serve_BadLimit_UsageExit2(string option, string value)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "danvan.dll"));
        foreach (string arg in (string[])["serve", option, value])
        {
            start.ArgumentList.Add(arg);
        }

        using Process process = Process.Start(start)!;
        Task<string> error = process.StandardError.ReadToEndAsync();
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(limit.Token);
        Assert.Equal(2, process.ExitCode);
        Assert.StartsWith("danvan: -: usage: ", await error, StringComparison.Ordinal);
        Assert.Contains(option, await error, StringComparison.Ordinal);
        Assert.Equal("", await output);
    }
}
