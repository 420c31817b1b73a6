using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace PmoPlaybook.Integration.Tests.Assessments;

/// <summary>The assessment as a browser without JavaScript takes it: plain form posts, one step at a time.</summary>
public class AssessmentFormTests(AssessmentSiteFixture fixture) : IClassFixture<AssessmentSiteFixture>
{
    private static readonly HtmlParser Parser = new();

    /// <summary>A client with its own cookie jar (the antiforgery cookie) on the fixture's site.</summary>
    private HttpClient NewBrowser() =>
        new(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { BaseAddress = fixture.Site.BaseAddress };

    private static async Task<IHtmlDocument> PageAsync(HttpResponseMessage response) => Parser.ParseDocument(await response.Content.ReadAsStringAsync());

    /// <summary>The form's fields as the browser would post them (hidden and visible, checked radios only), plus changes.</summary>
    private static List<KeyValuePair<string, string>> Fields(IHtmlDocument page, IDictionary<string, string>? changes = null)
    {
        var form = (IHtmlFormElement)page.QuerySelector("form.assessment-form")!;
        var fields = form.Elements.OfType<IHtmlInputElement>()
            .Where(i => !string.IsNullOrEmpty(i.Name) && (i.Type != "radio" || i.IsChecked))
            .Select(i => new KeyValuePair<string, string>(i.Name!, i.Value))
            .Concat(form.Elements.OfType<IHtmlTextAreaElement>().Select(t => new KeyValuePair<string, string>(t.Name!, t.Value)))
            .ToList();
        foreach (var (name, value) in changes ?? new Dictionary<string, string>())
        {
            fields.RemoveAll(f => f.Key == name);
            fields.Add(new(name, value));
        }
        return fields;
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient browser, IHtmlDocument page, IDictionary<string, string> changes) =>
        await browser.PostAsync("/assessments/pmo-maturity?lang=en", new FormUrlEncodedContent(Fields(page, changes)));

    [Fact]
    public async Task Takes_the_whole_assessment_step_by_step_and_lands_on_the_result()
    {
        using var browser = NewBrowser();
        var page = await PageAsync(await browser.GetAsync("/assessments/pmo-maturity?lang=en"));
        Assert.Contains($"Step 1 of {AssessmentClient.Definition.Dimensions.Count + 1}", page.QuerySelector(".assessment-progress")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("nav.sidenav, .site-header"));

        using (var response = await PostAsync(browser, page, new Dictionary<string, string> { ["team"] = "Team Osprey", ["role"] = "PMO lead", ["nav"] = "next" }))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            page = await PageAsync(response);
        }
        var definition = AssessmentClient.Definition;
        for (var step = 1; step <= definition.Dimensions.Count; step++)
        {
            var dimension = definition.Dimensions[step - 1];
            Assert.Equal(dimension.Title.For("en"), page.QuerySelector(".assessment-form h2")!.TextContent.Trim());
            var answers = dimension.Questions.Select((q, i) => ("answer." + q.Id, i == 0 && step == 3 ? "0" : ((step + i) % 5 + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)))
                .ToDictionary(a => a.Item1, a => a.Item2);
            answers["nav"] = step == definition.Dimensions.Count ? "submit" : "next";
            if (step == definition.Dimensions.Count)
            {
                answers["comment"] = "Prioritisation <b>works</b> & cadence does not";
            }
            using var response = await PostAsync(browser, page, answers);
            if (step < definition.Dimensions.Count)
            {
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                page = await PageAsync(response);
                continue;
            }
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            var result = await PageAsync(await browser.GetAsync(response.Headers.Location));
            Assert.NotNull(result.QuerySelector("svg.radar polygon.radar-value"));
            Assert.Equal(definition.Dimensions.Count, result.QuerySelectorAll(".result-table tbody tr").Length);
            Assert.Contains("Team Osprey", result.QuerySelector(".result-meta")!.TextContent, StringComparison.Ordinal);
            Assert.Equal("Prioritisation <b>works</b> & cadence does not", result.QuerySelector(".result-comment")!.TextContent);
            Assert.Null(result.QuerySelector(".result-comment b"));
            Assert.NotEmpty(result.QuerySelectorAll(".result-recommendations a[href^='/en/']"));
            var csv = await browser.GetStringAsync(response.Headers.Location + "/result.csv");
            Assert.Contains("\"Team Osprey\"", csv, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_step_with_a_missing_answer_comes_back_with_the_question_named()
    {
        using var browser = NewBrowser();
        var page = await PageAsync(await browser.GetAsync("/assessments/pmo-maturity?lang=sv"));
        using (var about = await PostAsync(browser, page, new Dictionary<string, string> { ["team"] = "Team Tärna", ["role"] = "Beställare", ["nav"] = "next", ["lang"] = "sv" }))
        {
            page = await PageAsync(about);
        }
        var first = AssessmentClient.Definition.Dimensions[0].Questions;

        using var response = await PostAsync(browser, page, new Dictionary<string, string> { ["answer." + first[0].Id] = "3", ["nav"] = "next", ["lang"] = "sv" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var again = await PageAsync(response);
        var summary = again.QuerySelector("#assessment-errors")!.TextContent;
        Assert.Contains(first[1].Text.For("sv"), summary, StringComparison.Ordinal);
        Assert.Equal("3", again.QuerySelector($"input[name='answer.{first[0].Id}']:checked")!.GetAttribute("value"));
        Assert.Equal("true", again.QuerySelector($"#q-{first[1].Id}")!.GetAttribute("aria-invalid"));
    }

    [Fact]
    public async Task The_first_step_requires_team_and_role()
    {
        using var browser = NewBrowser();
        var page = await PageAsync(await browser.GetAsync("/assessments/pmo-maturity?lang=en"));

        using var response = await PostAsync(browser, page, new Dictionary<string, string> { ["team"] = " ", ["nav"] = "next" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var again = await PageAsync(response);
        Assert.Equal(2, again.QuerySelectorAll("#assessment-errors li").Length);
        Assert.Contains("Step 1 of", again.QuerySelector(".assessment-progress")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_refused()
    {
        using var browser = NewBrowser();
        var page = await PageAsync(await browser.GetAsync("/assessments/pmo-maturity?lang=en"));
        var fields = Fields(page, new Dictionary<string, string> { ["team"] = "T", ["role"] = "R", ["nav"] = "next" });
        fields.RemoveAll(f => f.Key.StartsWith("__RequestVerificationToken", StringComparison.Ordinal));

        using var response = await browser.PostAsync("/assessments/pmo-maturity?lang=en", new FormUrlEncodedContent(fields));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_filled_in_honeypot_looks_like_success_and_stores_nothing()
    {
        using var browser = NewBrowser();
        var page = await PageAsync(await browser.GetAsync("/assessments/pmo-maturity?lang=en"));
        var answers = AssessmentClient.Answers().ToDictionary(a => "answer." + a.Key, a => (a.Value ?? 0).ToString(System.Globalization.CultureInfo.InvariantCulture));
        answers["team"] = "Spam Bot Team";
        answers["role"] = "Bot";
        answers["website"] = "http://spam.example";
        answers["nav"] = "submit";

        using var response = await PostAsync(browser, page, answers);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/en/assessments/pmo-maturity/", response.Headers.Location!.OriginalString);
        var stored = Directory.Exists(fixture.Site.ResultsOutbox) ? Directory.GetFiles(fixture.Site.ResultsOutbox).Select(File.ReadAllText) : [];
        var committed = Directory.Exists(fixture.Site.ResultsRepository) ? Directory.GetFiles(fixture.Site.ResultsRepository, "*.json", SearchOption.AllDirectories).Select(File.ReadAllText) : [];
        Assert.DoesNotContain(stored.Concat(committed), text => text.Contains("Spam Bot Team", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Posting_the_same_form_twice_leads_to_one_result_and_changed_answers_to_a_new_one()
    {
        using var browser = NewBrowser();
        var page = await PageAsync(await browser.GetAsync("/assessments/pmo-maturity?lang=en"));
        Assert.Matches("^[a-z2-7]{26}$", page.QuerySelector("form.assessment-form input[name=submission]")!.GetAttribute("value"));
        var answers = AssessmentClient.Answers(seed: 4).ToDictionary(a => "answer." + a.Key, a => (a.Value ?? 0).ToString(System.Globalization.CultureInfo.InvariantCulture));
        answers["team"] = "Team Double Click";
        answers["role"] = "Sponsor";
        answers["nav"] = "submit";

        // A double click, or a retry after the connection broke before the redirect arrived.
        using var first = await PostAsync(browser, page, answers);
        using var again = await PostAsync(browser, page, answers);
        answers["answer." + AssessmentClient.Definition.Questions.First().Id] = "1";
        answers["answer." + AssessmentClient.Definition.Questions.ElementAt(1).Id] = "1";
        using var changed = await PostAsync(browser, page, answers);

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(first.Headers.Location, again.Headers.Location);
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.NotEqual(first.Headers.Location, changed.Headers.Location);
        var ids = new[] { first, changed }.Select(r => r.Headers.Location!.OriginalString.Split('/')[^1]).ToArray();
        var subjects = await AssessmentClient.WaitForCommitsAsync(fixture.Site.ResultsRepository, ids);
        Assert.All(ids, id => Assert.Single(subjects, s => s == $"assessment pmo-maturity: response {id}"));
    }

    [Fact]
    public async Task The_form_is_framed_by_the_sites_layout_and_asks_no_personal_name()
    {
        using var browser = NewBrowser();
        var page = await PageAsync(await browser.GetAsync("/assessments/pmo-maturity?lang=sv"));

        Assert.Equal("sv", page.DocumentElement.GetAttribute("lang"));
        Assert.NotNull(page.QuerySelector("header.site-header"));
        Assert.StartsWith("Självskattning av PMO-mognad", page.Title, StringComparison.Ordinal);
        var names = page.QuerySelectorAll("form input[name]").Select(i => i.GetAttribute("name")).ToArray();
        Assert.Contains("team", names);
        Assert.Contains("role", names);
        Assert.DoesNotContain(names, n => n!.Contains("name", StringComparison.OrdinalIgnoreCase) && n != "website");
    }

    [Fact]
    public async Task A_team_that_takes_it_again_sees_its_trend_and_no_other_teams_results()
    {
        var ids = new List<string>();
        foreach (var (team, seed) in new[] { ("Team Plover", 1), ("Team Someone Else", 2), ("  team plover ", 3) })
        {
            using var posted = await AssessmentClient.SubmitAsync(fixture.Site.Client, AssessmentClient.Body(team: team, seed: seed));
            ids.Add((await AssessmentClient.JsonAsync(posted)).GetProperty("id").GetString()!);
        }

        var result = await PageAsync(await fixture.Site.Client.GetAsync($"/assessments/pmo-maturity/results/{ids[2]}"));

        var columns = result.QuerySelectorAll(".result-trend thead th[scope=col] time");
        Assert.Equal(2, columns.Length);
        Assert.Equal(AssessmentClient.Definition.Dimensions.Count + 1, result.QuerySelectorAll(".result-trend tbody tr").Length);
        Assert.NotNull(result.QuerySelector("svg.radar polygon.radar-previous"));
        var first = await PageAsync(await fixture.Site.Client.GetAsync($"/assessments/pmo-maturity/results/{ids[1]}"));
        Assert.Null(first.QuerySelector(".result-trend"));
    }
}
