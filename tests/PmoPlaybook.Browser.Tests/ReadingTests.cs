using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace PmoPlaybook.Browser.Tests;

/// <summary>Reading on a phone, in two languages and through the on-page contents: what the reader sees, not how it is done.</summary>
[Collection(BrowserCollection.Name)]
public class ReadingTests(BrowserFixture browser)
{
    private BrowserNewContextOptions Phone(bool javaScript = true) => new()
    {
        ViewportSize = new() { Width = 390, Height = 844 },
        HasTouch = true,
        IsMobile = true,
        JavaScriptEnabled = javaScript,
        Locale = "en-GB",
        BaseURL = browser.Site.BaseAddress.ToString(),
    };

    /// <summary>
    /// Whether a jump to the element has ended: it sits at the scroll padding (the header's height and a little
    /// air, give or take the browser's rounding) and the page did not move since the last animation frame.
    /// </summary>
    private const string AtRest = """
        el => {
          const still = window.__lastScrollY === window.scrollY;
          window.__lastScrollY = window.scrollY;
          const padding = parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop);
          return still && Math.abs(el.getBoundingClientRect().top - padding) < 4;
        }
        """;

    /// <summary>Whether the element's top is below the sticky header's bottom and inside the window.</summary>
    private const string ClearOfHeader = """
        el => {
          const top = el.getBoundingClientRect().top;
          const header = document.querySelector('.site-header').getBoundingClientRect().bottom;
          return top >= header - 1 && top < window.innerHeight;
        }
        """;

    [Fact]
    public async Task On_a_phone_the_header_is_one_row_and_a_tapped_contents_entry_lands_below_it()
    {
        var (page, errors) = await browser.NewPageAsync(Phone());
        await page.GotoAsync("/en/roles/pace-keeper/");

        var header = (await page.Locator(".site-header").BoundingBoxAsync())!;
        Assert.InRange(header.Height, 40, 72);
        await Expect(page.Locator("#site-search-input")).ToBeHiddenAsync();

        var entry = page.Locator(".toc a[href='#artefacts']");
        await entry.TapAsync();
        await page.ArriveAtAsync(new Regex("#artefacts$"));
        var heading = page.Locator("#artefacts");
        await heading.WaitForAsync();
        await page.WaitForFunctionAsync($"() => ({ClearOfHeader})(document.getElementById('artefacts'))");
        await Expect(entry).ToHaveAttributeAsync("aria-current", "true");
        await page.ScreenshotAsync(new() { Path = BrowserFixture.Screenshot("phone-contents-tap") });
        Assert.Empty(await Axe.SeriousViolationsAsync(page));
        Assert.Empty(errors);
    }

    [Fact]
    public async Task On_a_phone_search_opens_from_its_button_and_anchors_still_clear_the_taller_header()
    {
        var (page, errors) = await browser.NewPageAsync(Phone());
        await page.GotoAsync("/en/roles/pace-keeper/");
        var button = page.Locator("button.search-toggle");
        var input = page.Locator("#site-search-input");

        await button.TapAsync();
        await Expect(input).ToBeVisibleAsync();
        await Expect(input).ToBeFocusedAsync();
        await Expect(button).ToHaveAttributeAsync("aria-expanded", "true");
        Assert.Empty(await Axe.SeriousViolationsAsync(page));
        var open = (await page.Locator(".site-header").BoundingBoxAsync())!.Height;
        await page.WaitForFunctionAsync(FormattableString.Invariant($"() => parseFloat(getComputedStyle(document.documentElement).getPropertyValue('--header-offset')) >= {Math.Floor(open)}"));

        await page.EvaluateAsync("() => { location.hash = 'forums-and-cadence'; }");
        await page.WaitForFunctionAsync($"() => ({ClearOfHeader})(document.getElementById('forums-and-cadence'))");

        await input.PressAsync("Escape");
        await Expect(input).ToBeHiddenAsync();
        await Expect(button).ToBeFocusedAsync();
        Assert.Empty(errors);
    }

    [Fact]
    public async Task Without_javascript_the_phones_search_button_is_a_link_to_the_search_page()
    {
        var context = await browser.Browser.NewContextAsync(Phone(javaScript: false));
        var page = await context.NewPageAsync();
        await page.GotoAsync("/en/roles/pace-keeper/");

        await page.Locator("a.search-toggle").ClickAsync();

        await page.ArriveAtAsync(new Regex("/en/search/$"));
        await Expect(page.Locator("main input[type=search]")).ToBeVisibleAsync();
        await context.CloseAsync();
    }

    [Fact]
    public async Task A_wide_table_shows_it_scrolls_and_scrolls_from_the_keyboard()
    {
        var (page, errors) = await browser.NewPageAsync(Phone());
        await page.GotoAsync("/en/templates/risk-register/");
        var frame = page.Locator(".prose .table-frame").First;
        var region = frame.Locator(".table-scroll");

        await Expect(frame).ToHaveClassAsync(new Regex(@"\bhas-more-after\b"));
        await Expect(frame).Not.ToHaveClassAsync(new Regex(@"\bhas-more-before\b"));
        await page.ScreenshotAsync(new() { Path = BrowserFixture.Screenshot("phone-table-shadow") });

        await region.FocusAsync();
        await Expect(region).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("ArrowRight");
        await page.Keyboard.PressAsync("ArrowRight");
        await Expect(frame).ToHaveClassAsync(new Regex(@"\bhas-more-before\b"));
        Assert.True(await region.EvaluateAsync<bool>("el => el.scrollLeft > 0"));
        Assert.Empty(errors);
    }

