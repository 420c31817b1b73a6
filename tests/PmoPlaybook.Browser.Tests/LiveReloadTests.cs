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
        await Expect(panel).ToContainTextAsync("content/en/glossary.md:3:1: error PMO002");
        Assert.Null(await page.EvaluateAsync<string?>("() => window.marker ?? null"));
        await Expect(panel.Locator("b")).ToHaveCountAsync(0);
        await page.ScreenshotAsync(new() { Path = BrowserFixture.Screenshot("serve-content-error") });

        hub.SiteChanged([]);
        await page.ArriveAtAsync(new Regex("/en/glossary/$"));
        await Expect(panel).ToHaveCountAsync(0);
    }
}
