using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PmoPlaybook.Assessments.Definitions;
using PmoPlaybook.Testing;

namespace PmoPlaybook.Browser.Tests;

/// <summary>Page feedback and the PMO dashboard in Chromium: the keyboard, the scripts, and axe.</summary>
[Collection(BrowserCollection.Name)]
public class DashboardTests(BrowserFixture browser)
{
    [Fact]
    public async Task A_reader_answers_was_this_page_helpful_with_the_keyboard_and_is_thanked()
    {
        var (page, errors) = await browser.NewPageAsync();
        var comment = "Keyboard feedback " + Guid.NewGuid().ToString("N");
        await page.GotoAsync("/en/roles/facilitator/");

        // theme.js reveals the form once the app has given it an antiforgery token.
        var section = page.Locator("section#feedback");
        await Expect(section).ToBeVisibleAsync();
        await Expect(section.Locator("h2")).ToHaveTextAsync("Was this page helpful?");

        await page.Locator("#feedback-yes").FocusAsync();
        await page.Keyboard.PressAsync("ArrowRight");
        await Expect(page.Locator("#feedback-no")).ToBeCheckedAsync();
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.Locator("#feedback-comment")).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync(comment);
        await page.Keyboard.PressAsync("Tab");
        await Expect(section.GetByRole(AriaRole.Button, new() { Name = "Send feedback" })).ToBeFocusedAsync();
        await section.ScreenshotAsync(new() { Path = BrowserFixture.Screenshot("page-feedback-form") });
        await page.Keyboard.PressAsync("Enter");

        var thanks = section.Locator(".page-feedback__thanks");
        await Expect(thanks).ToBeVisibleAsync();
        await Expect(thanks).ToHaveTextAsync("Thank you: the PMO reads every answer.");
        await Expect(thanks).ToBeFocusedAsync();
        await Expect(section.Locator("form")).ToBeHiddenAsync();
        Assert.Contains(StoredFeedback(), text => text.Contains(comment, StringComparison.Ordinal) && text.Contains("/en/roles/facilitator/", StringComparison.Ordinal));
        Assert.Empty(errors);
    }

    [Fact]
    public async Task The_form_stays_hidden_when_the_app_does_not_answer()
    {
        var (page, _) = await browser.NewPageAsync();
        // A static-only deploy: nothing behind /api/feedback/token.
        await page.RouteAsync("**/api/feedback/token", route => route.FulfillAsync(new() { Status = 404, Body = "Not found" }));

        await page.GotoAsync("/en/roles/facilitator/");
        // Once the token request has been answered (404) there is nothing left that could reveal the form.
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        await Expect(page.Locator("section#feedback")).ToBeHiddenAsync();
    }

    [Theory]
    [InlineData("/assessments/dashboard?lang=en", ColorScheme.Light)]
    [InlineData("/assessments/dashboard?lang=sv", ColorScheme.Dark)]
    [InlineData("/assessments/dashboard/feedback?lang=en", ColorScheme.Dark)]
    [InlineData("/assessments/dashboard/feedback?lang=sv", ColorScheme.Light)]
    public async Task The_dashboard_has_no_serious_wcag_aa_violations(string path, ColorScheme scheme)
    {
        await SeedAsync();
        var (page, errors) = await browser.NewPageAsync(new() { ColorScheme = scheme, Locale = "en-GB", BaseURL = browser.Site.BaseAddress.ToString() });

        await page.GotoAsync(path);
        await page.ArriveAtAsync(new Regex("/assessments/dashboard/sign-in"));
        await page.Locator("#access-key").FillAsync(BrowserFixture.DashboardKey);
        await page.Locator("#access-key").PressAsync("Enter");
        await page.ArriveAtAsync(new Regex(Regex.Escape(path) + "$"));
        await Expect(page.Locator("table").First).ToBeVisibleAsync();

        Assert.Empty(await Axe.SeriousViolationsAsync(page));
        await page.ScreenshotAsync(new() { Path = BrowserFixture.Screenshot($"dashboard-{(path.Contains("feedback", StringComparison.Ordinal) ? "feedback" : "results")}-{scheme}".ToLowerInvariant()), FullPage = true });
        Assert.Empty(errors);
    }

    /// <summary>Two teams' results and some page feedback, so every table and colour of the dashboard is on the page.</summary>
    private async Task SeedAsync()
    {
        var maturity = DefinitionReader.ReadAll(RepositoryPaths.Content, ["en", "sv"]).Find("pmo-maturity")!;
        var questions = maturity.Questions.ToArray();
        foreach (var (team, offset) in new[] { ("Team Heron", 0), ("Team Falcon", 2) })
        {
            var answers = questions.Select((q, i) => (q.Id, Level: (int?)((i + offset) % 5 + 1))).ToDictionary(a => a.Id, a => a.Level);
            using var response = await browser.Site.Client.PostAsJsonAsync("/api/assessments/pmo-maturity/responses", new { team, role = "Sponsor", lang = "en", answers });
            response.EnsureSuccessStatusCode();
        }
        using var feedback = await browser.Site.Client.PostAsJsonAsync("/api/feedback", new { page = "/en/roles/balancer/", helpful = "no", comment = "Could use an example.\nAnd a template." });
        feedback.EnsureSuccessStatusCode();
    }

    /// <summary>
    /// The text of every stored file: the outbox first, then the repository, because the writer commits a
    /// file before it leaves the outbox; one that moves on while being read is skipped.
    /// </summary>
    private string[] StoredFeedback() =>
        new[] { browser.Site.ResultsOutbox, browser.Site.ResultsRepository }
            .Where(Directory.Exists)
            .SelectMany(folder => Directory.EnumerateFiles(folder, "*.json", SearchOption.AllDirectories))
            .Select(file =>
            {
                try
                {
                    return File.ReadAllText(file);
                }
                catch (IOException)
                {
                    return "";
                }
            })
            .ToArray();
}