    [Fact]
    public async Task Switching_language_keeps_the_section_being_read_though_the_heading_ids_differ()
    {
        var (page, errors) = await browser.NewPageAsync();
        await page.GotoAsync("/en/roles/pace-keeper/");
        var english = await page.Locator(".prose h2[id], .prose h3[id]").EvaluateAllAsync<string[]>("hs => hs.map(h => h.id)");
        var index = Array.IndexOf(english, "forums-and-cadence");

        await page.Locator(".toc a[href='#forums-and-cadence']").ClickAsync();
        await Expect(page.Locator(".toc a[href='#forums-and-cadence']")).ToHaveAttributeAsync("aria-current", "true");
        // The jump scrolls smoothly; focusing the sticky header's link before it ends makes Chromium scroll
        // towards the header's place at the top, through the sections above. A reader's hand is slower.
        await page.WaitForFunctionAsync($"() => ({AtRest})(document.getElementById('forums-and-cadence'))");
        // From the keyboard: a click would first scroll the sticky header "into view", moving the section being read.
        await page.Locator(".lang-switch a[hreflang=sv]").FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        await page.ArriveAtAsync(new Regex("/sv/roles/pace-keeper/#"));
        var swedish = await page.Locator(".prose h2[id], .prose h3[id]").EvaluateAllAsync<string[]>("hs => hs.map(h => h.id)");
        Assert.NotEqual(english[index], swedish[index]);
        Assert.Equal("#" + Uri.EscapeDataString(swedish[index]), new Uri(page.Url).Fragment);
        await page.WaitForFunctionAsync($"() => ({ClearOfHeader})(document.getElementById(decodeURIComponent(location.hash.slice(1))))");
        Assert.Empty(errors);
    }

    [Fact]
    public async Task The_contents_mark_the_section_in_view_as_the_reader_scrolls()
    {
        var (page, errors) = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 800 }, BaseURL = browser.Site.BaseAddress.ToString() });
        await page.GotoAsync("/en/roles/pace-keeper/");
        var current = page.Locator(".toc a[aria-current]");

        const string ToTop = "id => window.scrollTo(0, document.getElementById(id).getBoundingClientRect().top + window.scrollY - 30)";
        await page.EvaluateAsync(ToTop, "forums-and-cadence");
        await Expect(current).ToHaveAttributeAsync("href", "#forums-and-cadence");
        await page.EvaluateAsync(ToTop, "purpose");
        await Expect(current).ToHaveAttributeAsync("href", "#purpose");
        await Expect(current).ToHaveCountAsync(1);
        Assert.Empty(errors);
    }

    [Fact]
    public async Task A_click_on_a_checklist_items_text_ticks_it_and_the_translation_shows_the_same_progress()
    {
        var (page, errors) = await browser.NewPageAsync();
        await page.GotoAsync("/en/onboarding/");
        var boxes = page.Locator(".prose .task-list-item input[type=checkbox]");
        var total = await boxes.CountAsync();
        await Expect(page.Locator(".checklist-hint")).ToBeVisibleAsync();

        // Its first word, not one of its links: the text itself is the label.
        await page.Locator(".prose .task-list-item label").Nth(1).ClickAsync(new() { Position = new() { X = 4, Y = 6 } });

        await Expect(boxes.Nth(1)).ToBeCheckedAsync();
        await Expect(page.Locator(".checklist-progress")).ToHaveTextAsync($"1 of {total} done");
        await page.Locator(".lang-switch a[hreflang=sv]").ClickAsync();
        await page.ArriveAtAsync(new Regex("/sv/onboarding/"));
        await Expect(page.Locator(".prose .task-list-item input[type=checkbox]").Nth(1)).ToBeCheckedAsync();
        await Expect(page.Locator(".checklist-progress")).ToHaveTextAsync($"1 av {total} klara");
        Assert.Empty(errors);
    }

    [Fact]
    public async Task Without_javascript_the_checklist_is_a_plain_list()
    {
        var context = await browser.Browser.NewContextAsync(new() { JavaScriptEnabled = false, BaseURL = browser.Site.BaseAddress.ToString() });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/en/onboarding/");

        await Expect(page.Locator(".prose .task-list-item input[type=checkbox]").First).ToBeHiddenAsync();
        Assert.Equal("disc", await page.Locator(".prose .task-list-item").First.EvaluateAsync<string>("el => getComputedStyle(el).listStyleType"));
        await Expect(page.Locator("main")).Not.ToContainTextAsync(new Regex("tick", RegexOptions.IgnoreCase));
        await context.CloseAsync();
    }
}
