using System.Net.Http.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PmoPlaybook.Testing;
using PmoPlaybook.Web;

namespace PmoPlaybook.Integration.Tests;

/// <summary>
/// The real app on 127.0.0.1 behind a pretend reverse proxy: the test client is the proxy, so loopback is
/// the proxy's address. A test-only endpoint reports what the app believes about each request.
/// </summary>
public sealed class ReverseProxyTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private sealed record Seen(string Scheme, bool IsHttps, string Host, string RemoteIp);

    private sealed class Server(WebApplication app, HttpClient client) : IAsyncDisposable
    {
        public HttpClient Client => client;

        public async Task<Seen> GetAsync(params (string Header, string Value)[] headers)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/_test/request");
            foreach (var (header, value) in headers)
            {
                request.Headers.TryAddWithoutValidation(header, value);
            }
            using var response = await client.SendAsync(request);
            response.EnsureSuccessStatusCode();
            return (await response.Content.ReadFromJsonAsync<Seen>())!;
        }

        public async ValueTask DisposeAsync()
        {
            client.Dispose();
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }

    private WebApplication Create(params (string Key, string Value)[] settings)
    {
        // The app only needs the site folder to exist to start; these requests never reach a page.
        Directory.CreateDirectory(_temp.Combine("site"));
        var app = PlaybookApp.Create(["--urls", "http://127.0.0.1:0"], web =>
        {
            web.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Site:SiteDirectory"] = _temp.Combine("site"),
                ["Site:IndexDirectory"] = _temp.Combine("index"),
                ["Assessments:DefinitionsDirectory"] = RepositoryPaths.Assessments,
            }.Concat(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value))));
            web.Logging.SetMinimumLevel(LogLevel.Warning);
        });
        app.MapGet("/_test/request", (HttpContext context) => new Seen(
            context.Request.Scheme,
            context.Request.IsHttps,
            context.Request.Host.Value ?? "",
            context.Connection.RemoteIpAddress?.ToString() ?? ""));
        return app;
    }

    private async Task<Server> StartAsync(params (string Key, string Value)[] settings)
    {
        var app = Create(settings);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new Server(app, new HttpClient { BaseAddress = new Uri(address) });
    }

    private static readonly (string, string)[] ProxyHeaders =
    [
        ("X-Forwarded-Proto", "https"),
        ("X-Forwarded-For", "203.0.113.7"),
        ("X-Forwarded-Host", "playbook.example.org"),
    ];

    [Fact]
    public async Task By_default_a_proxy_on_loopback_is_trusted_for_scheme_client_address_and_host()
    {
        await using var server = await StartAsync();

        var seen = await server.GetAsync(ProxyHeaders);

        Assert.Equal(new Seen("https", true, "playbook.example.org", "203.0.113.7"), seen);
    }

    [Fact]
    public async Task Without_forwarded_headers_the_request_is_what_the_socket_says()
    {
        await using var server = await StartAsync();

        var seen = await server.GetAsync();

        Assert.Equal(("http", false, "127.0.0.1"), (seen.Scheme, seen.IsHttps, seen.RemoteIp));
        Assert.Equal(server.Client.BaseAddress!.Authority, seen.Host);
    }

    [Theory]
    [InlineData("Proxy:KnownProxies:0", "10.9.9.9")]
    [InlineData("Proxy:KnownNetworks", "10.0.0.0/8, 192.168.0.0/16")]
    [InlineData("Proxy:Enabled", "false")]
    public async Task Headers_from_a_source_that_is_not_a_trusted_proxy_are_ignored(string key, string value)
    {
        // Naming another proxy replaces the loopback default, so the test client is now an untrusted source.
        await using var server = await StartAsync((key, value));

        var seen = await server.GetAsync(ProxyHeaders);

        Assert.Equal(("http", false, "127.0.0.1"), (seen.Scheme, seen.IsHttps, seen.RemoteIp));
        Assert.NotEqual("playbook.example.org", seen.Host);
    }

    [Theory]
    [InlineData("1", "10.1.2.3")]
    [InlineData("2", "203.0.113.7")]
    public async Task The_forward_limit_says_how_many_trusted_proxies_of_a_chain_to_walk_back(string limit, string expected)
    {
        // CDN (10.1.2.3) → nginx on loopback → app; a comma-separated list, as an environment variable gives it.
        await using var server = await StartAsync(("Proxy:KnownNetworks", "127.0.0.0/8,10.0.0.0/8"), ("Proxy:ForwardLimit", limit));

        var seen = await server.GetAsync(("X-Forwarded-For", "203.0.113.7, 10.1.2.3"), ("X-Forwarded-Proto", "https, https"));

        Assert.Equal(expected, seen.RemoteIp);
        Assert.True(seen.IsHttps);
    }

    [Fact]
    public async Task A_client_cannot_forge_its_address_past_the_forward_limit()
    {
        await using var server = await StartAsync();

        // The reader sent X-Forwarded-For: 1.2.3.4 to the proxy, which appended the address it saw.
        var seen = await server.GetAsync(("X-Forwarded-For", "1.2.3.4, 198.51.100.20"));

        Assert.Equal("198.51.100.20", seen.RemoteIp);
    }

    [Fact]
    public async Task A_malformed_proxy_setting_stops_start_up_naming_the_value()
    {
        await using var app = Create(("Proxy:KnownProxies:0", "10.0.0.300"), ("Proxy:KnownNetworks:0", "10.0.0.0"));

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());

        Assert.Contains("'10.0.0.300'", error.Message);
        Assert.Contains("'10.0.0.0'", error.Message);
    }
}
