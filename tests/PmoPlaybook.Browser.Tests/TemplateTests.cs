using System.IO.Compression;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace PmoPlaybook.Browser.Tests;

[Collection(BrowserCollection.Name)]
public class TemplateTests(BrowserFixture browser)
{
    [Fact]
    public async Task A_reader_filters_the_gallery_and_downloads_a_real_spreadsheet()
    {
        var (page, errors) = await browser.NewPageAsync(new() { AcceptDownloads = true, BaseURL = browser.Site.BaseAddress.ToString() });
        await page.GotoAsync("/en/templates/");
        var items = page.Locator(".gallery__item");
        var all = await items.CountAsync();

        await page.Locator("label[for=gallery-format-xlsx]").ClickAsync();
        await Expect(items.Filter(new() { Visible = true })).Not.ToHaveCountAsync(all);
        var visible = await items.Filter(new() { Visible = true }).CountAsync();
        Assert.InRange(visible, 1, all - 1);
        await page.ScreenshotAsync(new() { Path = BrowserFixture.Screenshot("template-gallery-xlsx"), FullPage = true });

        var card = items.Filter(new() { HasText = "Risk register" });
        var download = await page.RunAndWaitForDownloadAsync(() => card.Locator("a.download--xlsx").ClickAsync());
        var path = await download.PathAsync();

        Assert.Matches(@"^risk-register-v[\d.]+\.xlsx$", download.SuggestedFilename);
        using var zip = ZipFile.OpenRead(path);
        Assert.Contains(zip.Entries, e => e.FullName == "xl/workbook.xml");
        Assert.Empty(errors);
    }

    [Fact]
    public async Task The_gallery_comes_first_says_when_no_template_matches_and_keeps_its_filters_in_the_address()
    {
        var (page, errors) = await browser.NewPageAsync();
        await page.GotoAsync("/en/templates/");
        var empty = page.Locator(".gallery-empty");
        Assert.True((await page.Locator(".gallery").BoundingBoxAsync())!.Y < (await page.Locator("article .prose").BoundingBoxAsync())!.Y);
        await Expect(empty).ToBeHiddenAsync();
        // A category with no template in some format: every category has at least one template, so this is the empty case.
        var pair = await page.EvaluateAsync<string[]>("""
            () => {
              const items = [...document.querySelectorAll('.gallery__item')];
              for (const category of new Set(items.map(i => i.dataset.category)))
                for (const format of ['docx', 'xlsx', 'md'])
                  if (!items.some(i => i.dataset.category === category && i.dataset.formats.split(' ').includes(format)))
                    return [category, format];
              return [];
            }
            """);
        Assert.Equal(2, pair.Length);
        var (category, format) = (pair[0], pair[1]);

        await page.Locator($"label[for=gallery-category-{category}]").ClickAsync();
        await page.Locator($"label[for=gallery-format-{format}]").ClickAsync();

        await Expect(empty).ToBeVisibleAsync();
        await Expect(empty).ToContainTextAsync("No templates match");
        await Expect(page.Locator(".gallery__item").Filter(new() { Visible = true })).ToHaveCountAsync(0);
        await page.ArriveAtAsync(new Regex($"[?&]category={category}&format={format}$"));
        await page.ScreenshotAsync(new() { Path = BrowserFixture.Screenshot("template-gallery-empty") });

        await page.ReloadAsync();
        await Expect(page.Locator($"#gallery-category-{category}")).ToBeCheckedAsync();
        await Expect(empty).ToBeVisibleAsync();

        await empty.GetByRole(AriaRole.Link).ClickAsync();
        await page.ArriveAtAsync(new Regex("/en/templates/$"));
        await Expect(empty).ToBeHiddenAsync();
        await Expect(page.Locator("#gallery-category-all")).ToBeCheckedAsync();
        Assert.Empty(errors);
    }

    [Fact]
    public async Task Without_javascript_the_gallery_still_filters_and_says_when_nothing_matches()
    {
        var context = await browser.Browser.NewContextAsync(new() { JavaScriptEnabled = false, BaseURL = browser.Site.BaseAddress.ToString() });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/en/templates/");
        var items = page.Locator(".gallery__item");
        var all = await items.CountAsync();

        await page.Locator("label[for=gallery-format-xlsx]").ClickAsync();

        Assert.InRange(await items.Filter(new() { Visible = true }).CountAsync(), 1, all - 1);
        await Expect(page.Locator(".gallery-empty")).ToBeHiddenAsync();
        await context.CloseAsync();
    }

    [Fact]
    public async Task The_onboarding_checklist_remembers_progress_across_visits()
    {
        var (page, errors) = await browser.NewPageAsync();
        await page.GotoAsync("/en/onboarding/");
        var boxes = page.Locator(".prose .task-list-item input[type=checkbox]");
        var progress = page.Locator(".checklist-progress");
        var total = await boxes.CountAsync();

        Assert.True(total >= 8);
        await Expect(progress).ToHaveTextAsync($"0 of {total} done");
        await boxes.Nth(0).CheckAsync();
        await boxes.Nth(2).CheckAsync();
        await Expect(progress).ToHaveTextAsync($"2 of {total} done");

        await page.ReloadAsync();

        await Expect(boxes.Nth(0)).ToBeCheckedAsync();
        await Expect(boxes.Nth(1)).Not.ToBeCheckedAsync();
        await Expect(boxes.Nth(2)).ToBeCheckedAsync();
        await Expect(progress).ToHaveTextAsync($"2 of {total} done");
        Assert.Empty(errors);
    }
}
