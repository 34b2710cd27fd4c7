using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using DanVan.Cli.Service;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;

namespace DanVan.Cli.Service.Tests;

/// <summary>
/// The service's real host (<see cref="ServiceHost.Build"/>: same middleware, limits and routes as <c>danvan serve</c>)
/// on ASP.NET Core's in-memory TestServer, with an <see cref="HttpClient"/> to call it.
/// </summary>
internal sealed class TestService : IAsyncDisposable
{
    private readonly WebApplication _app;

    private TestService(WebApplication app, HttpClient client)
    {
        _app = app;
        Client = client;
    }

    public HttpClient Client { get; }

    public static async Task<TestService> StartAsync(ServiceOptions? options = null, Action<WebApplication>? configureApp = null)
    {
        WebApplication app = ServiceHost.Build(options ?? new ServiceOptions(), builder => builder.WebHost.UseTestServer(), configureApp);
        await app.StartAsync();
        return new TestService(app, app.GetTestClient());
    }

    public Task<HttpResponseMessage> PostJsonAsync(string route, string json, string? language = null, string? accept = null) =>
        PostAsync(route, Encoding.UTF8.GetBytes(json), "application/json", language, accept);

    public Task<HttpResponseMessage> PostAsync(string route, byte[] body, string? contentType, string? language = null, string? accept = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, route) { Content = new ByteArrayContent(body) };
        if (contentType is not null)
        {
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }

        if (language is not null)
        {
            request.Headers.AcceptLanguage.ParseAdd(language);
        }

        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        return Client.SendAsync(request);
    }

    public Task<HttpResponseMessage> GetAsync(string route, string? language = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, route);
        if (language is not null)
        {
            request.Headers.AcceptLanguage.ParseAdd(language);
        }

        return Client.SendAsync(request);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.DisposeAsync();
    }

    /// <summary>Samples/data of the repository (one valid report per kind, invalid files with their CLI errors).</summary>
    public static string SampleData { get; } = Path.Combine(TestRepository.Root, "samples", "data");

    public static string Sample(string name) => File.ReadAllText(Path.Combine(SampleData, name));

    /// <summary>Asserts a problem response: status, media type, code; returns its JSON (never with internal detail).</summary>
    public static async Task<JsonElement> AssertProblemAsync(HttpResponseMessage response, int status, string code)
    {
        string body = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode == status, $"expected {status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
        JsonElement problem = JsonDocument.Parse(body).RootElement.Clone();
        Assert.Equal(status, problem.GetProperty("status").GetInt32());
        Assert.Equal(code, problem.GetProperty("code").GetString());
        Assert.Equal("urn:danvan:problem:" + code, problem.GetProperty("type").GetString());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("title").GetString()));
        Assert.Equal(JsonValueKind.Array, problem.GetProperty("errors").ValueKind);
        return problem;
    }
}
