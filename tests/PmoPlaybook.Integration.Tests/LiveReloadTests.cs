using Microsoft.Extensions.DependencyInjection;
using PmoPlaybook.Testing;
using PmoPlaybook.Web.LiveReload;

namespace PmoPlaybook.Integration.Tests;

public class LiveReloadTests
{
    [Fact]
    public async Task Serve_mode_adds_the_script_and_streams_errors_then_reload()
    {
        await using var site = await RunningSite.StartAsync(RepositoryPaths.Content, liveReload: true);
        var hub = site.App.Services.GetRequiredService<LiveReloadHub>();

        var html = await site.Client.GetStringAsync("/en/roles/");
        using var response = await site.Client.GetAsync("/_pmo/livereload/events", HttpCompletionOption.ResponseHeadersRead);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));

        Assert.Contains("<script src=\"/_pmo/livereload.js\" defer></script></body>", html);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("event: errors", await reader.ReadLineAsync(timeout.Token));
        Assert.Equal("data: []", await reader.ReadLineAsync(timeout.Token));
        await reader.ReadLineAsync(timeout.Token);

        hub.SiteChanged(["content/en/a.md:2:1: error PMO002: malformed"]);

        Assert.Equal("event: reload", await reader.ReadLineAsync(timeout.Token));
        Assert.Equal(["content/en/a.md:2:1: error PMO002: malformed"], hub.CurrentErrors);
    }

    [Theory]
    [InlineData("/search?q=risk")]
    [InlineData("/en/search/?q=risk")]
    [InlineData("/en/content-health/")]
    [InlineData("/assessments/pmo-maturity")]
    [InlineData("/en/no-such-page/")]
    [InlineData("/")]
    public async Task Pages_the_app_renders_get_the_script_in_serve_mode(string path)
    {
        await using var site = await RunningSite.StartAsync(RepositoryPaths.Content, liveReload: true);

        using var response = await site.Client.GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(1, html.Split("/_pmo/livereload.js").Length - 1);
        Assert.Contains("<script src=\"/_pmo/livereload.js\" defer></script></body>", html);
    }
}
