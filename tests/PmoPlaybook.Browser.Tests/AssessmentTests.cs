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
    public async Task A_leader_takes_the_whole_assessment_with_the_keyboard_and_sees_the_chart_and_what_to_read()
    {
        var (page, errors) = await browser.NewPageAsync();
        await page.GotoAsync("/en/assessments/pmo-maturity/");
        await page.Locator(".assessment-start a.button").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/assessments/pmo-maturity?lang=en");

        await page.Locator("#field-team").FocusAsync();
        await page.Keyboard.TypeAsync("Team Kestrel");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync("Portfolio owner");
        await page.Keyboard.PressAsync("Enter");

        for (var step = 0; step < Definition.Dimensions.Count; step++)
        {
            var dimension = Definition.Dimensions[step];
            await Assertions.Expect(page.Locator(".assessment-form h2")).ToHaveTextAsync(dimension.Title.For("en"));
            await Assertions.Expect(page.Locator("progress")).ToHaveAttributeAsync("value", (step + 2).ToString(System.Globalization.CultureInfo.InvariantCulture));
            await page.Locator(".question input[type=radio]").First.FocusAsync();
            for (var q = 0; q < dimension.Questions.Count; q++)
            {
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
                await page.Keyboard.TypeAsync("We argued most about cadence.");
                await page.Keyboard.PressAsync("Tab");
            }
            await Assertions.Expect(page.Locator(".assessment-buttons .button").First).ToBeFocusedAsync();
            await page.Keyboard.PressAsync("Enter");
        }

        await page.WaitForURLAsync("**/assessments/pmo-maturity/results/*");
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("Result");
        await Expect(page.Locator("svg.radar .radar-dot")).ToHaveCountAsync(Definition.Dimensions.Count);
        await Expect(page.Locator(".result-table tbody tr")).ToHaveCountAsync(Definition.Dimensions.Count);
        await Assertions.Expect(page.Locator(".result-table tbody tr").First.Locator("td").First).ToHaveTextAsync("1.0");
        var recommendations = page.Locator(".result-recommendations h3");
        await Assertions.Expect(recommendations.First).ToContainTextAsync(Definition.Dimensions[0].Title.For("en"));
        var link = page.Locator(".result-recommendations a").First;
        var href = await link.GetAttributeAsync("href");
        await page.ScreenshotAsync(new() { Path = BrowserFixture.Screenshot("assessment-result"), FullPage = true });
        await link.ClickAsync();
        await page.WaitForURLAsync("**" + href);
        Assert.Empty(errors);
    }

    [Fact]
    public async Task Answers_survive_a_reload_with_javascript_on()
    {
        var (page, errors) = await browser.NewPageAsync();
        await page.GotoAsync("/assessments/pmo-maturity?lang=sv");
        await page.Locator("#field-team").FillAsync("Team Glada");
        await page.Locator("#field-role").FillAsync("PMO-chef");

        await page.ReloadAsync();

        await Assertions.Expect(page.Locator("#field-team")).ToHaveValueAsync("Team Glada");
        await Assertions.Expect(page.Locator("#field-role")).ToHaveValueAsync("PMO-chef");
        await page.Locator(".assessment-buttons .button").First.ClickAsync();
        var second = Definition.Dimensions[0].Questions[1];
        await page.Locator($"label[for='{second.Id}-4']").ClickAsync();

        await page.GotoAsync("/assessments/pmo-maturity?lang=sv");
        await page.Locator(".assessment-buttons .button").First.ClickAsync();

        await Assertions.Expect(page.Locator($"#{second.Id}-4")).ToBeCheckedAsync();
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
