using Microsoft.Playwright;
using PmoPlaybook.Assessments.Definitions;
using PmoPlaybook.Testing;

namespace PmoPlaybook.Browser.Tests;

[Collection(BrowserCollection.Name)]
public class AssessmentTests(BrowserFixture browser)
{
    private static readonly AssessmentDefinition Definition =
        DefinitionReader.ReadAll(RepositoryPaths.Content, ["en", "sv"]).Find("pmo-maturity")!;

    [Fact]
    public async Task A_leader_takes_the_whole_assessment_in_swedish_with_the_keyboard_and_hears_swedish_about_a_missed_question()
    {
        var (page, errors) = await browser.NewPageAsync(new() { Locale = "sv-SE", BaseURL = browser.Site.BaseAddress.ToString() });
        await page.GotoAsync("/sv/assessments/pmo-maturity/");
        await page.Locator(".assessment-start a.button").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.ArriveAtAsync("**/assessments/pmo-maturity?lang=sv");

        // Focus starts on the step's heading, so one Tab reaches the first field.
        await Assertions.Expect(page.Locator("#step-heading")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(page.Locator("#field-team")).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync("Team Tornfalk");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync("Portföljägare");
        await page.Keyboard.PressAsync("Enter");

        for (var step = 0; step < Definition.Dimensions.Count; step++)
        {
            var dimension = Definition.Dimensions[step];
            await page.ArriveAtAsync($"**/assessments/pmo-maturity/steps/{step + 2}?lang=sv");
            await Assertions.Expect(page.Locator("#step-heading")).ToHaveTextAsync(dimension.Title.For("sv"));
            await Assertions.Expect(page.Locator("#step-heading")).ToBeFocusedAsync();
            await Assertions.Expect(page.Locator("progress")).ToHaveAttributeAsync("value", (step + 2).ToString(System.Globalization.CultureInfo.InvariantCulture));
            await page.Keyboard.PressAsync("Tab");
            for (var q = 0; q < dimension.Questions.Count; q++)
            {
                await Assertions.Expect(page.Locator($"input[name='answer.{dimension.Questions[q].Id}']").First).ToBeFocusedAsync();
                if (step == 0 && q == 1)
                {
                    // Missed: Tab past the second question of the first area.
                    await page.Keyboard.PressAsync("Tab");
                    continue;
                }
                // Arrow keys move through a radio group and pick; the lowest answers go to the first dimension.
                var presses = step == 0 ? 0 : (q + step) % 4 + 1;
                await page.Keyboard.PressAsync("Space");
                for (var i = 0; i < presses; i++)
                {
                    await page.Keyboard.PressAsync("ArrowDown");
                }
                await page.Keyboard.PressAsync("Tab");
            }
            if (step == Definition.Dimensions.Count - 1)
            {
                await page.Keyboard.TypeAsync("Vi diskuterade mest takten.");
                await page.Keyboard.PressAsync("Tab");
            }
            await Assertions.Expect(page.Locator(".assessment-buttons .button").First).ToBeFocusedAsync();
            await page.Keyboard.PressAsync("Enter");

            if (step == 0)
            {
                var missed = dimension.Questions[1];
                await page.ArriveAtAsync("**/assessments/pmo-maturity/steps/2?lang=sv&check=1");
                var summary = page.Locator("#assessment-errors");
                await Assertions.Expect(summary).ToBeFocusedAsync();
                await Assertions.Expect(summary).ToContainTextAsync("Kontrollera de här svaren:");
                await Assertions.Expect(summary).ToContainTextAsync($"{missed.Text.For("sv")}: Välj det påstående som passar bäst, eller ”Vet inte”.");
                await Assertions.Expect(page.Locator($"#q-{missed.Id}-error")).ToHaveTextAsync("Välj det påstående som passar bäst, eller ”Vet inte”.");
                await Assertions.Expect(page.Locator($"#{dimension.Questions[0].Id}-1")).ToBeCheckedAsync();
                await page.Keyboard.PressAsync("Tab");
                await page.Keyboard.PressAsync("Enter");
                await page.Keyboard.PressAsync("Tab");
                await Assertions.Expect(page.Locator($"#{missed.Id}-1")).ToBeFocusedAsync();
                await page.Keyboard.PressAsync("Space");
                await page.Keyboard.PressAsync("Tab");
                await page.Keyboard.PressAsync("Tab");
                await Assertions.Expect(page.Locator(".assessment-buttons .button").First).ToBeFocusedAsync();
                await page.Keyboard.PressAsync("Enter");
            }
        }

        await page.ArriveAtAsync("**/assessments/pmo-maturity/results/*");
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("Resultat");
        await Assertions.Expect(page.Locator("svg.radar .radar-dot")).ToHaveCountAsync(Definition.Dimensions.Count);
        await Assertions.Expect(page.Locator(".result-table tbody tr")).ToHaveCountAsync(Definition.Dimensions.Count);
        await Assertions.Expect(page.Locator(".result-table tbody tr").First.Locator("td").First).ToContainTextAsync("1.0");
        var recommendations = page.Locator(".result-recommendations h3");
        await Assertions.Expect(recommendations.First).ToContainTextAsync(Definition.Dimensions[0].Title.For("sv"));
        var link = page.Locator(".result-recommendations a").First;
        var href = await link.GetAttributeAsync("href");
        await page.ScreenshotAsync(new() { Path = BrowserFixture.Screenshot("assessment-result"), FullPage = true });
        await link.ClickAsync();
        await page.ArriveAtAsync("**" + href);
        Assert.Empty(errors);
    }

    [Fact]
    public async Task Reload_and_back_on_a_middle_step_keep_the_answers_without_javascript()
    {
        var (page, errors) = await browser.NewPageAsync(new() { JavaScriptEnabled = false, Locale = "sv-SE", BaseURL = browser.Site.BaseAddress.ToString() });
        await page.GotoAsync("/assessments/pmo-maturity?lang=sv");
        await page.Locator("#field-team").FillAsync("Team Glada");
        await page.Locator("#field-role").FillAsync("PMO-chef");
        await page.Locator(".assessment-buttons .button").First.ClickAsync();
        var first = Definition.Dimensions[0];
        foreach (var question in first.Questions)
        {
            await page.Locator($"label[for='{question.Id}-4']").ClickAsync();
        }
        await page.Locator(".assessment-buttons .button").First.ClickAsync();
        await page.ArriveAtAsync("**/steps/3?lang=sv");
        var middle = Definition.Dimensions[1];
        await page.Locator($"label[for='{middle.Questions[0].Id}-2']").ClickAsync();
        await page.Locator(".assessment-buttons .button").First.ClickAsync();
        await page.ArriveAtAsync("**/steps/3?lang=sv&check=1");

        // A reload shows the same step, its answer and its problem, and posts nothing again.
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("#step-heading")).ToHaveTextAsync(middle.Title.For("sv"));
        await Assertions.Expect(page.Locator($"#{middle.Questions[0].Id}-2")).ToBeCheckedAsync();
        await Assertions.Expect(page.Locator("#assessment-errors")).ToContainTextAsync(middle.Questions[1].Text.For("sv"));

        // The browser's Back leads to the previous step, answers in place; Forward returns.
        await page.GoBackAsync();
        await page.ArriveAtAsync("**/steps/3?lang=sv");
        await page.GoBackAsync();
        await page.ArriveAtAsync("**/steps/2?lang=sv");
        foreach (var question in first.Questions)
        {
            await Assertions.Expect(page.Locator($"#{question.Id}-4")).ToBeCheckedAsync();
        }
        await page.GoForwardAsync();
        await page.ArriveAtAsync("**/steps/3?lang=sv");
        await Assertions.Expect(page.Locator($"#{middle.Questions[0].Id}-2")).ToBeCheckedAsync();

        // Coming back later offers to continue at the furthest step reached.
        await page.GotoAsync("/assessments/pmo-maturity?lang=sv");
        await Assertions.Expect(page.Locator(".assessment-resume")).ToContainTextAsync("Fortsätta där du slutade?");
        await page.Locator(".assessment-resume a.button").ClickAsync();
        await page.ArriveAtAsync("**/steps/3?lang=sv");
        Assert.Empty(errors);
    }

    [Theory]
    [InlineData("/assessments/pmo-maturity?lang=en", ColorScheme.Light)]
    [InlineData("/assessments/pmo-maturity?lang=sv", ColorScheme.Dark)]
    [InlineData("/en/assessments/pmo-maturity/", ColorScheme.Dark)]
    public async Task Assessment_pages_have_no_serious_wcag_aa_violations(string path, ColorScheme scheme)
    {
        var (page, errors) = await browser.NewPageAsync(new() { ColorScheme = scheme, BaseURL = browser.Site.BaseAddress.ToString() });
        await page.GotoAsync(path);
        if (path.StartsWith("/assessments/", StringComparison.Ordinal))
        {
            // The step with questions, which has the most to check.
            await page.Locator("#field-team").FillAsync("Team Axe");
            await page.Locator("#field-role").FillAsync("Tester");
            await page.Locator(".assessment-buttons .button").First.ClickAsync();
            await page.Locator(".question").First.WaitForAsync();
        }

        Assert.Empty(await Axe.SeriousViolationsAsync(page));
        Assert.Empty(errors);
    }
}
