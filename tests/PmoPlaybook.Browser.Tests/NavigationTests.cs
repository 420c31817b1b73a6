using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace PmoPlaybook.Browser.Tests;

[Collection(BrowserCollection.Name)]
public class NavigationTests(BrowserFixture browser)
{
    [Fact]
    public async Task A_reader_goes_from_home_to_a_role_guide_switches_language_and_pages_through_the_section()
    {
        var (page, errors) = await browser.NewPageAsync();

        await page.GotoAsync("/");
        await page.WaitForURLAsync(new Regex("/en/$"));
        Assert.Equal("PMO Playbook", await page.Locator(".brand").InnerTextAsync());

        await page.Locator("#site-nav").GetByRole(AriaRole.Link, new() { Name = "Roles", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/en/roles/$"));
        await page.Locator("#site-nav").GetByRole(AriaRole.Link, new() { Name = "Pace-keeper" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/en/roles/pace-keeper/$"));
        Assert.Equal("Pace-keeper", await page.Locator("main h1").InnerTextAsync());

        await page.Locator(".lang-switch").GetByRole(AriaRole.Link, new() { Name = "Svenska" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/sv/roles/pace-keeper/$"));
        Assert.Equal("Takthållaren", await page.Locator("main h1").InnerTextAsync());
        Assert.Equal("sv", await page.Locator("html").GetAttributeAsync("lang"));

        await page.Locator(".pager a[rel=next]").ClickAsync();
        await page.WaitForURLAsync(new Regex("/sv/roles/balancer/$"));
        Assert.Equal("Balansmästaren", await page.Locator("main h1").InnerTextAsync());
        await page.ScreenshotAsync(new() { Path = BrowserFixture.Screenshot("role-guide-sv"), FullPage = true });

        await page.Locator(".pager a[rel=prev]").ClickAsync();
        await page.WaitForURLAsync(new Regex("/sv/roles/pace-keeper/$"));

        Assert.Empty(errors);
    }

    [Fact]
    public async Task The_skip_link_is_the_first_stop_and_moves_focus_to_main()
    {
        var (page, errors) = await browser.NewPageAsync();
        await page.GotoAsync("/en/roles/facilitator/");

        await page.Keyboard.PressAsync("Tab");
        var skip = page.Locator("a.skip-link");
        Assert.True(await skip.EvaluateAsync<bool>("el => el === document.activeElement"));
        var box = await skip.BoundingBoxAsync();
        Assert.True(box is { Y: >= 0, Width: > 1 }, "the focused skip link is visible");

        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(new Regex("#main$"));
        Assert.Equal("main", await page.EvaluateAsync<string>("() => document.activeElement.id"));
        Assert.Empty(errors);
    }

    [Fact]
    public async Task On_a_phone_the_menu_opens_and_closes_from_the_keyboard()
    {
        var (page, errors) = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 390, Height = 844 }, BaseURL = browser.Site.BaseAddress.ToString() });
        await page.GotoAsync("/en/roles/visualiser/");
        var toggle = page.Locator("button.nav-toggle");
        var nav = page.Locator("#site-nav");

        Assert.True(await toggle.IsVisibleAsync());
        Assert.False(await nav.IsVisibleAsync());

        await toggle.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("true", await toggle.GetAttributeAsync("aria-expanded"));
        Assert.True(await nav.IsVisibleAsync());
        await page.ScreenshotAsync(new() { Path = BrowserFixture.Screenshot("phone-menu-open") });

        await page.Keyboard.PressAsync("Escape");
        Assert.Equal("false", await toggle.GetAttributeAsync("aria-expanded"));
        Assert.False(await nav.IsVisibleAsync());
        Assert.True(await toggle.EvaluateAsync<bool>("el => el === document.activeElement"));
        Assert.Empty(errors);
    }

    [Fact]
    public async Task Without_javascript_the_navigation_is_still_all_there()
    {
        var context = await browser.Browser.NewContextAsync(new() { JavaScriptEnabled = false, ViewportSize = new() { Width = 390, Height = 844 }, BaseURL = browser.Site.BaseAddress.ToString() });
        var page = await context.NewPageAsync();

        await page.GotoAsync("/en/roles/visualiser/");

        Assert.True(await page.Locator("#site-nav").IsVisibleAsync());
        Assert.False(await page.Locator("button.nav-toggle").IsVisibleAsync());
        await context.CloseAsync();
    }
}
