using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using PmoPlaybook.Web.LiveReload;

namespace PmoPlaybook.Browser.Tests;

[Collection(BrowserCollection.Name)]
public class LiveReloadTests(BrowserFixture browser)
{
    [Fact]
    public async Task A_rebuild_reloads_the_page_and_content_errors_show_on_it_until_fixed()
    {
        var hub = browser.Site.App.Services.GetRequiredService<LiveReloadHub>();
        var (page, _) = await browser.NewPageAsync();
        await page.GotoAsync("/en/glossary/");
        await page.EvaluateAsync("() => { window.marker = 'before reload'; }");
        await page.Locator("html[data-livereload=connected]").WaitForAsync();

        hub.SiteChanged(["content/en/glossary.md:3:1: error PMO002: malformed YAML in front matter: <b>not bold</b>"]);

        var panel = page.Locator("#pmo-dev-errors");
        await panel.WaitForAsync();
        Assert.Null(await page.EvaluateAsync<string?>("() => window.marker ?? null"));
        Assert.Contains("content/en/glossary.md:3:1: error PMO002", await panel.InnerTextAsync());
        Assert.Equal(0, await panel.Locator("b").CountAsync());
        await page.ScreenshotAsync(new() { Path = BrowserFixture.Screenshot("serve-content-error") });

        hub.SiteChanged([]);
        await page.WaitForURLAsync(new Regex("/en/glossary/$"));
        await panel.WaitForAsync(new() { State = Microsoft.Playwright.WaitForSelectorState.Detached });
    }
}
