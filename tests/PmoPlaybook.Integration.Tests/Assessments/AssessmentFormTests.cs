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

    /// <summary>Every post answers 303 See Other; the step (or result) it names is then fetched, as a browser does.</summary>
    private static async Task<(string Url, IHtmlDocument Page)> PostAndFollowAsync(HttpClient browser, IHtmlDocument page, IDictionary<string, string> changes)
    {
        using var posted = await PostAsync(browser, page, changes);
        Assert.Equal(HttpStatusCode.SeeOther, posted.StatusCode);
        var url = posted.Headers.Location!.OriginalString;
        using var next = await browser.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, next.StatusCode);
        return (url, await PageAsync(next));
    }

    private static Dictionary<string, string> AnswersFor(int dimension, string nav, int seed = 0) =>
        AssessmentClient.Definition.Dimensions[dimension].Questions
            .Select((q, i) => ("answer." + q.Id, ((dimension + i + seed) % 5 + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .Append(("nav", nav))
            .ToDictionary(a => a.Item1, a => a.Item2);

    /// <summary>From a form's first step (its page already fetched), through every step up to the last one, which is returned unposted.</summary>
    private static async Task<IHtmlDocument> WalkToLastStepAsync(HttpClient browser, IHtmlDocument first, string team, int seed)
    {
        var (_, page) = await PostAndFollowAsync(browser, first, new Dictionary<string, string> { ["team"] = team, ["role"] = "Sponsor", ["nav"] = "next" });
        for (var step = 0; step < AssessmentClient.Definition.Dimensions.Count - 1; step++)
        {
            (_, page) = await PostAndFollowAsync(browser, page, AnswersFor(step, "next", seed));
        }
        return page;
    }

    private static string Heading(IHtmlDocument page) => page.QuerySelector("#step-heading")!.TextContent.Trim();

    private static string? Checked(IHtmlDocument page, string questionId) =>
        page.QuerySelector($"input[name='answer.{questionId}']:checked")?.GetAttribute("value");

    [Fact]
    public async Task Takes_the_whole_assessment_step_by_step_each_step_at_its_own_address_and_lands_on_the_result()
    {
        using var browser = NewBrowser();
        var definition = AssessmentClient.Definition;
        var page = await PageAsync(await browser.GetAsync("/assessments/pmo-maturity?lang=en"));
        Assert.Contains($"Step 1 of {definition.Dimensions.Count + 1}", page.QuerySelector(".assessment-progress")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("nav.sidenav, .site-header"));
        Assert.True(page.QuerySelector("#step-heading")!.HasAttribute("autofocus"));

        var (url, next) = await PostAndFollowAsync(browser, page, new Dictionary<string, string> { ["team"] = "Team Osprey", ["role"] = "PMO lead", ["nav"] = "next" });
        page = next;
        for (var step = 1; step <= definition.Dimensions.Count; step++)
        {
            Assert.Equal($"/assessments/pmo-maturity/steps/{step + 1}?lang=en", url);
            var dimension = definition.Dimensions[step - 1];
            Assert.Equal(dimension.Title.For("en"), Heading(page));
            Assert.True(page.QuerySelector("#step-heading")!.HasAttribute("autofocus"));
            var answers = AnswersFor(step - 1, step == definition.Dimensions.Count ? "submit" : "next");
            if (step == 3)
            {
                answers["answer." + dimension.Questions[0].Id] = "0";
            }
            if (step == definition.Dimensions.Count)
            {
                answers["comment"] = "Prioritisation <b>works</b> & cadence does not";
            }
            (url, page) = await PostAndFollowAsync(browser, page, answers);
        }

        Assert.Matches(@"^/assessments/pmo-maturity/results/[a-z2-7]{26}$", url);
        Assert.NotNull(page.QuerySelector("svg.radar polygon.radar-value"));
        Assert.Equal(definition.Dimensions.Count, page.QuerySelectorAll(".result-table tbody tr").Length);
        Assert.Contains("Team Osprey", page.QuerySelector(".result-meta")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Prioritisation <b>works</b> & cadence does not", page.QuerySelector(".result-comment")!.TextContent);
        Assert.Null(page.QuerySelector(".result-comment b"));
        Assert.NotEmpty(page.QuerySelectorAll(".result-recommendations a[href^='/en/']"));
        var csv = await browser.GetStringAsync(url + "/result.csv");
        Assert.Contains("\"Team Osprey\"", csv, StringComparison.Ordinal);

        // Submitted: the draft is gone, so the form starts afresh with nothing to continue.
        var again = await PageAsync(await browser.GetAsync("/assessments/pmo-maturity?lang=en"));
        Assert.Null(again.QuerySelector(".assessment-resume"));
        Assert.Equal("", again.QuerySelector("#field-team")!.GetAttribute("value") ?? "");
    }

    [Fact]
    public async Task A_step_with_a_missing_answer_comes_back_at_its_own_address_with_the_question_named_in_swedish()
    {
        using var browser = NewBrowser();
        var page = await PageAsync(await browser.GetAsync("/assessments/pmo-maturity?lang=sv"));
        (_, page) = await PostAndFollowAsync(browser, page, new Dictionary<string, string> { ["team"] = "Team Tärna", ["role"] = "Beställare", ["nav"] = "next", ["lang"] = "sv" });
        var first = AssessmentClient.Definition.Dimensions[0].Questions;

        var (url, again) = await PostAndFollowAsync(browser, page, new Dictionary<string, string> { ["answer." + first[0].Id] = "3", ["nav"] = "next", ["lang"] = "sv" });

        Assert.Equal("/assessments/pmo-maturity/steps/2?lang=sv&check=1", url);
        var summary = again.QuerySelector("#assessment-errors")!;
        Assert.True(summary.HasAttribute("autofocus"));
        Assert.Contains(first[1].Text.For("sv"), summary.TextContent, StringComparison.Ordinal);
        Assert.Contains("Välj det påstående som passar bäst, eller ”Vet inte”.", summary.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("not answered", again.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Välj det påstående som passar bäst, eller ”Vet inte”.", again.QuerySelector($"#q-{first[1].Id}-error")!.TextContent);
        Assert.Equal("3", Checked(again, first[0].Id));
        Assert.Equal("true", again.QuerySelector($"#q-{first[1].Id}")!.GetAttribute("aria-invalid"));

        // A reload of the checked step shows the same problems and posts nothing.
        var reloaded = await PageAsync(await browser.GetAsync(url));
        Assert.Equal(summary.TextContent, reloaded.QuerySelector("#assessment-errors")!.TextContent);
    }

    [Fact]
    public async Task The_first_step_requires_team_and_role_in_the_forms_language()
    {
        using var browser = NewBrowser();
        var page = await PageAsync(await browser.GetAsync("/assessments/pmo-maturity?lang=en"));

        var (url, again) = await PostAndFollowAsync(browser, page, new Dictionary<string, string> { ["team"] = " ", ["nav"] = "next" });

        Assert.Equal("/assessments/pmo-maturity/steps/1?lang=en&check=1", url);
        Assert.Equal(2, again.QuerySelectorAll("#assessment-errors li").Length);
        Assert.Equal("Please fill this in.", again.QuerySelector("#field-team-error")!.TextContent);
        Assert.DoesNotContain("'team' is required", again.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Step 1 of", again.QuerySelector(".assessment-progress")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reload_and_back_on_a_middle_step_keep_the_answers_given()
    {
        using var browser = NewBrowser();
        var definition = AssessmentClient.Definition;
        var page = await PageAsync(await browser.GetAsync("/assessments/pmo-maturity?lang=en"));
        (_, page) = await PostAndFollowAsync(browser, page, new Dictionary<string, string> { ["team"] = "Team Kestrel", ["role"] = "Sponsor", ["nav"] = "next" });
        (_, page) = await PostAndFollowAsync(browser, page, AnswersFor(0, "next"));
        var (middle, third) = await PostAndFollowAsync(browser, page, AnswersFor(1, "next"));
        Assert.Equal("/assessments/pmo-maturity/steps/4?lang=en", middle);

        // Reload: the same step, the same (empty) form, nothing posted again.
        var reloaded = await PageAsync(await browser.GetAsync(middle));
        Assert.Equal(definition.Dimensions[2].Title.For("en"), Heading(reloaded));
        // The browser's Back: the previous step's own address, with its answers.
        var back = await PageAsync(await browser.GetAsync("/assessments/pmo-maturity/steps/3?lang=en"));
        Assert.All(definition.Dimensions[1].Questions, q => Assert.Equal(AnswersFor(1, "next")["answer." + q.Id], Checked(back, q.Id)));
        // The form's Back button keeps what was chosen on this step, unchecked or not.
        var partial = new Dictionary<string, string> { ["answer." + definition.Dimensions[2].Questions[0].Id] = "4", ["nav"] = "back" };
        var (previous, _) = await PostAndFollowAsync(browser, third, partial);
        Assert.Equal("/assessments/pmo-maturity/steps/3?lang=en", previous);
        var forward = await PageAsync(await browser.GetAsync(middle));
        Assert.Equal("4", Checked(forward, definition.Dimensions[2].Questions[0].Id));
        Assert.Null(forward.QuerySelector("#assessment-errors"));
        var start = await PageAsync(await browser.GetAsync("/assessments/pmo-maturity/steps/1?lang=en"));
        Assert.Equal("Team Kestrel", start.QuerySelector("#field-team")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Coming_back_offers_to_continue_where_you_left_off_or_to_start_again()
    {
        using var browser = NewBrowser();
        var page = await PageAsync(await browser.GetAsync("/assessments/pmo-maturity?lang=en"));
        Assert.Null(page.QuerySelector(".assessment-resume"));
        (_, page) = await PostAndFollowAsync(browser, page, new Dictionary<string, string> { ["team"] = "Team Merlin", ["role"] = "Sponsor", ["nav"] = "next" });
        (_, page) = await PostAndFollowAsync(browser, page, AnswersFor(0, "next"));

        var comeBack = await PageAsync(await browser.GetAsync("/assessments/pmo-maturity?lang=en"));

        var resume = comeBack.QuerySelector(".assessment-resume")!;
        Assert.Equal("/assessments/pmo-maturity/steps/3?lang=en", resume.QuerySelector("a.button")!.GetAttribute("href"));
        Assert.Contains($"{AssessmentClient.Definition.Dimensions[0].Questions.Count} of {AssessmentClient.Definition.Questions.Count()} questions answered", resume.TextContent, StringComparison.Ordinal);
        var restartForm = (IHtmlFormElement)resume.QuerySelector("form")!;
        var fields = restartForm.Elements.OfType<IHtmlInputElement>().Select(i => new KeyValuePair<string, string>(i.Name!, i.Value)).Append(new("nav", "restart"));
        using (var restarted = await browser.PostAsync("/assessments/pmo-maturity?lang=en", new FormUrlEncodedContent(fields)))
        {
            Assert.Equal(HttpStatusCode.SeeOther, restarted.StatusCode);
        }
        var fresh = await PageAsync(await browser.GetAsync("/assessments/pmo-maturity?lang=en"));
        Assert.Null(fresh.QuerySelector(".assessment-resume"));
        using var middle = await browser.GetAsync("/assessments/pmo-maturity/steps/3?lang=en");
        Assert.Equal(HttpStatusCode.Redirect, middle.StatusCode);
        Assert.Equal("/assessments/pmo-maturity?lang=en", middle.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_forged_draft_cookie_is_ignored()
    {
        var jar = new CookieContainer();
        jar.Add(fixture.Site.BaseAddress, new Cookie("pmo-draft-pmo-maturity", "eyJ0ZWFtIjoiRm9yZ2VkIn0", "/assessments/pmo-maturity"));
        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = jar }) { BaseAddress = fixture.Site.BaseAddress };

        var page = await PageAsync(await browser.GetAsync("/assessments/pmo-maturity?lang=en"));

        Assert.Null(page.QuerySelector(".assessment-resume"));
        Assert.Equal("", page.QuerySelector("#field-team")!.GetAttribute("value") ?? "");
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
        var cookies = new CookieContainer();
        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = cookies }) { BaseAddress = fixture.Site.BaseAddress };
        var definition = AssessmentClient.Definition;
        var page = await WalkToLastStepAsync(browser, await PageAsync(await browser.GetAsync("/assessments/pmo-maturity?lang=en")), "Team Double Click", seed: 4);
        Assert.Matches("^[a-z2-7]{26}$", page.QuerySelector("form.assessment-form input[name=submission]")!.GetAttribute("value"));

        // A double click, or a retry after the connection broke before the redirect arrived: each post carries
        // the cookies the browser had when it sent it, so the second one still has the draft the first cleared.
        var sent = cookies.GetCookieHeader(new Uri(fixture.Site.BaseAddress, "/assessments/pmo-maturity"));
        using var replaying = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = fixture.Site.BaseAddress };
        async Task<HttpResponseMessage> PostLastStepAsync(Dictionary<string, string> answers)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/assessments/pmo-maturity?lang=en") { Content = new FormUrlEncodedContent(Fields(page, answers)) };
            request.Headers.Add("Cookie", sent);
            return await replaying.SendAsync(request);
        }
        var last = AnswersFor(definition.Dimensions.Count - 1, "submit", seed: 4);
        using var first = await PostLastStepAsync(last);
        using var again = await PostLastStepAsync(last);
        last["answer." + definition.Dimensions[^1].Questions[0].Id] = "0";
        using var changed = await PostLastStepAsync(last);

        Assert.All(new[] { first, again, changed }, r => Assert.Equal(HttpStatusCode.SeeOther, r.StatusCode));
        Assert.Matches("/results/[a-z2-7]{26}$", first.Headers.Location!.OriginalString);
        Assert.Equal(first.Headers.Location, again.Headers.Location);
        Assert.Matches("/results/[a-z2-7]{26}$", changed.Headers.Location!.OriginalString);
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
    public async Task A_team_that_takes_it_again_from_its_result_sees_its_trend_and_a_stranger_typing_its_name_sees_nothing()
    {
        async Task<string> SubmitAsync(object body)
        {
            using var posted = await AssessmentClient.SubmitAsync(fixture.Site.Client, body);
            Assert.Equal(HttpStatusCode.Created, posted.StatusCode);
            return (await AssessmentClient.JsonAsync(posted)).GetProperty("id").GetString()!;
        }
        var first = await SubmitAsync(AssessmentClient.Body(team: "Team Plover", seed: 1));
        // The attack run's F1: the same name with other spacing and case used to show the team's dated history.
        var stranger = await SubmitAsync(AssessmentClient.Body(team: "  team plover ", seed: 2));

        using var browser = NewBrowser();
        var firstPage = await PageAsync(await browser.GetAsync($"/assessments/pmo-maturity/results/{first}"));
        Assert.Null(firstPage.QuerySelector(".result-trend"));
        var strangerPage = await PageAsync(await browser.GetAsync($"/assessments/pmo-maturity/results/{stranger}"));
        Assert.Null(strangerPage.QuerySelector(".result-trend"));
        Assert.DoesNotContain(first, await browser.GetStringAsync($"/assessments/pmo-maturity/results/{stranger}"), StringComparison.Ordinal);

        // Taken again from the first result's page: the form carries that result forward.
        var retake = firstPage.QuerySelector("a.button-secondary[href*='previous=']")!.GetAttribute("href")!;
        var form = await PageAsync(await browser.GetAsync(retake));
        Assert.Equal(first, form.QuerySelector("form.assessment-form input[name=previous]")!.GetAttribute("value"));
        var last = await WalkToLastStepAsync(browser, form, "Team Plover", seed: 3);
        // The draft carried it from the first step to the last.
        Assert.Equal(first, last.QuerySelector("form.assessment-form input[name=previous]")!.GetAttribute("value"));
        var (url, result) = await PostAndFollowAsync(browser, last, AnswersFor(AssessmentClient.Definition.Dimensions.Count - 1, "submit", seed: 3));

        Assert.Matches("/results/[a-z2-7]{26}$", url);
        Assert.Equal(2, result.QuerySelectorAll(".result-trend thead th[scope=col] time").Length);
        Assert.Equal(AssessmentClient.Definition.Dimensions.Count + 1, result.QuerySelectorAll(".result-trend tbody tr").Length);
        Assert.NotNull(result.QuerySelector("svg.radar polygon.radar-previous"));
    }

    [Fact]
    public async Task Continuing_a_result_that_does_not_exist_is_400_naming_previous_on_the_api()
    {
        using var posted = await AssessmentClient.SubmitAsync(fixture.Site.Client, new
        {
            team = "Team Ghost",
            role = "Sponsor",
            lang = "en",
            answers = AssessmentClient.Answers(),
            previous = PmoPlaybook.Assessments.Responses.ResponseId.New(),
        });

        Assert.Equal(HttpStatusCode.BadRequest, posted.StatusCode);
        var errors = (await AssessmentClient.JsonAsync(posted)).GetProperty("errors");
        Assert.Contains("no earlier result", errors.GetProperty("previous")[0].GetString(), StringComparison.Ordinal);
    }
}
