namespace DanVan.Cli.Service;

/// <summary>The render service's settings: where it listens and the limits that keep one copy healthy under load.</summary>
internal sealed record ServiceOptions
{
    /// <summary>The default address: loopback only, so a service is never exposed by accident.</summary>
    public const string DefaultUrls = "http://127.0.0.1:5080";

    /// <summary>The default body limit: 1 MB (1,048,576 bytes), far above any real report.</summary>
    public const int DefaultMaxBodyBytes = 1024 * 1024;

    /// <summary>The addresses to listen on, separated by ';' (as ASP.NET Core's <c>--urls</c>).</summary>
    public string Urls { get; init; } = DefaultUrls;

    /// <summary>The largest request body read, in bytes; a larger one is refused with 413 before it is parsed.</summary>
    public int MaxBodyBytes { get; init; } = DefaultMaxBodyBytes;

    /// <summary>How many validate/render requests run at once (default: two per core; rendering is CPU-bound).</summary>
    public int MaxConcurrency { get; init; } = Math.Max(2, Environment.ProcessorCount * 2);

    /// <summary>How many more wait in line; beyond that a request gets 503 with Retry-After at once.</summary>
    public int QueueLimit { get; init; } = 256;

    /// <summary>The longest a request may take, waiting in line included; then 503 with Retry-After.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>What Retry-After says on a 503, in seconds.</summary>
    public int RetryAfterSeconds { get; init; } = 1;

    /// <summary>The time a client has to send its request headers (slow clients do not hold a connection long).</summary>
    public TimeSpan HeadersTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>The slowest body upload accepted, in bytes per second after a grace period (slowloris bound).</summary>
    public double MinBodyBytesPerSecond { get; init; } = 240;
}
