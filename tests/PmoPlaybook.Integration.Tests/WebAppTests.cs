using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Options;
using PmoPlaybook.Testing;
using PmoPlaybook.Web;

namespace PmoPlaybook.Integration.Tests;

/// <summary>The real app on 127.0.0.1 over the real content, spoken to over HTTP.</summary>
public sealed class RunningSiteFixture : IAsyncLifetime
{
    public RunningSite Site { get; private set; } = default!;

    public async Task InitializeAsync() => Site = await RunningSite.StartAsync(RepositoryPaths.Content);

    public async Task DisposeAsync() => await Site.DisposeAsync();
}

public class WebAppTests(RunningSiteFixture fixture) : IClassFixture<RunningSiteFixture>
{
    private HttpClient Client => fixture.Site.Client;

    [Fact]
    public async Task Health_is_200_with_each_check()
    {
        using var response = await Client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Healthy", body.RootElement.GetProperty("status").GetString());
        Assert.Equal("Healthy", body.RootElement.GetProperty("checks").GetProperty("site").GetProperty("status").GetString());
    }

    [Theory]
    [InlineData("sv-SE,sv;q=0.9,en;q=0.8", "/sv/")]
    [InlineData("en-GB,en;q=0.9", "/en/")]
    [InlineData("de-DE;q=0.9,sv;q=0.5", "/sv/")]
    public async Task The_root_sends_readers_to_their_language(string acceptLanguage, string expected)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage);

        using var response = await Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(expected, response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Without_a_matching_language_the_root_is_the_language_chooser()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.TryAddWithoutValidation("Accept-Language", "de-DE");

        using var response = await Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("data-languages=\"en sv\"", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Pages_are_served_at_clean_urls_with_security_headers()
    {
        using var response = await Client.GetAsync("/en/roles/pace-keeper/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("script-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Contains("<h1>Pace-keeper</h1>", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Hashed_theme_assets_are_cached_for_a_year_and_pages_are_revalidated()
    {
        using var asset = await Client.GetAsync("/assets/theme/theme.css?v=abc");
        using var page = await Client.GetAsync("/en/");

        Assert.Contains("immutable", asset.Headers.CacheControl!.ToString());
        Assert.True(page.Headers.CacheControl!.NoCache);
    }

    [Theory]
    [InlineData("/assets/theme/theme.css", "br")]
    [InlineData("/assets/theme/search.js", "gzip")]
    public async Task Text_assets_are_compressed_for_clients_that_ask(string path, string encoding)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.TryAddWithoutValidation("Accept-Encoding", encoding);

        using var compressed = await Client.SendAsync(request);
        var plain = await Client.GetByteArrayAsync(path);

        Assert.Equal(encoding, Assert.Single(compressed.Content.Headers.ContentEncoding));
        Assert.Contains("Accept-Encoding", compressed.Headers.Vary);
        await using var body = await compressed.Content.ReadAsStreamAsync();
        await using Stream decoded = encoding == "br" ? new System.IO.Compression.BrotliStream(body, System.IO.Compression.CompressionMode.Decompress) : new System.IO.Compression.GZipStream(body, System.IO.Compression.CompressionMode.Decompress);
        using var copy = new MemoryStream();
        await decoded.CopyToAsync(copy);
        Assert.Equal(plain, copy.ToArray());
    }

    [Theory]
    [InlineData("/en/")]
    [InlineData("/api/search?q=risk")]
    [InlineData("/assessments/pmo-maturity")]
    public async Task Pages_and_json_are_never_compressed(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.TryAddWithoutValidation("Accept-Encoding", "br, gzip");

        using var response = await Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(response.Content.Headers.ContentEncoding);
    }

    [Theory]
    [InlineData("/en/no-such-page/")]
    [InlineData("/..%2F..%2Fetc/passwd")]
    [InlineData("/en/roles/../../../../etc/passwd")]
    public async Task Unknown_and_hostile_paths_get_the_404_page(string path)
    {
        using var response = await Client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page not found", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/%00")]
    [InlineData("/en/%FF%FE/")]
    [InlineData("/en/roles/pace-keeper/?q=%00%ZZ")]
    public async Task Malformed_requests_never_get_a_server_error(string path)
    {
        using var response = await Client.GetAsync(path);

        Assert.True((int)response.StatusCode < 500, $"{path} → {(int)response.StatusCode}");
    }

    [Fact]
    public async Task Live_reload_is_off_outside_serve()
    {
        var html = await Client.GetStringAsync("/en/");
        using var events = await Client.GetAsync("/_pmo/livereload/events");

        Assert.DoesNotContain("livereload", html);
        Assert.Equal(HttpStatusCode.NotFound, events.StatusCode);
    }

    [Fact]
    public void The_app_refuses_to_start_without_a_built_site_and_says_why()
    {
        using var temp = new TempDirectory();
        var error = Assert.Throws<OptionsValidationException>(() =>
            PlaybookApp.Create(["--urls", "http://127.0.0.1:0", "--Site:SiteDirectory", temp.Combine("missing"),
                "--Assessments:DefinitionsDirectory", RepositoryPaths.Assessments]).StartAsync().GetAwaiter().GetResult());

        Assert.Contains("pmo build", error.Message);
    }
}

public class PublishedFileTypeTests(RunningSiteFixture fixture) : IClassFixture<RunningSiteFixture>
{
    [Fact]
    public async Task Markdown_downloads_and_static_search_chunks_are_served()
    {
        var site = fixture.Site;
        var markdown = Directory.EnumerateFiles(Path.Combine(site.OutputDirectory, "en", "templates"), "*.md", SearchOption.AllDirectories).First();
        var chunk = Directory.EnumerateFiles(Path.Combine(site.OutputDirectory, "pagefind"), "*.pf_meta").First();

        using var md = await site.Client.GetAsync("/" + Path.GetRelativePath(site.OutputDirectory, markdown).Replace('\\', '/'));
        using var pf = await site.Client.GetAsync("/pagefind/" + Path.GetFileName(chunk));

        Assert.Equal((System.Net.HttpStatusCode.OK, "text/markdown"), (md.StatusCode, md.Content.Headers.ContentType!.MediaType));
        Assert.Equal(System.Net.HttpStatusCode.OK, pf.StatusCode);
    }
}
