using System.IO.Compression;
using Microsoft.Playwright;

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
