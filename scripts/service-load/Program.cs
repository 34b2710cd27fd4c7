using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;

// The load client of scripts/service-load.sh. Usage: ServiceLoad <base-url> <samples-dir> <clients> <seconds>
// Each client loops over a fixed mix (validate, render html/docx/txt/md, an invalid report, a malformed body) until
// the time is up; it prints requests per second, latency percentiles and the responses by status.
if (args.Length != 4)
{
    Console.Error.WriteLine("usage: ServiceLoad <base-url> <samples-dir> <clients> <seconds>");
    return 2;
}

var baseUrl = new Uri(args[0]);
string samples = args[1];
int clients = int.Parse(args[2], CultureInfo.InvariantCulture);
var duration = TimeSpan.FromSeconds(int.Parse(args[3], CultureInfo.InvariantCulture));

byte[][] valid = Directory.GetFiles(samples, "*.json").Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToArray();
byte[] invalid = File.ReadAllBytes(Path.Combine(samples, "invalid", "out-of-range.json"));
byte[] malformed = File.ReadAllBytes(Path.Combine(samples, "invalid", "truncated.json"));

// One step of the mix: route, body, and the status a healthy service gives (503 is counted apart: deliberate shedding).
(string Route, Func<int, byte[]> Body, int Expected)[] mix =
[
    ("/api/reports/validate", i => valid[i % valid.Length], 200),
    ("/api/reports/render?format=html", i => valid[i % valid.Length], 200),
    ("/api/reports/validate", i => valid[(i + 3) % valid.Length], 200),
    ("/api/reports/render?format=docx", i => valid[i % valid.Length], 200),
    ("/api/reports/validate", _ => invalid, 422),
    ("/api/reports/render?format=txt", i => valid[i % valid.Length], 200),
    ("/api/reports/render?format=md", i => valid[i % valid.Length], 200),
    ("/api/reports/validate", _ => malformed, 400),
];

using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = clients, PooledConnectionLifetime = Timeout.InfiniteTimeSpan })
{
    BaseAddress = baseUrl,
    Timeout = TimeSpan.FromSeconds(60),
};

var latencies = new List<double>[clients];
var statuses = new Dictionary<string, int>[clients];
var unexpected = new int[clients];
var clock = Stopwatch.StartNew();
await Task.WhenAll(Enumerable.Range(0, clients).Select(client => Task.Run(async () =>
{
    var mine = latencies[client] = new List<double>(4096);
    var counts = statuses[client] = new Dictionary<string, int>(StringComparer.Ordinal);
    int step = client;
    byte[] buffer = new byte[64 * 1024];
    while (clock.Elapsed < duration)
    {
        (string route, Func<int, byte[]> body, int expected) = mix[step % mix.Length];
        var content = new ByteArrayContent(body(step));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        long started = Stopwatch.GetTimestamp();
        string status;
        try
        {
            using HttpResponseMessage response = await http.PostAsync(route, content);
            await using Stream stream = await response.Content.ReadAsStreamAsync();
            while (await stream.ReadAsync(buffer) > 0)
            {
            }

            status = ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture);
            if ((int)response.StatusCode != expected && response.StatusCode != HttpStatusCode.ServiceUnavailable)
            {
                unexpected[client]++;
            }
        }
        catch (Exception error) when (error is HttpRequestException or TaskCanceledException or IOException)
        {
            status = error.GetType().Name;
            unexpected[client]++;
        }

        mine.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        counts[status] = counts.GetValueOrDefault(status) + 1;
        step++;
    }
}))).ConfigureAwait(false);
double seconds = clock.Elapsed.TotalSeconds;

double[] all = latencies.SelectMany(l => l).Order().ToArray();
double Percentile(double p) => all.Length == 0 ? 0 : all[Math.Min(all.Length - 1, (int)Math.Ceiling(p / 100 * all.Length) - 1)];
var byStatus = statuses.SelectMany(s => s).GroupBy(s => s.Key).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key + "=" + g.Sum(s => s.Value));
string F(double value) => value.ToString("0.0", CultureInfo.InvariantCulture);

Console.WriteLine($"clients {clients}, {F(seconds)} s, {all.Length} requests, {F(all.Length / seconds)} req/s");
Console.WriteLine($"latency ms: p50 {F(Percentile(50))}, p90 {F(Percentile(90))}, p99 {F(Percentile(99))}, max {F(all.LastOrDefault())}");
Console.WriteLine($"by status: {string.Join(", ", byStatus)}");
Console.WriteLine($"unexpected (not the mix's status, not 503): {unexpected.Sum()}");
return unexpected.Sum() == 0 ? 0 : 1;
