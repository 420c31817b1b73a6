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
        await page.ArriveAtAsync(new Regex("/en/$"));
        await Expect(page.Locator(".brand")).ToHaveTextAsync("PMO Playbook");

        await page.Locator("#site-nav").GetByRole(AriaRole.Link, new() { Name = "Roles", Exact = true }).ClickAsync();
        await page.ArriveAtAsync(new Regex("/en/roles/$"));
        await page.Locator("#site-nav").GetByRole(AriaRole.Link, new() { Name = "Pace-keeper" }).ClickAsync();
        await page.ArriveAtAsync(new Regex("/en/roles/pace-keeper/$"));
        await Expect(page.Locator("main h1")).ToHaveTextAsync("Pace-keeper");

        await page.Locator(".lang-switch").GetByRole(AriaRole.Link, new() { Name = "Svenska" }).ClickAsync();
        await page.ArriveAtAsync(new Regex("/sv/roles/pace-keeper/$"));
        await Expect(page.Locator("main h1")).ToHaveTextAsync("Takthållaren");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "sv");

        await page.Locator(".pager a[rel=next]").ClickAsync();
        await page.ArriveAtAsync(new Regex("/sv/roles/balancer/$"));
        await Expect(page.Locator("main h1")).ToHaveTextAsync("Balansmästaren");
        await page.ScreenshotAsync(new() { Path = BrowserFixture.Screenshot("role-guide-sv"), FullPage = true });

        await page.Locator(".pager a[rel=prev]").ClickAsync();
        await page.ArriveAtAsync(new Regex("/sv/roles/pace-keeper/$"));

        Assert.Empty(errors);
    }

    [Fact]
    public async Task The_skip_link_is_the_first_stop_and_moves_focus_to_main()
    {
        var (page, errors) = await browser.NewPageAsync();
        await page.GotoAsync("/en/roles/facilitator/");

        await page.Keyboard.PressAsync("Tab");
        var skip = page.Locator("a.skip-link");
        await Expect(skip).ToBeFocusedAsync();
        var box = await skip.BoundingBoxAsync();
        Assert.True(box is { Y: >= 0, Width: > 1 }, "the focused skip link is visible");

        await page.Keyboard.PressAsync("Enter");
        await page.ArriveAtAsync(new Regex("#main$"));
        await Expect(page.Locator("#main")).ToBeFocusedAsync();
        Assert.Empty(errors);
    }

    [Fact]
    public async Task On_a_phone_the_menu_opens_and_closes_from_the_keyboard()
    {
        var (page, errors) = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 390, Height = 844 }, BaseURL = browser.Site.BaseAddress.ToString() });
        await page.GotoAsync("/en/roles/visualiser/");
        var toggle = page.Locator("button.nav-toggle");
        var nav = page.Locator("#site-nav");

        await Expect(toggle).ToBeVisibleAsync();
        await Expect(nav).ToBeHiddenAsync();

        await toggle.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(toggle).ToHaveAttributeAsync("aria-expanded", "true");
        await Expect(nav).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = BrowserFixture.Screenshot("phone-menu-open") });

        await page.Keyboard.PressAsync("Escape");
        await Expect(toggle).ToHaveAttributeAsync("aria-expanded", "false");
        await Expect(nav).ToBeHiddenAsync();
        await Expect(toggle).ToBeFocusedAsync();
        Assert.Empty(errors);
    }

    [Fact]
    public async Task Without_javascript_the_navigation_is_still_all_there()
    {
        var context = await browser.Browser.NewContextAsync(new() { JavaScriptEnabled = false, ViewportSize = new() { Width = 390, Height = 844 }, BaseURL = browser.Site.BaseAddress.ToString() });
        var page = await context.NewPageAsync();

        await page.GotoAsync("/en/roles/visualiser/");

        await Expect(page.Locator("#site-nav")).ToBeVisibleAsync();
        await Expect(page.Locator("button.nav-toggle")).ToBeHiddenAsync();
        await context.CloseAsync();
    }
}
