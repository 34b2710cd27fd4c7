using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace DanVan.Cli.Browser.Tests;

/// <summary>
/// `danvan serve` started from the built tool (danvan.dll next to the tests) on a free loopback port, as a user starts
/// it; ready once GET /health answers. Disposing stops that one process.
/// </summary>
internal sealed class ServiceProcess : IAsyncDisposable
{
    private static readonly string s_tool = Path.Combine(AppContext.BaseDirectory, "danvan.dll");
    private static readonly TimeSpan s_startTimeout = TimeSpan.FromSeconds(90);

    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private ServiceProcess(Process process, Uri origin)
    {
        _process = process;
        Origin = origin;
    }

    /// <summary>The service's origin, e.g. http://127.0.0.1:41234 (no trailing slash).</summary>
    public Uri Origin { get; }

    /// <summary>What the service printed so far (for a failing test's message).</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Starts the service and waits until it answers /health.</summary>
    public static async Task<ServiceProcess> StartAsync()
    {
        int port = FreeLoopbackPort();
        var origin = new Uri("http://127.0.0.1:" + port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = new UTF8Encoding(false),
            StandardErrorEncoding = new UTF8Encoding(false),
        };
        start.ArgumentList.Add(s_tool);
        start.ArgumentList.Add("serve");
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(origin.GetLeftPart(UriPartial.Authority));
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";

        var service = new ServiceProcess(Process.Start(start)!, origin);
        service._process.OutputDataReceived += (_, e) => service.Append(e.Data);
        service._process.ErrorDataReceived += (_, e) => service.Append(e.Data);
        service._process.BeginOutputReadLine();
        service._process.BeginErrorReadLine();
        try
        {
            await service.WaitUntilHealthyAsync().ConfigureAwait(false);
        }
        catch
        {
            await service.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        return service;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync().ConfigureAwait(false);
        }

        _process.Dispose();
    }

    private async Task WaitUntilHealthyAsync()
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < s_startTimeout)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException("danvan serve exited with code " + _process.ExitCode + " before it answered /health:\n" + Output);
            }

            try
            {
                using HttpResponseMessage response = await client.GetAsync(new Uri(Origin, "/health")).ConfigureAwait(false);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Still starting.
            }

            await Task.Delay(200).ConfigureAwait(false);
        }

        throw new TimeoutException("danvan serve did not answer /health at " + Origin + " within " + s_startTimeout.TotalSeconds + " s:\n" + Output);
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }

    // The OS picks a free port; it is released at once for the service to take (another process taking it in between
    // is unlikely on loopback, and would show as a clear start-up failure).
    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
